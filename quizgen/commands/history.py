"""``quizgen history``: past quiz attempts as a plain-text table (no app needed)."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizgen.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "history",
        help="list past quiz attempts",
        description=(
            "List past quiz attempts from the results database (the one `quizgen take` writes; "
            "default in the user's data folder): when, who, which quiz, mode, score, percent and "
            "whether it was finished, with a sparkline of each student's finished scores."
        ),
    )
    p.add_argument("--db", metavar="FILE", help="results database (default: the user's one)")
    p.add_argument("--student", help="only this student's attempts")
    p.add_argument("--limit", type=int, metavar="N", help="only the N most recent attempts")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.commands.take import default_db
    from quizgen.history import attempt_rows, sparkline
    from quizgen.report.tables import format_table
    from quizgen.results import open_results

    db = Path(args.db) if args.db else default_db()
    if not db.is_file():
        if args.db:
            raise InputError(f"{db}: no such results database", exit_code=2)
        print(f"No attempts yet ({db} does not exist). Take a quiz with: quizgen take bank.yaml")
        return 0
    with open_results(db) as store:  # refuses a foreign SQLite file instead of adding tables
        attempts = store.attempts(student=args.student)
    if args.limit is not None:
        attempts = attempts[-args.limit :] if args.limit > 0 else []
    if not attempts:
        who = f" for {args.student}" if args.student else ""
        print(f"No attempts{who} in {db}")
        return 0
    headers, rows = attempt_rows(attempts, newest_first=True)
    print(format_table(headers, rows))
    trends: dict[str, list[float]] = {}
    for attempt in attempts:
        if attempt.finished:
            trends.setdefault(attempt.student, []).append(attempt.percent)
    if trends:
        print()
        width = max(len(s) for s in trends)
        for student, values in sorted(trends.items()):
            print(f"{student.ljust(width)}  {sparkline(values)}  last {values[-1]:.0f}%")
    return 0
