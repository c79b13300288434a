"""The quiz bank, format ``quizgen-bank/1``, as plain dataclasses.

The model is deliberately dumb: it holds data and converts to and from the plain
dicts that YAML gives. Checking lives in :mod:`quizgen.bank.validate`, reading and
writing in :mod:`quizgen.bank.io`, so every command shares one loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT = "quizgen-bank/1"
KINDS = ("numeric", "multiple_choice")

Number = int | float


@dataclass
class Evidence:
    """The article sentence that proves a question, with offsets into the source text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(text=data["text"], start=data["start"], end=data["end"])


# Optional per-question fields, in the order they are written.
OPTIONAL_QUESTION_FIELDS = ("time_limit", "points", "difficulty", "tags", "explanation")


@dataclass
class Question:
    """One question. ``answer`` is a choice for multiple choice, a number for numeric."""

    id: str
    kind: str
    prompt: str
    answer: Any
    evidence: Evidence | None = None
    choices: list[str] | None = None
    tolerance: Number | None = None
    unit: str | None = None
    time_limit: Number | None = None
    points: Number | None = None
    difficulty: Any = None
    tags: list[str] | None = None
    explanation: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    """Fields this version does not know; kept so a round trip loses nothing."""

    @property
    def is_numeric(self) -> bool:
        return self.kind == "numeric"

    @property
    def is_multiple_choice(self) -> bool:
        return self.kind == "multiple_choice"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "prompt": self.prompt}
        if self.choices is not None:
            out["choices"] = list(self.choices)
        out["answer"] = self.answer
        if self.tolerance is not None:
            out["tolerance"] = self.tolerance
        if self.unit is not None:
            out["unit"] = self.unit
        if self.evidence is not None:
            out["evidence"] = self.evidence.to_dict()
        for name in OPTIONAL_QUESTION_FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = list(value) if name == "tags" else value
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        known = {
            "id",
            "kind",
            "prompt",
            "answer",
            "evidence",
            "choices",
            "tolerance",
            "unit",
            *OPTIONAL_QUESTION_FIELDS,
        }
        evidence = data.get("evidence")
        return cls(
            id=data["id"],
            kind=data["kind"],
            prompt=data["prompt"],
            answer=data.get("answer"),
            evidence=Evidence.from_dict(evidence) if isinstance(evidence, dict) else None,
            choices=list(data["choices"]) if data.get("choices") is not None else None,
            tolerance=data.get("tolerance"),
            unit=data.get("unit"),
            time_limit=data.get("time_limit"),
            points=data.get("points"),
            difficulty=data.get("difficulty"),
            tags=list(data["tags"]) if data.get("tags") is not None else None,
            explanation=data.get("explanation"),
            extra={k: v for k, v in data.items() if k not in known},
        )


@dataclass
class Source:
    """Where the article came from; ``sha256`` lets tools notice an edited article."""

    path: str | None = None
    sha256: str | None = None
    words: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("path", "sha256", "words"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            path=data.get("path"),
            sha256=data.get("sha256"),
            words=data.get("words"),
            extra={k: v for k, v in data.items() if k not in {"path", "sha256", "words"}},
        )


@dataclass
class Bank:
    """A versioned set of questions about one article."""

    title: str
    questions: list[Question] = field(default_factory=list)
    source: Source | None = None
    generator: dict[str, Any] | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    format: str = FORMAT
    extra: dict[str, Any] = field(default_factory=dict)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def time_limit_for(self, question: Question) -> Number | None:
        """A question's own limit wins over the bank default."""
        if question.time_limit is not None:
            return question.time_limit
        return self.defaults.get("time_limit")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": self.format, "title": self.title}
        if self.source is not None:
            out["source"] = self.source.to_dict()
        if self.generator is not None:
            out["generator"] = dict(self.generator)
        if self.defaults:
            out["defaults"] = dict(self.defaults)
        out.update(self.extra)
        out["questions"] = [q.to_dict() for q in self.questions]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Bank:
        known = {"format", "title", "source", "generator", "defaults", "questions"}
        source = data.get("source")
        return cls(
            format=data.get("format", FORMAT),
            title=data["title"],
            source=Source.from_dict(source) if isinstance(source, dict) else None,
            generator=dict(data["generator"]) if isinstance(data.get("generator"), dict) else None,
            defaults=dict(data.get("defaults") or {}),
            questions=[Question.from_dict(q) for q in data.get("questions") or []],
            extra={k: v for k, v in data.items() if k not in known},
        )
