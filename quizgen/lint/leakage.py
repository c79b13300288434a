"""The ``leakage`` check: the prompt does not give the answer away, neither verbatim, nor
by words only the answer shares with it, nor as an acronym."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.bank.model import Question
from quizgen.lint.acronyms import initial_runs, is_acronym, is_acronym_of
from quizgen.lint.findings import ERROR, WARNING, Finding
from quizgen.lint.matching import (
    contains_phrase,
    format_number,
    is_close,
    stem,
    stopwords,
    tokens,
    values_in,
)


def check_leakage(q: Question) -> Iterable[Finding]:
    prompt = q.prompt
    if q.is_numeric:
        answer = q.answer
        is_number = isinstance(answer, int | float) and not isinstance(answer, bool)
        if is_number and any(is_close(v, answer) for v in values_in(prompt)):
            yield Finding("leakage", ERROR, f"the prompt states the answer {format_number(answer)}")
            return
        answer_text = q.extra.get("answer_text")
        if isinstance(answer_text, str) and contains_phrase(prompt, answer_text):
            yield Finding("leakage", ERROR, f"the prompt contains the answer '{answer_text}'")
        return
    if not (q.is_multiple_choice and isinstance(q.answer, str)):
        return
    key = q.answer
    if contains_phrase(prompt, key):
        yield Finding("leakage", ERROR, f"the prompt contains the answer '{key}'")
        return
    others = {stem(w) for c in q.choices or [] if c != key for w in tokens(c)}
    prompt_words = {stem(w) for w in tokens(prompt)}
    stop = stopwords()
    giveaways = [
        w
        for w in tokens(key)
        if (len(w) >= 4 or w.isdigit())
        and w.casefold() not in stop
        and stem(w) in prompt_words
        and stem(w) not in others
    ]
    if giveaways:
        words = ", ".join(f"'{w}'" for w in giveaways)
        yield Finding(
            "leakage",
            WARNING,
            f"the prompt shares {words} with the answer and with no other option",
        )
        return
    for word in tokens(prompt):
        if is_acronym_of(word, key) or is_acronym_of(key, word):
            yield Finding(
                "leakage", WARNING, f"the prompt's '{word}' abbreviates the answer '{key}'"
            )
            return
    if is_acronym(key) and any(key in run for run in initial_runs(prompt)):
        yield Finding("leakage", WARNING, f"the prompt spells out the answer '{key}'")
