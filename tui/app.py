"""The quiz app: wires screens to a :class:`~quizgen.session.QuizSession`.

Everything that varies is injected (bank, result store, clock, settings), so the CLI, the
tests and the classroom server build the same app with :func:`make_app`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from quizgen.bank.model import Bank
from quizgen.results import Attempt, ResultStore
from quizgen.session import Clock, Outcome, QuizSession, QuizSettings, Summary
from tui.screens.dialogs import ConfirmQuit, ResumePrompt
from tui.screens.generating import GeneratingScreen
from tui.screens.help import HelpScreen
from tui.screens.history import HistoryScreen
from tui.screens.question import QuestionScreen
from tui.screens.results import ResultsScreen
from tui.screens.start import StartScreen

THEMES = ("textual-dark", "textual-light")


@dataclass(frozen=True)
class Article:
    """An article to turn into a bank before the quiz (``quizgen take article.txt``)."""

    path: str
    raw: bytes
    text: str
    seed: int = 0


class QuizApp(App[int]):
    """Start → (resume?) → question ⇄ feedback → results → review/history."""

    CSS_PATH = "quiz.tcss"
    TITLE = "quizgen"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+c", "request_quit", "Quit", show=False, priority=True),
        Binding("ctrl+q", "request_quit", "Quit", show=False, priority=True),
        Binding("q", "request_quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help", "Help", show=False),
        Binding("ctrl+t", "toggle_theme", "Theme"),
    ]

    start_screen_class: type[StartScreen] = StartScreen
    """The classroom server swaps in its own start screen (roster names, locked settings)."""

    def __init__(
        self,
        bank: Bank | None,
        *,
        store: ResultStore,
        bank_sha: str = "",
        clock: Clock = time.monotonic,
        settings: QuizSettings | None = None,
        student: str | None = None,
        locked: bool = False,
        article: Article | None = None,
        session_label: str | None = None,
        tick_interval: float = 0.25,
        on_first_question: Callable[[], None] | None = None,
        theme: str = "textual-dark",
        autostart: bool = False,
    ) -> None:
        super().__init__()
        if bank is None and article is None:
            raise ValueError("give a bank or an article")
        self.bank: Bank = bank  # type: ignore[assignment]  # set by the generator when None
        self.bank_sha = bank_sha
        self.store = store
        self.clock = clock
        self.settings = settings or QuizSettings()
        self.student = student
        self.locked = locked
        """Settings fixed by whoever launched the quiz (a teacher); the start screen greys them."""
        self.article = article
        self.session_label = session_label
        self.tick_interval = tick_interval
        self.on_first_question = on_first_question
        self.session: QuizSession | None = None
        self.summary: Summary | None = None
        self.theme = theme
        self.autostart = autostart and bool(student)
        """Skip the start screen's Enter when the name is known (benchmarks, kiosk setups)."""

    # --- flow -----------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.bank is None:
            assert self.article is not None
            self.push_screen(GeneratingScreen(Path(self.article.path).name))
            self.generate_bank()
        else:
            self.push_screen(self.start_screen_class())

    @work(thread=True, exclusive=True)
    def generate_bank(self) -> None:
        """NLP takes seconds: a worker thread keeps the spinner turning."""
        from quizgen.bank.io import dumps_bank
        from quizgen.errors import QuizgenError
        from quizgen.session import bank_sha256

        article = self.article
        assert article is not None
        try:
            from quizgen.generate import generate_bank

            bank = generate_bank(
                article.text, source_path=article.path, source_bytes=article.raw, seed=article.seed
            )
            sha = bank_sha256(dumps_bank(bank).encode("utf-8"))
        except QuizgenError as exc:
            self.call_from_thread(self.exit, 1, 1, str(exc))
            return
        self.call_from_thread(self.bank_ready, bank, sha)

    def bank_ready(self, bank: Bank, sha: str) -> None:
        if not bank.questions:
            self.exit(1, 1, f"{self.article.path if self.article else 'article'}: no questions")
            return
        self.bank, self.bank_sha = bank, sha
        self.switch_screen(self.start_screen_class())

    def begin(self, student: str, *, mode: str | None = None, questions: int | None = None) -> None:
        """Called by the start screen: offer to resume an unfinished attempt, else start."""
        self.student = student
        if not self.locked:
            self.settings = replace(
                self.settings,
                mode=mode or self.settings.mode,
                questions=questions if questions != len(self.bank.questions) else None,
            )
        unfinished = self.store.unfinished_attempt(student, self.bank_sha)
        if unfinished is None:
            self.start_new()
            return
        answered = len(self.store.responses(unfinished.id))

        def chosen(resume: bool | None) -> None:
            if resume:
                self.resume(unfinished)
            else:
                self.start_new()

        self.push_screen(
            ResumePrompt(answered, len(unfinished.question_ids), unfinished.started_at), chosen
        )

    def start_new(self) -> None:
        self.session = QuizSession(
            self.bank,
            self.settings,
            student=self.student or "anonymous",
            bank_sha=self.bank_sha,
            store=self.store,
            clock=self.clock,
            session=self.session_label,
        )
        self.show_question()

    def resume(self, attempt: Attempt) -> None:
        self.session = QuizSession.resume(self.bank, attempt, self.store, clock=self.clock)
        self.settings = self.session.settings
        if self.session.current is None:
            self.show_results()
        else:
            self.show_question()

    def _quiz_screen(self) -> QuestionScreen | None:
        """The quiz screen if it is (after closing any dialog) on top of the stack."""
        while isinstance(self.screen, ModalScreen | HistoryScreen | HelpScreen):
            self.pop_screen()
        return self.screen if isinstance(self.screen, QuestionScreen) else None

    def show_question(self) -> None:
        screen = self._quiz_screen()
        if screen is None:
            self.switch_screen(QuestionScreen())
        else:
            screen.show_question()

    def after_answer(self, outcome: Outcome) -> None:
        """Practice and game show feedback; exam moves straight on."""
        screen = self._quiz_screen()
        if self.settings.feedback and screen is not None:
            screen.show_feedback(outcome)
        else:
            self.next_question()

    def next_question(self) -> None:
        assert self.session is not None
        if self.session.advance() is None:
            self.show_results()
        else:
            self.show_question()

    def show_results(self) -> None:
        assert self.session is not None
        self.summary = self.session.finish()
        self._quiz_screen()
        self.switch_screen(ResultsScreen(self.summary))

    def screen_ready(self, screen: Screen) -> None:
        """Screens report when they are up; the start-up benchmark hooks the first question."""
        if (
            isinstance(screen, QuestionScreen)
            and screen.phase == "question"
            and self.on_first_question is not None
        ):
            hook, self.on_first_question = self.on_first_question, None
            self.call_after_refresh(hook)

    @property
    def in_attempt(self) -> bool:
        return self.session is not None and not self.session.finished

    # --- actions ----------------------------------------------------------------------------

    def action_request_quit(self) -> None:
        """Mid-attempt, ask first (nothing is lost either way); otherwise just quit."""
        if isinstance(self.screen, ConfirmQuit):
            return
        if not self.in_attempt:
            self.exit(0)
            return

        def decided(quit_now: bool | None) -> None:
            if quit_now:
                self.exit(0)

        self.push_screen(ConfirmQuit(), decided)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        seen: dict[str, str] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action.startswith("choose("):
                continue
            seen.setdefault(binding.description, self.get_key_display(binding))
        keys = []
        if isinstance(self.screen, QuestionScreen):
            keys.append(("1-4 / A-D", "choose an answer (or click it)"))
            keys.append(("↑ ↓ Enter", "move to an answer and choose it"))
            keys.append(("Enter", "submit a typed number"))
        keys += [(display, description) for description, display in seen.items()]
        if "Help" not in seen:
            keys.append(("? / F1", "Help"))
        keys.append(("ctrl+c", "quit (asks first during a quiz)"))
        self.push_screen(HelpScreen(keys))

    def action_toggle_theme(self) -> None:
        self.theme = THEMES[1] if self.theme == THEMES[0] else THEMES[0]

    def action_review(self) -> None:
        if self.summary is not None:
            from tui.screens.review import ReviewScreen

            self.push_screen(ReviewScreen(self.summary.outcomes))

    def action_history(self) -> None:
        if isinstance(self.screen, HistoryScreen):
            return
        student = self.student if self.summary is not None else None
        self.push_screen(HistoryScreen(self.store.attempts(student=student), student))


def make_app(
    bank: Bank | None,
    *,
    store: ResultStore,
    bank_sha: str = "",
    clock: Clock = time.monotonic,
    settings: QuizSettings | None = None,
    student: str | None = None,
    **options,
) -> QuizApp:
    """The one way to build the app: CLI, tests, snapshots and the classroom server use it."""
    return QuizApp(
        bank,
        store=store,
        bank_sha=bank_sha,
        clock=clock,
        settings=settings,
        student=student,
        **options,
    )
