"""Kahoot! "import from spreadsheet": the layout of Kahoot's own quiz template.

Rows 1-7 hold the template's notes, row 8 the column headers, questions start on row 9:
A number, B question (<= 120 characters), C-F answers 1-4 (<= 75 characters each),
G time limit (5, 10, 20, 30, 60, 90, 120 or 240 s), H the correct answer's number.
Kahoot has no numeric input and no feedback field: numeric questions become four-answer
multiple choice (distractors seeded, the key's position varying); evidence is not carried.
"""

from __future__ import annotations

from dataclasses import replace

from quizgen.export.common import ExportOptions, Item, Warnings
from quizgen.export.spreadsheet import Limits, choice_row, workbook_bytes

MAX_QUESTION = 120
MAX_ANSWER = 75
TIMES = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
FIRST_ROW = 9
HEADERS = (
    "",
    f"Question - max {MAX_QUESTION} characters",
    f"Answer 1 - max {MAX_ANSWER} characters",
    f"Answer 2 - max {MAX_ANSWER} characters",
    f"Answer 3 - max {MAX_ANSWER} characters",
    f"Answer 4 - max {MAX_ANSWER} characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
LIMITS = Limits("Kahoot", MAX_QUESTION, MAX_ANSWER, 4, TIMES, 20)


def render(
    items: list[Item], options: ExportOptions, warnings: Warnings, title: str
) -> tuple[bytes, int]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["B2"] = "Quiz template"
    ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = (
        "Add questions, at least two answer alternatives, time limit and choose correct "
        "answers (at least one)."
    )
    ws["B4"] = (
        f"Questions have a limit of {MAX_QUESTION} characters and answers {MAX_ANSWER}. "
        "If several answers are correct, separate them with a comma."
    )
    ws["B5"] = f"Quiz: {title} (exported by quizgen)"
    ws["B6"] = "Upload this .xlsx file in Kahoot: Add question > Import spreadsheet."
    for col, header in enumerate(HEADERS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=header or None)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    limits = replace(LIMITS, default_time=options.default_time_limit)
    for n, item in enumerate(items, start=1):
        row = choice_row(item, limits, warnings, options.seed, "")
        r = FIRST_ROW + n - 1
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=row.prompt)
        for i, option in enumerate(row.options):
            ws.cell(row=r, column=3 + i, value=option)
        ws.cell(row=r, column=7, value=row.time_limit)
        ws.cell(row=r, column=8, value=row.correct)
    for col, width in zip("ABCDEFGH", (8, 50, 30, 30, 30, 30, 24, 24), strict=True):
        ws.column_dimensions[col].width = width
    return workbook_bytes(wb), len(items)
