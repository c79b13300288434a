"""A candidate question before ranking: what it asks, its key, and where the key is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NUMERIC = "numeric"
MULTIPLE_CHOICE = "multiple_choice"
KINDS = (NUMERIC, MULTIPLE_CHOICE)


@dataclass
class Candidate:
    kind: str
    prompt: str
    answer: Any  # number for numeric, the key's name for multiple choice
    sentence: int  # index of the evidence sentence
    key_start: int  # offsets of the key in the article
    key_end: int
    form: str  # "wh", "passive", "quote", "cloze": how the prompt was made
    fact: str  # two candidates with the same fact must not both be asked
    key_type: str | None = None  # entity type (MC) or quantity kind (numeric)
    choices: list[str] | None = None
    tolerance: float | int | None = None
    unit: str | None = None
    answer_text: str | None = None
    score: float = 0.0
    tags: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)  # strings that must not be in the prompt
