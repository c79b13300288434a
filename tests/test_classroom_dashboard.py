"""The projector dashboard, driven with Pilot against a real results database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from quizgen.results import ResultStore
from tui.dashboard import DashboardApp, bar, pick_session

QIDS = ["q-5000-soldiers", "q-wall-street-journal", "q-honduras"]

# student -> points per question (1 = right); None = not answered yet; finished?
CLASS = {
    "Ana": ([1, 1, 1], True),
    "Ben": ([1, 0, 1], True),
    "Cat": ([0, 0, 1], True),
    "Dev": ([1, None, None], False),
}


class Stamp:
    def __init__(self) -> None:
        self.t = 0

    def __call__(self) -> str:
        self.t += 7
        return f"2026-01-05T09:{self.t // 60:02d}:{self.t % 60:02d}.000+00:00"


def fill(db: Path, session: str = "5B") -> None:
    with ResultStore(db, now=Stamp()) as store:
        old = store.start_attempt(
            student="Last week",
            bank_title="T",
            bank_sha256="sha",
            mode="exam",
            seed=1,
            question_ids=QIDS,
            max_score=3,
            session="4A",
        )
        store.finish_attempt(old, score=3, max_score=3)
        for student, (points, finished) in CLASS.items():
            attempt = store.start_attempt(
                student=student,
                bank_title="T",
                bank_sha256="sha",
                mode="exam",
                seed=1,
                question_ids=QIDS,
                max_score=3,
                session=session,
            )
            for qid, p in zip(QIDS, points, strict=True):
                if p is not None:
                    store.record_response(
                        attempt,
                        qid,
                        response="x",
                        correct=bool(p),
                        points=p,
                        elapsed_ms=3000,
                        max_points=1,
                    )
            if finished:
                store.finish_attempt(
                    attempt, score=sum(p or 0 for p in points), max_score=len(points)
                )


def make_app(db: Path) -> DashboardApp:
    return DashboardApp(db, interval=3600, clock=lambda: datetime(2026, 1, 5, 9, 30, 0))


def text_of(app: DashboardApp, selector: str) -> str:
    return str(app.query_one(selector).render())


def test_bar_uses_eighth_blocks() -> None:
    assert bar(0.0, 4) == "░░░░"
    assert bar(1.0, 4) == "████"
    assert bar(0.5, 3) == "█▌░"
    assert bar(2.0, 2) == "██"


def test_newest_session_is_shown_by_default(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite"
    fill(db)
    with ResultStore(db) as store:
        attempts = store.attempts()
    assert pick_session(attempts, None) == "5B"
    assert pick_session(attempts, "4A") == "4A"
    assert pick_session([], None) is None


async def test_dashboard_shows_the_class_and_refreshes(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite"
    fill(db)
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        top = text_of(app, "#topbar")
        assert "5B · 4 joined · 3 finished" in top and "updated 09:30:00" in top
        students = text_of(app, "#students")
        assert "… Dev" in students and "✓ Ana" in students
        assert "Last week" not in students  # another session
        items = text_of(app, "#items")
        # Ana, Ben, Dev right on q-5000-soldiers (Dev still busy counts live): 3 of 4.
        assert "q-5000-soldiers" in items and " 75% of 4" in items
        assert " 33% of 3" in items  # q-wall-street-journal: only Ana of 3 answers
        leaders = text_of(app, "#leaders").splitlines()
        assert leaders[0].startswith(" 1. Ana") and "100%" in leaders[0]
        distribution = text_of(app, "#distribution")
        # finished: Ana 100 %, Ben 67 %, Cat 33 % -> one each in the 90-100, 60-69, 30-39 bands
        lines = {ln.split()[0]: ln for ln in distribution.splitlines() if "%" in ln}
        assert lines["90-100%"].endswith(" 1") and lines["60-69%"].endswith(" 1")
        assert lines["30-39%"].endswith(" 1") and not lines["50-59%"].endswith("1")

        # Dev answers and finishes while the projector is on; a poll picks it up.
        with ResultStore(db) as store:
            dev = next(a for a in store.attempts(student="Dev"))
            store.record_response(
                dev.id, QIDS[1], response="x", correct=True, points=1, elapsed_ms=1
            )
            store.record_response(
                dev.id, QIDS[2], response="x", correct=True, points=1, elapsed_ms=1
            )
            store.finish_attempt(dev.id, score=3, max_score=3)
        polls = app.polls
        await pilot.press("r")
        await pilot.pause()
        assert app.polls == polls + 1
        assert "4 joined · 4 finished" in text_of(app, "#topbar")
        assert "✓ Dev" in text_of(app, "#students")
        assert " 50% of 4" in text_of(app, "#items")  # q-wall-street-journal: Ana and Dev


async def test_empty_database_says_so(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite"
    ResultStore(db).close()
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Nobody has joined yet" in text_of(app, "#students")
        assert "No answers yet" in text_of(app, "#items")


def test_dashboard_snapshot(tmp_path: Path, snap_compare) -> None:
    db = tmp_path / "class.sqlite"
    fill(db)
    assert snap_compare(make_app(db), terminal_size=(100, 30))


def test_dashboard_command_rejects_a_missing_database(tmp_path: Path) -> None:
    from quizgen.cli import main

    assert main(["dashboard", "--db", str(tmp_path / "none.sqlite")]) == 2


@pytest.mark.parametrize("bad", ["0", "abc"])
def test_dashboard_interval_is_checked(bad: str, tmp_path: Path) -> None:
    from quizgen.cli import main

    with pytest.raises(SystemExit) as info:
        main(["dashboard", "--db", str(tmp_path / "x"), "--interval", bad])
    assert info.value.code == 2


async def test_narrow_terminal_drops_the_students_pane(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite"
    fill(db)
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.query_one("#students-pane").display
        leaders = text_of(app, "#leaders")
        assert "Dev" in leaders and "…" in leaders  # still answering: marked in the leaderboard
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert app.query_one("#students-pane").display
