"""Quality checks of a quiz bank: the automatic half of "would a teacher use this question?".

Validation (:mod:`quizgen.bank.validate`) says whether a bank can be read; linting says
whether its questions are fair: grounded in the article, not answerable from the prompt or
from the shape of the options, not duplicated. Everything here is pure (no printing), so the
generator's tests and benchmarks call :func:`lint_bank` directly and the ``quizgen lint``
command only formats the :class:`LintReport`.

One module per check (``grounding``, ``key_in_evidence``, ``leakage``, ``options``,
``key_position``, ``unit_missing``, ``pronoun_start``, ``duplicates``), the helpers they
share (``matching``, ``names``, ``acronyms``, ``shapes``), what they report (``findings``),
and how a bank or a bank file is linted (``runner``, ``files``). This package exposes the
public API.
"""

from __future__ import annotations

from quizgen.lint.files import ArticleLookup, LoadedBank, find_article, lint_path, load_for_lint
from quizgen.lint.findings import CHECKS, ERROR, WARNING, Finding, LintReport
from quizgen.lint.key_in_evidence import mc_key_in_text, numeric_key_in_text
from quizgen.lint.key_position import poisson_binomial_tail
from quizgen.lint.runner import lint_bank
from quizgen.lint.shapes import Shape, option_shape

__all__ = [
    "CHECKS",
    "ERROR",
    "WARNING",
    "ArticleLookup",
    "Finding",
    "LintReport",
    "LoadedBank",
    "Shape",
    "find_article",
    "lint_bank",
    "lint_path",
    "load_for_lint",
    "mc_key_in_text",
    "numeric_key_in_text",
    "option_shape",
    "poisson_binomial_tail",
]
