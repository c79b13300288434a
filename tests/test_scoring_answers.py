"""Numeric answer parsing: the forms people type, and clear refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.answers import AnswerError, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5000", 5000),
        ("5,000", 5000),
        ("5 000", 5000),
        ("5\u202f000", 5000),
        ("5000 soldiers", 5000),
        ("5k", 5000),
        ("5 K", 5000),
        ("2.5m", 2_500_000),
        ("2.5 million", 2_500_000),
        ("$2.5bn", 2_500_000_000),
        ("-3", -3),
        ("\u22123", -3),
        ("1/2", 0.5),
        ("2,5", 2.5),
        ("1,234.5", 1234.5),
        ("3.5%", 3.5),
        ("1450km", 1450),
        ("about 2000", 2000),
        ("  42  ", 42),
        ("five thousand", 5000),
        ("twenty-five", 25),
    ],
)
def test_accepted_forms(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_unit_m_means_metres_not_million() -> None:
    assert parse_number("5m", unit="m") == 5
    assert parse_number("5m") == 5_000_000


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Type a number"),
        ("   ", "Type a number"),
        ("lots", "is not a number"),
        ("five apples and", "is not a number"),
        ("3000 to 4000", "not a range"),
        ("5-6", "not a range"),
        ("1/0", "divide by zero"),
        ("12 34 5", "several numbers"),
    ],
)
def test_rejected_with_a_message(text: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        parse_number(text)


@given(st.integers(-(10**9), 10**9))
def test_round_trip_of_integers_with_and_without_separators(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(format_number(float(n))) == n


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz !?", min_size=1, max_size=30))
def test_letters_only_never_crash(text: str) -> None:
    try:
        parse_number(text)
    except AnswerError as exc:
        assert str(exc)


def test_format_number() -> None:
    assert format_number(5000.0) == "5000"
    assert format_number(2.5) == "2.5"
    assert format_number(-3.0) == "-3"
