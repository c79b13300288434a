"""Start screen: what the quiz is, who is taking it, in which mode and how many questions.

Its own class so the classroom server can subclass it (roster names, locked settings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, RadioButton, RadioSet, Static

from quizgen.scoring import MODES

if TYPE_CHECKING:
    from tui.app import QuizApp

MODE_HELP = {
    "practice": "no time pressure, feedback after each answer",
    "exam": "timed, marks only at the end",
    "game": "timed, speed points and streaks",
}


class ModeButton(RadioButton):
    """A radio button whose choice shows in its shape (● chosen, ○ not), not in colour alone:
    on a monochrome terminal or for a colour-blind student the modes must still differ."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else "○"
        return super()._button


class StartScreen(Screen):
    """Name, mode and question count; Enter starts (or offers to resume)."""

    app: QuizApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Start"),
        Binding("f2", "history", "History"),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        bank = app.bank
        settings = app.settings
        with Vertical(id="start-box"):
            yield Static(Text(bank.title, style="bold"), id="start-title")
            count = len(bank.questions)
            yield Static(
                f"{count} question{'s' if count != 1 else ''} in this bank", id="start-count"
            )
            with Horizontal(classes="row"):
                yield Label("Your name ", classes="label")
                yield Input(value=app.student or "", placeholder="your name", id="name")
            with Horizontal(classes="row"):
                yield Label("Mode ", classes="label")
                with RadioSet(id="mode", disabled=app.locked):
                    for mode in MODES:
                        yield ModeButton(
                            f"{mode}: {MODE_HELP[mode]}", value=mode == settings.mode, name=mode
                        )
            with Horizontal(classes="row"):
                yield Label("Questions ", classes="label")
                yield Input(
                    value=str(min(settings.questions or count, count)),
                    id="count",
                    type="integer",
                    disabled=app.locked,
                )
            yield Static("", id="start-message")
            yield Button("Start", variant="primary", id="start-button")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()
        if self.app.autostart:
            self.app.autostart = False
            self.call_after_refresh(self.action_start)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field starts: handled in order with the typed keys, so nothing is lost."""
        event.stop()
        self.action_start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start-button":
            self.action_start()

    def selected_mode(self) -> str:
        pressed = self.query_one("#mode", RadioSet).pressed_button
        return pressed.name if pressed and pressed.name else self.app.settings.mode

    def action_start(self) -> None:
        name = self.query_one("#name", Input).value.strip()
        message = self.query_one("#start-message", Static)
        if not name:
            message.update("⚠ Type your name first")
            self.query_one("#name", Input).focus()
            return
        total = len(self.app.bank.questions)
        raw = self.query_one("#count", Input).value.strip()
        try:
            count = int(raw) if raw else total
        except ValueError:
            count = 0
        if not 1 <= count <= total:
            message.update(f"⚠ Questions: choose 1 to {total}")
            self.query_one("#count", Input).focus()
            return
        self.app.begin(name, mode=self.selected_mode(), questions=count)

    def action_history(self) -> None:
        self.app.action_history()
