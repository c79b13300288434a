"""Linting a bank file: load and validate it (keeping the line of each question), find the
article it was made from, and lint."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from quizgen.bank.model import Bank
from quizgen.lint.findings import LintReport
from quizgen.lint.runner import lint_bank


@dataclass
class LoadedBank:
    """A parsed bank with the file lines the report points at."""

    bank: Bank | None
    problems: list[str]
    lines: list[int | None]
    bank_line: int | None
    label: str


def load_for_lint(path: str | os.PathLike[str]) -> LoadedBank:
    """Parse and validate like ``quizgen validate``, minus the evidence-against-article check
    (that is lint's grounding check, which reports it per question instead of refusing)."""
    from quizgen.bank.io import inspect_bank_file
    from quizgen.bank.validate import line_of

    label = str(path)
    problems, data, root = inspect_bank_file(path, check_article=False)
    if problems:
        return LoadedBank(None, problems, [], None, label)
    bank = Bank.from_dict(data)
    lines: list[int | None] = [line_of(root, ["questions", i]) for i in range(len(bank.questions))]
    return LoadedBank(bank, [], lines, line_of(root, ["questions"]), label)


@dataclass
class ArticleLookup:
    text: str | None
    path: str | None
    notes: list[str]


def find_article(
    bank: Bank, bank_path: str | os.PathLike[str], article_path: str | os.PathLike[str] | None
) -> ArticleLookup:
    """``--article`` wins; else the bank's ``source.path`` (beside the bank, then the cwd).

    An explicit article that cannot be read raises :class:`InputError`; a missing
    ``source.path`` only becomes a note, since a bank travels without its article.
    """
    import hashlib

    from quizgen.bank.validate import resolve_source
    from quizgen.errors import InputError
    from quizgen.textfile import read_text

    notes: list[str] = []
    if article_path is not None:
        found: Path | None = Path(article_path)
    elif bank.source is not None and bank.source.path:
        found = resolve_source(Path(bank_path), bank.source.path)
        if found is None:
            return ArticleLookup(None, None, notes)
    else:
        return ArticleLookup(None, None, notes)
    try:
        article = read_text(found, allow_cp1252=True, warn=notes.append)
    except InputError:
        if article_path is not None:
            raise
        return ArticleLookup(None, None, [f"source article {found} cannot be read"])
    sha = bank.source.sha256 if bank.source is not None else None
    if sha and sha != hashlib.sha256(article.raw).hexdigest():
        notes.append(
            f"{found} does not match source.sha256: the article changed since the bank was made"
        )
    return ArticleLookup(article.text, str(found), notes)


def lint_path(
    bank_path: str | os.PathLike[str],
    article_path: str | os.PathLike[str] | None = None,
    *,
    ignore: Iterable[str] = (),
) -> LintReport:
    """Load, find the article and lint. Raises :class:`BankError` for an invalid bank and
    :class:`InputError` for an unreadable one (or an unreadable ``--article``)."""
    from quizgen.errors import BankError

    loaded = load_for_lint(bank_path)
    if loaded.bank is None:
        raise BankError(loaded.problems)
    lookup = find_article(loaded.bank, bank_path, article_path)
    report = lint_bank(
        loaded.bank,
        lookup.text,
        lines=loaded.lines,
        bank_line=loaded.bank_line,
        ignore=ignore,
        label=loaded.label,
    )
    report.article = lookup.path
    report.notes = lookup.notes + report.notes
    return report
