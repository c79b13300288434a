"""Moodle XML: multiple choice read back by PyPI moodle-xml-parser; numerical checked field by
field against what Moodle's importer (question/format/xml/format.php) reads."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import unescape

from moodle_xml_parser.parser import parse_bytes

from quizgen.bank.io import load_bank
from quizgen.export import export

from .conftest import EXAMPLE_BANK
from .export_support import expected_feedback, tricky_bank

# The grades Moodle offers for an answer (question_bank::fraction_options_full), in percent.
MOODLE_FRACTIONS = {
    100,
    90,
    83.33333,
    80,
    75,
    70,
    66.66667,
    60,
    50,
    40,
    33.33333,
    30,
    25,
    20,
    16.66667,
    14.28571,
    12.5,
    11.11111,
    10,
    5,
    0,
}


def test_moodle_xml_parser_reads_multiple_choice() -> None:
    bank = tricky_bank()
    parsed = parse_bytes(export([bank], "moodle-xml").data)
    mcs = [q for q in bank.questions if q.kind == "multiple_choice"]
    assert [p.name for p in parsed["multichoice"]] == [q.id for q in mcs]
    for q, p in zip(mcs, parsed["multichoice"], strict=True):
        assert p.text_pre_parse == q.prompt
        assert [o.answer for o in p.options] == q.choices
        assert [o.score_fraction for o in p.options] == [
            100 if c == q.answer else 0 for c in q.choices
        ]
        assert p.single is True
        assert p.general_feedback == expected_feedback(q)
        assert p.default_grade == (q.points or 1)


def _text(el: ET.Element, path: str) -> str:
    node = el.find(path)
    assert node is not None, path
    return unescape(node.text or "")


def test_numerical_fields_are_what_moodle_imports() -> None:
    bank = tricky_bank()
    root = ET.fromstring(export([bank], "moodle-xml").data)
    numerical = root.findall("question[@type='numerical']")
    expected = [q for q in bank.questions if q.kind == "numeric"]
    assert len(numerical) == len(expected) == 2
    for q, el in zip(expected, numerical, strict=True):
        assert _text(el, "name/text") == q.id
        assert _text(el, "questiontext/text") == q.prompt
        assert el.find("questiontext").get("format") == "html"
        assert _text(el, "generalfeedback/text") == expected_feedback(q)
        answers = el.findall("answer")
        assert len(answers) == 1
        assert float(answers[0].get("fraction")) in MOODLE_FRACTIONS
        assert float(answers[0].get("fraction")) == 100
        assert float(_text(answers[0], "text")) == q.answer
        assert float(_text(answers[0], "tolerance")) == (q.tolerance or 0)
        units = el.findall("units/unit")
        if q.unit:
            assert len(units) == 1
            assert _text(units[0], "unit_name") == q.unit
            assert float(_text(units[0], "multiplier")) == 1
            assert _text(el, "showunits") == "0"  # typed in, optional
        else:
            assert units == []
            assert _text(el, "showunits") == "3"  # no unit at all
        assert _text(el, "unitgradingtype") == "0"  # a missing unit costs nothing


def test_every_answer_fraction_is_on_moodles_list() -> None:
    root = ET.fromstring(export([load_bank(EXAMPLE_BANK), tricky_bank()], "moodle-xml").data)
    fractions = [float(a.get("fraction")) for a in root.iter("answer")]
    assert fractions and set(fractions) <= MOODLE_FRACTIONS


def test_a_category_per_bank_before_its_questions() -> None:
    root = ET.fromstring(export([tricky_bank("First"), load_bank(EXAMPLE_BANK)], "moodle-xml").data)
    kinds = [q.get("type") for q in root.findall("question")]
    assert kinds[0] == "category" and kinds[5] == "category" and kinds.count("category") == 2
    assert _text(root.findall("question")[0], "category/text") == "$course$/top/quizgen/First"
    names = [_text(q, "name/text") for q in root.findall("question") if q.get("type") != "category"]
    assert len(names) == len(set(names)) == 12
