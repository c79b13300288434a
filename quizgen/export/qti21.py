"""IMS QTI 2.1 content package: ``imsmanifest.xml``, one ``assessmentItem`` per question and
an ``assessmentTest`` with one section per bank.

Multiple choice is a ``choiceInteraction``; numeric a ``textEntryInteraction`` of base type
float, scored with ``equal`` and an absolute tolerance, with the unit printed after the box.
The evidence sentence is a ``modalFeedback`` shown after every attempt.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from quizgen.export.common import (
    ExportOptions,
    Item,
    Warnings,
    by_bank,
    format_number,
    general_feedback,
    ims_manifest,
    xml_bytes,
)

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"

ET.register_namespace("xsi", XSI)


def _q(tag: str) -> str:
    return f"{{{QTI}}}{tag}"


def _sub(
    parent: ET.Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None
) -> ET.Element:
    el = ET.SubElement(parent, _q(tag), attrs or {})
    if text is not None:
        el.text = text
    return el


def _value_decl(
    parent: ET.Element, tag: str, identifier: str, base_type: str, default: str | None = None
) -> ET.Element:
    decl = _sub(
        parent, tag, {"identifier": identifier, "cardinality": "single", "baseType": base_type}
    )
    if default is not None:
        _sub(_sub(decl, "defaultValue"), "value", text=default)
    return decl


def choice_identifier(index: int) -> str:
    return f"CHOICE_{index + 1}"


def item_xml(item: Item, identifier: str) -> bytes:
    q = item.question
    points = format_number(q.points or 1)
    root = ET.Element(
        _q("assessmentItem"),
        {
            f"{{{XSI}}}schemaLocation": f"{QTI} {QTI_XSD}",
            "identifier": identifier,
            "title": q.prompt,
            "adaptive": "false",
            "timeDependent": "false",
            XML_LANG: "en",
        },
    )
    response = _value_decl(
        root, "responseDeclaration", "RESPONSE", "identifier" if q.is_multiple_choice else "float"
    )
    correct = _sub(response, "correctResponse")
    if q.is_multiple_choice:
        key = choice_identifier((q.choices or []).index(q.answer))
        _sub(correct, "value", text=key)
    else:
        _sub(correct, "value", text=format_number(q.answer))
    _value_decl(root, "outcomeDeclaration", "SCORE", "float", "0")
    _value_decl(root, "outcomeDeclaration", "MAXSCORE", "float", points)
    _value_decl(root, "outcomeDeclaration", "FEEDBACK", "identifier")

    body = _sub(root, "itemBody")
    if q.is_multiple_choice:
        interaction = _sub(
            body,
            "choiceInteraction",
            {"responseIdentifier": "RESPONSE", "shuffle": "false", "maxChoices": "1"},
        )
        _sub(interaction, "prompt", text=q.prompt)
        for i, choice in enumerate(q.choices or []):
            _sub(interaction, "simpleChoice", {"identifier": choice_identifier(i)}, choice)
    else:
        _sub(body, "p", text=q.prompt)
        para = _sub(body, "p")
        entry = _sub(
            para, "textEntryInteraction", {"responseIdentifier": "RESPONSE", "expectedLength": "12"}
        )
        if q.unit:
            entry.tail = f" {q.unit}"

    processing = _sub(root, "responseProcessing")
    condition = _sub(processing, "responseCondition")
    branch = _sub(condition, "responseIf")
    if q.is_multiple_choice:
        test = _sub(branch, "match")
    elif q.tolerance:
        tol = format_number(q.tolerance)
        test = _sub(branch, "equal", {"toleranceMode": "absolute", "tolerance": f"{tol} {tol}"})
    else:
        test = _sub(branch, "equal", {"toleranceMode": "exact"})
    _sub(test, "variable", {"identifier": "RESPONSE"})
    _sub(test, "correct", {"identifier": "RESPONSE"})
    score = _sub(branch, "setOutcomeValue", {"identifier": "SCORE"})
    _sub(score, "baseValue", {"baseType": "float"}, points)
    feedback = general_feedback(q)
    if feedback:
        show = _sub(processing, "setOutcomeValue", {"identifier": "FEEDBACK"})
        _sub(show, "baseValue", {"baseType": "identifier"}, "EVIDENCE")
        _sub(
            root,
            "modalFeedback",
            {"outcomeIdentifier": "FEEDBACK", "identifier": "EVIDENCE", "showHide": "show"},
            feedback,
        )
    return xml_bytes(root, QTI)


def test_xml(groups: list[tuple[str, list[tuple[str, str]]]], title: str) -> bytes:
    """``groups``: (section title, [(item identifier, href)])."""
    root = ET.Element(
        _q("assessmentTest"),
        {
            f"{{{XSI}}}schemaLocation": f"{QTI} {QTI_XSD}",
            "identifier": "quizgen-test",
            "title": title,
        },
    )
    _value_decl(root, "outcomeDeclaration", "SCORE", "float", "0")
    part = _sub(
        root,
        "testPart",
        {"identifier": "part-1", "navigationMode": "nonlinear", "submissionMode": "individual"},
    )
    for index, (section_title, refs) in enumerate(groups, start=1):
        section = _sub(
            part,
            "assessmentSection",
            {"identifier": f"section-{index}", "title": section_title, "visible": "true"},
        )
        for identifier, href in refs:
            _sub(section, "assessmentItemRef", {"identifier": identifier, "href": f"../{href}"})
    processing = _sub(root, "outcomeProcessing")
    total = _sub(processing, "setOutcomeValue", {"identifier": "SCORE"})
    _sub(_sub(total, "sum"), "testVariables", {"variableIdentifier": "SCORE"})
    return xml_bytes(root, QTI)


def manifest_xml(items: list[tuple[str, str]], test_href: str, title: str) -> bytes:
    test = ("RES-quizgen-test", "imsqti_test_xmlv2p1", test_href, [f"RES-{i}" for i, _ in items])
    resources = [test, *((f"RES-{i}", "imsqti_item_xmlv2p1", href, []) for i, href in items)]
    attrs = {f"{{{XSI}}}schemaLocation": f"{CP} {CP_XSD}", "identifier": "quizgen-manifest"}
    return ims_manifest(CP, attrs, ("QTIv2.1 Package", "1.0.0"), resources, title)


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    refs: list[tuple[str, str]] = []
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for bank, bank_items in by_bank(items):
            section: list[tuple[str, str]] = []
            for item in bank_items:
                identifier = item.ident
                href = f"items/{identifier}.xml"
                zf.writestr(href, item_xml(item, identifier))
                refs.append((identifier, href))
                section.append((identifier, href))
            groups.append((bank.title, section))
        test_href = "tests/quizgen-test.xml"
        zf.writestr(test_href, test_xml(groups, title))
        zf.writestr("imsmanifest.xml", manifest_xml(refs, test_href, title))
    return buffer.getvalue(), len(items)
