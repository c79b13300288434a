"""Number mentions as news text writes them (regex only, no NLTK models)."""

from __future__ import annotations

import pytest

from quizgen.nlp.numbers import find_numbers, values_in, words_value


def one(text: str):
    found = find_numbers(text)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


@pytest.mark.parametrize(
    ("sentence", "value", "kind", "unit", "modifier"),
    [
        ("said 5000 active-duty soldiers would be sent", 5000, "count", None, None),
        ("said 5,000 active-duty soldiers would be sent", 5000, "count", None, None),
        ("join roughly 2000 National Guard troops", 2000, "count", None, "roughly"),
        ("from a peak of nearly 7000 migrants", 7000, "count", None, "nearly"),
        ("At least 1000 caravan members have applied", 1000, "count", None, "at least"),
        (
            "The caravan remains at least 1450km from US territory",
            1450,
            "distance",
            "km",
            "at least",
        ),
        ("had increased five-fold from last week", 5, "multiplier", "times", None),
        ("profits rose 3.5% last year", 3.5, "percent", "%", None),
        ("sales fell 35 per cent in March", 35, "percent", "%", None),
        ("spent $2.5bn on the deal", 2.5e9, "money", "$", None),
        ("a prize of £1.2m was offered", 1.2e6, "money", "£", None),
        ("take the women's 60m title", 60, "distance", "m", None),
        ("won the title in 7.27 seconds", 7.27, "duration", "seconds", None),
        ("said the 22-year-old from Leeds", 22, "age", "years", None),
        ("two million people watched", 2e6, "count", None, None),
        ("more than a dozen officers", 12, "count", None, "more than"),
        ("fewer than 300 people voted", 300, "count", None, "fewer than"),
        ("up to 40 jobs could go", 40, "count", None, "up to"),
        ("it lost 464,000 subscribers", 464000, "count", None, None),
        ("It has grown every year since 2004", 2004, "year", None, None),
    ],
)
def test_single_number_forms(sentence, value, kind, unit, modifier):
    m = one(sentence)
    assert m.value == pytest.approx(value)
    assert m.kind == kind
    assert m.unit == unit
    assert m.modifier == modifier


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("from the 800 to 1000 troops that officials discussed", 800, 1000),
        ("which authorities estimate at 3000 to 4000", 3000, 4000),
        ("a crowd of 3000-4000 people", 3000, 4000),
        ("between 20 and 30 officers were injured", 20, 30),
        ("the deal is worth $2-3bn", 2e9, 3e9),
    ],
)
def test_ranges_have_both_ends_and_a_midpoint(sentence, low, high):
    m = one(sentence)
    assert (m.low, m.high) == (pytest.approx(low), pytest.approx(high))
    assert m.value == pytest.approx((low + high) / 2)


def test_a_change_is_not_a_range():
    found = find_numbers("the number grew from 785 to 708 and from 8 to 10")
    assert [m.low for m in found] == [None] * 4


def test_scores_are_not_ranges():
    m = one("Chelsea won 2-1 at home")
    assert m.kind == "score"
    assert values_in("Chelsea won 2-1 at home") == [2, 1]


def test_dates_and_years_are_not_counts():
    kinds = [(m.text, m.kind) for m in find_numbers("On 17 March 2003 the vote was held.")]
    assert kinds == [("17", "date"), ("2003", "year")]
    assert [m.kind for m in find_numbers("restate 2000 and 2003 results")] == ["year", "year"]


def test_ordinals_only_after_a_determiner():
    assert [(m.value, m.kind) for m in find_numbers("the third and final film")] == [(3, "ordinal")]
    assert find_numbers("The story was first reported by the Journal") == []
    assert [m.kind for m in find_numbers("a third of voters")] == ["fraction"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("a third of voters", 1 / 3), ("two thirds of its business", 2 / 3), ("three quarters", 0.75)],
)
def test_fractions(text, value):
    m = one(text)
    assert m.kind == "fraction" and m.value == pytest.approx(value)


def test_names_with_digits_are_not_numbers():
    assert values_in("the ex-E17 singer and the 3G networks") == []


def test_values_in_gives_every_reading():
    text = "It increased five-fold, costing $2.5bn, 3.5% more, for 800 to 1000 troops."
    assert values_in(text) == [5, 2.5e9, 2.5, 3.5, 900, 800, 1000]


def test_values_in_reads_curly_text_and_en_dashes():
    assert values_in("estimated at 3000\u20134000 \u201cmigrants\u201d") == [3500, 3000, 4000]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("five", 5),
        ("twenty-five", 25),
        ("one hundred and twenty", 120),
        ("two million", 2_000_000),
        ("a dozen", 12),
        ("three thousand five hundred", 3500),
    ],
)
def test_words_value(words, value):
    assert words_value(words) == value


def test_no_number_words_in_idioms():
    assert values_in("no one expected the one-off gains") == []


def test_a_tally_with_a_bigger_first_number_is_a_score():
    m = one("passed on a 286-134 vote")
    assert (m.kind, m.low, m.high) == ("score", 286, 134)


@pytest.mark.parametrize(
    ("text", "value", "kind", "unit"),
    [
        ("5 million dollars was raised", 5e6, "money", "$"),
        ("temperatures of 40C were recorded", 40, "measure", "°C"),
        ("a man aged 45 was arrested", 45, "age", "years"),
        ("popular in the 1990s", 1990, "year", "decade"),
        ("one in five adults smoke", 0.2, "fraction", None),
        ("nearly half of voters agreed", 0.5, "fraction", None),
        ("three times more likely", 3, "multiplier", "times"),
        ("twice as many people", 2, "multiplier", "times"),
    ],
)
def test_more_news_forms(text, value, kind, unit):
    m = one(text)
    assert (m.value, m.kind, m.unit) == (pytest.approx(value), kind, unit)


def test_forms_that_are_not_what_they_seem():
    assert find_numbers("a third-quarter loss") == []
    assert [m.kind for m in find_numbers("won 2-1 in 2004")] == ["score", "year"]
    assert values_in("one in five adults") == [0.2, 1, 5]


def test_html_entities_are_not_numbers():
    assert values_in("a pr&#233;cis of 5 pages") == [5]
