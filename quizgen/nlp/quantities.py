"""Number mentions placed on tokens, with the noun phrase they count ("active-duty soldiers")."""

from __future__ import annotations

from bisect import bisect_right

from quizgen.nlp.gazetteers import MONTH_NAMES
from quizgen.nlp.numbers import NumberMention

_NP_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MAX_NP = 4
_PROPER = frozenset({"NNP", "NNPS"})
_NOT_PHRASE_START = frozenset({"last", "next", "this", "previous", "following", "same"})
_NOT_COUNTED = frozenset({"per", "cent", "percent", "times", "year", "years", "%"})


def token_range(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last tokens overlapping [start, end)."""
    first = max(0, bisect_right(starts, start) - 1)
    if ends[first] <= start and first + 1 < len(starts):
        first += 1
    last = max(first, bisect_right(starts, end - 1) - 1)
    return first, last


def noun_phrase(words: list[str], tags: list[str], after: int) -> tuple[int, int] | None:
    """The [first, last] tokens of the noun phrase starting at ``after``, ending on a noun.

    A proper name may be followed by "of" and more of the name before the counted noun:
    "One Department of Homeland Security official".
    """
    i = after
    n = len(words)
    last_noun = -1
    limit = _MAX_NP
    while i < n and i - after < limit:
        word, tag = words[i], tags[i]
        if word == "of" and last_noun == i - 1 and all(t in _PROPER for t in tags[after:i]):
            limit = _MAX_NP + 4  # "Department of Homeland Security official"
            i += 1
            continue
        if tag not in _NP_TAGS or not word[:1].isalnum() or word.lower() in _NOT_COUNTED:
            break
        if tag in _NOUN_TAGS:
            last_noun = i
            if tag in ("NNS", "NNPS") and not (i + 1 < n and tags[i + 1] in _NOUN_TAGS):
                break
        elif last_noun >= 0:
            break  # "troops assigned": a participle after the noun ends the phrase
        i += 1
    if last_noun < after or words[after].lower() in _NOT_PHRASE_START:
        return None
    if tags[last_noun] == "NNP":
        return None  # "three Grammys" counts, "One Department" does not
    return after, last_noun


def counted_kind(m: NumberMention, in_name: bool, prev_word: str | None) -> str:
    """A bare number glued to a name ("Andre 3000", "Channel 4", "No 10") counts nothing."""
    if m.kind != "count" or m.modifier is not None:
        return m.kind
    if in_name:
        return "other"
    if prev_word and prev_word[:1].isupper() and prev_word not in MONTH_NAMES and prev_word != "I":
        return "other"
    return m.kind
