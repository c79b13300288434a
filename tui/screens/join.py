"""Classroom join screen: a student types (or picks) their name, and a code when the roster has
one. The teacher's settings are shown but cannot be changed. The decision (start, continue an
unfinished attempt, already finished, in use on another screen, refused) comes from
:class:`quizgen.classroom.Classroom`; this screen only asks and shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select, Static

from quizgen.classroom import JoinDecision
from tui.screens.dialogs import YesNoDialog
from tui.screens.results import clock_text

if TYPE_CHECKING:
    from tui.classroom import ClassroomApp


def settings_line(app: ClassroomApp) -> str:
    """The locked settings in words, so students know what to expect."""
    s = app.settings
    count = min(s.questions or len(app.bank.questions), len(app.bank.questions))
    parts = [f"{count} question{'s' if count != 1 else ''}", f"{s.mode} mode"]
    if s.time_limit:
        parts.append(f"{s.time_limit:g} s per question")
    if s.total_time:
        parts.append(f"{clock_text(s.total_time)} in total")
    return " · ".join(parts)


class ContinueAs(YesNoDialog):
    """ "Continue as X?" for an unfinished attempt (a reload, a crash, a closed tab)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Continue"),
        Binding("n,escape", "answer(False)", "Not me"),
    ]

    yes_button = "continue"

    def __init__(self, decision: JoinDecision) -> None:
        super().__init__()
        self.decision = decision

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.decision.message), id="continue-message")
            with Horizontal(classes="buttons"):
                yield Button(
                    f"Continue as {self.decision.name} (y)", variant="primary", id="continue"
                )
                yield Button("Not me (n)", id="not-me")


class JoinScreen(Screen):
    """Name (free text, or a pick from the roster) and code; Enter joins."""

    app: ClassroomApp
    DEFAULT_CSS = """
    JoinScreen #join-box { padding: 1 2; height: auto; }
    JoinScreen #join-settings { color: $text-muted; padding: 0 0 1 0; }
    JoinScreen .row { height: auto; }
    JoinScreen .label { width: 14; padding: 1 0; }
    JoinScreen Input, JoinScreen Select { width: 44; }
    JoinScreen #join-message { padding: 1 0; height: auto; }
    JoinScreen #join-hint { color: $text-muted; padding: 1 0; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "join", "Join")]

    def compose(self) -> ComposeResult:
        app = self.app
        roster = app.classroom.roster
        with Vertical(id="join-box"):
            yield Static(Text(app.bank.title, style="bold"), id="join-title")
            yield Static(settings_line(app), id="join-settings")
            with Horizontal(classes="row"):
                if roster is not None:
                    yield Label("Your name ", classes="label")
                    yield Select(
                        [(n, n) for n in roster.names], prompt="pick your name", id="join-name"
                    )
                else:
                    yield Label("Your name ", classes="label")
                    yield Input(placeholder="first name and surname", id="join-name")
            if roster is not None and roster.has_codes:
                with Horizontal(classes="row"):
                    yield Label("Your code ", classes="label")
                    yield Input(placeholder="from your teacher", password=True, id="join-code")
            yield Static("", id="join-message")
            yield Button("Join", variant="primary", id="join-button")
            hint = "Pick your name" if roster is not None else "Type your name"
            if roster is not None and roster.has_codes:
                hint += " and the code your teacher gave you"
            yield Static(f"{hint}, then press Enter or click Join.", id="join-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#join-name").focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_join()

    def on_select_changed(self, event: Select.Changed) -> None:
        """After picking a name, go straight to the code (or join when there is none)."""
        if event.value is Select.BLANK:
            return
        codes = self.query("#join-code")
        if codes:
            codes.first(Input).focus()
        else:
            self.query_one("#join-button", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "join-button":
            event.stop()
            self.action_join()

    def typed(self) -> tuple[str, str]:
        field = self.query_one("#join-name")
        if isinstance(field, Select):
            name = "" if field.value is Select.BLANK else str(field.value)
        else:
            name = self.query_one("#join-name", Input).value
        codes = self.query("#join-code")
        code = codes.first(Input).value if codes else ""
        return name, code

    def say(self, message: str) -> None:
        self.query_one("#join-message", Static).update(Text("⚠ " + message))

    def action_join(self) -> None:
        name, code = self.typed()
        if self.app.classroom.roster is not None and not name:
            self.say("Pick your name from the list first.")
            self.query_one("#join-name").focus()
            return
        decision = self.app.classroom.join(name, code)
        if decision.kind == "resume":

            def answered(yes: bool | None) -> None:
                if not yes:
                    self.say("Then type your own name (for example with your surname).")
                    return
                confirmed = self.app.classroom.join(name, code, confirmed=True)
                if confirmed.kind == "resume" and confirmed.attempt is not None:
                    self.app.resume_as(confirmed)
                else:
                    self.say(confirmed.message)

            self.app.push_screen(ContinueAs(decision), answered)
            return
        if decision.kind == "start":
            self.app.start_as(decision)
            return
        self.say(decision.message)
        if decision.kind == "refused" and "code" in decision.message:
            codes = self.query("#join-code")
            if codes:
                codes.first(Input).value = ""
                codes.first(Input).focus()
