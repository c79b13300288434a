"""The quiz session state machine: order, timing from an injected clock, saving, resuming."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.answers import AnswerError
from quizgen.bank import load_bank
from quizgen.bank.model import Bank
from quizgen.evidence import key_span
from quizgen.results import ResultStore
from quizgen.session import QuizError, QuizSession, QuizSettings, choose_questions


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def bank(example_bank_path: Path) -> Bank:
    return load_bank(example_bank_path)


def make(
    bank: Bank, tmp_path: Path, clock: FakeClock, **settings
) -> tuple[QuizSession, ResultStore]:
    store = ResultStore(tmp_path / "r.sqlite")
    session = QuizSession(
        bank, QuizSettings(**settings), student="ana", bank_sha="abc", store=store, clock=clock
    )
    return session, store


def test_seeded_shuffle_is_reproducible_and_no_shuffle_keeps_bank_order(bank: Bank) -> None:
    a = choose_questions(bank, QuizSettings(seed=3))
    assert a == choose_questions(bank, QuizSettings(seed=3))
    assert sorted(a) == sorted(q.id for q in bank.questions)
    assert a != choose_questions(bank, QuizSettings(seed=4))
    assert choose_questions(bank, QuizSettings(shuffle=False)) == [q.id for q in bank.questions]
    assert choose_questions(bank, QuizSettings(shuffle=False, questions=3)) == [
        q.id for q in bank.questions[:3]
    ]


def test_each_answer_is_in_sqlite_before_answer_returns(bank: Bank, tmp_path: Path) -> None:
    clock = FakeClock()
    session, _store = make(bank, tmp_path, clock, mode="exam", shuffle=False)
    session.begin_question()
    clock.advance(4.2)
    outcome = session.answer("5,000 soldiers")
    assert outcome.correct and outcome.response == "5000" and outcome.points == 1
    # A second connection (as another process would) sees the row already.
    with ResultStore(tmp_path / "r.sqlite") as other:
        rows = other.responses(session.attempt_id)
        assert [(r.question_id, r.response, r.correct, r.elapsed_ms) for r in rows] == [
            ("q-5000-soldiers", "5000", True, 4200)
        ]
        assert other.attempt(session.attempt_id).score == 1
    session.advance()
    session.begin_question()
    wrong = session.choose(session.choices().index("Reuters"))
    assert wrong.correct is False and wrong.points == 0


def test_invalid_numeric_input_records_nothing(bank: Bank, tmp_path: Path) -> None:
    session, store = make(bank, tmp_path, FakeClock(), shuffle=False)
    session.begin_question()
    with pytest.raises(AnswerError):
        session.answer("lots")
    assert store.responses(session.attempt_id) == []
    assert session.current_outcome is None
    assert session.answer("5000").correct


def test_time_out_from_injected_clock_records_unanswered(bank: Bank, tmp_path: Path) -> None:
    clock = FakeClock()
    session, store = make(bank, tmp_path, clock, mode="exam", shuffle=False, time_limit=20)
    session.begin_question()
    clock.advance(19.5)
    assert session.tick() is None and session.time_left() == pytest.approx(0.5)
    clock.advance(1)
    outcome = session.tick()
    assert outcome is not None and outcome.timed_out and outcome.correct is None
    assert outcome.elapsed_s == 20
    (row,) = store.responses(session.attempt_id)
    assert row.response is None and row.correct is None and row.points == 0
    with pytest.raises(QuizError):
        session.answer("5000")


def test_practice_has_no_limit_unless_asked(bank: Bank, tmp_path: Path) -> None:
    clock = FakeClock()
    session, _ = make(bank, tmp_path, clock, mode="practice")
    session.begin_question()
    clock.advance(1000)
    assert session.time_left() is None and session.tick() is None
    timed, _ = make(bank, tmp_path, clock, mode="practice", time_limit=10)
    assert timed.time_limit() == 10


def test_exam_uses_question_then_bank_limits(bank: Bank, tmp_path: Path) -> None:
    session, _ = make(bank, tmp_path, FakeClock(), mode="exam", shuffle=False)
    assert session.time_limit(bank.question("q-1450-km")) == 45
    assert session.time_limit(bank.question("q-honduras")) == 30


def test_total_time_ends_the_quiz_and_leaves_the_rest_unanswered(
    bank: Bank, tmp_path: Path
) -> None:
    clock = FakeClock()
    session, store = make(bank, tmp_path, clock, mode="exam", shuffle=False, total_time=50)
    session.begin_question()
    clock.advance(25)
    session.answer("5000")
    session.advance()
    session.begin_question()
    clock.advance(20)
    assert session.time_left() == pytest.approx(5)  # total left (5) beats the 30 s limit
    clock.advance(5)
    assert session.tick().timed_out
    assert session.advance() is None
    summary = session.finish()
    assert summary.total == 8 and summary.answered == 1 and summary.correct == 1
    assert len(store.responses(session.attempt_id)) == 8
    assert store.attempt(session.attempt_id).finished


def test_game_mode_speed_points_and_streak(bank: Bank, tmp_path: Path) -> None:
    clock = FakeClock()
    session, _ = make(bank, tmp_path, clock, mode="game", shuffle=False, time_limit=20)
    session.begin_question()
    clock.advance(5)
    first = session.answer("5000")
    assert first.points == 875
    session.advance()
    session.begin_question()
    clock.advance(0)
    second = session.choose(session.choices().index("The Wall Street Journal"))
    assert (second.award.base, second.award.speed, second.award.streak) == (500, 500, 100)
    session.advance()
    session.begin_question()
    assert session.answer("9999").points == 0 and session.streak == 0


def test_numeric_partial_credit_setting(bank: Bank, tmp_path: Path) -> None:
    session, _ = make(bank, tmp_path, FakeClock(), mode="exam", partial_credit=True)
    while session.current.id != "q-2000-national-guard":
        session.begin_question()
        session.time_out()
        session.advance()
    session.begin_question()
    outcome = session.answer("2400")
    assert outcome.points == pytest.approx(0.5) and outcome.correct is False


def test_resume_keeps_order_answers_and_settings(bank: Bank, tmp_path: Path) -> None:
    clock = FakeClock()
    session, store = make(bank, tmp_path, clock, mode="exam", seed=7, questions=5)
    for _ in range(2):
        question = session.begin_question()
        clock.advance(3)
        if question.is_numeric:
            session.answer(str(question.answer))
        else:
            session.choose(session.choices().index(question.answer))
        session.advance()
    order = session.order
    store.close()  # the process dies here

    again = ResultStore(tmp_path / "r.sqlite")
    attempt = again.unfinished_attempt("ana", "abc")
    assert attempt is not None and attempt.id == session.attempt_id
    resumed = QuizSession.resume(bank, attempt, again, clock=clock)
    assert resumed.order == order and resumed.total == 5 and resumed.index == 2
    assert resumed.score == sum(session.weight(bank.question(q)) for q in order[:2])
    assert resumed.settings.seed == 7 and resumed.settings.mode == "exam"
    assert resumed.used_before_s == pytest.approx(6)
    assert resumed.choices(bank.question("q-honduras")) == session.choices(
        bank.question("q-honduras")
    )
    while resumed.current is not None:
        resumed.begin_question()
        resumed.time_out()
        resumed.advance()
    summary = resumed.finish()
    assert summary.answered == 2 and summary.total == 5
    assert again.unfinished_attempt("ana", "abc") is None


def test_advance_requires_an_outcome(bank: Bank, tmp_path: Path) -> None:
    session, _ = make(bank, tmp_path, FakeClock())
    session.begin_question()
    with pytest.raises(QuizError):
        session.advance()


def test_key_span_finds_the_answer_in_its_evidence(bank: Bank) -> None:
    found = {}
    for question in bank.questions:
        span = key_span(question)
        assert span is not None, question.id
        found[question.id] = question.evidence.text[span[0] : span[1]]
    assert found["q-5000-soldiers"] == "5000"
    assert found["q-core-group"] == "3000 to 4000"
    assert found["q-wall-street-journal"] == "the Wall Street Journal"
    assert found["q-invasion"] == "Trump"
    assert found["q-honduras"] == "Honduran"


def test_no_seed_draws_one_and_keeps_every_other_setting(bank: Bank, tmp_path: Path) -> None:
    given = QuizSettings(mode="game", questions=3, time_limit=12, partial_credit=True)
    session, store = make(bank, tmp_path, FakeClock(), **given.to_dict())
    seed = session.settings.seed
    assert isinstance(seed, int) and 1 <= seed < 10**6
    assert {**session.settings.to_dict(), "seed": None} == given.to_dict()
    saved = store.attempt(session.attempt_id)
    assert saved.seed == seed and saved.settings == session.settings.to_dict()
    assert session.order == choose_questions(bank, session.settings)
