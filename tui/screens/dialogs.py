"""Small modal questions: quit this attempt? resume the unfinished one?"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class YesNoDialog(ModalScreen[bool]):
    """A question with two answers: a key or a button; True when ``yes_button`` is pressed."""

    yes_button: ClassVar[str] = "yes"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == self.yes_button)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class ConfirmQuit(YesNoDialog):
    """Quitting mid-attempt loses nothing, and the dialog says so."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Quit"),
        Binding("n,escape", "answer(False)", "Keep going"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("[b]Quit this attempt?[/b]")
            yield Static(
                "Your answers so far are saved. Run the same quiz with the same name to resume."
            )
            with Horizontal(classes="buttons"):
                yield Button("Quit (y)", variant="error", id="yes")
                yield Button("Keep going (n)", variant="primary", id="no")


class ResumePrompt(YesNoDialog):
    """True to resume the unfinished attempt, False to start a new one."""

    yes_button = "resume"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "answer(True)", "Resume"),
        Binding("n", "answer(False)", "New attempt"),
    ]

    def __init__(self, answered: int, total: int, started: str) -> None:
        super().__init__()
        self.answered, self.total, self.started = answered, total, started

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("[b]You have an unfinished attempt[/b]")
            yield Static(
                f"Started {self.started[:16].replace('T', ' ')} UTC, "
                f"{self.answered} of {self.total} answered."
            )
            with Horizontal(classes="buttons"):
                yield Button("Resume (r)", variant="primary", id="resume")
                yield Button("Start over (n)", id="new")
