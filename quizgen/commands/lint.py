"""``quizgen lint``: the quality report of a bank, one line per finding and a summary table."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from quizgen.errors import BankError, InputError

# Kept here (not imported from quizgen.lint, a package of 16 modules) so that every quizgen
# command starts without loading the linter; a test keeps it equal to quizgen.lint.CHECKS.
CHECKS = (
    "grounding",
    "key-in-evidence",
    "leakage",
    "options",
    "key-position",
    "unit-missing",
    "pronoun-start",
    "duplicates",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lint",
        help="quality report of quiz banks (grounding, leakage, options, duplicates)",
        description=(
            "Check the quality of quiz banks, generated or hand-edited: evidence is a verbatim "
            "sentence of the article, the answer is stated in the evidence but not in the prompt, "
            "multiple choice has 4 distinct options of the answer's type, the answer's position "
            "is not guessable, numeric questions carry the unit the article gives, no prompt "
            "starts with a pronoun, no two questions ask the same thing. Prints "
            "BANK:LINE: [check] id: message per finding and a summary table. The article is "
            "--article, else the bank's source.path. Exit 0 when clean, 1 with findings or an "
            "invalid bank, 2 when a file cannot be read. See docs/lint.md."
        ),
    )
    p.add_argument("banks", nargs="+", metavar="BANK", help="bank file(s) (.yaml)")
    p.add_argument(
        "--article",
        metavar="FILE",
        help="the article the bank was made from (default: the bank's source.path); one bank only",
    )
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json: one object for one bank, a list for several",
    )
    p.add_argument(
        "--ignore",
        metavar="CHECKS",
        default="",
        help=f"comma-separated checks to skip ({', '.join(CHECKS)})",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="findings only, no summary table (text format)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.lint import lint_path

    ignore = [c.strip() for c in args.ignore.split(",") if c.strip()]
    unknown = [c for c in ignore if c not in CHECKS]
    if unknown:
        raise InputError(
            f"quizgen lint: unknown check(s) {', '.join(unknown)}; known: {', '.join(CHECKS)}",
            exit_code=2,
        )
    if args.article and len(args.banks) > 1:
        raise InputError("quizgen lint: --article needs exactly one bank", exit_code=2)
    status = 0
    results: list[dict[str, Any]] = []
    for path in args.banks:
        try:
            report = lint_path(path, args.article, ignore=ignore)
        except BankError as exc:
            status = max(status, 1)
            if args.format == "json":
                results.append({"bank": path, "valid": False, "problems": exc.problems})
            else:
                for line in exc.problems:
                    print(line, file=sys.stderr)
            continue
        except InputError as exc:
            # Unreadable input is a usage problem (2), whatever the reader's own code says.
            status = 2
            if args.format == "json":
                results.append({"bank": path, "valid": False, "error": str(exc)})
            else:
                print(str(exc), file=sys.stderr)
            continue
        if report.findings:
            status = max(status, 1)
        if args.format == "json":
            results.append(report.to_dict())
        else:
            print_text(report, quiet=args.quiet)
    if args.format == "json":
        payload: Any = results[0] if len(results) == 1 else results
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    return status


def print_text(report: Any, *, quiet: bool = False) -> None:
    for note in report.notes:
        print(f"{report.label}: note: {note}", file=sys.stderr)
    for f in report.findings:
        line = f.line if f.line is not None else 1
        who = f.question_id if f.question_id is not None else "(bank)"
        print(f"{report.label}:{line}: [{f.check}] {who}: {f.severity}: {f.message}")
    if quiet:
        return
    counts = report.by_check()
    width = max(len(c) for c in CHECKS)
    print()
    print(f"{report.label}: lint summary")
    print(f"  {'check':<{width}}  errors  warnings")
    for check in CHECKS:
        c = counts[check]
        print(f"  {check:<{width}}  {c['error']:>6}  {c['warning']:>8}")
    stats = report.stats
    if stats.get("multiple_choice"):
        positions = " ".join(f"{k}:{v}" for k, v in stats["key_positions"].items())
        print(
            f"  answer positions {positions}; answer longest {stats['key_longest']}/"
            f"{stats['multiple_choice']} (chance {stats['key_longest_expected']})"
        )
    status = "clean" if report.clean else f"{len(report.errors)} error(s), "
    if not report.clean:
        status += f"{len(report.warnings)} warning(s)"
    article = "checked against " + report.article if report.article else "no article"
    print(
        f"  questions clean: {report.clean_questions}/{report.total_questions}; {status}; {article}"
    )
