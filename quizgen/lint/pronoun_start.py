"""The ``pronoun-start`` check: a prompt read on its own names who or what it asks about."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.bank.model import Question
from quizgen.lint.findings import ERROR, Finding
from quizgen.lint.matching import tokens, wordset

PRONOUNS = wordset(
    "he she it they him them his her hers its their theirs this these those we us our i my you your"
)


def check_pronoun_start(q: Question) -> Iterable[Finding]:
    words = tokens(q.prompt)
    if words and words[0].casefold() in PRONOUNS:
        yield Finding(
            "pronoun-start",
            ERROR,
            f"the prompt starts with the pronoun '{words[0]}'; name who or what it refers to",
        )
