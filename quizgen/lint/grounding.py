"""The ``grounding`` check: the evidence is the article's text at its offsets and a whole
sentence, so a student can see why the answer is right."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.bank.model import Question
from quizgen.lint.findings import ERROR, WARNING, Finding

CLOSING = "\"'\u201d\u2019)]"
OPENING = "\"'\u201c\u2018([\u00ab"
SENTENCE_END = ".!?\u2026"


def starts_like_sentence(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in OPENING)


def ends_like_sentence(text: str) -> bool:
    stripped = text.rstrip()
    body = stripped.rstrip(CLOSING)
    if stripped != body and stripped[-1:] in CLOSING and stripped[-1:] not in ")]":
        return True  # a closing quote ends a quoted sentence: ... amounted to "an invasion"
    return body[-1:] in SENTENCE_END if body else False


def at_sentence_start(article: str, start: int) -> bool:
    """True at the start of the article, of a paragraph, or right after a sentence's end."""
    before = article[:start]
    gap = len(before) - len(before.rstrip())
    if start > 0 and gap == 0:
        return False  # glued to the previous word
    head = before.rstrip()
    if not head or "\n" in before[len(head) :]:
        return True
    return head.rstrip(CLOSING)[-1:] in SENTENCE_END


def at_sentence_end(article: str, end: int) -> bool:
    after = article[end : end + 1]
    return not after or after.isspace() or after in CLOSING


def check_grounding(q: Question, article: str | None) -> Iterable[Finding]:
    ev = q.evidence
    if ev is None:
        yield Finding("grounding", WARNING, "no evidence sentence; grounding cannot be checked")
        return
    if article is not None:
        if ev.start < 0 or ev.end > len(article) or ev.end < ev.start:
            yield Finding(
                "grounding",
                ERROR,
                f"evidence offsets {ev.start}:{ev.end} are outside the article "
                f"({len(article)} characters)",
            )
            return
        if article[ev.start : ev.end] != ev.text:
            where = article.find(ev.text)
            hint = (
                f"; the sentence is at {where}:{where + len(ev.text)}"
                if where >= 0
                else "; the sentence is nowhere in the article"
            )
            yield Finding(
                "grounding",
                ERROR,
                f"evidence text is not the article text at {ev.start}:{ev.end}{hint}",
            )
            return
        if not at_sentence_start(article, ev.start):
            yield Finding("grounding", WARNING, "evidence does not start at a sentence boundary")
        elif not starts_like_sentence(ev.text):
            yield Finding("grounding", WARNING, "evidence does not start like a sentence")
        if not (ends_like_sentence(ev.text) and at_sentence_end(article, ev.end)):
            yield Finding(
                "grounding",
                WARNING,
                "evidence does not end at a sentence end (. ! ? or a closing quote)",
            )
        return
    if not starts_like_sentence(ev.text):
        yield Finding("grounding", WARNING, "evidence does not start like a sentence")
    if not ends_like_sentence(ev.text):
        yield Finding("grounding", WARNING, "evidence does not end with . ! ? or a closing quote")
