"""The ``duplicates`` check: no two questions ask the same fact or are worded almost alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quizgen.bank.model import Question
from quizgen.lint.findings import ERROR, WARNING, Finding
from quizgen.lint.matching import norm_phrase, stem, stopwords, tokens

DUPLICATE_JACCARD = 0.8


def content_words(text: str) -> frozenset[str]:
    stop = stopwords()
    return frozenset(stem(w) for w in tokens(text) if w.casefold() not in stop)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _key_of(q: Question) -> Any:
    if isinstance(q.answer, str):
        return ("text", norm_phrase(q.answer))
    if isinstance(q.answer, int | float) and not isinstance(q.answer, bool):
        return ("number", float(q.answer))
    return ("other", repr(q.answer))


def check_duplicates(
    questions: Sequence[Question], lines: Sequence[int | None]
) -> list[tuple[int, Finding]]:
    words = [content_words(q.prompt) for q in questions]
    out: list[tuple[int, Finding]] = []
    for j, b in enumerate(questions):
        for i in range(j):
            a = questions[i]
            where = f"'{a.id}'" + (f" (line {lines[i]})" if lines[i] else "")
            same_fact = (
                a.evidence is not None
                and b.evidence is not None
                and " ".join(a.evidence.text.split()) == " ".join(b.evidence.text.split())
                and _key_of(a) == _key_of(b)
            )
            if same_fact:
                out.append((j, Finding("duplicates", ERROR, f"asks the same fact as {where}")))
                break
            score = jaccard(words[i], words[j])
            if score >= DUPLICATE_JACCARD:
                out.append(
                    (
                        j,
                        Finding(
                            "duplicates",
                            WARNING,
                            f"worded almost like {where} (word overlap {score:.2f})",
                        ),
                    )
                )
                break
    return out
