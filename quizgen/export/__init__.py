"""Export quiz banks to the formats schools import: one module per format, one registry.

Each format module has ``render(items, options, warnings, title) -> bytes``; :func:`export`
merges the banks, calls it and returns the bytes with one warning line per question that
the format could not carry as it is.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from quizgen.bank.model import Bank
from quizgen.export.common import ExportOptions, ExportResult, Warnings, export_title, items_of

__all__ = ["FORMATS", "ExportFormat", "ExportOptions", "ExportResult", "export", "get_format"]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    description: str
    module: str
    binary: bool = False
    """Zip or xlsx: never written to a terminal."""


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "gift",
            ".gift",
            "Moodle GIFT text: multiple choice and numerical with tolerance, categories per bank",
            "gift",
        ),
        ExportFormat(
            "moodle-xml",
            ".xml",
            "Moodle XML: multichoice and numerical with tolerance and units, categories per bank",
            "moodle_xml",
        ),
        ExportFormat(
            "qti21",
            ".zip",
            "IMS QTI 2.1 content package (imsmanifest.xml, items, a test with a section per bank)",
            "qti21",
            binary=True,
        ),
        ExportFormat(
            "canvas",
            ".zip",
            "Canvas quiz: QTI 1.2 package (multiple choice, numerical with margin)",
            "canvas",
            binary=True,
        ),
        ExportFormat(
            "kahoot",
            ".xlsx",
            "Kahoot! quiz spreadsheet (numeric questions become 4-answer multiple choice)",
            "kahoot",
            binary=True,
        ),
        ExportFormat(
            "wayground",
            ".xlsx",
            "Wayground (Quizizz) spreadsheet import (numeric becomes multiple choice)",
            "wayground",
            binary=True,
        ),
        ExportFormat(
            "markdown",
            ".md",
            "printable Markdown: questions, then an answer key with the evidence",
            "markdown",
        ),
        ExportFormat(
            "html",
            ".html",
            "printable HTML page; the answer key starts on a new page when printed",
            "html",
        ),
    )
}


def get_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ValueError(f"unknown export format '{name}' (known: {known})") from None


def export(banks: list[Bank], fmt: str, options: ExportOptions | None = None) -> ExportResult:
    """Render ``banks`` merged into one file of format ``fmt``."""
    spec = get_format(fmt)
    options = options or ExportOptions()
    module = importlib.import_module(f"quizgen.export.{spec.module}")
    items = items_of(banks)
    warnings = Warnings(spec.name, several_banks=len(banks) > 1)
    data, count = module.render(items, options, warnings, export_title(banks, options))
    return ExportResult(data=data, warnings=warnings.lines(), count=count)
