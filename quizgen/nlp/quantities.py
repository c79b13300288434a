"""Number mentions placed on tokens, with the noun phrase they count ("active-duty soldiers")."""

from __future__ import annotations

from bisect import bisect_right

from quizgen.nlp.numbers import NumberMention

_NP_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MAX_NP = 4
_NOT_COUNTED = frozenset({"per", "cent", "percent", "times", "year", "years", "%"})


def token_range(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last tokens overlapping [start, end)."""
    first = max(0, bisect_right(starts, start) - 1)
    if ends[first] <= start and first + 1 < len(starts):
        first += 1
    last = max(first, bisect_right(starts, end - 1) - 1)
    return first, last


def noun_phrase(words: list[str], tags: list[str], after: int) -> tuple[int, int] | None:
    """The [first, last] tokens of the noun phrase starting at ``after``, ending on a noun."""
    i = after
    n = len(words)
    last_noun = -1
    while i < n and i - after < _MAX_NP and tags[i] in _NP_TAGS and words[i][:1].isalnum():
        if words[i].lower() in _NOT_COUNTED:
            break
        if tags[i] in _NOUN_TAGS:
            last_noun = i
            if tags[i] in ("NNS", "NNPS") and not (i + 1 < n and tags[i + 1] in _NOUN_TAGS):
                break
        elif last_noun >= 0:
            break  # "troops assigned": a participle after the noun ends the phrase
        i += 1
    if last_noun < after:
        return None
    return after, last_noun


def counted_kind(m: NumberMention, prev_is_name: bool) -> str:
    """A bare number glued to a name ("Andre 3000", "Channel 4") counts nothing."""
    if m.kind == "count" and prev_is_name and m.modifier is None:
        return "other"
    return m.kind
