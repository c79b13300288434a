"""SVG snapshots of the question, feedback and results screens at 80x24 (frozen clock).

Regenerate with ``pytest tests/test_tui_snapshots.py --snapshot-update`` and look at the
files in ``tests/__snapshots__`` before committing them.
"""

from __future__ import annotations

from pathlib import Path

from .tui_helpers import FakeClock, build_app

SIZE = (80, 24)


def test_question_screen(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_app(tmp_path / "r.sqlite", clock, mode="exam", time_limit=20)

    async def run_before(pilot) -> None:
        await pilot.press("enter")  # start
        await pilot.pause()
        await pilot.press(*"5000", "enter")  # first question (numeric) answered
        await pilot.pause()
        clock.advance(7)  # 13 s left on the multiple-choice question
        pilot.app.screen.update_timer()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_feedback_screen(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_app(tmp_path / "r.sqlite", clock, mode="game", time_limit=20)

    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"5000", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        clock.advance(4)
        await pilot.press("c")  # Reuters: wrong, to show the key highlighted in the evidence
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_results_screen(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_app(tmp_path / "r.sqlite", clock, mode="exam", time_limit=30)
    answers = ["5000", "2", "2600", "1450", "3,200", "1", "3", "2"]

    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        for answer in answers:
            clock.advance(5)
            if len(answer) == 1:
                await pilot.press(answer)
            else:
                await pilot.press(*answer, "enter")
            await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_feedback_screen_light_theme(snap_compare, tmp_path: Path) -> None:
    """The same feedback in the light theme: the verdict still reads without colour."""
    clock = FakeClock()
    app = build_app(tmp_path / "r.sqlite", clock, mode="practice", theme="textual-light")

    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        clock.advance(9)
        await pilot.press(*"4,800", "enter")  # wrong: the tolerance is 0
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
