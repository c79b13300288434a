"""What an option looks like without the article: a number with its unit, a person, a
name or a phrase.

The options check compares the answer's shape with the distractors', the key-position check
ranks numeric options, and key-in-evidence reads a quantity option's value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.lint.matching import norm_phrase, stem, stopwords, tokens, values_in, wordset
from quizgen.lint.names import NON_PERSON_WORDS, is_person, places

_NUMBER_OPTION = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|approximately|some|over|under|"
    r"more than|less than|fewer than|at least|at most|up to)\s+)?"
    r"(?P<cur>[$\u00a3\u20ac])?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>.*)$",
    re.IGNORECASE,
)
_NUMBER_WORDS = wordset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion dozen half"
)
_UNIT_ALIASES = {
    "percent": "%",
    "per cent": "%",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "metres": "m",
    "meters": "m",
    "miles": "mile",
    "bn": "billion",
    "m": "million",
}


@dataclass(frozen=True)
class Shape:
    """What an option looks like, the part a test-wise student reads without the article."""

    kind: str  # number, person, name, phrase
    unit: str | None = None
    value: float | None = None
    not_person: bool = False


def _unit_of(currency: str | None, rest: str) -> str | None:
    rest = rest.strip().casefold().rstrip(".")
    scale = ""
    for word in ("billion", "million", "thousand", "bn", "m", "k"):
        if rest == word or rest.startswith(word + " "):
            scale, rest = word, rest[len(word) :].strip()
            break
    rest = _UNIT_ALIASES.get(rest, rest)
    if rest and len(rest) > 3:
        rest = " ".join(stem(w) for w in rest.split())
    if currency:
        return currency + (f" {_UNIT_ALIASES.get(scale, scale)}" if scale else "")
    return rest or None


def option_shape(text: str) -> Shape:
    t = text.strip()
    m = _NUMBER_OPTION.match(t)
    if m:
        value = float(m.group("num").replace(",", ""))
        return Shape("number", _unit_of(m.group("cur"), m.group("unit")), value)
    words = tokens(t)
    if words and words[0].casefold() in _NUMBER_WORDS:
        values = values_in(t)
        rest = " ".join(w for w in words[1:] if w.casefold() not in _NUMBER_WORDS)
        return Shape("number", _unit_of(None, rest), values[0] if values else None)
    if not words:
        return Shape("phrase")
    stop = stopwords()
    content = [w for w in words if w.casefold() not in stop] or words
    if all(w[:1].isupper() or w[:1].isdigit() for w in content):
        if is_person(t):
            return Shape("person")
        not_person = (
            words[0] == "The"
            or any(w.casefold() in NON_PERSON_WORDS for w in words)
            or norm_phrase(t) in places()
            or len(words) == 1
            and words[0].isupper()
        )
        return Shape("name", not_person=not_person)
    return Shape("phrase")
