"""Shared builders for the quiz app tests: a frozen clock and an app on the example bank."""

from __future__ import annotations

from pathlib import Path

from quizgen.bank import load_bank
from quizgen.results import ResultStore
from quizgen.session import QuizSettings, bank_sha256
from tui.app import QuizApp, make_app

from .conftest import EXAMPLE_BANK


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def build_app(
    db: Path,
    clock: FakeClock | None = None,
    *,
    student: str | None = "ana",
    theme: str = "textual-dark",
    **settings,
) -> QuizApp:
    settings.setdefault("shuffle", False)
    return make_app(
        load_bank(EXAMPLE_BANK),
        store=ResultStore(db),
        bank_sha=bank_sha256(EXAMPLE_BANK.read_bytes()),
        clock=clock or FakeClock(),
        settings=QuizSettings(**settings),
        student=student,
        tick_interval=3600,
        theme=theme,  # tests drive tick() themselves after moving the clock
    )
