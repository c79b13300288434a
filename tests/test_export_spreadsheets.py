"""Kahoot and Wayground spreadsheets read back with openpyxl: exact headers, platform limits,
the key where the "correct answer" column says, numeric questions converted sensibly."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from quizgen.bank.io import load_bank
from quizgen.export import ExportOptions, export

from .conftest import EXAMPLE_BANK
from .export_support import expected_feedback, limits_bank, tricky_bank

KAHOOT_HEADERS = [
    None,
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
KAHOOT_TIMES = {5, 10, 20, 30, 60, 90, 120, 240}
WAYGROUND_HEADERS = [
    "Question Text",
    "Question Type",
    "Option 1",
    "Option 2",
    "Option 3",
    "Option 4",
    "Option 5",
    "Correct Answer",
    "Time in seconds",
    "Image Link",
    "Answer explanation",
]


def sheet(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def kahoot_rows(banks, seed: int = 0) -> list[tuple]:
    ws = sheet(export(banks, "kahoot", ExportOptions(seed=seed)).data)
    assert [c.value for c in ws[8]] == KAHOOT_HEADERS
    return [row for row in ws.iter_rows(min_row=9, values_only=True) if any(row)]


def number_of(option: str) -> float:
    return float(re.match(r"-?[\d.]+", option)[0])


def test_kahoot_layout_limits_and_keys() -> None:
    banks = [tricky_bank(), limits_bank(), load_bank(EXAMPLE_BANK)]
    questions = [q for b in banks for q in b.questions]
    rows = kahoot_rows(banks)
    assert len(rows) == len(questions)
    for n, (q, row) in enumerate(zip(questions, rows, strict=True), start=1):
        number, prompt, *answers, time_limit, correct = row
        answers = [a for a in answers if a is not None]
        assert number == n
        assert len(prompt) <= 120
        assert 2 <= len(answers) <= 4
        assert all(len(a) <= 75 for a in answers)
        assert time_limit in KAHOOT_TIMES
        assert isinstance(correct, int) and 1 <= correct <= len(answers)
        key = answers[correct - 1]
        if q.kind == "multiple_choice":
            assert key == q.answer
            assert set(answers) <= set(q.choices) | {a for a in answers if a.endswith("…")}
        else:
            assert number_of(key) == q.answer
            assert len(set(answers)) == 4
            for wrong in answers:
                if wrong != key:
                    assert abs(number_of(wrong) - q.answer) > (q.tolerance or 0)
                if q.unit:
                    assert wrong.endswith(f" {q.unit}")


def test_kahoot_shortens_cuts_and_rounds_with_one_warning_per_question() -> None:
    bank = limits_bank()
    result = export([bank], "kahoot")
    row = sheet(result.data)[9]
    prompt, answers = row[1].value, [c.value for c in row[2:6]]
    assert len(prompt) == 120 and prompt.endswith("…")
    assert bank.questions[0].prompt.startswith(prompt[:-1])
    assert "Nobody knew" in answers and len(answers) == 4
    assert answers[0].endswith("…") and len(answers[0]) == 75
    assert row[6].value == 60  # 45 s: between 30 and 60, rounded up
    assert len(result.warnings) == len(bank.questions)  # one line each, no more
    long_line = result.warnings[0]
    assert long_line.count("\n") == 0 and "question long" in long_line
    for part in ("cut to 4", "shortened from 157 to 120", "45 s rounded to 60 s"):
        assert part in long_line
    assert all("converted to multiple choice" in line for line in result.warnings[1:])


def test_converted_numeric_keys_move_around_and_are_seeded() -> None:
    bank = limits_bank()
    first = kahoot_rows([bank], seed=0)
    again = kahoot_rows([bank], seed=0)
    other = kahoot_rows([bank], seed=7)
    assert first == again
    assert first != other
    positions = {row[-1] for row in first[1:]}
    assert len(positions) >= 3, positions


def test_year_distractors_are_nearby_years() -> None:
    rows = kahoot_rows([tricky_bank()])
    year_row = rows[2]
    years = [int(a) for a in year_row[2:6]]
    assert 2018 in years
    assert all(2008 <= y <= 2028 for y in years)


def test_wayground_layout_keys_and_explanations() -> None:
    banks = [tricky_bank(), load_bank(EXAMPLE_BANK)]
    questions = [q for b in banks for q in b.questions]
    ws = sheet(export(banks, "wayground").data)
    assert [c.value for c in ws[1]] == WAYGROUND_HEADERS
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(questions)
    for q, row in zip(questions, rows, strict=True):
        text, kind, *options, correct, seconds, image, explanation = row
        options = [o for o in options if o is not None]
        assert text == q.prompt
        assert kind == "Multiple Choice"
        assert 2 <= len(options) <= 5
        assert isinstance(correct, int)
        key = options[correct - 1]
        if q.kind == "multiple_choice":
            assert options == q.choices and key == q.answer
        else:
            assert number_of(key) == q.answer
        assert isinstance(seconds, int) and seconds > 0
        assert image is None
        assert explanation == expected_feedback(q)
