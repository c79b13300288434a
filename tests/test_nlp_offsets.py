"""Offsets always map back to the original text: arbitrary text (hypothesis) and the dev corpus."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.nlp.document import ENTITY_TYPES
from quizgen.nlp.normalize import normalize
from quizgen.nlp.numbers import find_numbers
from quizgen.nlp.pipeline import analyse

from .conftest import DEV_CORPUS

# Characters that exercise normalisation: curly quotes, dashes, odd spaces, BOM, CR, ellipsis.
_TRICKY = "\u201c\u201d\u2018\u2019\u2013\u2014\u00a0\ufeff\r\u2026\ufb01\t"
_ALPHABET = st.sampled_from(
    list("abcdefghij ABCDEFG 0123456789 .,;:!?\"'()-$£%\n") + list(_TRICKY) + ["é", "ñ"]
)
_WORDS = st.sampled_from(
    [
        "Donald Trump",
        "said",
        "5,000",
        "nearly",
        "800 to 1000",
        "$2.5bn",
        "Mr Smith",
        "the",
        "Department of Homeland Security",
        '"',
        "\u201c",
        "\u201d",
        ".",
        "\n\n",
        "\r\n",
        "he tweeted",
        "Mexico",
        "five-fold",
        "1450km",
        "\u2026",
    ]
)


def assert_offsets(text: str) -> None:
    doc = analyse(text, wordnet=False)
    assert doc.text == text
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text and s.text.strip()
        for t in s.tokens:
            assert text[t.start : t.end] == t.text and t.text.strip()
        for e in s.entities:
            assert text[e.start : e.end] == e.text and e.text.strip()
            assert 0 <= e.first_token <= e.last_token < len(s.tokens)
        for q in s.quantities:
            assert text[q.start : q.end] == q.text
            assert s.start <= q.start < q.end <= s.end
        for q in s.quotes:
            assert text[q.start : q.end] == q.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_ALPHABET, max_size=200))
def test_offsets_map_back_for_arbitrary_text(text):
    assert_offsets(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_offsets_map_back_for_newsy_text(text):
    assert_offsets(text)


@given(st.text(_ALPHABET, max_size=300))
def test_normalize_map_is_monotonic_and_total(text):
    norm = normalize(text)
    assert len(norm.text) >= len(text)
    previous = 0
    for i in range(len(norm.text) + 1):
        o = norm.to_original(i)
        assert previous <= o <= len(text)
        previous = o


@given(st.text(_ALPHABET, max_size=200))
def test_number_spans_are_verbatim(text):
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text


def dev_articles() -> list:
    if not DEV_CORPUS.is_dir():
        return []
    return sorted(DEV_CORPUS.glob("*.txt"))


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="shared dev corpus not present")
@pytest.mark.parametrize("path", dev_articles(), ids=lambda p: p.stem)
def test_dev_corpus_invariants(path):
    text = path.read_text(encoding="utf-8")
    assert_offsets(text)
    doc = analyse(text)
    assert doc.title and doc.title == text.splitlines()[0].strip()
    assert len(doc.sentences) >= 10
    assert doc.entities and all(e.text.strip() and e.canonical for e in doc.entities)
    assert all(e.type in ENTITY_TYPES for e in doc.entities)
    # a sentence never holds its own headline, and sentences are in order without overlap
    ends = [s.end for s in doc.sentences]
    starts = [s.start for s in doc.sentences]
    assert all(a >= b for a, b in zip(starts[1:], ends, strict=False))


@given(st.text(_ALPHABET, max_size=200))
def test_from_original_inverts_to_original(text):
    norm = normalize(text)
    for i in range(len(text)):
        j = norm.from_original(i)
        assert norm.to_original(j) == i
