"""Shared by the Kahoot and Wayground spreadsheets: a question as one row of a
multiple-choice-only platform, with its limits applied and every change noted."""

from __future__ import annotations

import io
from dataclasses import dataclass

from quizgen.export.common import Item, Warnings, as_multiple_choice, single_line


@dataclass
class ChoiceRow:
    prompt: str
    options: list[str]
    correct: int
    """1-based position of the key among ``options``."""
    time_limit: int
    feedback: str


@dataclass(frozen=True)
class Limits:
    platform: str
    max_question: int | None
    max_answer: int | None
    max_options: int
    times: tuple[int, ...]
    default_time: int


def shorten(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def nearest_time(seconds: float, allowed: tuple[int, ...]) -> int:
    """The allowed limit closest to ``seconds``; a tie goes to the longer one (kinder)."""
    return min(allowed, key=lambda t: (abs(t - seconds), -t))


def choice_row(
    item: Item, limits: Limits, warnings: Warnings, seed: int, feedback: str
) -> ChoiceRow:
    q = item.question
    if q.is_numeric:
        options, key = as_multiple_choice(item, seed, count=min(3, limits.max_options - 1))
        warnings.add(
            item,
            f"numeric question converted to multiple choice ({limits.platform} has no "
            f"numeric question type in its spreadsheet import); key {key} among {len(options)} answers",
        )
    else:
        options, key = [single_line(c) for c in q.choices or []], single_line(str(q.answer))
        if len(options) > limits.max_options:
            others = [c for c in options if c != key][: limits.max_options - 1]
            kept = set(others) | {key}
            options = [c for c in options if c in kept]
            warnings.add(
                item,
                f"{len(q.choices or [])} choices cut to {limits.max_options} "
                f"({limits.platform} allows {limits.max_options}); the key is kept",
            )
    prompt = single_line(q.prompt)
    if limits.max_question is not None and len(prompt) > limits.max_question:
        warnings.add(
            item, f"question shortened from {len(prompt)} to {limits.max_question} characters"
        )
        prompt = shorten(prompt, limits.max_question)
    correct = options.index(key) + 1
    if limits.max_answer is not None and any(len(o) > limits.max_answer for o in options):
        long = sum(len(o) > limits.max_answer for o in options)
        warnings.add(item, f"{long} answer(s) shortened to {limits.max_answer} characters")
        options = [shorten(o, limits.max_answer) for o in options]
    wanted = item.bank.time_limit_for(q)
    time_limit = nearest_time(wanted if wanted else limits.default_time, limits.times)
    if wanted and time_limit != wanted:
        warnings.add(
            item,
            f"time limit {wanted:g} s rounded to {time_limit} s (allowed: "
            f"{', '.join(map(str, limits.times))})",
        )
    return ChoiceRow(prompt, options, correct, time_limit, single_line(feedback))


def workbook_bytes(workbook: object) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()
