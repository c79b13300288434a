"""What feedback and review show: a symbol and a word (never colour alone), points, evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from quizgen.evidence import key_span
from quizgen.scoring import fmt_points

if TYPE_CHECKING:
    from quizgen.bank.model import Question
    from quizgen.session import Outcome


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
        answer_text = question.extra.get("answer_text")
        answer = answer_text or fmt_points(float(question.answer))
        tolerance = ""
        if question.tolerance and not answer_text:
            tolerance = f" (±{fmt_points(float(question.tolerance))})"
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
