"""The ``unit-missing`` check: a numeric question carries the unit its evidence gives
("5000 soldiers" asks for soldiers, not a bare number)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from quizgen.bank.model import Question
from quizgen.lint.findings import WARNING, Finding
from quizgen.lint.matching import contains_phrase, is_close, stopwords

_AFTER_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]")
_SKIP_TAGS = frozenset({"JJ", "JJR", "JJS", "NNP", "NNPS"})
# Adjectives that start a time phrase ("311,764 last month"), not a counted noun.
_NOT_UNIT_WORDS = frozenset({"last", "next", "previous", "this", "same", "earlier", "later"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


def _number_mentions(text: str) -> list[Any]:
    from quizgen.nlp.numbers import find_numbers

    return find_numbers(text)


def _counted_noun(text: str, end: int) -> str | None:
    """The noun the number ending at ``end`` counts ("5000 active-duty soldiers" ->
    "active-duty soldiers"). The whole sentence is tagged: words alone tag badly."""
    spans = [(m.start(), m.group()) for m in _AFTER_TOKEN.finditer(text)]
    first = next((i for i, (start, _) in enumerate(spans) if start >= end), len(spans))
    if first == len(spans) or not spans[first][1][:1].isalpha():
        return None
    from quizgen.nlp.resources import pos_tagger

    tagged = pos_tagger().tag([w for _, w in spans])[first : first + 5]
    phrase: list[str] = []
    nouns = 0
    for word, tag in tagged:
        if tag in _NOUN_TAGS and word.casefold() not in stopwords():
            phrase.append(word)
            nouns += 1
        elif nouns or tag not in _SKIP_TAGS or word.casefold() in _NOT_UNIT_WORDS:
            break
        else:
            phrase.append(word)
    return " ".join(phrase) if nouns else None


def _answer_mentions(q: Question, text: str) -> list[Any]:
    answer = float(q.answer)
    out = []
    answer_text = q.extra.get("answer_text")
    for m in _number_mentions(text):
        ends = [m.value, m.low, m.high, m.mantissa]
        by_value = any(v is not None and is_close(v, answer) for v in ends)
        by_text = isinstance(answer_text, str) and (
            contains_phrase(m.text, answer_text) or contains_phrase(answer_text, m.text)
        )
        if by_value or by_text:
            out.append(m)
    return out


def check_unit_missing(q: Question) -> Iterable[Finding]:
    if not q.is_numeric or (q.unit or "").strip() or q.evidence is None:
        return
    if not isinstance(q.answer, int | float) or isinstance(q.answer, bool):
        return
    text = q.evidence.text
    for m in _answer_mentions(q, text):
        if m.kind in ("year", "date", "time", "ordinal", "score", "age"):
            continue
        unit = m.unit or _counted_noun(text, m.end)
        if unit:
            yield Finding(
                "unit-missing",
                WARNING,
                f"the evidence gives a unit ('{text[m.start : m.end]}' ... '{unit}') "
                "but the question has none",
            )
            return
