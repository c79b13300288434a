"""The helpers every format shares: distractors of converted numeric questions, ids, numbers."""

from __future__ import annotations

import random

import pytest

from quizgen.bank.model import Bank, Question
from quizgen.export import ExportOptions, export, get_format
from quizgen.export.common import (
    format_number,
    items_of,
    letter,
    ncname,
    numeric_distractors,
    with_unit,
)


def numeric(answer: float, tolerance: float = 0, unit: str | None = None) -> Question:
    return Question(
        id="q", kind="numeric", prompt="How many?", answer=answer, tolerance=tolerance, unit=unit
    )


@pytest.mark.parametrize(
    ("answer", "tolerance"),
    [
        (5000, 0),
        (2000, 200),
        (3, 0),
        (1, 0),
        (0, 0),
        (12.5, 0.5),
        (0.25, 0),
        (-7, 1),
        (10, 100),
        (2018, 0),
    ],
)
def test_distractors_are_three_distinct_numbers_outside_the_tolerance(answer, tolerance) -> None:
    for seed in range(20):
        values = numeric_distractors(numeric(answer, tolerance), random.Random(seed))
        assert len(values) == 3, values
        assert len({format_number(v) for v in values}) == 3
        assert all(abs(v - answer) > tolerance for v in values)
        if answer > 0:
            assert all(v > 0 for v in values)


def test_distractors_keep_the_precision_of_the_answer() -> None:
    for seed in range(10):
        for v in numeric_distractors(numeric(5000), random.Random(seed)):
            assert float(v).is_integer() and v % 100 == 0
        for v in numeric_distractors(numeric(12.5, 0.5), random.Random(seed)):
            text = format_number(v)
            assert "." not in text or len(text.split(".")[1]) == 1, text


def test_key_position_among_sorted_options_varies_with_the_seed() -> None:
    below = {
        sum(v < 5000 for v in numeric_distractors(numeric(5000), random.Random(s)))
        for s in range(40)
    }
    assert below == {0, 1, 2, 3}


def test_years_get_nearby_years() -> None:
    for seed in range(10):
        values = numeric_distractors(numeric(2018), random.Random(seed))
        assert all(2008 <= v <= 2028 and float(v).is_integer() for v in values)


def test_number_and_unit_formatting() -> None:
    assert format_number(5000.0) == "5000"
    assert format_number(0.1 + 0.2) == "0.3"
    assert format_number(12.5) == "12.5"
    assert with_unit("35", "%") == "35%"
    assert with_unit("2.5", "$") == "$2.5"
    assert with_unit("1450", "km") == "1450 km"


def test_ncname_and_letters() -> None:
    assert ncname("q-5000-soldiers") == "q-5000-soldiers"
    assert ncname("7-up") == "ID_7-up"
    assert ncname("a b/c") == "a_b_c"
    assert ncname(".dot") == "ID_.dot"
    assert [letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_merged_banks_never_share_an_id() -> None:
    q = Question(id="q1", kind="multiple_choice", prompt="?", choices=["a", "b"], answer="a")
    banks = [Bank("A", [q]), Bank("B", [q]), Bank("C", [q])]
    assert [i.uid for i in items_of(banks)] == ["q1", "b2-q1", "b3-q1"]


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known: gift, moodle-xml"):
        get_format("blackboard")


def test_export_is_deterministic_for_text_formats() -> None:
    bank = Bank("T", [numeric(5000, unit="soldiers")])
    for fmt in ("gift", "moodle-xml", "markdown", "html"):
        first = export([bank], fmt, ExportOptions(seed=3))
        assert first.data == export([bank], fmt, ExportOptions(seed=3)).data
        assert first.count == 1 and first.warnings == []
