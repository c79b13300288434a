"""Review: step through every question with your answer, the key and the evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.screens.feedback import evidence_text, outcome_lines

if TYPE_CHECKING:
    from quizgen.session import Outcome


class ReviewScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,n,enter", "step(1)", "Next"),
        Binding("left,p", "step(-1)", "Previous"),
        Binding("escape,b", "app.pop_screen", "Back"),
    ]

    def __init__(self, outcomes: list[Outcome]) -> None:
        super().__init__()
        self.outcomes = outcomes
        self.index = 0

    def compose(self) -> ComposeResult:
        yield Static("", id="topbar")
        with VerticalScroll(id="body"):
            yield Static("", id="prompt")
            yield Static("", id="verdict")
            yield Static("", id="evidence")
            yield Static("", id="explanation")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        if not self.outcomes:
            self.query_one("#prompt", Static).update("No answers to review.")
            return
        outcome = self.outcomes[self.index]
        self.query_one("#topbar", Static).update(
            f"[b]Review[/b] · question {self.index + 1}/{len(self.outcomes)}"
            "   [dim]← previous  → next  Esc back[/dim]"
        )
        self.query_one("#prompt", Static).update(Text(outcome.question.prompt))
        self.query_one("#verdict", Static).update(outcome_lines(outcome))
        self.query_one("#evidence", Static).update(evidence_text(outcome.question))
        self.query_one("#explanation", Static).update(Text(outcome.question.explanation or ""))

    def action_step(self, delta: int) -> None:
        if self.outcomes:
            self.index = max(0, min(len(self.outcomes) - 1, self.index + delta))
            self.show()
