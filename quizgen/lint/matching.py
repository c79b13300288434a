"""Text matching shared by the checks: words, phrases and numbers compared the way a reader
compares them (case, a leading "the", plurals, "1450km" vs "1450 km" do not matter).

Several checks ask "does this text say that?"; they all answer it with these helpers so a
key that counts as stated in the evidence also counts as leaked in the prompt.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any


def wordset(words: str) -> frozenset[str]:
    """A word list written as text, split on whitespace."""
    return frozenset(words.split())


_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def match_words(text: str) -> list[str]:
    """Words for matching: casefolded, possessive 's dropped, digits split from letters, so
    "AOL's" matches "AOL" and "1450km" matches "1450 km"."""
    out = []
    for w in tokens(_DIGIT_LETTER.sub(" ", text.replace("\u2019", "'"))):
        w = w.casefold()
        if len(w) > 2 and w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


def norm_phrase(text: str) -> str:
    """Matching words, a leading "the" dropped: "The Wall Street Journal" == "wall street journal"."""
    words = match_words(text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whole-word, case-insensitive containment after :func:`norm_phrase`-style cleaning."""
    n = norm_phrase(needle)
    if not n:
        return False
    return f" {n} " in f" {' '.join(match_words(haystack))} "


def stem(word: str) -> str:
    """Casefolded and crudely singular ("parties" -> "party", "troops" -> "troop")."""
    w = word.casefold()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def is_close(a: float, b: float) -> bool:
    """The same number up to float rounding."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@cache
def stopwords() -> frozenset[str]:
    """The stopword list, loaded on first use."""
    from quizgen.nlp.resources import stopwords as load_stopwords

    return load_stopwords()


def values_in(text: str) -> list[float]:
    """Every number the text states (digits, words, both ends of a range)."""
    from quizgen.nlp.numbers import values_in as parse_values

    return parse_values(text)


def format_number(value: Any) -> str:
    """A value as a message shows it: 5000.0 -> "5000"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
