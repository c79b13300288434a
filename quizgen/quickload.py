"""A bank loader for the start-up path of ``quizgen take``: the same verdict, without jsonschema.

Importing jsonschema and building its validator costs more than the rest of the start-up
before the first question. This module checks the same rules as ``bank/schema.json`` in
plain Python, then runs the validator's own semantic checks (duplicate keys and ids,
answers among the choices, evidence offsets, the source article). When anything looks
wrong it hands over to :func:`quizgen.bank.io.load_bank`, so the user sees exactly the
report ``quizgen validate`` prints. ``tests/test_take_quickload.py`` holds the two to the
same verdict on many broken banks.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from quizgen.bank.io import load_bank, parse_yaml
from quizgen.bank.model import FORMAT, Bank
from quizgen.bank.validate import Problems, check_duplicate_keys, check_questions, check_source
from quizgen.textfile import decode_text

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_QUESTION_KEYS = {"id", "kind", "prompt", "answer"}


def _num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _str(v: Any, min_length: int = 0) -> bool:
    return isinstance(v, str) and len(v) >= min_length


def _optional(d: dict[str, Any], key: str, ok) -> bool:
    return key not in d or ok(d[key])


def _seconds(v: Any) -> bool:
    return _num(v) and v > 0


def _points(v: Any) -> bool:
    return _num(v) and v >= 0


def _evidence(v: Any) -> bool:
    return (
        isinstance(v, dict)
        and _str(v.get("text"), 1)
        and _int(v.get("start"))
        and v["start"] >= 0
        and _int(v.get("end"))
        and v["end"] >= 0
    )


def _difficulty(v: Any) -> bool:
    return v in ("easy", "medium", "hard") or (_num(v) and 0 <= v <= 1)


def _question(q: Any) -> bool:
    if not isinstance(q, dict) or not _QUESTION_KEYS <= q.keys():
        return False
    kind = q["kind"]
    checks = (
        _str(q["id"]) and _ID.match(q["id"]) is not None,
        kind in ("numeric", "multiple_choice"),
        _str(q["prompt"], 1),
        _optional(q, "choices", lambda c: isinstance(c, list) and all(_str(x, 1) for x in c)),
        _optional(q, "tolerance", lambda t: _num(t) and t >= 0),
        _optional(q, "unit", _str),
        _optional(q, "evidence", _evidence),
        _optional(q, "time_limit", _seconds),
        _optional(q, "points", _points),
        _optional(q, "difficulty", _difficulty),
        _optional(q, "tags", lambda t: isinstance(t, list) and all(_str(x) for x in t)),
        _optional(q, "explanation", _str),
    )
    if not all(checks):
        return False
    if kind == "multiple_choice":
        return isinstance(q.get("choices"), list) and len(q["choices"]) >= 2 and _str(q["answer"])
    return _num(q["answer"])


def schema_ok(data: Any) -> bool:
    """True when ``data`` satisfies ``bank/schema.json`` (mirrored rule by rule)."""
    if not isinstance(data, dict) or not {"format", "title", "questions"} <= data.keys():
        return False
    source, generator, defaults = data.get("source"), data.get("generator"), data.get("defaults")
    return (
        data["format"] == FORMAT
        and _str(data["title"], 1)
        and (
            source is None
            and "source" not in data
            or isinstance(source, dict)
            and _optional(source, "path", _str)
            and _optional(source, "sha256", lambda s: _str(s) and _SHA.match(s) is not None)
            and _optional(source, "words", lambda w: _int(w) and w >= 0)
        )
        and (
            "generator" not in data
            or isinstance(generator, dict)
            and _optional(generator, "name", _str)
            and _optional(generator, "version", _str)
            and _optional(generator, "seed", _int)
        )
        and (
            "defaults" not in data
            or isinstance(defaults, dict)
            and _optional(defaults, "time_limit", _seconds)
            and _optional(defaults, "points", _points)
        )
        and isinstance(data["questions"], list)
        and all(_question(q) for q in data["questions"])
    )


def load_bank_fast(path: str | Path, raw: bytes | None = None) -> Bank:
    """Like ``load_bank``; raises the same :class:`BankError` for a bank with problems."""
    label = str(path)
    if raw is None:
        raw = Path(path).read_bytes()
    if raw.strip():
        text = decode_text(raw, label).text
        data, root = parse_yaml(text, label)
        if schema_ok(data):
            problems = Problems(label, root)
            check_duplicate_keys(root, problems)
            check_questions(data, problems)
            check_source(data, Path(path), problems)
            if not problems:
                return Bank.from_dict(data)
    return load_bank(path)  # the full validator, for its complete report
