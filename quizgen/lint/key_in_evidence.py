"""The ``key-in-evidence`` check: the evidence states the answer, as written or in another
form a reader accepts (a surname, a demonym, a number in words or digits)."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.bank.model import Question
from quizgen.lint.findings import ERROR, Finding
from quizgen.lint.matching import contains_phrase, format_number, is_close, tokens, values_in
from quizgen.lint.names import demonym_in, is_person
from quizgen.lint.shapes import option_shape


def mc_key_in_text(key: str, text: str) -> bool:
    """The key as written ("the" optional), its surname for a person, a country's demonym, or
    for a quantity option ("1,450 km") its value in any form the text writes it ("1450km")."""
    if contains_phrase(text, key):
        return True
    shape = option_shape(key)
    if shape.kind == "number" and shape.value is not None:
        return any(is_close(v, shape.value) for v in values_in(text))
    if is_person(key) and contains_phrase(text, tokens(key)[-1]):
        return True
    return demonym_in(key, text)


def numeric_key_in_text(q: Question, text: str) -> bool:
    """The answer's value is stated (digits, commas, words, a range around it, answer_text)."""
    answer = q.answer
    if not isinstance(answer, int | float) or isinstance(answer, bool):
        return False
    values = values_in(text)
    if any(is_close(v, answer) for v in values):
        return True
    answer_text = q.extra.get("answer_text")
    if isinstance(answer_text, str) and contains_phrase(text, answer_text):
        stated = values_in(answer_text)
        if stated and min(stated) <= answer <= max(stated):
            return True
    tol = q.tolerance or 0
    if tol:
        low, high = answer - tol, answer + tol
        return any(is_close(v, low) for v in values) and any(is_close(v, high) for v in values)
    return False


def check_key_in_evidence(q: Question) -> Iterable[Finding]:
    ev = q.evidence
    if ev is None:
        return
    if q.is_multiple_choice and isinstance(q.answer, str):
        if not mc_key_in_text(q.answer, ev.text):
            yield Finding(
                "key-in-evidence", ERROR, f"the answer '{q.answer}' does not appear in the evidence"
            )
    elif q.is_numeric:
        answer_text = q.extra.get("answer_text")
        if isinstance(answer_text, str) and not contains_phrase(ev.text, answer_text):
            yield Finding(
                "key-in-evidence",
                ERROR,
                f"answer_text '{answer_text}' does not appear in the evidence",
            )
        elif not numeric_key_in_text(q, ev.text):
            yield Finding(
                "key-in-evidence",
                ERROR,
                f"the answer {format_number(q.answer)} is not stated in the evidence "
                "(in digits, words or as a range)",
            )
