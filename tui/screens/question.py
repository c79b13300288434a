"""The question screen: progress, score, countdown, prompt and the way to answer."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Rule, Static

from quizgen.answers import AnswerError
from quizgen.scoring import fmt_points
from tui.widgets.choices import LETTERS, ChoiceList
from tui.widgets.countdown import Countdown
from tui.widgets.numeric import NumericEntry

if TYPE_CHECKING:
    from quizgen.bank.model import Question
    from tui.app import QuizApp


def top_bar(app: QuizApp) -> str:
    session = app.session
    assert session is not None
    return (
        f"[b]quizgen[/b] · {app.bank.title}"
        f"  [dim]│[/dim]  {session.student} · {session.settings.mode}"
        f" · [b]{min(session.index + 1, session.total)}/{session.total}[/b]"
    )


class QuestionScreen(Screen):
    """One question. The timer reads the session's clock: it never counts its own ticks."""

    app: QuizApp
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(str(i + 1), f"choose({i})", "Answer" if i == 0 else "", show=i == 0)
            for i in range(4)
        ),
        *(Binding(LETTERS[i].lower(), f"choose({i})", show=False) for i in range(4)),
    ]

    def __init__(self) -> None:
        super().__init__()
        session = self.app.session
        assert session is not None and session.current is not None
        self.question: Question = session.current
        self.choices = session.choices(self.question)
        self.done = False

    def compose(self) -> ComposeResult:
        yield Static(top_bar(self.app), id="topbar")
        with Horizontal(id="timebar"):
            yield Countdown(id="countdown")
            yield Static("", id="score")
        yield Rule(line_style="heavy")
        with VerticalScroll(id="body"):
            yield Static(self.question.prompt, id="prompt")
            if self.question.is_numeric:
                yield NumericEntry(self.question.unit, id="numeric")
            else:
                yield ChoiceList(self.choices, id="choices")
        hint = "type the number, Enter" if self.question.is_numeric else "1-4 / A-D or click"
        yield Static(f" {hint}   ? help   q quit", id="hint")
        yield Footer()

    def on_mount(self) -> None:
        session = self.app.session
        assert session is not None
        session.begin_question()
        if self.question.is_numeric:
            self.query_one(Input).focus()
        else:
            choices = self.query_one(ChoiceList)
            choices.highlighted = None  # Enter alone must not pick the first answer
            choices.focus()
        self.update_timer()
        self.set_interval(self.app.tick_interval, self.tick)
        self.app.screen_ready(self)

    def update_timer(self) -> None:
        session = self.app.session
        assert session is not None
        self.query_one(Countdown).update_time(
            left=session.time_left(),
            limit=session.time_limit() if session.time_limit() else session.total_left(),
            elapsed=session.elapsed(),
        )
        if session.settings.feedback:
            score = f"score {fmt_points(session.score)}"
        else:  # an exam keeps right and wrong to itself until the end
            score = f"answered {session.answered_count}"
        total_left = session.total_left()
        if total_left is not None:
            minutes, seconds = divmod(int(total_left), 60)
            score = f"total {minutes}:{seconds:02d}  {score}"
        self.query_one("#score", Static).update(score)

    def tick(self) -> None:
        """Runs a few times a second; a time-out moves on like an answer would."""
        if self.done:
            return
        session = self.app.session
        assert session is not None
        outcome = session.tick()
        self.update_timer()
        if outcome is not None:
            self.done = True
            self.app.after_answer(outcome)

    def action_choose(self, index: int) -> None:
        if self.done or self.question.is_numeric or index >= len(self.choices):
            return
        self._answer(lambda: self.app.session.choose(index))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose(event.option_index)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.done:
            return
        text = event.value
        try:
            self._answer(lambda: self.app.session.answer(text))
        except AnswerError as exc:
            self.query_one(NumericEntry).show_message(str(exc))

    def _answer(self, act) -> None:
        outcome = act()  # AnswerError propagates before anything is recorded
        self.done = True
        self.app.after_answer(outcome)
