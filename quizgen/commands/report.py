"""``quizgen report``: the teacher's gradebook and item analysis from a results database."""

from __future__ import annotations

import argparse

from quizgen.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="gradebook and item analysis from a results database",
        description=(
            "Print a gradebook (one row per student attempt: score, percent, time, answered, "
            "unanswered) and an item analysis (per question: facility = mean score / max, "
            "discrimination = correlation of the item score with the rest-of-test score as "
            "Moodle computes it, how often each option was chosen, median time, and flags for "
            "questions that look broken). Only finished attempts count in the item analysis. "
            "--csv and --items write spreadsheet-safe CSV files."
        ),
    )
    p.add_argument("--db", required=True, metavar="FILE", help="results database (.sqlite)")
    p.add_argument("--csv", metavar="FILE", help="write the gradebook as CSV (one row per attempt)")
    p.add_argument("--items", metavar="FILE", help="write the item analysis as CSV")
    p.add_argument("--session", metavar="NAME", help="only attempts of this classroom session")
    p.add_argument(
        "--bank",
        action="append",
        default=[],
        metavar="BANK",
        help="bank file(s) for question texts and every option, also unchosen ones (repeatable)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing to the terminal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from quizgen.atomic import atomic_write_text
    from quizgen.bank.io import load_bank_and_bytes
    from quizgen.report import gradebook, grades_csv, item_analysis, items_csv, render_text
    from quizgen.session import bank_sha256

    banks, shas = [], {}
    for path in args.bank:
        bank, raw = load_bank_and_bytes(path)
        banks.append(bank)
        shas[id(bank)] = bank_sha256(raw)  # as `take` records it

    from quizgen.results import open_results

    with open_results(args.db) as store:
        attempts = store.attempts()
        if args.session is None:
            responses = store.all_responses()
        else:
            responses = store.session_responses(args.session)
    if args.session is not None:
        sessions = sorted({a.session for a in attempts if a.session})
        attempts = [a for a in attempts if a.session == args.session]
        if not attempts:
            known = ", ".join(sessions) if sessions else "none"
            raise InputError(
                f"{args.db}: no attempts in session {args.session!r} (sessions: {known})"
            )

    rows = gradebook(attempts, responses)
    items = item_analysis(attempts, responses, banks, shas)
    for path, text in ((args.csv, grades_csv(rows)), (args.items, items_csv(items))):
        if path:
            try:
                atomic_write_text(path, text)
            except OSError as exc:
                raise InputError(
                    f"{path}: cannot write: {exc.strerror or exc}", exit_code=2
                ) from None
    if not args.quiet:
        sys.stdout.write(render_text(rows, items))
        for label, path in (("gradebook", args.csv), ("item analysis", args.items)):
            if path:
                print(f"wrote {label} to {path}")
    return 0
