"""``quizgen export``: write one or more banks in a format a school platform imports."""

from __future__ import annotations

import argparse
import sys

from quizgen.errors import InputError, QuizgenError

# Kept here (not imported from quizgen.export) so `quizgen --help` stays fast.
FORMAT_NAMES = ("gift", "moodle-xml", "qti21", "canvas", "kahoot", "wayground", "markdown", "html")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export banks to Moodle, QTI, Canvas, Kahoot, Wayground, Markdown or HTML",
        description=(
            "Export one or more quiz banks to a file a school platform imports (GIFT, Moodle "
            "XML, QTI 2.1, Canvas QTI 1.2, Kahoot or Wayground spreadsheets) or a printable "
            "Markdown/HTML quiz with an answer key. Several banks merge into one export, with a "
            "category or section per bank where the format has them. Questions a format "
            "cannot express as they are (numeric questions in Kahoot) are converted, and each "
            "gets one warning line on stderr. Exit 0 on success, 1 for an invalid bank, 2 for "
            "bad usage or a file that cannot be read or written."
        ),
        epilog="Run `quizgen export --list-formats` to see every format and its extension.",
    )
    p.add_argument("banks", nargs="*", metavar="BANK", help="bank file(s) (.yaml)")
    p.add_argument(
        "-f",
        "--format",
        dest="fmt",
        choices=FORMAT_NAMES,
        metavar="FORMAT",
        help="output format: " + ", ".join(FORMAT_NAMES) + " (default: from the -o extension "
        "when it names one format: .gift, .xml, .md, .html)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="output file (written atomically); text formats go to stdout when omitted",
    )
    p.add_argument("--list-formats", action="store_true", help="list the formats and exit")
    p.add_argument("--title", help="title of the export (default: the bank title(s))")
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        help="seed for distractors of converted numeric questions (default 0)",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no summary line; warnings are still printed"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.export import FORMATS, ExportOptions, export

    if args.list_formats:
        width = max(len(name) for name in FORMATS)
        for spec in FORMATS.values():
            print(f"{spec.name:<{width}}  {spec.extension:<5}  {spec.description}")
        return 0
    if not args.banks:
        raise QuizgenError("quizgen export: give at least one BANK (or --list-formats)", 2)
    fmt = args.fmt or _format_from_extension(args.output, FORMATS)
    if not fmt:
        raise QuizgenError("quizgen export: choose a format with --format (see --list-formats)", 2)
    spec = FORMATS[fmt]
    if args.output is None and spec.binary:
        raise QuizgenError(
            f"quizgen export: format {spec.name} writes a {spec.extension} file; give -o FILE", 2
        )

    banks = _load_all(args.banks)
    result = export(banks, spec.name, ExportOptions(title=args.title, seed=args.seed))
    for line in result.warnings:
        print(f"warning: {line}", file=sys.stderr)
    if args.output is None:
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
        return 0
    _write(args.output, result.data)
    if not args.quiet:
        print(
            f"wrote {args.output}: {result.count} question{'s' if result.count != 1 else ''} "
            f"from {len(banks)} bank{'s' if len(banks) != 1 else ''} ({spec.name})",
            file=sys.stderr,
        )
    return 0


def _format_from_extension(output: str | None, formats: dict) -> str | None:
    """``-o quiz.gift`` says the format; ``.zip`` and ``.xlsx`` are ambiguous and do not."""
    if not output:
        return None
    suffix = "." + output.rsplit(".", 1)[-1].lower() if "." in output else ""
    matches = [name for name, spec in formats.items() if spec.extension == suffix]
    return matches[0] if len(matches) == 1 else None


def _load_all(paths: list[str]) -> list:
    """Every bank is checked before anything is written; all problems are reported at once."""
    from quizgen.bank.io import load_bank
    from quizgen.errors import BankError

    banks, problems = [], []
    for path in paths:
        try:
            banks.append(load_bank(path))
        except BankError as exc:
            problems.extend(exc.problems)
    if problems:
        raise BankError(problems)
    return banks


def _write(path: str, data: bytes) -> None:
    from quizgen.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(path, data)
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, give a file name", 2) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}", 2) from None
