"""``quizgen serve``: run a locked quiz for a room of browsers with textual-serve.

textual-serve starts one app process per browser by running a shell command. That command is
built here, from the teacher's options only, and quoted: a student's browser can send key
presses to its own quiz and nothing else. The bank and roster are frozen (copied) at start, so
editing them during the lesson cannot change the quiz under the students' feet.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import sys
from pathlib import Path
from urllib.parse import urlsplit

from quizgen.errors import InputError

UNSPECIFIED_HOSTS = {"0.0.0.0", "::", "", "*"}


def register(sub: argparse._SubParsersAction) -> None:
    from quizgen.commands.take import positive_float, positive_int

    p = sub.add_parser(
        "serve",
        help="serve a locked quiz to the browsers of a classroom",
        description=(
            "Serve a quiz bank to a room of browsers (textual-serve: one quiz process per "
            "browser, no accounts, no internet needed). Students open the URL, type their name "
            "(or pick it from --roster, with their code when the roster has codes) and take the "
            "quiz with the settings given here, which they cannot change. Every answer is "
            "scored and time-stamped on this computer and saved to --db at once; reloading the "
            "page continues the attempt. Watch the class with `quizgen dashboard --db FILE`, "
            "then `quizgen report --db FILE`. With --host 0.0.0.0 (the whole LAN) give "
            "--public-url with this computer's LAN address."
        ),
    )
    p.add_argument("bank", metavar="BANK", help="quiz bank (.yaml)")
    p.add_argument("--db", required=True, metavar="FILE", help="results database (.sqlite)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="the address students type, e.g. http://192.168.1.20:8000 (needed with 0.0.0.0)",
    )
    p.add_argument("--roster", metavar="CSV", help="class list: name[,code] per line")
    p.add_argument(
        "--session",
        metavar="NAME",
        help="session name for this lesson (default: bank file name and today's date)",
    )
    p.add_argument(
        "--mode", choices=("practice", "exam", "game"), default="practice", help="default practice"
    )
    p.add_argument("--questions", type=positive_int, metavar="N", help="ask N questions (all)")
    p.add_argument("--time-limit", type=positive_float, metavar="SECONDS", help="per question")
    p.add_argument("--total-time", type=positive_float, metavar="SECONDS", help="whole quiz")
    p.add_argument("--seed", type=int, help="same question order for everybody (default: random)")
    p.add_argument("--no-shuffle", action="store_true", help="keep the bank's order")
    p.add_argument("--no-speed-points", action="store_true", help="game: no speed points")
    p.add_argument("--no-streak-bonus", action="store_true", help="game: no streak bonus")
    p.add_argument("--partial-credit", action="store_true", help="numeric: partial credit")
    p.add_argument(
        "--partial-multiple",
        type=positive_float,
        default=3.0,
        metavar="X",
        help="partial credit falls to 0 at X times the tolerance (default 3)",
    )
    p.add_argument("--title", help="browser tab title (default: the bank's title)")
    p.add_argument(
        "--max-students",
        type=positive_int,
        metavar="N",
        help="most quiz processes at once, about 40 MB each (default: 60, or twice the roster)",
    )
    p.set_defaults(func=run)


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("use a port from 1 to 65535")
    return value


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def guess_lan_address() -> str | None:
    """This computer's address on the LAN, for the error message only (no packet is sent)."""
    import socket

    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: picks the outgoing interface, sends nothing
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


def check_public_url(host: str, port: int, public_url: str | None) -> str | None:
    """The URL students use; required when listening on every interface."""
    if public_url is None:
        if host.strip() in UNSPECIFIED_HOSTS:
            lan = guess_lan_address() or "192.168.1.20"
            raise InputError(
                f"--public-url is required with --host {host or '0.0.0.0'}: give the address "
                f"students type in their browser, e.g. --public-url http://{lan}:{port}",
                exit_code=2,
            )
        return None
    parts = urlsplit(public_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"--public-url {public_url!r}: expected http://ADDRESS:PORT, e.g. http://192.168.1.20:{port}",
            exit_code=2,
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InputError(
            f"--public-url {public_url!r}: give only scheme, address and port (no path)",
            exit_code=2,
        )
    return f"{parts.scheme}://{parts.netloc}"


def take_command(
    args: argparse.Namespace, bank: Path, db: Path, session: str, roster: Path | None
) -> str:
    """The shell command textual-serve runs per browser: every value from the teacher, quoted."""
    argv = [sys.executable, "-m", "quizgen", "take", str(bank), "--locked"]
    argv += ["--session", session, "--db", str(db), "--mode", args.mode]
    if roster is not None:
        argv += ["--roster", str(roster)]
    if args.questions is not None:
        argv += ["--questions", str(args.questions)]
    if args.time_limit is not None:
        argv += ["--time-limit", repr(args.time_limit)]
    if args.total_time is not None:
        argv += ["--total-time", repr(args.total_time)]
    if args.seed is not None:
        argv += ["--seed", str(args.seed)]
    for flag in ("no_shuffle", "no_speed_points", "no_streak_bonus", "partial_credit"):
        if getattr(args, flag):
            argv.append("--" + flag.replace("_", "-"))
    if args.partial_credit:
        argv += ["--partial-multiple", repr(args.partial_multiple)]
    if os.name == "nt":  # pragma: no cover - cmd.exe quoting
        import subprocess

        return subprocess.list2cmdline(argv)
    return shlex.join(argv)


def run(args: argparse.Namespace) -> int:
    import sqlite3
    import tempfile

    from quizgen.atomic import atomic_write_bytes
    from quizgen.bank.io import load_bank_and_bytes
    from quizgen.classroom import clear_claims, default_session, load_roster
    from quizgen.results import ResultStore
    from quizgen.textfile import read_bytes

    public_url = check_public_url(args.host, args.port, args.public_url)
    if args.partial_multiple <= 1:
        raise InputError("--partial-multiple must be more than 1", exit_code=2)
    # every problem, FILE:LINE, before any student connects; the copy served is these bytes
    bank, bank_bytes = load_bank_and_bytes(args.bank)
    if not bank.questions:
        raise InputError(f"{args.bank}: the bank has no questions")
    if args.questions is not None and args.questions > len(bank.questions):
        raise InputError(
            f"--questions {args.questions}: {args.bank} has only {len(bank.questions)}",
            exit_code=2,
        )
    roster = load_roster(args.roster) if args.roster else None
    max_students = args.max_students or (max(10, 2 * len(roster.entries)) if roster else 60)
    session = " ".join((args.session or default_session(args.bank)).split())
    if not session:
        raise InputError("--session: give a name, e.g. --session '5B quiz'", exit_code=2)
    db = Path(args.db).resolve()
    try:  # create it now: a bad path fails here, not in 30 browsers
        with ResultStore(db) as store:
            clear_claims(store, session)  # left by a crash or power cut, see clear_claims
    except (sqlite3.Error, OSError) as exc:
        raise InputError(
            f"{args.db}: cannot open the results database: {exc}", exit_code=2
        ) from None

    from quizgen.serving import QuizServer

    with tempfile.TemporaryDirectory(prefix="quizgen-serve-") as frozen:
        frozen_bank = Path(frozen) / Path(args.bank).name
        atomic_write_bytes(frozen_bank, bank_bytes)
        frozen_roster = None
        if roster is not None:
            frozen_roster = Path(frozen) / "roster.csv"
            atomic_write_bytes(frozen_roster, read_bytes(args.roster))
        command = take_command(args, frozen_bank, db, session, frozen_roster)

        server = QuizServer(
            command,
            max_students=max_students,
            host=args.host,
            port=args.port,
            title=args.title or bank.title,
            public_url=public_url,
        )
        url = server.public_url
        count = min(args.questions or len(bank.questions), len(bank.questions))
        print(f"quizgen serve: {bank.title} ({count} questions, {args.mode} mode)")
        print(f"  students open:  {url}")
        print(f"  session:        {session}")
        if roster is not None:
            codes = " with codes" if roster.has_codes else ""
            print(f"  roster:         {len(roster.entries)} students{codes}")
        print(f"  results:        {db}")
        print(f"  dashboard:      quizgen dashboard --db {shlex.quote(args.db)}")
        print(
            f"  report:         quizgen report --db {shlex.quote(args.db)}"
            f" --session {shlex.quote(session)}"
        )
        sys.stdout.flush()
        try:
            server.serve()
        except OSError as exc:
            raise InputError(
                f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
                " (is another server using that port? try --port 8001)",
                exit_code=2,
            ) from None
    return 0
