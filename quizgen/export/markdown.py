"""Printable Markdown: the questions, then an answer key with the article's evidence.

Characters Markdown would read as markup (``<``, ``&``, ``*``, ``_`` ...) are backslash
escaped, so a renderer shows the text exactly as the bank has it."""

from __future__ import annotations

import re

from quizgen.export.common import (
    ExportOptions,
    Item,
    Warnings,
    by_bank,
    letter,
    numeric_key_text,
    single_line,
)

_MARKUP = re.compile(r"([\\`*_{}\[\]<>#+!|~&])")
_LEADING = re.compile(r"^(\d+)([.)])|^([-=])")


def escape(text: str) -> str:
    """Escapes inline markup, and what would start a block at the start of a line."""
    out = _MARKUP.sub(r"\\\1", single_line(text))
    return _LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", out)


def _numbering(items: list[Item]) -> dict[str, int]:
    return {item.uid: n for n, item in enumerate(items, start=1)}


def _question_block(n: int, item: Item) -> list[str]:
    q = item.question
    pad = " " * len(f"{n}. ")  # nested lines must reach the item's content column
    lines = [f"{n}. {escape(q.prompt)}", ""]
    if q.is_multiple_choice:
        for i, choice in enumerate(q.choices or []):
            lines.append(f"{pad}- **{letter(i)}.** {escape(choice)}")
    else:
        unit = f" {escape(q.unit)}" if q.unit else ""
        lines.append(f"{pad}Answer: ....................{unit}")
    lines.append("")
    return lines


def _key_block(n: int, item: Item) -> list[str]:
    q = item.question
    pad = " " * len(f"{n}. ")
    if q.is_multiple_choice:
        index = (q.choices or []).index(q.answer)
        answer = f"**{letter(index)}.** {escape(q.answer)}"
    else:
        answer = f"**{escape(numeric_key_text(q))}**"
    lines = [f"{n}. {answer}"]
    if q.explanation:
        lines += ["", f"{pad}{escape(q.explanation)}"]
    if q.evidence is not None:
        lines += ["", f"{pad}> {escape(q.evidence.text)}"]
    lines.append("")
    return lines


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    numbers = _numbering(items)
    groups = by_bank(items)
    several = len(groups) > 1
    out = [f"# {escape(title)}", "", "Name: ______________________  Date: ____________", ""]
    for bank, bank_items in groups:
        if several:
            out += [f"## {escape(bank.title)}", ""]
        for item in bank_items:
            out += _question_block(numbers[item.uid], item)
    out += ["---", "", "## Answer key", ""]
    for bank, bank_items in groups:
        if several:
            out += [f"### {escape(bank.title)}", ""]
        for item in bank_items:
            out += _key_block(numbers[item.uid], item)
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8"), len(items)
