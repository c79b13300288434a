"""Score candidates by how likely a teacher is to use them unedited; reject the unusable."""

from __future__ import annotations

import re

from quizgen.generate.candidates import NUMERIC, Candidate
from quizgen.generate.text import (
    BLANK,
    PRONOUNS,
    contains_word,
    speaker_voice,
    starts_with_pronoun,
    word_count,
)

FORM_SCORE = {"passive": 3.2, "wh": 3.0, "quote": 2.6, "cloze": 1.6}
MIN_WORDS = 5
MAX_WORDS = 42
IDEAL_WORDS = 24
NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.IGNORECASE)


def rejection(c: Candidate) -> str | None:
    """Why a candidate cannot be asked at all, or None."""
    prompt = c.prompt
    n = word_count(prompt)
    if n < MIN_WORDS:
        return "too short"
    if n > MAX_WORDS:
        return "too long"
    if starts_with_pronoun(prompt):
        return "starts with a pronoun"
    if c.form in {"wh", "passive"} and NEGATION.search(prompt):
        return "negative question"  # "Who is not a computer programmer?" has many right answers
    if c.form != "quote" and speaker_voice(prompt):
        return "speech without quotation marks"
    if c.form == "cloze" and prompt.count(BLANK) != 1:
        return "not one blank"
    if f"({BLANK})" in prompt:
        return "blank is an abbreviation of the words before it"
    stem = prompt.replace(BLANK, " ")
    for text in c.forbidden:
        if text and contains_word(stem, text):
            return f"key '{text}' in prompt"
    if c.kind == NUMERIC:
        digits = re.sub(r"[^\d.]", "", str(c.answer))
        if digits and re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d,]|\.\d)", stem):
            return "answer in prompt"
    elif c.choices is not None and len({x.casefold() for x in c.choices}) != 4:
        return "options not distinct"
    return None


PERSONAL = frozenset(["he", "his", "him", "she", "her", "hers"])


def vague_pronouns(c: Candidate) -> list[str]:
    """Pronouns whose antecedent is outside the prompt ("Who also denied them?"). In a
    Who-question "he"/"she" is the person asked about, so those are clear."""
    bare = re.sub(r'"[^"]*"|“[^”]*”', " ", c.prompt)  # a quote's "it" is the speaker's
    words = re.findall(r"[a-z']+", bare.lower())[1:]
    clear = PERSONAL if c.form in {"wh", "passive"} and c.key_type == "PERSON" else frozenset()
    return [w for w in words if w in PRONOUNS - {"that", "this", "there"} and w not in clear]


def score(c: Candidate, tier: int = 0) -> float:
    s = FORM_SCORE.get(c.form, 1.0)
    n = word_count(c.prompt)
    if n > IDEAL_WORDS:
        s -= 0.05 * (n - IDEAL_WORDS)
    if n < 8:
        s -= 0.3
    s -= 0.5 * len(vague_pronouns(c))
    if c.kind == NUMERIC:
        if c.unit:
            s += 0.3
        if c.answer_text and c.tolerance:
            s += 0.1
        if c.unit == "times":
            s += 0.2  # "five-fold": a comparison, rarer and more telling than a raw count
    else:
        s += {0: 0.3, 1: 0.1, 2: -0.4}.get(tier, 0)
    if "modifier" in c.tags:
        s -= 0.6
    if c.prompt.count('"') >= 2 and c.form != "quote":
        s -= 0.3
    return s
