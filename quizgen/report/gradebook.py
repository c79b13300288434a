"""The teacher's gradebook: one row per attempt, with score, time and answered count.

Every attempt is listed, finished or in progress.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from quizgen.results import Attempt, Response


@dataclass(frozen=True)
class GradeRow:
    """One student attempt as the teacher's gradebook shows it."""

    attempt_id: int
    student: str
    session: str | None
    bank_title: str
    mode: str
    score: float
    max_score: float
    answered: int
    unanswered: int
    started_at: str
    finished_at: str | None
    last_answer_at: str | None
    seconds: float | None

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def status(self) -> str:
        return "finished" if self.finished else "in progress"


def _parse_time(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def _seconds_between(start: str | None, end: str | None) -> float | None:
    a, b = _parse_time(start), _parse_time(end)
    if a is None or b is None:
        return None
    try:
        return max(0.0, (b - a).total_seconds())
    except TypeError:  # one aware, one naive: do not guess
        return None


def is_answered(response: Response) -> bool:
    """Whether a response holds an answer (None or blank text is unanswered)."""
    return response.response is not None and str(response.response).strip() != ""


def gradebook(attempts: Iterable[Attempt], responses: Iterable[Response]) -> list[GradeRow]:
    """Rows in start order. Time is start to finish, or start to the last answer so far."""
    by_attempt: dict[int, list[Response]] = {}
    for r in responses:
        by_attempt.setdefault(r.attempt_id, []).append(r)
    rows = []
    for a in attempts:
        given = by_attempt.get(a.id, [])
        answered = sum(1 for r in given if is_answered(r))
        total = len(a.question_ids) or len(given)
        last = max((r.answered_at for r in given), default=None)
        end = a.finished_at or last
        max_score = a.max_score
        if not max_score:
            max_score = sum(r.max_points or 0.0 for r in given)
        # A finished attempt's score is final; one in progress is the sum so far.
        score = a.score if a.finished else sum(r.points for r in given)
        rows.append(
            GradeRow(
                attempt_id=a.id,
                student=a.student,
                session=a.session,
                bank_title=a.bank_title,
                mode=a.mode,
                score=float(score),
                max_score=float(max_score),
                answered=answered,
                unanswered=max(0, total - answered),
                started_at=a.started_at,
                finished_at=a.finished_at,
                last_answer_at=last,
                seconds=_seconds_between(a.started_at, end),
            )
        )
    return rows
