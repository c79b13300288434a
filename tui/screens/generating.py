"""Shown while a bank is generated from an article in a worker thread."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, LoadingIndicator, Static


class GeneratingScreen(Screen):
    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source

    def compose(self) -> ComposeResult:
        with Vertical(id="generating"):
            yield Static(f"Writing questions about [b]{self.source}[/b]…", id="generating-label")
            yield LoadingIndicator()
            yield Static("", id="generating-status")
        yield Footer()
