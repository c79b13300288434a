"""Schema and semantic checks of a parsed bank, each problem tied to a line of the file."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from quizgen.errors import InputError
from quizgen.textfile import read_text

PathPart = str | int


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of format quizgen-bank/1, shipped inside the package."""
    return json.loads(resources.files("quizgen.bank").joinpath("schema.json").read_text("utf-8"))


def node_at(root: yaml.Node | None, path: list[PathPart]) -> yaml.Node | None:
    """The deepest YAML node along ``path`` (the parent when the path leaves the tree)."""
    node = root
    for key in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == key:
                    node = value_node
                    break
            else:
                return node
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(node.value):
                return node
            node = node.value[key]
        else:
            return node
    return node


def line_of(root: yaml.Node | None, path: list[PathPart]) -> int:
    node = node_at(root, path)
    return node.start_mark.line + 1 if node is not None else 1


def describe(path: list[PathPart]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class Problems:
    """Collects ``FILE:LINE: message`` lines, sorted by line when reported."""

    def __init__(self, label: str, root: yaml.Node | None) -> None:
        self.label = label
        self.root = root
        self._items: list[tuple[int, str]] = []

    def add(self, path: list[PathPart], message: str, *, line: int | None = None) -> None:
        where = describe(path)
        text = f"{where}: {message}" if where else message
        self._items.append((line if line is not None else line_of(self.root, path), text))

    def lines(self) -> list[str]:
        seen: set[tuple[int, str]] = set()
        out = []
        for line, text in sorted(self._items, key=lambda item: item[0]):
            if (line, text) not in seen:
                seen.add((line, text))
                out.append(f"{self.label}:{line}: {text}")
        return out

    def __bool__(self) -> bool:
        return bool(self._items)


def check_duplicate_keys(root: yaml.Node | None, problems: Problems) -> None:
    """PyYAML silently keeps the last of two equal keys; a hand-edited bank deserves a warning."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value)
                line = key_node.start_mark.line + 1
                if key in seen:
                    problems.add([], f"key '{key}' repeated (first on line {seen[key]})", line=line)
                else:
                    seen[key] = line
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def check_schema(data: Any, problems: Problems) -> None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    for error in validator.iter_errors(data):
        problems.add(list(error.absolute_path), _friendly(error))


_TYPE_NAMES = {
    "number": "a number",
    "integer": "a whole number",
    "string": "text",
    "array": "a list",
    "object": "a mapping",
}


def _friendly(error: Any) -> str:
    """jsonschema's messages are written for programmers; say the same for bank authors."""
    kind, value, path = error.validator, error.instance, list(error.absolute_path)
    if kind == "const" and path == ["format"]:
        return f"unknown format {value!r}; this version reads 'quizgen-bank/1'"
    if kind == "pattern" and path and path[-1] == "id":
        return (
            f"id {value!r} must start with a letter or digit and use only "
            "letters, digits, '-', '_' and '.'"
        )
    if kind == "type":
        wanted = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        hint = " (put it in quotes)" if wanted == "text" and isinstance(value, int | float) else ""
        return f"must be {wanted}, not {value!r}{hint}"
    if kind == "required":
        message = error.message
        missing = message.split("'")[1] if message.count("'") >= 2 else message
        return f"missing required field '{missing}'"
    if kind == "minimum":
        return f"must be at least {error.validator_value} (got {value!r})"
    if kind == "exclusiveMinimum":
        return f"must be greater than {error.validator_value} (got {value!r})"
    if kind == "minLength":
        return "must not be empty"
    if kind == "minItems":
        return f"needs at least {error.validator_value} items (has {len(value)})"
    if kind == "enum":
        options = ", ".join(str(v) for v in error.validator_value)
        return f"must be one of {options} (got {value!r})"
    return error.message


def check_questions(data: dict[str, Any], problems: Problems) -> None:
    questions = data.get("questions")
    if not isinstance(questions, list):
        return
    first_line: dict[str, int] = {}
    for index, q in enumerate(questions):
        if not isinstance(q, dict):
            continue
        base: list[PathPart] = ["questions", index]
        qid = q.get("id")
        if isinstance(qid, str):
            line = line_of(problems.root, [*base, "id"])
            if qid in first_line:
                problems.add(
                    [*base, "id"], f"duplicate id '{qid}' (first used on line {first_line[qid]})"
                )
            else:
                first_line[qid] = line
        kind = q.get("kind")
        choices = q.get("choices")
        answer = q.get("answer")
        if kind == "multiple_choice" and isinstance(choices, list):
            texts = [c for c in choices if isinstance(c, str)]
            normalised = [c.strip().casefold() for c in texts]
            if len(set(normalised)) < 2:
                problems.add([*base, "choices"], "needs at least 2 distinct choices")
            for i, norm in enumerate(normalised):
                if norm in normalised[:i]:
                    problems.add([*base, "choices", i], f"choice '{texts[i]}' repeated")
            if isinstance(answer, str) and answer not in texts:
                problems.add([*base, "answer"], f"answer '{answer}' is not one of the choices")
        if kind == "numeric" and choices is not None:
            problems.add([*base, "choices"], "a numeric question has no choices")
        evidence = q.get("evidence")
        if isinstance(evidence, dict):
            start, end, text = evidence.get("start"), evidence.get("end"), evidence.get("text")
            if isinstance(start, int) and isinstance(end, int) and isinstance(text, str):
                if end < start:
                    problems.add([*base, "evidence"], f"evidence end {end} is before start {start}")
                elif end - start != len(text):
                    problems.add(
                        [*base, "evidence"],
                        f"evidence offsets {start}:{end} span {end - start} characters "
                        f"but the text has {len(text)}",
                    )


def resolve_source(bank_path: Path | None, source_path: str) -> Path | None:
    """A source path is tried beside the bank first, then from the working directory."""
    candidate = Path(source_path)
    options = [candidate] if candidate.is_absolute() else []
    if not candidate.is_absolute():
        if bank_path is not None:
            options.append(bank_path.parent / candidate)
        options.append(candidate)
    for option in options:
        if option.is_file():
            return option
    return None


def check_source(data: dict[str, Any], bank_path: Path | None, problems: Problems) -> None:
    source = data.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("path"), str):
        return
    found = resolve_source(bank_path, source["path"])
    if found is None:
        return
    try:
        article = read_text(found, allow_cp1252=True, warn=lambda _msg: None)
    except InputError:
        return
    sha = source.get("sha256")
    if isinstance(sha, str) and sha != hashlib.sha256(article.raw).hexdigest():
        problems.add(
            ["source", "sha256"],
            f"does not match {source['path']}: the article changed since the bank was made",
        )
    text = article.text
    for index, q in enumerate(data.get("questions") or []):
        if not isinstance(q, dict) or not isinstance(q.get("evidence"), dict):
            continue
        ev = q["evidence"]
        start, end, quote = ev.get("start"), ev.get("end"), ev.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(quote, str)):
            continue
        path: list[PathPart] = ["questions", index, "evidence"]
        if end > len(text):
            problems.add(
                path, f"evidence offsets {start}:{end} are outside the source ({len(text)} chars)"
            )
        elif text[start:end] != quote:
            problems.add(path, f"evidence text is not the source text at {start}:{end}")


def validate_data(
    data: Any,
    root: yaml.Node | None,
    label: str,
    bank_path: Path | None = None,
    *,
    check_article: bool = True,
) -> list[str]:
    """Every problem of a parsed bank as ``FILE:LINE: message``; empty when valid."""
    problems = Problems(label, root)
    if not isinstance(data, dict):
        problems.add([], "a bank is a mapping with format, title and questions")
        return problems.lines()
    check_duplicate_keys(root, problems)
    check_schema(data, problems)
    check_questions(data, problems)
    if check_article:
        check_source(data, bank_path, problems)
    return problems.lines()
