"""Canvas quiz package: QTI 1.2 (``questestinterop``) as Canvas exports and imports it.

The zip holds ``imsmanifest.xml``, ``<quiz>/<quiz>.xml`` (the QTI assessment: one section,
a sub-section per bank) and Canvas's ``<quiz>/assessment_meta.xml`` (title, points).
Multiple choice is ``multiple_choice_question``; numeric a ``numerical_question`` whose
condition accepts the exact answer or anything within the tolerance (Canvas's "margin").
Canvas has no units: the prompt says which unit the number is in. The evidence sentence is
the general feedback (``itemfeedback`` ``general_fb``).
"""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ET
import zipfile
from html import escape

from quizgen.export.common import (
    ExportOptions,
    Item,
    Warnings,
    by_bank,
    format_number,
    general_feedback,
    ims_manifest,
    prompt_with_unit,
    xml_bytes,
)

CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"


def _sub(
    parent: ET.Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None
) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs or {})
    if text is not None:
        el.text = text
    return el


def _material(parent: ET.Element, text: str, html: bool) -> None:
    material = _sub(parent, "material")
    if html:
        _sub(material, "mattext", {"texttype": "text/html"}, escape(text, quote=False))
    else:
        _sub(material, "mattext", {"texttype": "text/plain"}, text)


def _metadata(item_el: ET.Element, fields: list[tuple[str, str]]) -> None:
    meta = _sub(_sub(item_el, "itemmetadata"), "qtimetadata")
    for label, entry in fields:
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", text=label)
        _sub(field, "fieldentry", text=entry)


def answer_ident(index: int) -> str:
    return f"answer_{index + 1}"


def _item(parent: ET.Element, item: Item) -> None:
    q = item.question
    ident = item.ident
    item_el = _sub(parent, "item", {"ident": ident, "title": q.prompt[:250]})
    points = format_number(q.points or 1)
    if q.is_multiple_choice:
        kind = "multiple_choice_question"
        answer_ids = ",".join(answer_ident(i) for i in range(len(q.choices or [])))
    else:
        kind, answer_ids = "numerical_question", answer_ident(0)
    _metadata(
        item_el,
        [
            ("question_type", kind),
            ("points_possible", points),
            ("original_answer_ids", answer_ids),
            ("assessment_question_identifierref", f"aq_{ident}"),
        ],
    )
    presentation = _sub(item_el, "presentation")
    _material(presentation, prompt_with_unit(q), html=True)
    if q.is_multiple_choice:
        response = _sub(
            presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"}
        )
        render = _sub(response, "render_choice")
        for i, choice in enumerate(q.choices or []):
            label = _sub(render, "response_label", {"ident": answer_ident(i)})
            _material(label, choice, html=False)
    else:
        response = _sub(
            presentation, "response_str", {"ident": "response1", "rcardinality": "Single"}
        )
        render = _sub(response, "render_fib", {"fibtype": "Decimal"})
        _sub(render, "response_label", {"ident": answer_ident(0)})

    processing = _sub(item_el, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(
        outcomes,
        "decvar",
        {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"},
    )
    feedback = general_feedback(q)
    if feedback:
        always = _sub(processing, "respcondition", {"continue": "Yes"})
        _sub(_sub(always, "conditionvar"), "other")
        _sub(always, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})
    right = _sub(processing, "respcondition", {"continue": "No"})
    condition = _sub(right, "conditionvar")
    if q.is_multiple_choice:
        key = answer_ident((q.choices or []).index(q.answer))
        _sub(condition, "varequal", {"respident": "response1"}, key)
    else:
        answer = float(q.answer)
        tolerance = float(q.tolerance or 0)
        if tolerance:
            either = _sub(condition, "or")
            _sub(either, "varequal", {"respident": "response1"}, format_number(answer))
            within = _sub(either, "and")
            _sub(within, "vargte", {"respident": "response1"}, format_number(answer - tolerance))
            _sub(within, "varlte", {"respident": "response1"}, format_number(answer + tolerance))
        else:
            _sub(condition, "varequal", {"respident": "response1"}, format_number(answer))
    _sub(right, "setvar", {"action": "Set", "varname": "SCORE"}, "100")
    if feedback:
        fb = _sub(item_el, "itemfeedback", {"ident": "general_fb"})
        _material(_sub(fb, "flow_mat"), feedback, html=True)


def qti_xml(items: list[Item], quiz_id: str, title: str) -> bytes:
    root = ET.Element("questestinterop")
    assessment = _sub(root, "assessment", {"ident": quiz_id, "title": title})
    meta = _sub(assessment, "qtimetadata")
    field = _sub(meta, "qtimetadatafield")
    _sub(field, "fieldlabel", text="cc_maxattempts")
    _sub(field, "fieldentry", text="1")
    root_section = _sub(assessment, "section", {"ident": "root_section"})
    groups = by_bank(items)
    for index, (bank, bank_items) in enumerate(groups, start=1):
        parent = root_section
        if len(groups) > 1:
            parent = _sub(root_section, "section", {"ident": f"bank_{index}", "title": bank.title})
        for item in bank_items:
            _item(parent, item)
    return xml_bytes(root)


def meta_xml(items: list[Item], quiz_id: str, title: str) -> bytes:
    def c(tag: str) -> str:
        return f"{{{CANVAS_NS}}}{tag}"

    root = ET.Element(c("quiz"), {"identifier": quiz_id})
    total = sum(float(i.question.points or 1) for i in items)
    for tag, value in (
        ("title", title),
        ("description", "Exported by quizgen."),
        ("shuffle_answers", "false"),
        ("scoring_policy", "keep_highest"),
        ("quiz_type", "assignment"),
        ("points_possible", format_number(total)),
        ("show_correct_answers", "true"),
        ("allowed_attempts", "1"),
        ("one_question_at_a_time", "false"),
        ("cant_go_back", "false"),
        ("available", "false"),
    ):
        ET.SubElement(root, c(tag)).text = value
    return xml_bytes(root, CANVAS_NS)


def manifest_xml(quiz_id: str, title: str) -> bytes:
    qti, meta = f"{quiz_id}/{quiz_id}.xml", f"{quiz_id}/assessment_meta.xml"
    resources = [
        (quiz_id, "imsqti_xmlv1p2", qti, [f"{quiz_id}_meta"]),
        (
            f"{quiz_id}_meta",
            "associatedcontent/imscc_xmlv1p1/learning-application-resource",
            meta,
            [],
        ),
    ]
    return ims_manifest(
        CP_NS, {"identifier": f"manifest_{quiz_id}"}, ("IMS Content", "1.1.3"), resources, title
    )


def quiz_identifier(items: list[Item], title: str) -> str:
    """Stable for the same banks: re-importing updates rather than duplicates in Canvas."""
    digest = hashlib.sha256(title.encode())
    for item in items:
        digest.update(item.uid.encode() + b"\0")
    return "g" + digest.hexdigest()[:31]


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    quiz_id = quiz_identifier(items, title)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("imsmanifest.xml", manifest_xml(quiz_id, title))
        zf.writestr(f"{quiz_id}/{quiz_id}.xml", qti_xml(items, quiz_id, title))
        zf.writestr(f"{quiz_id}/assessment_meta.xml", meta_xml(items, quiz_id, title))
    return buffer.getvalue(), len(items)
