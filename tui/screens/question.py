"""The quiz screen: a question, then (practice and game) its feedback, then the next question.

One screen for the whole attempt whose widgets are updated in place: building a new
screen per step costs more than the 50 ms a key press may take to show the next step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static

from quizgen.answers import AnswerError
from quizgen.scoring import fmt_points
from tui.screens.feedback import evidence_text, outcome_lines
from tui.widgets.choices import LETTERS, ChoiceList
from tui.widgets.countdown import Countdown
from tui.widgets.numeric import NumericEntry

if TYPE_CHECKING:
    from quizgen.bank.model import Question
    from quizgen.session import Outcome
    from tui.app import QuizApp

Phase = Literal["question", "feedback"]

QUESTION_HINT = {
    True: " type the number, Enter   ? help   ctrl+c quit",
    False: " 1-4 / A-D or click   ? help   q quit",
}
FEEDBACK_HINT = " Enter next   ? help   q quit"


def top_bar(app: QuizApp) -> str:
    """Title on the left (shortened to fit), who, mode and progress always visible."""
    session = app.session
    assert session is not None
    right = (
        f"{session.student} · {session.settings.mode}"
        f" · {min(session.index + 1, session.total)}/{session.total}"
    )
    room = max(10, app.size.width - len(right) - len("quizgen ·   │  ") - 2)
    title = app.bank.title if len(app.bank.title) <= room else app.bank.title[: room - 1] + "…"
    return f"[b]quizgen[/b] · {escape(title)}  [dim]│[/dim]  {escape(right)}"


class QuestionScreen(Screen):
    """Question and feedback phases. The timer reads the session's clock, never counts ticks."""

    app: QuizApp
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(str(i + 1), f"choose({i})", show=False) for i in range(9)),
        *(Binding(LETTERS[i].lower(), f"choose({i})", show=False) for i in range(9)),
        Binding("enter,space,n", "next", "Next", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        session = self.app.session
        self.phase: Phase = "question"
        self.question: Question | None = session.current if session is not None else None
        """Known before the screen is mounted, so keys typed while it appears still count."""
        self.outcome: Outcome | None = None
        self.ready = False

    def compose(self) -> ComposeResult:
        yield Static("", id="topbar")
        with Horizontal(id="timebar"):
            yield Countdown(id="countdown")
            yield Static("", id="score")
        with VerticalScroll(id="body"):
            yield Static("", id="prompt")
            yield ChoiceList(id="choices")
            yield NumericEntry(id="numeric")
            yield Static("", id="verdict")
            yield Static("", id="evidence")
            yield Static("", id="explanation")
        yield Static("", id="hint")

    def on_mount(self) -> None:
        self.ready = True
        self.set_interval(self.app.tick_interval, self.tick)
        if self.phase == "feedback" and self.outcome is not None:
            self.show_feedback(self.outcome)  # answered before the screen had appeared
        else:
            self.show_question()

    # --- phases -----------------------------------------------------------------------------

    def show_question(self) -> None:
        """Show the session's current question and start its clock."""
        session = self.app.session
        assert session is not None and session.current is not None
        question = session.begin_question()
        self.phase, self.question, self.outcome = "question", question, None
        if not self.ready:
            return  # on_mount shows it
        self.query_one("#topbar", Static).update(top_bar(self.app))
        self.query_one("#prompt", Static).update(Text(question.prompt))
        choices = self.query_one(ChoiceList)
        numeric = self.query_one(NumericEntry)
        for name in ("#verdict", "#evidence", "#explanation"):
            self.query_one(name).display = False
        if question.is_numeric:
            numeric.reset(question.unit)
            choices.display, numeric.display = False, True
            self.query_one(Input).focus()
        else:
            choices.set_choices(session.choices(question))
            choices.display, numeric.display = True, False
            choices.focus()
        self.query_one("#hint", Static).update(QUESTION_HINT[question.is_numeric])
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)
        self.update_timer()
        self.app.screen_ready(self)

    def show_feedback(self, outcome: Outcome) -> None:
        """Right or wrong in words and symbols, the points, and the evidence sentence."""
        self.phase, self.outcome = "feedback", outcome
        if not self.ready:
            return  # on_mount shows it
        self.set_focus(None)
        self.query_one(ChoiceList).display = False
        self.query_one(NumericEntry).display = False
        self.query_one("#verdict", Static).update(outcome_lines(outcome))
        self.query_one("#evidence", Static).update(evidence_text(outcome.question))
        explanation = self.query_one("#explanation", Static)
        explanation.update(Text(outcome.question.explanation or ""))
        self.query_one("#verdict").display = True
        self.query_one("#evidence").display = True
        explanation.display = bool(outcome.question.explanation)
        self.query_one("#hint", Static).update(FEEDBACK_HINT)
        self.update_timer()
        self.app.screen_ready(self)

    # --- timer --------------------------------------------------------------------------------

    def update_timer(self) -> None:
        session = self.app.session
        assert session is not None
        limit = session.time_limit()
        self.query_one(Countdown).update_time(
            left=session.time_left() if self.phase == "question" else None,
            limit=limit if limit else session.settings.total_time,
            elapsed=session.elapsed() if self.phase == "question" else 0.0,
            running=self.phase == "question",
        )
        if session.settings.feedback:
            score = f"score {fmt_points(session.score)}"
        else:  # an exam keeps right and wrong to itself until the end
            score = f"answered {session.answered_count}"
        total_left = session.total_left()
        if total_left is not None:
            minutes, seconds = divmod(int(total_left), 60)
            score = f"total {minutes}:{seconds:02d}  {score}"
        label = self.query_one("#score", Static)
        if label.content != score:  # same text: skip the layout pass an update costs, 4x a second
            label.update(score)

    def tick(self) -> None:
        """Runs a few times a second; a time-out moves on like an answer would."""
        if self.phase != "question":
            return
        session = self.app.session
        assert session is not None
        outcome = session.tick()
        self.update_timer()
        if outcome is not None:
            self.app.after_answer(outcome)

    # --- answering ----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            return (
                self.phase == "question"
                and self.question is not None
                and (not self.question.is_numeric)
            )
        if action == "next":
            return self.phase == "feedback"
        return True

    def action_choose(self, index: int) -> None:
        session = self.app.session
        if self.phase != "question" or session is None or self.question is None:
            return
        if self.question.is_numeric or index >= len(session.choices(self.question)):
            return
        session.begin_question()  # a no-op once the question is on screen
        self._answer(lambda: session.choose(index))

    def action_next(self) -> None:
        if self.phase == "feedback":
            self.app.next_question()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose(event.option_index)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit_number(event.value)

    def submit_number(self, text: str) -> None:
        session = self.app.session
        if self.phase != "question" or session is None:
            return
        try:
            self._answer(lambda: session.answer(text))
        except AnswerError as exc:
            self.query_one(NumericEntry).show_message(str(exc))

    def _answer(self, act) -> None:
        outcome = act()  # AnswerError propagates before anything is recorded
        self.app.after_answer(outcome)
