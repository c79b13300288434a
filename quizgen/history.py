"""Past attempts as rows of text, shared by ``quizgen history`` and the app's history screen."""

from __future__ import annotations

from quizgen.results import Attempt
from quizgen.scoring import fmt_points

HEADERS = ("When (UTC)", "Student", "Quiz", "Mode", "Score", "%", "Status")
SPARK = "▁▂▃▄▅▆▇█"


def _when(stamp: str, compact: bool = False) -> str:
    return stamp[5 if compact else 0 : 16].replace("T", " ")


def attempt_rows(
    attempts: list[Attempt],
    *,
    newest_first: bool = False,
    title_width: int = 28,
    compact: bool = False,
) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Header and rows; ``compact`` (month-day times) fits an 80-column screen."""
    ordered = list(reversed(attempts)) if newest_first else list(attempts)
    rows = []
    for a in ordered:
        title = (
            a.bank_title
            if len(a.bank_title) <= title_width
            else a.bank_title[: title_width - 1] + "…"
        )
        rows.append(
            (
                _when(a.started_at, compact),
                a.student,
                title,
                a.mode,
                f"{fmt_points(a.score)}/{fmt_points(a.max_score)}",
                f"{a.percent:.0f}",
                "finished" if a.finished else "unfinished",
            )
        )
    return HEADERS, rows


def sparkline(values: list[float], lo: float = 0.0, hi: float = 100.0) -> str:
    """Scores as block characters, oldest first: a trend at a glance in plain text."""
    out = []
    for v in values:
        ratio = 0.0 if hi <= lo else (min(max(v, lo), hi) - lo) / (hi - lo)
        out.append(SPARK[min(len(SPARK) - 1, int(ratio * len(SPARK)))])
    return "".join(out)
