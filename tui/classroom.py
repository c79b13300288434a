"""The locked quiz app that ``quizgen serve`` runs once per browser.

It is the ordinary :class:`~tui.app.QuizApp` with the classroom rules on top: the join screen
instead of the start screen, the teacher's settings fixed, no command palette, no history of
other attempts, no review of the answer key in exam mode, and time that keeps running while a
page is reloaded (measured from the server's timestamps in the database).
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from quizgen.bank.model import Bank
from quizgen.classroom import Classroom, JoinDecision, Roster, load_roster, seconds_since
from quizgen.results import Attempt, ResultStore
from quizgen.session import Clock, QuizSettings
from tui.app import QuizApp
from tui.screens.join import JoinScreen

WallClock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class ClassroomApp(QuizApp):
    """A served, locked quiz: one student, the teacher's bank and settings, nothing else."""

    ENABLE_COMMAND_PALETTE = False
    start_screen_class = JoinScreen  # type: ignore[assignment]

    def __init__(
        self,
        bank: Bank,
        *,
        store: ResultStore,
        bank_sha: str,
        settings: QuizSettings,
        session: str,
        roster: Roster | None = None,
        clock: Clock = time.monotonic,
        wall: WallClock = utc_now,
        pid: int | None = None,
        alive: Callable[[int], bool] | None = None,
        **options,
    ) -> None:
        super().__init__(
            bank,
            store=store,
            bank_sha=bank_sha,
            clock=clock,
            settings=settings,
            locked=True,
            session_label=session,
            **options,
        )
        extra = {"alive": alive} if alive is not None else {}
        self.classroom = Classroom(
            store, session=session, bank_sha256=bank_sha, roster=roster, pid=pid, **extra
        )
        self.wall = wall

    # --- joining (called by the join screen) ----------------------------------------------

    def start_as(self, decision: JoinDecision) -> None:
        self.student = decision.name
        self.start_new()

    def resume_as(self, decision: JoinDecision) -> None:
        assert decision.attempt is not None
        self.student = decision.attempt.student
        self.resume(decision.attempt)

    def resume(self, attempt: Attempt) -> None:
        """Continue, charging the time the page was away: a reload must not reset the clock.

        Total time runs from the attempt's start; in exam mode the open question's time runs
        from the last answer (or the start), both as the database recorded them."""
        super().resume(attempt)
        session = self.session
        if session is None or session.finished:
            return
        now = self.wall()
        if session.settings.total_time:
            since_start = seconds_since(attempt.started_at, now)
            if since_start is not None:
                session.used_before_s = max(session.used_before_s, since_start)
        # Exam mode goes straight from one answer to the next question, so the time since the
        # last answer was spent on the open question. (With feedback screens in between, part
        # of it was spent reading feedback: those modes only keep the total time running.)
        if (
            not session.settings.feedback
            and session.current is not None
            and session.time_limit() is not None
        ):
            stamps = [r.answered_at for r in self.store.responses(attempt.id)]
            since_last = seconds_since(max(stamps, default=attempt.started_at), now)
            if since_last is not None:
                limit = session.time_limit() or 0.0
                session.question_started = self.clock() - min(since_last, limit)

    # --- what a student may not do -----------------------------------------------------------

    def action_history(self) -> None:
        """Other attempts in the class database are the teacher's business."""
        self.notify("History is not available in the classroom.", severity="warning")

    def action_review(self) -> None:
        if self.settings.mode == "exam":
            self.notify("Your teacher will go through the answers with you.", timeout=4)
            return
        super().action_review()

    def on_unmount(self) -> None:
        if self.student:
            # The process is ending; a claim left behind expires with it anyway.
            with contextlib.suppress(sqlite3.Error):
                self.classroom.release(self.student)


def make_classroom_app(
    bank: Bank | None,
    *,
    store: ResultStore,
    bank_sha: str,
    settings: QuizSettings,
    session: str | None,
    roster: str | Path | Roster | None = None,
    **options,
) -> ClassroomApp:
    """Build the served app from what ``quizgen take --locked`` was given."""
    from quizgen.errors import InputError

    if bank is None:
        raise InputError("a classroom quiz needs a bank (.yaml), not an article", exit_code=2)
    if not session:
        raise InputError("a classroom quiz needs --session", exit_code=2)
    if roster is not None and not isinstance(roster, Roster):
        roster = load_roster(roster)
    return ClassroomApp(
        bank,
        store=store,
        bank_sha=bank_sha,
        settings=settings,
        session=session,
        roster=roster,
        **options,
    )
