"""What lint reports: one :class:`Finding` per problem, gathered in a :class:`LintReport`.

Every check module yields findings of this shape and the ``quizgen lint`` command only
formats the report, so the vocabulary (severities, the check names and their order) lives
here, apart from any check.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ERROR = "error"
WARNING = "warning"

# Order of the summary table and of findings within one question.
CHECKS = (
    "grounding",
    "key-in-evidence",
    "leakage",
    "options",
    "key-position",
    "unit-missing",
    "pronoun-start",
    "duplicates",
)


@dataclass(frozen=True)
class Finding:
    """One problem. ``question_id`` is None for bank-wide findings (key-position bias)."""

    check: str
    severity: str
    message: str
    question_id: str | None = None
    index: int | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LintReport:
    """Findings plus the figures behind the bank-wide checks, for humans and for tools."""

    findings: list[Finding]
    total_questions: int
    article_checked: bool
    notes: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    label: str = "<bank>"
    article: str | None = None

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    def by_check(self) -> dict[str, dict[str, int]]:
        """``{check: {"error": n, "warning": m}}`` for every check, zeros included."""
        out = {check: {ERROR: 0, WARNING: 0} for check in CHECKS}
        for f in self.findings:
            out.setdefault(f.check, {ERROR: 0, WARNING: 0})[f.severity] += 1
        return out

    def flagged_questions(self) -> set[int]:
        return {f.index for f in self.findings if f.index is not None}

    @property
    def clean_questions(self) -> int:
        return self.total_questions - len(self.flagged_questions())

    def for_question(self, question_id: str) -> list[Finding]:
        return [f for f in self.findings if f.question_id == question_id]

    def summary(self) -> dict[str, Any]:
        return {
            "checks": self.by_check(),
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "questions": self.total_questions,
            "clean_questions": self.clean_questions,
            "article_checked": self.article_checked,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "bank": self.label,
            "article": self.article,
            "valid": True,
            "clean": self.clean,
            "notes": list(self.notes),
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "stats": self.stats,
        }
