"""The live summary the dashboard projects: who joined, score histogram, % correct so far.

Cheap enough to recompute on every refresh; counts attempts still in progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from quizgen.report.gradebook import GradeRow, gradebook
from quizgen.report.items import ItemStats, item_analysis
from quizgen.results import Attempt, Response


@dataclass(frozen=True)
class ClassSummary:
    """What the projector shows: a cheap summary recomputed on every refresh."""

    joined: list[GradeRow]
    items: list[ItemStats]
    histogram: list[int]
    """Attempts per 10 % band of the score (0-9 %, 10-19 %, ..., 90-100 %)."""

    @property
    def finished(self) -> list[GradeRow]:
        return [g for g in self.joined if g.finished]

    @property
    def leaderboard(self) -> list[GradeRow]:
        return sorted(self.joined, key=lambda g: (-g.score, g.seconds or 0.0, g.student))


def histogram(percents: Iterable[float], bins: int = 10) -> list[int]:
    counts = [0] * bins
    for p in percents:
        index = min(bins - 1, max(0, int(p * bins // 100)))
        counts[index] += 1
    return counts


def live_items(attempts: Sequence[Attempt], responses: Sequence[Response]) -> list[ItemStats]:
    """Per-question % correct over every attempt so far, finished or not: the projector
    shows the class's progress while it happens. Attempts count only for questions answered."""
    answered_ids = {(r.attempt_id, r.question_id) for r in responses}
    trimmed = [
        replace(
            a,
            finished_at=a.finished_at or a.started_at,
            question_ids=[q for q in a.question_ids if (a.id, q) in answered_ids],
        )
        for a in attempts
    ]
    return item_analysis(trimmed, responses)


def class_summary(attempts: Sequence[Attempt], responses: Sequence[Response]) -> ClassSummary:
    rows = gradebook(attempts, responses)
    return ClassSummary(
        joined=rows,
        items=live_items(attempts, responses),
        histogram=histogram(g.percent for g in rows if g.finished),
    )
