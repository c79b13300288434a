"""The one loader and saver every command uses.

YAML is always parsed safely (the C loader when PyYAML has it) and composed to
nodes first, so every problem can name the line it sits on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from quizgen.atomic import atomic_write_text
from quizgen.bank.model import Bank
from quizgen.bank.validate import validate_data
from quizgen.errors import BankError, InputError
from quizgen.textfile import decode_text, read_bytes

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The pure-Python dumper: libyaml escapes emoji and other astral characters.
_Dumper = yaml.SafeDumper


def parse_yaml(text: str, label: str) -> tuple[Any, yaml.Node | None]:
    """Parse to (data, root node); a syntax error becomes one ``FILE:LINE: message``."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        lines = text.splitlines()
        if line <= len(lines) and "\t" in lines[line - 1]:
            problem += " (YAML is indented with spaces, not tabs)"
        raise BankError([f"{label}:{line}: not valid YAML: {problem}"]) from None
    except yaml.YAMLError as exc:
        raise BankError([f"{label}:1: not valid YAML: {exc}"]) from None
    finally:
        loader.dispose()
    return data, root


def read_bank_text(path: str | os.PathLike[str], raw: bytes | None = None) -> str:
    """The bank's text; ``raw`` is the file's bytes when the caller has read them already."""
    label = str(path)
    raw = read_bytes(path) if raw is None else raw
    if not raw.strip():
        raise InputError(f"{label}:1: empty file, not a quiz bank")
    return decode_text(raw, label).text


def inspect_bank_file(
    path: str | os.PathLike[str], *, check_article: bool = True, raw: bytes | None = None
) -> tuple[list[str], Any, yaml.Node | None]:
    """Problems of a bank file (empty when valid), its data and its YAML root (for lines);
    raises for unreadable files. ``check_article=False`` leaves the evidence-against-article
    check to the caller (``quizgen lint`` reports it per question instead)."""
    label = str(path)
    text = read_bank_text(path, raw)
    data, root = parse_yaml(text, label)
    if data is None:
        return [f"{label}:1: empty document, not a quiz bank"], None, root
    return validate_data(data, root, label, Path(path), check_article=check_article), data, root


def check_bank_file(path: str | os.PathLike[str]) -> tuple[list[str], Any]:
    """Problems of a bank file (empty when valid) and its data; raises for unreadable files."""
    problems, data, _ = inspect_bank_file(path)
    return problems, data


def load_bank_and_bytes(path: str | os.PathLike[str]) -> tuple[Bank, bytes]:
    """The bank and the exact bytes it was validated from, read once: a copy or checksum
    taken from them is of the bank that was checked, even if the file changes meanwhile."""
    raw = read_bytes(path)
    problems, data, _ = inspect_bank_file(path, raw=raw)
    if problems:
        raise BankError(problems)
    return Bank.from_dict(data), raw


def load_bank(path: str | os.PathLike[str]) -> Bank:
    """Read and validate a bank; raises :class:`BankError` with every problem at once."""
    problems, data = check_bank_file(path)
    if problems:
        raise BankError(problems)
    return Bank.from_dict(data)


def loads_bank(text: str, label: str = "<bank>") -> Bank:
    data, root = parse_yaml(text, label)
    problems = validate_data(data, root, label) if data is not None else [f"{label}:1: empty"]
    if problems:
        raise BankError(problems)
    return Bank.from_dict(data)


def dumps_bank(bank: Bank) -> str:
    """Deterministic YAML: fixed key order, no aliases, Unicode kept as is."""

    class _NoAliasDumper(_Dumper):  # type: ignore[misc, valid-type]
        def ignore_aliases(self, data: Any) -> bool:
            return True

    return yaml.dump(
        bank.to_dict(),
        Dumper=_NoAliasDumper,
        sort_keys=False,
        allow_unicode=True,
        width=4096,
        default_flow_style=False,
    )


def save_bank(bank: Bank, path: str | os.PathLike[str]) -> None:
    """Atomic: readers see the old bank or the new one, never half of one."""
    atomic_write_text(path, dumps_bank(bank))
