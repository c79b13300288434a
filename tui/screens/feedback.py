"""Feedback after an answer: a symbol and a word (never colour alone), points, and the evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Rule, Static

from quizgen.evidence import key_span
from quizgen.scoring import fmt_points
from tui.screens.question import top_bar

if TYPE_CHECKING:
    from quizgen.bank.model import Question
    from quizgen.session import Outcome
    from tui.app import QuizApp


def verdict(outcome: Outcome) -> Text:
    """`✓ Correct`, `◐ Partly right`, `✗ Not quite` or `⏱ Time's up`, each with a word."""
    if outcome.response is None:
        return Text("⏱ Time's up: no answer recorded", style="bold yellow")
    if outcome.correct:
        return Text("✓ Correct", style="bold green")
    if outcome.award.credit > 0:
        return Text("◐ Partly right", style="bold yellow")
    return Text("✗ Not quite", style="bold red")


def key_text(question: Question) -> str:
    if question.is_numeric:
        answer = question.extra.get("answer_text") or fmt_points(float(question.answer))
        tolerance = f" (±{fmt_points(float(question.tolerance))})" if question.tolerance else ""
        unit = f" {question.unit}" if question.unit else ""
        return f"{answer}{unit}{tolerance}"
    return str(question.answer)


def evidence_text(question: Question) -> Text:
    """The article sentence with the answer in bold reverse: visible without colour."""
    if question.evidence is None:
        return Text("(no evidence sentence in this bank)", style="dim")
    text = Text("“" + question.evidence.text + "”", style="italic")
    span = key_span(question)
    if span is not None:
        text.stylize("bold reverse", span[0] + 1, span[1] + 1)
    return text


def outcome_lines(outcome: Outcome) -> Text:
    """Verdict, points breakdown, your answer and the key, for feedback and review alike."""
    out = Text()
    out.append_text(verdict(outcome))
    out.append(f"   {outcome.award.breakdown()}" if outcome.response is not None else "   +0")
    out.append("\n\n")
    shown = outcome.response if outcome.response is not None else "—"
    if outcome.question.is_numeric and outcome.response is not None and outcome.question.unit:
        shown += f" {outcome.question.unit}"
    out.append("Your answer: ", style="bold")
    out.append(shown + "\n")
    out.append("Answer:      ", style="bold")
    out.append(key_text(outcome.question))
    return out


class FeedbackScreen(Screen):
    app: QuizApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", "Next", priority=True),
        Binding("space", "next", "Next", show=False),
        Binding("n", "next", "Next", show=False),
    ]

    def __init__(self, outcome: Outcome) -> None:
        super().__init__()
        self.outcome = outcome

    def compose(self) -> ComposeResult:
        session = self.app.session
        assert session is not None
        yield Static(top_bar(self.app), id="topbar")
        yield Static(f"score {fmt_points(session.score)}", id="score-line")
        yield Rule(line_style="heavy")
        with VerticalScroll(id="body"):
            yield Static(self.outcome.question.prompt, id="prompt")
            yield Static(outcome_lines(self.outcome), id="verdict")
            yield Static(evidence_text(self.outcome.question), id="evidence")
            if self.outcome.question.explanation:
                yield Static(self.outcome.question.explanation, id="explanation")
        yield Static(" Enter next   ? help   q quit", id="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.app.screen_ready(self)

    def action_next(self) -> None:
        self.app.next_question()
