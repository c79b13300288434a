"""History: past attempts, newest first, with a sparkline of scores over time."""

from __future__ import annotations

from typing import ClassVar

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from quizgen.history import attempt_rows, sparkline
from quizgen.results import Attempt


class HistoryScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,b", "app.pop_screen", "Back")]

    def __init__(self, attempts: list[Attempt], student: str | None = None) -> None:
        super().__init__()
        self.attempts = attempts
        self.student = student

    def compose(self) -> ComposeResult:
        finished = [a for a in self.attempts if a.finished]
        who = f" of {escape(self.student)}" if self.student else ""
        yield Static(
            f"[b]History[/b]{who} · {len(self.attempts)} attempt(s)   [dim]Esc back[/dim]",
            id="topbar",
        )
        if finished:
            values = [a.percent for a in finished][-30:]
            line = "".join(ch * 2 for ch in sparkline(values))
            yield Static(
                f"Score % over time, oldest → newest (0-100):  {line}  last {values[-1]:.0f}%",
                id="spark-label",
            )
        yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        headers, rows = attempt_rows(self.attempts, newest_first=True, title_width=18, compact=True)
        table.add_columns(*headers)
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        if not rows:
            table.add_row("", "no attempts yet", "", "", "", "", "")
        table.focus()
