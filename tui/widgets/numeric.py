"""Numeric answer entry: an input, the expected unit, and a line for gentle error messages."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Static


class NumericEntry(Vertical):
    """Stays mounted between questions (reset, not rebuilt) so moving on stays instant."""

    DEFAULT_CSS = """
    NumericEntry { height: auto; padding: 0 1; }
    NumericEntry Horizontal { height: auto; }
    NumericEntry Input { width: 30; }
    NumericEntry .unit { padding: 1 1; width: auto; }
    NumericEntry .message { height: auto; min-height: 1; color: $warning; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Input(placeholder="type a number, e.g. 5000", id="numeric-input")
            yield Static("", classes="unit", id="numeric-unit")
        yield Static("", classes="message", id="numeric-message")

    def reset(self, unit: str | None) -> None:
        self.query_one(Input).value = ""
        self.query_one("#numeric-unit", Static).update(unit or "")
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.query_one("#numeric-message", Static).update(f"⚠ {text}" if text else "")
