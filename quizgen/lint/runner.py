"""Linting a parsed bank: run every check not ignored, place each finding at its question
and line, and order them as the report shows them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from quizgen.bank.model import Bank, Question
from quizgen.lint.duplicates import check_duplicates
from quizgen.lint.findings import CHECKS, Finding, LintReport
from quizgen.lint.grounding import check_grounding
from quizgen.lint.key_in_evidence import check_key_in_evidence
from quizgen.lint.key_position import check_key_position
from quizgen.lint.leakage import check_leakage
from quizgen.lint.options import check_options
from quizgen.lint.pronoun_start import check_pronoun_start
from quizgen.lint.unit_missing import check_unit_missing

PerQuestionCheck = Callable[[Question], Iterable[Finding]]


def lint_bank(
    bank: Bank,
    article_text: str | None,
    *,
    lines: Sequence[int | None] | None = None,
    bank_line: int | None = None,
    ignore: Iterable[str] = (),
    label: str = "<bank>",
) -> LintReport:
    """Every finding for ``bank``; checks that need the article are skipped when it is None.

    ``lines`` gives the line of each question in its file (same order as
    ``bank.questions``); ``bank_line`` the line bank-wide findings point at.
    """
    skip = set(ignore)
    unknown = skip - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(sorted(unknown))}")
    questions = bank.questions
    qlines: list[int | None] = list(lines) if lines is not None else [None] * len(questions)
    per_question: list[tuple[str, PerQuestionCheck]] = [
        ("grounding", lambda q: check_grounding(q, article_text)),
        ("key-in-evidence", check_key_in_evidence),
        ("leakage", check_leakage),
        ("options", check_options),
        ("unit-missing", check_unit_missing),
        ("pronoun-start", check_pronoun_start),
    ]
    raw: list[tuple[int | None, Finding]] = []
    for index, q in enumerate(questions):
        for name, check in per_question:
            if name not in skip:
                raw.extend((index, f) for f in check(q))
    if "duplicates" not in skip:
        raw.extend(check_duplicates(questions, qlines))
    bias, stats = check_key_position(questions)
    if "key-position" not in skip:
        raw.extend((None, f) for f in bias)

    order = {name: i for i, name in enumerate(CHECKS)}
    findings = []
    for index, f in raw:
        if index is None:
            findings.append(_place(f, None, None, bank_line))
        else:
            findings.append(_place(f, index, questions[index].id, qlines[index]))
    findings.sort(
        key=lambda f: (
            f.index if f.index is not None else len(questions),
            order.get(f.check, len(order)),
        )
    )
    notes = [] if article_text is not None else [_no_article_note(bank)]
    return LintReport(
        findings=findings,
        total_questions=len(questions),
        article_checked=article_text is not None,
        notes=notes,
        stats=stats,
        label=label,
    )


def _place(f: Finding, index: int | None, qid: str | None, line: int | None) -> Finding:
    return Finding(f.check, f.severity, f.message, qid, index, line)


def _no_article_note(bank: Bank) -> str:
    path = bank.source.path if bank.source is not None else None
    where = f"source.path '{path}' not found" if path else "the bank names no source.path"
    return f"no article ({where}; pass --article): evidence was not checked against the article"
