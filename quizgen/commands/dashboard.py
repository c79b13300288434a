"""``quizgen dashboard``: a live class overview for the projector."""

from __future__ import annotations

import argparse

from quizgen.errors import InputError


def _interval(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0.5 <= value <= 600:
        raise argparse.ArgumentTypeError("use 0.5 to 600 seconds")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "dashboard",
        help="live class view for the projector (joined, finished, leaderboard, per question)",
        description=(
            "Show a live overview of a classroom session from the results database that "
            "`quizgen serve` writes to: who has joined and who has finished, a leaderboard, "
            "the share of correct answers per question and the score distribution. It only "
            "reads the database and refreshes every few seconds. Keys: r refresh now, q quit."
        ),
    )
    p.add_argument("--db", required=True, metavar="FILE", help="results database (.sqlite)")
    p.add_argument(
        "--session",
        metavar="NAME",
        help="session to show (default: the session of the newest attempt)",
    )
    p.add_argument(
        "--interval",
        type=_interval,
        default=2.0,
        metavar="SECONDS",
        help="how often to re-read the database (default 2)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.results import open_results

    open_results(args.db).close()  # a clear error for a missing or foreign file, before the UI
    try:
        from tui.dashboard import run_dashboard
    except ImportError as exc:  # pragma: no cover - textual is a runtime dependency
        raise InputError(f"the dashboard needs textual: {exc}", exit_code=2) from None
    run_dashboard(args.db, session=args.session, interval=args.interval)
    return 0
