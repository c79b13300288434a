"""CSV files of the gradebook and the item analysis, safe to open in a spreadsheet.

Text a spreadsheet would run as a formula gets an apostrophe (OWASP CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from quizgen.report.gradebook import GradeRow
from quizgen.report.items import ItemStats, options_cell

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula (OWASP CSV injection): prefix an
    apostrophe. Numbers we format ourselves are left alone, so -0.25 stays a number."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _num(value: float | None, digits: int = 3) -> str | float:
    if value is None:
        return ""
    rounded = round(value, digits)
    return int(rounded) if rounded == int(rounded) else rounded


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    return buffer.getvalue()


GRADES_COLUMNS = (
    "student",
    "score",
    "max_score",
    "percent",
    "seconds",
    "answered",
    "unanswered",
    "status",
    "mode",
    "bank_title",
    "session",
    "started_at",
    "finished_at",
    "attempt_id",
)


def grades_csv(rows: Iterable[GradeRow]) -> str:
    return _csv(
        GRADES_COLUMNS,
        (
            (
                g.student,
                _num(g.score),
                _num(g.max_score),
                _num(g.percent, 1),
                _num(g.seconds, 1),
                g.answered,
                g.unanswered,
                g.status,
                g.mode,
                g.bank_title,
                g.session or "",
                g.started_at,
                g.finished_at or "",
                g.attempt_id,
            )
            for g in rows
        ),
    )


ITEMS_COLUMNS = (
    "question_id",
    "facility",
    "discrimination",
    "attempts",
    "answered",
    "correct",
    "mean_score",
    "max_points",
    "median_seconds",
    "flags",
    "key",
    "options",
    "kind",
    "prompt",
    "bank_title",
)


def _key(item: ItemStats) -> str:
    """The bank's key, else the answers that were marked correct."""
    if item.key is not None:
        return item.key
    return " | ".join(o.text for o in item.options if o.is_key)


def items_csv(items: Iterable[ItemStats]) -> str:
    return _csv(
        ITEMS_COLUMNS,
        (
            (
                i.question_id,
                _num(i.facility),
                _num(i.discrimination),
                i.attempts,
                i.answered,
                i.correct,
                _num(i.mean_score),
                _num(i.max_points),
                _num(i.median_ms / 1000 if i.median_ms is not None else None, 1),
                " ".join(i.flags),
                _key(i),
                options_cell(i),
                i.kind or "",
                i.prompt or "",
                i.bank_title,
            )
            for i in items
        ),
    )
