"""Classroom rules without a terminal: roster files, student codes, names, and who may join.

Under ``quizgen serve`` every browser gets its own app process, so two browsers can type the
same name at the same moment. The database is the only place they meet: a *claim* row
(session, name) -> process id says which process is taking that student's quiz. A claim held by
a live process on this machine blocks a second browser; a claim of a dead process (the page was
reloaded or closed) is taken over, and the student's unfinished attempt resumes from the DB.
"""

from __future__ import annotations

import csv
import hmac
import io
import os
import socket
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from quizgen.errors import InputError
from quizgen.results import Attempt, ResultStore
from quizgen.textfile import decode_text, read_bytes

MAX_NAME_LENGTH = 40
FORBIDDEN = set("[]\\<>")
"""Never in a real name; refusing them keeps names inert in terminal markup, HTML and logs."""

CLAIMS_SCHEMA = """
CREATE TABLE IF NOT EXISTS classroom_claims (
    session TEXT NOT NULL,
    student_key TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    PRIMARY KEY (session, student_key)
);
"""


class BadName(ValueError):
    """A name a student typed that cannot be used; the message is shown to the student."""


# --- names -------------------------------------------------------------------------------


def normalise_name(raw: str) -> str:
    """The name as it will be stored and shown: NFC, trimmed, inner spaces collapsed.

    Raises :class:`BadName` with a message meant for the student."""
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if not name:
        raise BadName("Please type your name.")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise BadName("Your name contains characters that cannot be used.")
    if any(ch in FORBIDDEN for ch in name):
        raise BadName("Please leave out these characters: [ ] < > \\")
    if len(name) > MAX_NAME_LENGTH:
        raise BadName(f"Please use at most {MAX_NAME_LENGTH} characters.")
    return name


def name_key(name: str) -> str:
    """Names that differ only in case or spacing are the same student."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def default_session(bank_path: str | Path, today: date | None = None) -> str:
    """A session name a teacher recognises: the bank's file name and the date."""
    return f"{Path(bank_path).stem} {(today or date.today()).isoformat()}"


def seconds_since(stamp: str | None, now: datetime) -> float | None:
    """Wall-clock seconds from a stored ISO timestamp (server side) to ``now``; None if unknown."""
    if not stamp:
        return None
    try:
        then = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    return max(0.0, (now - then).total_seconds())


# --- roster ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterEntry:
    name: str
    code: str | None
    line: int


@dataclass(frozen=True)
class Roster:
    """Students allowed to join, optionally each with a code they must type."""

    entries: tuple[RosterEntry, ...]

    @property
    def names(self) -> list[str]:
        return [e.name for e in self.entries]

    @property
    def has_codes(self) -> bool:
        return any(e.code for e in self.entries)

    def find(self, name: str) -> RosterEntry | None:
        key = name_key(name)
        return next((e for e in self.entries if name_key(e.name) == key), None)

    def check_code(self, name: str, typed: str) -> bool:
        """Constant-time compare; case and surrounding spaces do not matter to a child typing."""
        entry = self.find(name)
        if entry is None:
            return False
        if not entry.code:
            return True
        return hmac.compare_digest(
            typed.strip().casefold().encode("utf-8"), entry.code.casefold().encode("utf-8")
        )


def parse_roster(text: str, label: str) -> Roster:
    """CSV with columns ``name[,code]``; a header row ``name,code`` is optional.

    Every problem is reported as ``FILE:LINE: message`` in one :class:`InputError`."""
    problems: list[str] = []
    entries: list[RosterEntry] = []
    seen: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text))
    code_column: bool | None = None
    for row in reader:
        line = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if not entries and not problems and cells[0].casefold() == "name":
            if len(cells) > 1 and cells[1].casefold() not in ("code", ""):
                problems.append(f"{label}:{line}: unknown column {cells[1]!r} (expected name,code)")
            code_column = len(cells) > 1 and cells[1].casefold() == "code"
            continue
        if len([c for c in cells[1:] if c]) > 1:
            problems.append(f"{label}:{line}: too many columns (expected name[,code])")
            continue
        try:
            name = normalise_name(cells[0])
        except BadName as exc:
            problems.append(f"{label}:{line}: bad name {cells[0]!r}: {exc}")
            continue
        code = cells[1] if len(cells) > 1 and cells[1] else None
        key = name_key(name)
        if key in seen:
            problems.append(f"{label}:{line}: duplicate name {name!r} (first on line {seen[key]})")
            continue
        seen[key] = line
        entries.append(RosterEntry(name=name, code=code, line=line))
    if code_column is None:
        code_column = any(e.code for e in entries)
    if code_column:
        problems += [f"{label}:{e.line}: {e.name!r} has no code" for e in entries if not e.code]
    if not entries and not problems:
        problems.append(f"{label}:1: roster has no names (expected CSV lines name[,code])")
    if problems:
        raise InputError("\n".join(problems))
    return Roster(tuple(entries))


def load_roster(path: str | Path) -> Roster:
    label = str(path)
    return parse_roster(decode_text(read_bytes(path), label).text, label)


# --- joining -----------------------------------------------------------------------------


@dataclass(frozen=True)
class JoinDecision:
    """What happens when a student submits their name.

    ``kind``: "start" (new attempt), "resume" (their unfinished attempt, ask "continue as X?"),
    "finished" (already done), "in_use" (another screen is taking it right now), or
    "refused" (bad name, not on the roster, wrong code)."""

    kind: str
    name: str
    message: str
    attempt: Attempt | None = None

    @property
    def may_continue(self) -> bool:
        return self.kind in ("start", "resume")


def pid_alive(pid: int) -> bool:
    """Whether a process exists. Never ``os.kill(pid, 0)`` on Windows: there 0 is CTRL_C_EVENT."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel32.CloseHandle(handle)  # 259 = STILL_ACTIVE


def clear_claims(store: ResultStore, session: str) -> int:
    """Forget every claim of a session; ``quizgen serve`` calls it before serving.

    No quiz process of the session can be running before its server starts, and claims left
    by a crash or a power cut may name process ids that a rebooted machine has given to other
    programs. Returns how many claims were dropped."""
    store._retry(lambda: store.conn.executescript(CLAIMS_SCHEMA))
    return store._write_retry(
        lambda conn: (
            conn.execute("DELETE FROM classroom_claims WHERE session = ?", (session,)).rowcount
        )
    )


class Classroom:
    """Join decisions and claims for one served session of one bank."""

    def __init__(
        self,
        store: ResultStore,
        *,
        session: str,
        bank_sha256: str,
        roster: Roster | None = None,
        pid: int | None = None,
        alive: Callable[[int], bool] = pid_alive,
    ) -> None:
        self.store = store
        self.session = session
        self.bank_sha256 = bank_sha256
        self.roster = roster
        self.pid = os.getpid() if pid is None else pid
        self.host = socket.gethostname()
        self.alive = alive
        store._retry(lambda: store.conn.executescript(CLAIMS_SCHEMA))

    def attempts_of(self, name: str) -> list[Attempt]:
        key = name_key(name)
        return [
            a
            for a in self.store.attempts(bank_sha256=self.bank_sha256)
            if a.session == self.session and name_key(a.student) == key
        ]

    def _holder(self, name: str) -> int | None:
        """The live process (other than ours) that holds this student, if any."""
        row = self.store.conn.execute(
            "SELECT pid, host FROM classroom_claims WHERE session = ? AND student_key = ?",
            (self.session, name_key(name)),
        ).fetchone()
        if row is None or row["pid"] == self.pid or row["host"] != self.host:
            return None
        return row["pid"] if self.alive(row["pid"]) else None

    def decide(self, typed_name: str, code: str = "") -> JoinDecision:
        try:
            name = normalise_name(typed_name)
        except BadName as exc:
            return JoinDecision("refused", typed_name, str(exc))
        if self.roster is not None:
            entry = self.roster.find(name)
            if entry is None:
                return JoinDecision(
                    "refused", name, f"{name} is not on the class list. Pick your name from it."
                )
            name = entry.name
            if entry.code and not code.strip():
                return JoinDecision("refused", name, "Please type your code.")
            if not self.roster.check_code(name, code):
                return JoinDecision("refused", name, "That code is not right. Try again.")
        mine = self.attempts_of(name)
        done = [a for a in mine if a.finished]
        if done:
            return JoinDecision(
                "finished",
                name,
                f"{name} has already finished this quiz. If that is not you, "
                "use another name (for example add your surname) or ask your teacher.",
                done[-1],
            )
        if self._holder(name) is not None:
            return JoinDecision(
                "in_use",
                name,
                f"{name} is taking this quiz on another screen right now. "
                "If you just reloaded the page, wait a few seconds and try again.",
            )
        unfinished = [a for a in mine if not a.finished]
        if unfinished:
            attempt = unfinished[-1]
            name = attempt.student  # as first typed: the attempt keeps that spelling
            answered = len(self.store.responses(attempt.id))
            total = len(attempt.question_ids)
            return JoinDecision(
                "resume",
                name,
                f"{name} has already started this quiz ({answered} of {total} answered). "
                f"Continue as {name}?",
                attempt,
            )
        return JoinDecision("start", name, f"Welcome, {name}!")

    def claim(self, name: str) -> bool:
        """Take the student for this process, atomically; False when a live process has them."""
        key = name_key(name)

        def take(conn: sqlite3.Connection) -> bool:
            if self._holder(name) is not None:  # read inside this write transaction
                return False
            conn.execute(
                "INSERT OR REPLACE INTO classroom_claims (session, student_key, pid, host,"
                " claimed_at) VALUES (?,?,?,?,?)",
                (self.session, key, self.pid, self.host, self.store.now()),
            )
            return True

        # The store's own retrying write transaction: claims collide exactly when joins do.
        return self.store._write_retry(take)

    def release(self, name: str) -> None:
        self.store._write_retry(
            lambda conn: conn.execute(
                "DELETE FROM classroom_claims WHERE session = ? AND student_key = ? AND pid = ?",
                (self.session, name_key(name), self.pid),
            )
        )

    def join(self, typed_name: str, code: str = "", *, confirmed: bool = False) -> JoinDecision:
        """Decide and, when the student may go on, claim them. A resume needs ``confirmed``
        (the student answered "yes, that's me"); without it the "resume" question comes back."""
        decision = self.decide(typed_name, code)
        if decision.kind == "resume" and not confirmed:
            return decision
        if decision.may_continue and not self.claim(decision.name):
            return JoinDecision(
                "in_use",
                decision.name,
                f"{decision.name} is taking this quiz on another screen right now.",
            )
        return decision
