"""One quiz attempt as a state machine: order, timing, answers, scoring and saving.

The session never sleeps or counts ticks: it reads an injected clock (seconds, monotonic)
whenever it needs the time, so a test can jump the clock and a slow terminal cannot make a
student lose time. Every answer goes to the :class:`~quizgen.results.ResultStore` before
``answer`` returns, so a killed process loses nothing, and :meth:`QuizSession.resume`
rebuilds an unfinished attempt from the database alone.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from quizgen.answers import AnswerError, format_number, parse_number
from quizgen.bank.model import Bank, Question
from quizgen.results import Attempt, ResultStore
from quizgen.scoring import Award, ScoringRules, award, max_score, numeric_credit

Clock = Callable[[], float]

DEFAULT_TIME_LIMIT = 30.0
"""Seconds per question in exam and game modes when neither the bank nor the user sets one."""


@dataclass(frozen=True)
class QuizSettings:
    """Everything that shapes an attempt; saved in ``attempts.settings`` so a resume matches."""

    mode: str = "practice"
    questions: int | None = None
    """How many questions to ask (all when None)."""
    time_limit: float | None = None
    """Seconds per question, overriding the bank; in practice mode only this one is enforced."""
    total_time: float | None = None
    """Seconds for the whole attempt (exam and game modes; practice too when given)."""
    seed: int | None = None
    shuffle: bool = True
    """Shuffle the question order and the choices of each question (reproducible from seed)."""
    speed_points: bool = True
    streak_bonus: bool = True
    partial_credit: bool = False
    partial_multiple: float = 3.0

    @property
    def rules(self) -> ScoringRules:
        return ScoringRules(
            mode=self.mode,
            speed_points=self.speed_points,
            streak_bonus=self.streak_bonus,
            partial_credit=self.partial_credit,
            partial_multiple=self.partial_multiple,
        )

    @property
    def feedback(self) -> bool:
        """Exam mode keeps right and wrong to itself until the end."""
        return self.mode != "exam"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuizSettings:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Outcome:
    """What happened to one question."""

    question: Question
    response: str | None
    """The chosen choice, the number as typed (normalised), or None when time ran out."""
    award: Award
    elapsed_s: float
    timed_out: bool = False

    @property
    def answered(self) -> bool:
        return self.response is not None

    @property
    def correct(self) -> bool | None:
        """None for unanswered, so reports can tell 'wrong' from 'no answer'."""
        return None if self.response is None else self.award.correct

    @property
    def points(self) -> float:
        return self.award.points


@dataclass(frozen=True)
class Summary:
    score: float
    max_score: float
    correct: int
    answered: int
    total: int
    elapsed_s: float
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of all questions answered fully right (unanswered count as wrong)."""
        return self.correct / self.total if self.total else 0.0

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


def bank_sha256(data: bytes) -> str:
    """Identity of a bank for resuming: the same file content is the same quiz."""
    return hashlib.sha256(data).hexdigest()


def choose_questions(bank: Bank, settings: QuizSettings) -> list[str]:
    """The question ids to ask, in order: a seeded shuffle, then the first N."""
    ids = [q.id for q in bank.questions]
    if settings.shuffle:
        random.Random(settings.seed).shuffle(ids)
    if settings.questions is not None:
        ids = ids[: max(1, settings.questions)]
    return ids


def choice_order(question: Question, settings: QuizSettings) -> list[str]:
    """The choices as shown; shuffled per question from the seed so a resume shows the same."""
    choices = list(question.choices or [])
    if settings.shuffle:
        random.Random(f"{settings.seed}:{question.id}").shuffle(choices)
    return choices


class QuizError(Exception):
    """The session was asked to do something its state does not allow."""


class QuizSession:
    """Ask, time, score and save the questions of one attempt, one at a time.

    Lifecycle: ``begin_question()`` when a question appears (starts its clock), then one of
    ``answer(text)``, ``choose(index)`` or ``time_out()``, then ``advance()``; ``finish()``
    closes the attempt. ``tick()`` turns an expired timer into a time-out.
    """

    def __init__(
        self,
        bank: Bank,
        settings: QuizSettings,
        *,
        student: str,
        bank_sha: str,
        store: ResultStore | None = None,
        clock: Clock = time.monotonic,
        session: str | None = None,
        _attempt: Attempt | None = None,
    ) -> None:
        if settings.seed is None:
            settings = replace(settings, seed=random.SystemRandom().randrange(1, 10**6))
        self.bank = bank
        self.settings = settings
        self.rules = settings.rules
        self.student = student
        self.bank_sha = bank_sha
        self.store = store
        self.clock = clock
        self.outcomes: dict[str, Outcome] = {}
        self.streak = 0
        self.used_before_s = 0.0
        """Time spent in an earlier process of a resumed attempt."""
        if _attempt is not None:
            self.order = [qid for qid in _attempt.question_ids if _has(bank, qid)]
            self.attempt_id: int | None = _attempt.id
        else:
            self.order = choose_questions(bank, settings)
            self.attempt_id = None
        if not self.order:
            raise QuizError("this bank has no questions to ask")
        self.max_score = max_score(
            self.rules, [self.weight(self.bank.question(q)) for q in self.order]
        )
        self.index = 0
        self.started_at = clock()
        self.question_started: float | None = None
        self.finished = False
        if store is not None and self.attempt_id is None:
            self.attempt_id = store.start_attempt(
                student=student,
                bank_title=bank.title,
                bank_sha256=bank_sha,
                mode=settings.mode,
                seed=settings.seed,
                question_ids=self.order,
                settings=settings.to_dict(),
                max_score=self.max_score,
                session=session,
            )

    # --- resume -----------------------------------------------------------------------------

    @classmethod
    def resume(
        cls, bank: Bank, attempt: Attempt, store: ResultStore, *, clock: Clock = time.monotonic
    ) -> QuizSession:
        """Continue an unfinished attempt: same order and settings, answers replayed from the DB."""
        settings = QuizSettings.from_dict({**attempt.settings, "mode": attempt.mode})
        session = cls(
            bank,
            settings,
            student=attempt.student,
            bank_sha=attempt.bank_sha256,
            store=store,
            clock=clock,
            session=attempt.session,
            _attempt=attempt,
        )
        saved = {r.question_id: r for r in store.responses(attempt.id)}
        for qid in session.order:
            row = saved.get(qid)
            if row is None:
                continue
            question = bank.question(qid)
            credit = session._credit(question, row.response) if row.response is not None else 0.0
            streak = session.streak + 1 if credit >= 1.0 else 0
            session.streak = streak
            session.outcomes[qid] = Outcome(
                question=question,
                response=row.response,
                award=Award(credit=credit, base=row.points, max_points=row.max_points or 0.0),
                elapsed_s=(row.elapsed_ms or 0) / 1000,
                timed_out=row.response is None,
            )
            session.used_before_s += (row.elapsed_ms or 0) / 1000
        session.index = next(
            (i for i, qid in enumerate(session.order) if qid not in session.outcomes),
            len(session.order),
        )
        return session

    # --- reading state ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.order)

    @property
    def current(self) -> Question | None:
        if self.finished or self.index >= len(self.order):
            return None
        return self.bank.question(self.order[self.index])

    @property
    def current_outcome(self) -> Outcome | None:
        question = self.current
        return self.outcomes.get(question.id) if question else None

    @property
    def score(self) -> float:
        return sum(o.points for o in self.outcomes.values())

    @property
    def answered_count(self) -> int:
        return len(self.outcomes)

    def weight(self, question: Question) -> float:
        if question.points is not None:
            return float(question.points)
        return float(self.bank.defaults.get("points", 1) or 1)

    def choices(self, question: Question | None = None) -> list[str]:
        question = question or self.current
        return choice_order(question, self.settings) if question else []

    def time_limit(self, question: Question | None = None) -> float | None:
        """Seconds for this question, or None when the question is untimed (practice)."""
        question = question or self.current
        if question is None:
            return None
        if self.settings.time_limit is not None:
            return float(self.settings.time_limit)
        if self.settings.mode == "practice":
            return None
        limit = self.bank.time_limit_for(question)
        return float(limit) if limit else DEFAULT_TIME_LIMIT

    def elapsed(self) -> float:
        """Seconds on the current question so far."""
        if self.question_started is None:
            return 0.0
        return max(0.0, self.clock() - self.question_started)

    def total_elapsed(self) -> float:
        """Seconds of the whole attempt, across a resume."""
        return self.used_before_s + max(0.0, self.clock() - self.started_at)

    def total_left(self) -> float | None:
        if self.settings.total_time is None:
            return None
        return max(0.0, self.settings.total_time - self.total_elapsed())

    def time_left(self) -> float | None:
        """Seconds left on the current question (the sooner of its limit and the total)."""
        limits = []
        limit = self.time_limit()
        if limit is not None:
            limits.append(limit - self.elapsed())
        total = self.total_left()
        if total is not None:
            limits.append(total)
        return max(0.0, min(limits)) if limits else None

    # --- acting -------------------------------------------------------------------------------

    def begin_question(self) -> Question:
        """Start the clock of the current question (again, after a resume)."""
        question = self._require_open()
        if self.question_started is None:
            self.question_started = self.clock()
        return question

    def answer(self, text: str) -> Outcome:
        """Answer the current question with typed text (numeric) or a choice's text (MC).

        Raises :class:`AnswerError` for text that is not a number: nothing is recorded.
        """
        question = self._require_open()
        if question.is_numeric:
            value = parse_number(text, unit=question.unit)
            response = format_number(value)
        else:
            response = self._match_choice(question, text)
        return self._record(question, response)

    def choose(self, index: int) -> Outcome:
        """Pick the ``index``-th choice as shown (0-based)."""
        question = self._require_open()
        choices = self.choices(question)
        if not 0 <= index < len(choices):
            raise AnswerError(f"Choose 1-{len(choices)}")
        return self._record(question, choices[index])

    def time_out(self) -> Outcome:
        """Record the current question as unanswered (no points, streak broken)."""
        question = self._require_open()
        return self._record(question, None, timed_out=True)

    def tick(self) -> Outcome | None:
        """Call often (e.g. 4x a second): times out the question once its time is up."""
        if self.current is None or self.current_outcome is not None:
            return None
        left = self.time_left()
        if left is not None and left <= 0:
            return self.time_out()
        return None

    def total_time_up(self) -> bool:
        left = self.total_left()
        return left is not None and left <= 0

    def advance(self) -> Question | None:
        """Move to the next question; when the total time is up the rest stay unanswered."""
        if self.current is not None and self.current_outcome is None:
            raise QuizError("answer or time out the current question first")
        self.index += 1
        self.question_started = None
        if self.total_time_up():
            while self.current is not None:
                self._record(self.current, None, timed_out=True, elapsed_s=0.0)
                self.index += 1
        return self.current

    def finish(self) -> Summary:
        """Close the attempt (unanswered questions stay unanswered) and save the final score."""
        if not self.finished:
            self.finished = True
            if self.store is not None and self.attempt_id is not None:
                self.store.finish_attempt(
                    self.attempt_id, score=self.score, max_score=self.max_score
                )
        return self.summary()

    def summary(self) -> Summary:
        outcomes = [self.outcomes[q] for q in self.order if q in self.outcomes]
        return Summary(
            score=self.score,
            max_score=self.max_score,
            correct=sum(1 for o in outcomes if o.correct),
            answered=sum(1 for o in outcomes if o.answered),
            total=self.total,
            elapsed_s=sum(o.elapsed_s for o in outcomes),
            outcomes=outcomes,
        )

    # --- internals ----------------------------------------------------------------------------

    def _require_open(self) -> Question:
        question = self.current
        if question is None:
            raise QuizError("the quiz is over")
        return question

    def _match_choice(self, question: Question, text: str) -> str:
        wanted = text.strip().casefold()
        for choice in question.choices or []:
            if choice.strip().casefold() == wanted:
                return choice
        raise AnswerError(f"'{text}' is not one of the choices")

    def _credit(self, question: Question, response: str) -> float:
        if question.is_numeric:
            try:
                given = parse_number(response)
            except AnswerError:
                return 0.0
            return numeric_credit(
                given,
                float(question.answer),
                question.tolerance,
                partial=self.rules.partial_credit,
                multiple=self.rules.partial_multiple,
            )
        return 1.0 if response == question.answer else 0.0

    def _record(
        self,
        question: Question,
        response: str | None,
        *,
        timed_out: bool = False,
        elapsed_s: float | None = None,
    ) -> Outcome:
        if question.id in self.outcomes:
            raise QuizError(f"question {question.id} is already answered")
        if elapsed_s is None:
            elapsed_s = self.elapsed()
            limit = self.time_limit(question)
            if timed_out and limit is not None:
                elapsed_s = min(elapsed_s, limit)
        credit = self._credit(question, response) if response is not None else 0.0
        self.streak = self.streak + 1 if credit >= 1.0 else 0
        result = award(
            self.rules,
            credit=credit,
            weight=self.weight(question),
            elapsed_s=elapsed_s,
            limit_s=self.time_limit(question),
            streak=self.streak,
        )
        outcome = Outcome(
            question=question,
            response=response,
            award=result,
            elapsed_s=elapsed_s,
            timed_out=timed_out,
        )
        if self.store is not None and self.attempt_id is not None:
            self.store.record_response(
                self.attempt_id,
                question.id,
                response=response,
                correct=outcome.correct,
                points=result.points,
                elapsed_ms=round(elapsed_s * 1000),
                max_points=result.max_points,
            )
        self.outcomes[question.id] = outcome
        return outcome


def _has(bank: Bank, question_id: str) -> bool:
    return any(q.id == question_id for q in bank.questions)
