"""``quizgen take``: run a quiz (a bank, or an article turned into one) in the terminal."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from quizgen.errors import InputError, QuizgenError

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
BANK_SUFFIXES = {".yaml", ".yml"}


def default_db() -> Path:
    """``results.sqlite`` in the user's data folder, so attempts survive any working directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("quizgen", appauthor=False)) / "results.sqlite"


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "take",
        help="take a quiz in the terminal",
        description=(
            "Take a quiz in a full-screen terminal app: a bank (.yaml) or an article (.txt/.md, "
            "turned into a bank on the fly). Modes: practice (no time pressure, feedback after "
            "each answer), exam (timed, marks at the end), game (timed, speed points and "
            "streaks). Every answer is saved to SQLite the moment it is given; if the quiz is "
            "interrupted, taking the same bank with the same name offers to resume. Keys: 1-4 "
            "or A-D answer, Enter submits a number, ? help, ctrl+t theme, q quit."
        ),
    )
    p.add_argument("source", metavar="BANK_OR_ARTICLE", help="quiz bank (.yaml) or article (.txt)")
    p.add_argument("--name", help="student name (asked on the start screen when omitted)")
    p.add_argument(
        "--mode", choices=("practice", "exam", "game"), default="practice", help="default practice"
    )
    p.add_argument("--questions", type=positive_int, metavar="N", help="ask N questions (all)")
    p.add_argument(
        "--time-limit",
        type=positive_float,
        metavar="SECONDS",
        help="seconds per question (default: the bank's; practice is untimed unless given)",
    )
    p.add_argument(
        "--total-time", type=positive_float, metavar="SECONDS", help="seconds for the whole quiz"
    )
    p.add_argument("--seed", type=int, help="shuffle seed, for the same order every time")
    p.add_argument(
        "--no-shuffle", action="store_true", help="keep the bank's question and choice order"
    )
    p.add_argument("--db", metavar="FILE", help=f"results database (default: {default_db()})")
    scoring = p.add_argument_group("scoring")
    scoring.add_argument(
        "--no-speed-points", action="store_true", help="game: no points for answering fast"
    )
    scoring.add_argument(
        "--no-streak-bonus", action="store_true", help="game: no bonus for answers in a row"
    )
    scoring.add_argument(
        "--partial-credit",
        action="store_true",
        help="numeric: some credit just outside the tolerance",
    )
    scoring.add_argument(
        "--partial-multiple",
        type=positive_float,
        default=3.0,
        metavar="X",
        help="partial credit falls to 0 at X times the tolerance (default 3)",
    )
    p.add_argument("--light", action="store_true", help="start with the light theme")
    # Classroom: set by `quizgen serve` for each browser; hidden from --help.
    p.add_argument("--locked", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--session", help=argparse.SUPPRESS)
    p.add_argument("--roster", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def is_article(path: Path, head: bytes) -> bool:
    """By extension first; otherwise a file that does not start like a bank is an article."""
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return True
    if suffix in BANK_SUFFIXES:
        return False
    return b"quizgen-bank/" not in head[:2000]


def run(args: argparse.Namespace) -> int:
    from quizgen.session import QuizSettings, bank_sha256
    from quizgen.textfile import decode_text, read_bytes

    path = Path(args.source)
    raw = read_bytes(path)
    if args.partial_multiple <= 1:
        raise QuizgenError("--partial-multiple must be more than 1", exit_code=2)
    settings = QuizSettings(
        mode=args.mode,
        questions=args.questions,
        time_limit=args.time_limit,
        total_time=args.total_time,
        seed=args.seed,
        shuffle=not args.no_shuffle,
        speed_points=not args.no_speed_points,
        streak_bonus=not args.no_streak_bonus,
        partial_credit=args.partial_credit,
        partial_multiple=args.partial_multiple,
    )
    bank = article = None
    sha = ""
    if is_article(path, raw):
        if not raw.strip():
            raise InputError(f"{path}: empty file, nothing to make a quiz from")
        text = decode_text(raw, str(path), allow_cp1252=True).text
        from tui.app import Article

        article = Article(path=str(path), raw=raw, text=text, seed=args.seed or 0)
    else:
        from quizgen.quickload import load_bank_fast

        bank = load_bank_fast(path, raw)
        if not bank.questions:
            raise InputError(f"{path}: the bank has no questions")
        sha = bank_sha256(raw)
    db = Path(args.db) if args.db else default_db()
    return run_app(bank, sha, article, settings, args, db)


def run_app(bank, sha, article, settings, args: argparse.Namespace, db: Path) -> int:
    from quizgen.results import ResultStore

    try:
        store = ResultStore(db)
    except (sqlite3.Error, OSError) as exc:  # sqlite3 errors, permissions: one clear line
        raise QuizgenError(f"{db}: cannot open the results database: {exc}", exit_code=2) from None
    from tui.app import make_app

    bench_file = os.environ.get("QUIZGEN_BENCH_FIRST_QUESTION")
    options: dict = {}
    if bench_file:
        options["on_first_question"] = _bench_hook(bench_file)
    if args.locked:  # one browser under `quizgen serve`: the classroom app (tui/classroom.py)
        from tui.classroom import make_classroom_app

        app = make_classroom_app(
            bank,
            store=store,
            bank_sha=sha,
            settings=settings,
            session=args.session,
            roster=args.roster,
            theme="textual-light" if args.light else "textual-dark",
        )
    else:
        app = make_app(
            bank,
            store=store,
            bank_sha=sha,
            settings=settings,
            student=args.name,
            article=article,
            theme="textual-light" if args.light else "textual-dark",
            autostart=bool(bench_file and args.name),
            **options,
        )
    try:
        result = app.run()
    finally:
        store.close()
    if app.return_code:
        return app.return_code
    if args.locked:  # stdout belongs to textual-serve's protocol: print nothing after the app
        return int(result or 0)
    if app.summary is not None:
        s = app.summary
        print(
            f"{app.student}: {s.score:g}/{s.max_score:g} ({s.percent:.0f}%), "
            f"{s.correct}/{s.total} correct. Saved to {db}"
        )
    elif app.session is not None and not app.session.finished:
        print(
            f"Quiz paused after {app.session.answered_count}/{app.session.total} answers; "
            f"run the same command with the same name to resume. Saved to {db}",
            file=sys.stderr,
        )
    return int(result or 0)


def _bench_hook(target: str):
    """Benchmark only: once the first question is painted, note the time and leave."""
    import time

    from textual.app import active_app

    def hook() -> None:
        Path(target).write_text(f"{time.time():.6f}\n", encoding="utf-8")
        active_app.get().exit(0)

    return hook
