"""Results: score, accuracy, time, and a row with a bar per question."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from quizgen.scoring import fmt_points

if TYPE_CHECKING:
    from quizgen.session import Outcome, Summary
    from tui.app import QuizApp

BAR_WIDTH = 10


def bar(points: float, max_points: float, width: int = BAR_WIDTH) -> Text:
    ratio = points / max_points if max_points else 0.0
    full = round(max(0.0, min(1.0, ratio)) * width)
    return Text.assemble(("█" * full, "green"), ("░" * (width - full), "dim"))


def mark(outcome: Outcome) -> str:
    if outcome.response is None:
        return "– none"
    if outcome.correct:
        return "✓ right"
    return "◐ part" if outcome.award.credit > 0 else "✗ wrong"


def clock_text(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


class ResultsScreen(Screen):
    app: QuizApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "review", "Review"),
        Binding("h", "history", "History"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        s = self.summary
        session = self.app.session
        who = f"{session.student} · {session.settings.mode}" if session else ""
        yield Static(
            f"[b]Results[/b] · {escape(self.app.bank.title)}  [dim]│[/dim]  {escape(who)}",
            id="topbar",
        )
        yield Static(
            f"Score [b]{fmt_points(s.score)}[/b] / {fmt_points(s.max_score)} ({s.percent:.0f}%)"
            f"    Correct {s.correct}/{s.total} ({100 * s.accuracy:.0f}%)"
            f"    Answered {s.answered}/{s.total}    Time {clock_text(s.elapsed_s)}",
            id="summary",
        )
        yield DataTable(id="per-question", cursor_type="row", zebra_stripes=True)
        yield Static(" r review   h history   ? help   ctrl+t theme   q quit", id="hint")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "Question", "Result", "Points", "", "Time")
        for i, outcome in enumerate(self.summary.outcomes, start=1):
            prompt = outcome.question.prompt
            short = prompt if len(prompt) <= 32 else prompt[:31] + "…"
            table.add_row(
                str(i),
                Text(short),
                mark(outcome),
                fmt_points(outcome.points),
                bar(outcome.points, outcome.award.max_points or 1),
                f"{outcome.elapsed_s:.0f} s",
            )
        table.focus()
        self.app.screen_ready(self)

    def action_review(self) -> None:
        self.app.action_review()

    def action_history(self) -> None:
        self.app.action_history()
