"""Gradebook and item analysis for the teacher, computed from the results database.

Pure functions over :class:`~quizgen.results.Attempt` and :class:`~quizgen.results.Response`
rows (plus, optionally, the bank for option texts), so the numbers can be checked by hand
without a terminal. Item statistics follow Moodle's quiz statistics (see
:mod:`quizgen.report.items`).

One module per job: the gradebook (``gradebook``), item analysis with its statistics and
flags (``items``), the dashboard's live summary (``live``), the CSV files with their
spreadsheet-injection guard (``csv_out``) and the terminal report (``tables``). This package
exposes the public API.
"""

from __future__ import annotations

from quizgen.report.csv_out import (
    FORMULA_START,
    GRADES_COLUMNS,
    ITEMS_COLUMNS,
    csv_safe,
    grades_csv,
    items_csv,
)
from quizgen.report.gradebook import GradeRow, gradebook
from quizgen.report.items import (
    FACILITY_HIGH,
    FACILITY_LOW,
    FLAG_DISTRACTOR_BEATS_KEY,
    FLAG_HELP,
    FLAG_NEGATIVE_DISCRIMINATION,
    FLAG_TOO_EASY,
    FLAG_TOO_HARD,
    ItemStats,
    OptionCount,
    correlation,
    flags_for,
    item_analysis,
    mean,
)
from quizgen.report.live import ClassSummary, class_summary, histogram, live_items
from quizgen.report.tables import format_table, render_text

__all__ = [
    "FACILITY_HIGH",
    "FACILITY_LOW",
    "FLAG_DISTRACTOR_BEATS_KEY",
    "FLAG_HELP",
    "FLAG_NEGATIVE_DISCRIMINATION",
    "FLAG_TOO_EASY",
    "FLAG_TOO_HARD",
    "FORMULA_START",
    "GRADES_COLUMNS",
    "ITEMS_COLUMNS",
    "ClassSummary",
    "GradeRow",
    "ItemStats",
    "OptionCount",
    "class_summary",
    "correlation",
    "csv_safe",
    "flags_for",
    "format_table",
    "gradebook",
    "grades_csv",
    "histogram",
    "item_analysis",
    "items_csv",
    "live_items",
    "mean",
    "render_text",
]
