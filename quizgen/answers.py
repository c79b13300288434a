"""Read a typed numeric answer the way people write numbers in news: "5,000", "5k", "2.5 million".

Anything that is not one number gets an :class:`AnswerError` whose message can be shown
inline, so a typo never costs points or crashes the quiz.
"""

from __future__ import annotations

import re

MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
}

_SPACE = " \u00a0\u2009\u202f"
_NUMBER = re.compile(
    rf"""
    (?P<sign>[-+\u2212])?\s*
    (?P<currency>[$£€])?\s*
    (?P<num>
        \d+/\d+                                   # a fraction: 1/2
      | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?          # 5,000 or 1,234.5
      | \d{{1,3}}(?:[{_SPACE}]\d{{3}})+(?:\.\d+)?  # 5 000
      | \d+,\d{{1,2}}(?![\d,])                     # 2,5 (decimal comma)
      | \d*\.\d+ | \d+\.?                          # 5000, 2.5, .5
    )
    (?P<percent>\s*%)?
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"\s*([A-Za-z]+)")


class AnswerError(ValueError):
    """The text is not one number; ``str(exc)`` is a message for the student."""


def parse_number(text: str, *, unit: str | None = None) -> float:
    """The number in ``text``; a word after it is a multiplier ("5k") or a unit ("5000 soldiers").

    ``unit`` is the question's unit: when it is "m" (metres), "5m" means 5, not 5 million.
    """
    raw = text.strip()
    if not raw:
        raise AnswerError("Type a number, e.g. 5000")
    match = _NUMBER.search(raw)
    if match is None or not re.fullmatch(r"[A-Za-z ,.:~]*", raw[: match.start()]):
        # No digits (or digits after other symbols): maybe words, "five thousand".
        value = parse_number_words(raw)
        if value is None:
            shown = raw if len(raw) <= 20 else raw[:19] + "…"
            raise AnswerError(f"'{shown}' is not a number: type digits, e.g. 5000 or 5k")
        return value
    value = _to_float(match.group("num"))
    rest = raw[match.end() :]
    word = _WORD.match(rest)
    if word and not match.group("percent"):
        name = word.group(1).lower()
        if name in MULTIPLIERS and name != (unit or "").strip().lower():
            value *= MULTIPLIERS[name]
            rest = rest[word.end() :]
    if re.search(r"\d", rest):
        if re.search(r"\b(to|and|or)\b|[-\u2013]", rest):
            raise AnswerError("Give one number, not a range or a list")
        raise AnswerError(f"'{raw}' mixes several numbers: give just one")
    if match.group("sign") in ("-", "\u2212"):
        value = -value
    return value


def _to_float(num: str) -> float:
    if "/" in num:
        top, bottom = num.split("/")
        if int(bottom) == 0:
            raise AnswerError("A fraction cannot divide by zero")
        return int(top) / int(bottom)
    if re.fullmatch(r"\d+,\d{1,2}", num):
        return float(num.replace(",", "."))
    for sep in "," + _SPACE:
        num = num.replace(sep, "")
    return float(num)


def parse_number_words(text: str) -> float | None:
    """ "five thousand", "twenty-five", "a hundred": English number words, else None."""
    from quizgen.nlp.number_words import words_value

    return words_value(text.strip())


def format_number(value: float) -> str:
    """Canonical text stored as the response: "5000", "2.5", never "5000.0" or "5e3"."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"
