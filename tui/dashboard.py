"""The teacher's projector view: who has joined and finished, a leaderboard, per-question
bars and the score distribution, polled from the results database every few seconds.

The dashboard only reads; the student processes under ``quizgen serve`` write. WAL mode lets
it read while thirty processes write. All numbers come from :mod:`quizgen.report`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Static

from quizgen.report import ClassSummary, class_summary
from quizgen.results import Attempt, ResultStore

Clock = Callable[[], datetime]

NARROW = 100
"""Terminal width below which the students pane is hidden."""
FULL = "█"
EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(fraction: float, width: int) -> str:
    """A horizontal bar in eighth-blocks, padded with a light shade so 0 % is still visible."""
    fraction = max(0.0, min(1.0, fraction))
    eighths = round(fraction * width * 8)
    full, rest = divmod(eighths, 8)
    text = FULL * full + (EIGHTHS[rest] if rest else "")
    return text + "░" * (width - len(text))


def pick_session(attempts: list[Attempt], session: str | None) -> str | None:
    """The session to show: the one asked for, else the one of the newest attempt."""
    if session is not None or not attempts:
        return session
    newest = max(attempts, key=lambda a: (a.started_at, a.id))
    return newest.session


class DashboardApp(App[None]):
    """Live class overview; ``clock`` and ``interval`` are injectable for tests."""

    TITLE = "quizgen dashboard"
    CSS = """
    #topbar { height: 1; background: $primary; color: $text; padding: 0 1; }
    #main { height: 1fr; }
    .pane { border: round $primary-lighten-1; padding: 0 1; }
    #students-pane { width: 30; }
    #items-pane { width: 1fr; }
    #side { width: 38; }
    #leaders-pane { height: 1fr; }
    #dist-pane { height: 13; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "poll", "Refresh now"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        db: str | Path,
        *,
        session: str | None = None,
        interval: float = 2.0,
        clock: Clock = datetime.now,
        top: int = 10,
    ) -> None:
        super().__init__()
        self.db = Path(db)
        self.requested_session = session
        self.session: str | None = session
        self.interval = interval
        self.clock = clock
        self.top = top
        self.summary: ClassSummary | None = None
        self.polls = 0
        self.store: ResultStore | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="topbar")
        with Horizontal(id="main"):
            with VerticalScroll(id="students-pane", classes="pane"):
                yield Static("", id="students")
            with VerticalScroll(id="items-pane", classes="pane"):
                yield Static("", id="items")
            with Vertical(id="side"):
                with VerticalScroll(id="leaders-pane", classes="pane"):
                    yield Static("", id="leaders")
                with Vertical(id="dist-pane", classes="pane"):
                    yield Static("", id="distribution")
        yield Footer()

    def on_mount(self) -> None:
        self.store = ResultStore(self.db)
        self.query_one("#students-pane").border_title = "Students"
        self.query_one("#items-pane").border_title = "Per question: % correct"
        self.query_one("#leaders-pane").border_title = "Leaderboard"
        self.query_one("#dist-pane").border_title = "Score distribution"
        self._fit(self.size.width)
        self.call_after_refresh(self.action_poll)  # after layout, so bars know their width
        self.set_interval(self.interval, self.action_poll)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)
        if self.summary is not None:
            self.call_after_refresh(self._draw, self.summary)

    def _fit(self, width: int) -> None:
        """Below 100 columns the students pane gives way: the leaderboard lists everybody too
        (… marks who is still answering) and the title bar counts joined and finished."""
        self.query_one("#students-pane").display = width >= NARROW

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()

    def action_poll(self) -> None:
        """Read the database and redraw every pane."""
        assert self.store is not None
        attempts = self.store.attempts()
        self.session = pick_session(attempts, self.requested_session)
        attempts = [a for a in attempts if a.session == self.session]
        self.summary = class_summary(attempts, self.store.session_responses(self.session))
        self.polls += 1
        self._draw(self.summary)

    # --- drawing -------------------------------------------------------------------------

    def _draw(self, s: ClassSummary) -> None:
        session = self.session or "(no session)"
        self.query_one("#topbar", Static).update(
            Text.assemble(
                ("quizgen dashboard", "bold"),
                f" · {session} · {len(s.joined)} joined · {len(s.finished)} finished",
                f" · updated {self.clock():%H:%M:%S}",
            )
        )
        self.query_one(
            "#students-pane"
        ).border_title = f"Students {len(s.finished)}/{len(s.joined)} finished"
        self.query_one("#students", Static).update(self._students(s))
        self.query_one("#items", Static).update(self._items(s))
        self.query_one("#leaders", Static).update(self._leaders(s))
        self.query_one("#distribution", Static).update(self._distribution(s))

    def _students(self, s: ClassSummary) -> Text:
        text = Text()
        if not s.joined:
            text.append(
                "Nobody has joined yet.\nStudents open the URL\nthat quizgen serve printed."
            )
            return text
        for g in sorted(s.joined, key=lambda g: (g.finished, g.student.casefold())):
            total = g.answered + g.unanswered
            text.append("✓ " if g.finished else "… ", "green" if g.finished else "yellow")
            text.append(f"{g.student[:15]:<15} {g.answered:>2}/{total}\n")
        text.append("\n✓ finished  … answering", "dim")
        return text

    def _items(self, s: ClassSummary) -> Text:
        """Two lines per question (id, then bar and share) so long ids never wrap the bar."""
        text = Text()
        if not s.items:
            text.append("No answers yet.")
            return text
        width = self.query_one("#items", Static).size.width or 30
        for item in s.items:
            share = item.correct / item.attempts if item.attempts else 0.0
            label = item.question_id
            text.append((label if len(label) <= width else label[: width - 1] + "…") + "\n", "bold")
            text.append(bar(share, max(5, width - 12)), "green" if share >= 0.5 else "red")
            text.append(f" {100 * share:3.0f}% of {item.attempts}\n")
        return text

    def _leaders(self, s: ClassSummary) -> Text:
        text = Text()
        board = s.leaderboard if self.size.width < NARROW else s.leaderboard[: self.top]
        if not board:
            text.append("No scores yet.")
        for rank, g in enumerate(board, 1):
            mark = "" if g.finished else "…"
            text.append(
                f"{rank:>2}. {g.student[:15]:<15}{mark:1} {g.score:>5g} {g.percent:3.0f}%\n"
            )
        return text

    def _distribution(self, s: ClassSummary) -> Text:
        text = Text()
        peak = max(s.histogram, default=0) or 1
        for band in range(len(s.histogram) - 1, -1, -1):
            count = s.histogram[band]
            low = band * 10
            label = "90-100%" if band == 9 else f"{low:>2}-{low + 9}%"
            text.append(f"{label:>7} ")
            text.append(bar(count / peak, 16), "cyan")
            text.append(f" {count}\n" if count else "\n")
        text.append(f"finished: {sum(s.histogram)}")
        return text


def run_dashboard(db: str | Path, *, session: str | None = None, interval: float = 2.0) -> None:
    DashboardApp(db, session=session, interval=interval).run()
