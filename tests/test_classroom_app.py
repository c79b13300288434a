"""The locked classroom app, driven with Pilot: several student sessions against one database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.bank.model import Bank
from quizgen.classroom import Classroom, parse_roster
from quizgen.results import ResultStore
from quizgen.session import QuizSettings
from tui.classroom import ClassroomApp
from tui.screens.join import ContinueAs, JoinScreen, settings_line

BANK = Bank.from_dict(
    {
        "title": "Troops to the border",
        "questions": [
            {
                "id": f"q{i}",
                "kind": "multiple_choice",
                "prompt": f"Question {i}?",
                "choices": [f"right {i}", f"wrong {i}a", f"wrong {i}b", f"wrong {i}c"],
                "answer": f"right {i}",
            }
            for i in (1, 2, 3)
        ],
    }
)
SHA = "bank-sha"
SESSION = "5B 2026-01-05"
START = datetime(2026, 1, 5, 9, 0, 0, tzinfo=UTC)


class Clocks:
    """One fake time line: the store's stamps, the app's wall clock and its monotonic clock."""

    def __init__(self) -> None:
        self.t = 0.0

    def stamp(self) -> str:
        return (START + timedelta(seconds=self.t)).isoformat(timespec="milliseconds")

    def wall(self) -> datetime:
        return START + timedelta(seconds=self.t)

    def mono(self) -> float:
        return 1000.0 + self.t


def make(
    db: Path,
    clocks: Clocks,
    *,
    pid: int,
    alive=None,
    mode: str = "exam",
    roster=None,
    total_time: float | None = None,
) -> ClassroomApp:
    store = ResultStore(db, now=clocks.stamp)
    return ClassroomApp(
        BANK,
        store=store,
        bank_sha=SHA,
        settings=QuizSettings(mode=mode, seed=3, time_limit=30, total_time=total_time),
        session=SESSION,
        roster=roster,
        clock=clocks.mono,
        wall=clocks.wall,
        pid=pid,
        alive=alive or (lambda p: False),
    )


async def type_name(pilot, name: str) -> None:
    await pilot.pause()
    assert isinstance(pilot.app.screen, JoinScreen)
    pilot.app.screen.query_one("#join-name").value = name
    await pilot.press("enter")
    await pilot.pause()


async def answer_right(pilot) -> None:
    app = pilot.app
    question = app.session.current
    await pilot.press(str(app.session.choices(question).index(question.answer) + 1))
    await pilot.pause()


def message(app: ClassroomApp) -> str:
    return str(app.screen.query_one("#join-message").render())


async def test_reload_resumes_and_a_second_screen_is_refused(tmp_path: Path) -> None:
    db, clocks = tmp_path / "class.sqlite", Clocks()
    first = make(db, clocks, pid=111)
    async with first.run_test(size=(80, 24)) as pilot:
        await type_name(pilot, "  ana  ")
        assert first.session is not None and first.session.student == "ana"
        clocks.t = 5
        await answer_right(pilot)
        assert first.session.index == 1  # exam: straight on to question 2
    # The first browser is still open (its process alive) when a second one types "Ana":
    alive = {111}
    Classroom(ResultStore(db), session=SESSION, bank_sha256=SHA, pid=111).claim("ana")
    clocks.t = 15
    second = make(db, clocks, pid=222, alive=alive.__contains__)
    async with second.run_test(size=(80, 24)) as pilot:
        await type_name(pilot, "ANA")
        assert "another screen" in message(second)
        assert second.session is None
        alive.discard(111)  # the page was reloaded: its old process has ended
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(second.screen, ContinueAs)
        await pilot.press("y")
        await pilot.pause()
        session = second.session
        assert session is not None and session.student == "ana"
        assert session.index == 1 and session.answered_count == 1
        # 10 s passed since the last answer (t=5 -> t=15): the reload did not reset the timer.
        assert session.time_left() == pytest.approx(20)
        await answer_right(pilot)
        await answer_right(pilot)
        assert session.finished and second.summary is not None
        assert second.summary.score == 3
        # Exam mode: no review of the key, no history of other attempts, no command palette.
        await pilot.press("r")
        await pilot.pause()
        assert type(second.screen).__name__ == "ResultsScreen"
        await pilot.press("h")
        await pilot.pause()
        assert type(second.screen).__name__ == "ResultsScreen"
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert type(second.screen).__name__ == "ResultsScreen"
    with ResultStore(db) as store:
        attempts = store.attempts()
        assert len(attempts) == 1 and attempts[0].session == SESSION and attempts[0].finished
        assert len(store.responses(attempts[0].id)) == 3
    # A third browser with the same name after the end:
    third = make(db, clocks, pid=333)
    async with third.run_test(size=(80, 24)) as pilot:
        await type_name(pilot, "Ana")
        assert "already finished" in message(third) and third.session is None


async def test_blank_name_and_not_me(tmp_path: Path) -> None:
    db, clocks = tmp_path / "class.sqlite", Clocks()
    with ResultStore(db, now=clocks.stamp) as store:
        store.start_attempt(
            student="Ben",
            bank_title=BANK.title,
            bank_sha256=SHA,
            mode="exam",
            seed=3,
            question_ids=["q1", "q2", "q3"],
            session=SESSION,
        )
    app = make(db, clocks, pid=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_name(pilot, "   ")
        assert "Please type your name." in message(app)
        await type_name(pilot, "ben")
        assert isinstance(app.screen, ContinueAs)
        await pilot.press("n")
        await pilot.pause()
        assert "type your own name" in message(app) and app.session is None
        await type_name(pilot, "ben")  # the buttons answer like the keys
        assert isinstance(app.screen, ContinueAs)
        await pilot.click("#not-me")
        await pilot.pause()
        assert "type your own name" in message(app) and app.session is None
        await type_name(pilot, "ben")
        await pilot.click("#continue")
        await pilot.pause()
        assert app.session is not None and app.session.student == "Ben"


async def test_roster_with_codes(tmp_path: Path) -> None:
    db, clocks = tmp_path / "class.sqlite", Clocks()
    roster = parse_roster("name,code\nAna María,k7q\nBen,42\n", "roster.csv")
    app = make(db, clocks, pid=1, roster=roster, mode="practice")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#join-button")
        await pilot.pause()
        assert "Pick your name" in message(app)
        app.screen.query_one("#join-name").value = "Ana María"
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#join-code")
        await pilot.press("x", "enter")
        await pilot.pause()
        assert "code is not right" in message(app)
        await pilot.press("K", "7", "q", "enter")
        await pilot.pause()
        assert app.session is not None and app.session.student == "Ana María"
        assert app.session.settings.mode == "practice"


def test_join_screen_snapshot(tmp_path: Path, snap_compare) -> None:
    app = make(tmp_path / "class.sqlite", Clocks(), pid=1)
    assert snap_compare(app, terminal_size=(80, 24), press=["A", "n", "a"])


async def test_roster_without_codes_joins_after_the_pick(tmp_path: Path) -> None:
    db, clocks = tmp_path / "class.sqlite", Clocks()
    roster = parse_roster("Ana\nBen\n", "roster.csv")
    app = make(db, clocks, pid=1, roster=roster)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#join-code")
        app.screen.query_one("#join-name").value = "Ben"
        await pilot.pause()
        await pilot.press("enter")  # the Join button has the focus after the pick
        await pilot.pause()
        assert app.session is not None and app.session.student == "Ben"


async def test_total_time_keeps_running_across_a_reload_in_game_mode(tmp_path: Path) -> None:
    db, clocks = tmp_path / "class.sqlite", Clocks()
    first = make(db, clocks, pid=1, mode="game", total_time=100)
    async with first.run_test(size=(80, 24)) as pilot:
        await type_name(pilot, "Ana")
        clocks.t = 5
        await answer_right(pilot)
        assert first.screen.phase == "feedback"
    clocks.t = 40  # the page comes back 40 s after the start
    second = make(db, clocks, pid=2, mode="game", total_time=100)
    async with second.run_test(size=(80, 24)) as pilot:
        await type_name(pilot, "Ana")
        await pilot.press("y")
        await pilot.pause()
        session = second.session
        assert session is not None and session.index == 1
        assert session.total_left() == pytest.approx(60)  # 100 s - 40 s on the server's clock
        # Game mode shows feedback between questions: the question's own 30 s start afresh.
        assert session.time_left() == pytest.approx(30)


def test_join_screen_states_the_locked_settings_in_words(tmp_path: Path) -> None:
    app = make(tmp_path / "r.sqlite", Clocks(), pid=1, total_time=605.4)
    try:
        assert settings_line(app) == "3 questions · exam mode · 30 s per question · 10:05 in total"
    finally:
        app.store.close()
