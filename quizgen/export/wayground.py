"""Wayground (formerly Quizizz) spreadsheet import: one header row, one question per row.

Columns: Question Text, Question Type, Option 1-5, Correct Answer (the option's number),
Time in seconds, Image Link, Answer explanation (the evidence sentence goes here).
Numeric questions become multiple choice with numeric distractors, with a warning each.
"""

from __future__ import annotations

from quizgen.export.common import ExportOptions, Item, Warnings, general_feedback
from quizgen.export.spreadsheet import Limits, choice_row, workbook_bytes

HEADERS = (
    "Question Text",
    "Question Type",
    "Option 1",
    "Option 2",
    "Option 3",
    "Option 4",
    "Option 5",
    "Correct Answer",
    "Time in seconds",
    "Image Link",
    "Answer explanation",
)
# The time limits Wayground's question editor offers.
TIMES = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900)
MAX_OPTIONS = 5


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    limits = Limits("Wayground", None, None, MAX_OPTIONS, TIMES, 30)
    for item in items:
        row = choice_row(item, limits, warnings, options.seed, general_feedback(item.question))
        cells = [row.prompt, "Multiple Choice", *row.options]
        cells += [None] * (2 + MAX_OPTIONS - len(cells))
        ws.append([*cells, row.correct, row.time_limit, None, row.feedback or None])
    for col, width in zip("ABCDEFGHIJK", (50, 16, 24, 24, 24, 24, 24, 14, 14, 12, 60), strict=True):
        ws.column_dimensions[col].width = width
    wb.properties.title = title
    return workbook_bytes(wb), len(items)
