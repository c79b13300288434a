"""The quiz app driven with Pilot: each mode end to end, time-outs, quitting and resuming."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, RadioButton, Static

from quizgen.results import ResultStore
from tui.screens.dialogs import ConfirmQuit, ResumePrompt
from tui.screens.help import HelpScreen
from tui.screens.history import HistoryScreen
from tui.screens.question import QuestionScreen
from tui.screens.results import ResultsScreen
from tui.screens.review import ReviewScreen
from tui.screens.start import StartScreen

from .tui_helpers import FakeClock, build_app

# Bank order (no shuffle): q-5000-soldiers (numeric 5000), q-wall-street-journal (choice 2),
# q-2000-national-guard (2000±200), q-1450-km (1450, 45 s), q-core-group (3500±500),
# q-honduras (choice 2), q-invasion (choice 3, 2 points), q-mattis (choice 2).


def rows(db: Path) -> list[tuple]:
    with ResultStore(db) as store:
        return [(r.question_id, r.response, r.correct, r.points) for r in store.all_responses()]


def in_feedback(app) -> bool:
    return isinstance(app.screen, QuestionScreen) and app.screen.phase == "feedback"


def in_question(app) -> bool:
    return isinstance(app.screen, QuestionScreen) and app.screen.phase == "question"


async def start(pilot) -> None:
    assert isinstance(pilot.app.screen, StartScreen)
    await pilot.press("enter")
    await pilot.pause()
    assert in_question(pilot.app)


async def test_practice_right_wrong_invalid_and_saved_at_each_key(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    clock = FakeClock()
    app = build_app(db, clock, mode="practice")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        # Invalid numeric input: an inline message, nothing recorded, still on the question.
        await pilot.press(*"lots", "enter")
        await pilot.pause()
        assert in_question(app)
        message = str(app.screen.query_one("#numeric-message", Static).render())
        assert "not a number" in message
        assert rows(db) == []
        # Right answer, typed the way people write it.
        app.screen.query_one(Input).value = ""
        clock.advance(6)
        await pilot.press(*"5,000", "enter")
        await pilot.pause()
        assert rows(db) == [("q-5000-soldiers", "5000", True, 1)]
        assert in_feedback(app)
        verdict = str(app.screen.query_one("#verdict", Static).render())
        assert "✓ Correct" in verdict and "+1" in verdict
        await pilot.press("enter")
        await pilot.pause()
        # Wrong answer by letter: A is The New York Times.
        await pilot.press("a")
        await pilot.pause()
        assert rows(db)[-1] == ("q-wall-street-journal", "The New York Times", False, 0)
        verdict = str(app.screen.query_one("#verdict", Static).render())
        assert "✗ Not quite" in verdict and "The Wall Street Journal" in verdict
        evidence = app.screen.query_one("#evidence", Static).render()
        assert "Wall Street Journal" in str(evidence)
        await pilot.press("enter")
        # The rest: answer each remaining question right by its key number.
        for answer in ["2000", "1450", "3,000", None, None, None]:
            await pilot.pause()
            assert in_question(app)
            if answer is None:
                question = app.screen.question
                await pilot.press(str(question.choices.index(question.answer) + 1))
            else:
                await pilot.press(*answer, "enter")
            await pilot.pause()
            await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.summary is not None
        assert (app.summary.correct, app.summary.total, app.summary.score) == (7, 8, 8)
        assert app.screen.query_one(DataTable).row_count == 8
        assert "Correct 7/8" in str(app.screen.query_one("#summary", Static).render())
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("right")
        await pilot.pause()
        assert "✗ Not quite" in str(app.screen.query_one("#verdict", Static).render())
        await pilot.press("escape", "h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
    with ResultStore(db) as store:
        (attempt,) = store.attempts()
        assert attempt.finished and attempt.score == 8 and attempt.max_score == 9


async def test_exam_has_no_feedback_and_times_out_from_the_clock(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    clock = FakeClock()
    app = build_app(db, clock, mode="exam", questions=3, time_limit=20)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await pilot.press(*"4000", "enter")
        await pilot.pause()
        assert in_question(app)  # straight on, no feedback in an exam
        assert app.screen.question.id == "q-wall-street-journal"
        assert rows(db) == [("q-5000-soldiers", "4000", False, 0)]
        # Nineteen seconds: still there. Twenty: recorded as unanswered and moved on.
        clock.advance(19)
        app.screen.tick()
        await pilot.pause()
        assert app.screen.question.id == "q-wall-street-journal"
        assert "1 s" in str(app.screen.query_one("#countdown").render())
        clock.advance(1)
        app.screen.tick()
        await pilot.pause()
        assert rows(db)[-1] == ("q-wall-street-journal", None, None, 0)
        assert app.screen.question.id == "q-2000-national-guard"
        await pilot.press(*"2,100", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert (app.summary.correct, app.summary.answered, app.summary.score) == (1, 2, 1)
        assert "– none" in str(app.screen.query_one(DataTable).get_row_at(1))


async def test_game_mode_speed_points_in_feedback(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    clock = FakeClock()
    app = build_app(db, clock, mode="game", time_limit=20)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        clock.advance(5)
        await pilot.press(*"5000", "enter")
        await pilot.pause()
        verdict = str(app.screen.query_one("#verdict", Static).render())
        assert "+875 (answer 500, speed +375)" in verdict
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("2")  # right again, instantly: 1000 + streak 100
        await pilot.pause()
        assert "streak +100" in str(app.screen.query_one("#verdict", Static).render())
        assert rows(db)[-1] == ("q-wall-street-journal", "The Wall Street Journal", True, 1100)


async def test_time_out_in_practice_with_a_limit_shows_times_up(tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_app(tmp_path / "r.sqlite", clock, mode="practice", time_limit=10)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        clock.advance(10.5)
        app.screen.tick()
        await pilot.pause()
        assert in_feedback(app)
        assert "Time's up" in str(app.screen.query_one("#verdict", Static).render())


async def test_click_a_choice_with_the_mouse(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    app = build_app(db, mode="practice")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await pilot.press(*"1", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        choices = app.screen.query_one("#choices")
        # Options are one line each, starting at the top of the list: row 1 is choice 2.
        await pilot.click(choices, offset=(8, 1))
        await pilot.pause()
        assert rows(db)[-1][:3] == ("q-wall-street-journal", "The Wall Street Journal", True)
        # `q` outside a text field asks before quitting the attempt.
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.press("escape")
        await pilot.pause()
        assert in_feedback(app)


async def test_quit_asks_first_then_resume_in_a_new_app(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    app = build_app(db, mode="exam", seed=5, shuffle=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        order = list(app.session.order)
        first = app.screen.question
        await pilot.press(*str(first.answer), "enter") if first.is_numeric else await pilot.press(
            str(app.session.choices(first).index(first.answer) + 1)
        )
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.press("n")
        await pilot.pause()
        assert in_question(app)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0
    assert len(rows(db)) == 1
    # A new process, same bank and name: it offers to resume, then carries on where it stopped.
    again = build_app(db, mode="practice", shuffle=True)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, ResumePrompt)
        await pilot.press("r")
        await pilot.pause()
        assert in_question(again)
        assert again.session.order == order and again.session.index == 1
        assert again.session.settings.mode == "exam"  # the attempt keeps its settings
        assert again.screen.question.id == order[1]
        assert "2/8" in str(again.screen.query_one("#topbar", Static).render())
        assert again.session.attempt_id == app.session.attempt_id


async def test_killed_mid_quiz_keeps_answers_and_start_over_is_possible(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    app = build_app(db, mode="exam")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await pilot.press(*"5000", "enter")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        # The app is dropped here without finishing, as if the process were killed.
    assert [r[0] for r in rows(db)] == ["q-5000-soldiers", "q-wall-street-journal"]
    again = build_app(db, mode="exam")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, ResumePrompt)
        await pilot.press("n")
        await pilot.pause()
        assert in_question(again) and again.session.index == 0
        assert again.session.attempt_id != app.session.attempt_id


async def test_start_screen_needs_a_name_and_a_valid_count(tmp_path: Path) -> None:
    app = build_app(tmp_path / "r.sqlite", student=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "Type your name" in str(app.screen.query_one("#start-message", Static).render())
        await pilot.press(*"zoe")
        app.screen.query_one("#count", Input).value = "99"
        await pilot.press("enter")
        await pilot.pause()
        assert "choose 1 to 8" in str(app.screen.query_one("#start-message", Static).render())
        app.screen.query_one("#count", Input).value = "2"
        app.screen.query_one("#name", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert in_question(app)
        assert app.session.student == "zoe" and app.session.total == 2


async def test_help_lists_keys_and_theme_toggles(tmp_path: Path) -> None:
    app = build_app(tmp_path / "r.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await pilot.press("enter")  # empty numeric answer: a message, not an answer
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = dict(app.screen.keys)
        assert "1-4 / A-D" in keys and "ctrl+c" in keys
        assert {"Help", "Theme"} <= set(keys.values())
        await pilot.press("escape")
        await pilot.pause()
        assert in_question(app)
        before = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != before and "light" in app.theme + before


async def test_brackets_in_bank_text_are_shown_not_parsed_as_markup(tmp_path: Path) -> None:
    from quizgen.bank.model import Bank, Question
    from quizgen.results import ResultStore as Store
    from quizgen.session import QuizSettings
    from tui.app import make_app

    bank = Bank(
        title="Odd [b]title",
        questions=[
            Question(
                id="q1",
                kind="multiple_choice",
                prompt="Which note said [sic] twice?",
                choices=["[red]first", "second[/]"],
                answer="second[/]",
            )
        ],
    )
    app = make_app(
        bank,
        store=Store(tmp_path / "r.sqlite"),
        bank_sha="x",
        settings=QuizSettings(shuffle=False),
        student="[i]eve",
        tick_interval=3600,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        assert "[sic]" in str(app.screen.query_one("#prompt", Static).render())
        assert "[i]eve" in str(app.screen.query_one("#topbar", Static).render())
        await pilot.press("2")
        await pilot.pause()
        assert in_feedback(app) and app.session.score == 1


async def test_article_is_turned_into_a_bank_in_a_worker_then_quizzed(
    tmp_path: Path, monkeypatch
) -> None:
    import threading

    import quizgen.generate
    from quizgen.results import ResultStore as Store
    from quizgen.session import QuizSettings
    from tui.app import Article, make_app
    from tui.screens.generating import GeneratingScreen

    from .conftest import SEED

    # The real generator, held back until the test has seen the progress screen.
    real, go = quizgen.generate.generate_bank, threading.Event()

    def held_back(*args, **kwargs):
        assert go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(quizgen.generate, "generate_bank", held_back)
    raw = SEED.read_bytes()
    app = make_app(
        None,
        store=Store(tmp_path / "r.sqlite"),
        settings=QuizSettings(mode="exam", seed=1),
        student="ana",
        article=Article(path=str(SEED), raw=raw, text=raw.decode("utf-8")),
        tick_interval=3600,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, GeneratingScreen)  # the spinner shows while NLP runs
        go.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert app.bank.questions and len(app.bank_sha) == 64
        await start(pilot)
        assert app.session.attempt_id is not None
    with ResultStore(tmp_path / "r.sqlite") as store:
        (attempt,) = store.attempts()
        assert attempt.bank_sha256 == app.bank_sha and attempt.bank_title == app.bank.title


async def test_mode_is_chosen_on_the_start_screen_with_the_keyboard(tmp_path: Path) -> None:
    app = build_app(tmp_path / "r.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab")  # from the name to the modes
        await pilot.press("down", "down", "enter")  # practice -> exam -> game
        await pilot.pause()
        assert app.screen.selected_mode() == "game"
        # the choice shows in the button's shape, not in its colour alone
        shapes = {b.name: b._button.plain for b in app.screen.query(RadioButton)}
        assert shapes == {"practice": "▐○▌", "exam": "▐○▌", "game": "▐●▌"}
        app.screen.query_one("#name", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert in_question(app) and app.session.settings.mode == "game"
        assert "game" in str(app.screen.query_one("#topbar", Static).render())


async def test_keys_typed_while_the_question_appears_are_not_lost(tmp_path: Path) -> None:
    """A browser (textual-serve) can send the answer in the same instant as the resume key."""
    from textual import events

    db = tmp_path / "r.sqlite"
    app = build_app(db, mode="exam")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await pilot.press(*"5000", "enter")
        await pilot.pause()
    again = build_app(db, mode="exam")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, ResumePrompt)
        for key in ("r", "2"):  # resume, then the answer in the same instant
            again.post_message(events.Key(key, key))
        for _ in range(5):
            await pilot.pause()
        assert [r[:2] for r in rows(db)] == [
            ("q-5000-soldiers", "5000"),
            ("q-wall-street-journal", "The Wall Street Journal"),
        ]
        assert in_question(again) and again.screen.question.id == "q-2000-national-guard"


async def test_dialog_buttons_answer_like_their_keys(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    app = build_app(db, mode="exam")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        await pilot.press(*"5000", "enter")
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        await pilot.click("#no")
        await pilot.pause()
        assert in_question(app)
        await pilot.press("ctrl+c")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0
    for button, index in (("#resume", 1), ("#new", 0)):
        again = build_app(db, mode="exam")
        async with again.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(again.screen, ResumePrompt)
            await pilot.click(button)
            await pilot.pause()
            assert in_question(again) and again.session.index == index


async def test_score_line_follows_the_total_time_and_the_score(tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_app(tmp_path / "r.sqlite", clock, mode="practice", total_time=600)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)

        def score_line() -> str:
            return str(app.screen.query_one("#score", Static).render())

        assert score_line() == "total 10:00  score 0"
        clock.advance(0.5)
        app.screen.tick()
        assert score_line() == "total 9:59  score 0"
        clock.advance(60)
        app.screen.tick()
        await pilot.pause()
        assert score_line() == "total 8:59  score 0"
        await pilot.press(*"5000", "enter")
        await pilot.pause()
        assert in_feedback(app) and score_line() == "total 8:59  score 1"
