"""Moodle GIFT. Text is marked ``[plain]`` so Moodle shows ``<``, ``&`` and quotes as typed,
and the GIFT specials ``~ = # { } :`` and backslash are escaped everywhere."""

from __future__ import annotations

from quizgen.export.common import (
    ExportOptions,
    Item,
    Warnings,
    by_bank,
    format_number,
    general_feedback,
    prompt_with_unit,
    single_line,
)

_SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    """Backslash first, so the escapes added for the others are not escaped again."""
    out = single_line(text)
    for ch in _SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out


def category_path(title: str) -> str:
    # '/' separates category levels in Moodle; a bank title is one level.
    return "quizgen/" + single_line(title).replace("/", "-")


def question_text(item: Item) -> str:
    q = item.question
    lines = [
        f"// {single_line(q.id)}",
        f"::{escape(item.uid)}::[plain]{escape(prompt_with_unit(q))} {{",
    ]
    if q.is_multiple_choice:
        for choice in q.choices or []:
            mark = "=" if choice == q.answer else "~"
            lines.append(f"\t{mark}{escape(choice)}")
    else:
        tol = format_number(q.tolerance or 0)
        lines.append(f"\t#{format_number(q.answer)}:{tol}")
    feedback = general_feedback(q)
    if feedback:
        lines.append(f"\t####{escape(feedback)}")
    lines.append("}")
    return "\n".join(lines)


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    parts = [f"// {single_line(title)}", "// exported by quizgen (GIFT format)"]
    for bank, bank_items in by_bank(items):
        parts.append(f"$CATEGORY: {category_path(bank.title)}")
        for item in bank_items:
            parts.append(question_text(item))
    return ("\n\n".join(parts) + "\n").encode("utf-8"), len(items)
