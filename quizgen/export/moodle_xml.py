"""Moodle XML: ``multichoice`` and ``numerical`` questions, a category per bank.

Texts are HTML (Moodle's own choice), escaped so that ``<`` and ``&`` show as typed.
Numerical questions carry the tolerance and, when the bank has a unit, that unit with
multiplier 1 as an optional unit (students may type "1450" or "1450 km").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from quizgen.export.common import (
    ExportOptions,
    Item,
    Warnings,
    by_bank,
    format_number,
    general_feedback,
    single_line,
    xml_bytes,
)

# Moodle's grade list (question/format.php) holds 100 and 0: the only two this export needs.
FRACTION_CORRECT = "100"
FRACTION_WRONG = "0"
PENALTY = "0.3333333"


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = text
    return el


def _html(text: str) -> str:
    return escape(text, quote=False)


def _category(root: ET.Element, title: str) -> None:
    q = ET.SubElement(root, "question", {"type": "category"})
    cat = ET.SubElement(q, "category")
    ET.SubElement(cat, "text").text = "$course$/top/quizgen/" + single_line(title).replace("/", "-")
    info = ET.SubElement(q, "info", {"format": "html"})
    ET.SubElement(info, "text").text = _html(f"Questions from the quizgen bank “{title}”.")


def _common(q_el: ET.Element, item: Item) -> None:
    q = item.question
    name = ET.SubElement(q_el, "name")
    ET.SubElement(name, "text").text = item.uid
    _text(q_el, "questiontext", _html(q.prompt))
    _text(q_el, "generalfeedback", _html(general_feedback(q)))
    ET.SubElement(q_el, "defaultgrade").text = format_number(q.points or 1)
    ET.SubElement(q_el, "penalty").text = PENALTY
    ET.SubElement(q_el, "hidden").text = "0"
    ET.SubElement(q_el, "idnumber").text = item.uid
    if q.tags:
        tags = ET.SubElement(q_el, "tags")
        for tag in q.tags:
            t = ET.SubElement(tags, "tag")
            ET.SubElement(t, "text").text = tag


def _multichoice(root: ET.Element, item: Item) -> None:
    q = item.question
    q_el = ET.SubElement(root, "question", {"type": "multichoice"})
    _common(q_el, item)
    ET.SubElement(q_el, "single").text = "true"
    ET.SubElement(q_el, "shuffleanswers").text = "true"
    ET.SubElement(q_el, "answernumbering").text = "abc"
    ET.SubElement(q_el, "showstandardinstruction").text = "0"
    _text(q_el, "correctfeedback", "")
    _text(q_el, "partiallycorrectfeedback", "")
    _text(q_el, "incorrectfeedback", "")
    for choice in q.choices or []:
        fraction = FRACTION_CORRECT if choice == q.answer else FRACTION_WRONG
        ans = ET.SubElement(q_el, "answer", {"fraction": fraction, "format": "html"})
        ET.SubElement(ans, "text").text = _html(choice)
        _text(ans, "feedback", "")


def _numerical(root: ET.Element, item: Item) -> None:
    q = item.question
    q_el = ET.SubElement(root, "question", {"type": "numerical"})
    _common(q_el, item)
    ans = ET.SubElement(
        q_el, "answer", {"fraction": FRACTION_CORRECT, "format": "moodle_auto_format"}
    )
    ET.SubElement(ans, "text").text = format_number(q.answer)
    _text(ans, "feedback", "")
    ET.SubElement(ans, "tolerance").text = format_number(q.tolerance or 0)
    if q.unit:
        units = ET.SubElement(q_el, "units")
        unit = ET.SubElement(units, "unit")
        ET.SubElement(unit, "multiplier").text = "1"
        ET.SubElement(unit, "unit_name").text = q.unit
    # Units optional and not graded (unitgradingtype 0), typed after the number (showunits 0
    # = text input; 3 = no unit at all), to the right of it.
    ET.SubElement(q_el, "unitgradingtype").text = "0"
    ET.SubElement(q_el, "unitpenalty").text = "0.1000000"
    ET.SubElement(q_el, "showunits").text = "0" if q.unit else "3"
    ET.SubElement(q_el, "unitsleft").text = "0"


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    root = ET.Element("quiz")
    root.append(ET.Comment(f" {single_line(title).replace('--', '- -')}: exported by quizgen "))
    for bank, bank_items in by_bank(items):
        _category(root, bank.title)
        for item in bank_items:
            if item.question.is_multiple_choice:
                _multichoice(root, item)
            else:
                _numerical(root, item)
    return xml_bytes(root), len(items)
