"""SQLite store of quiz attempts and responses: every answer is committed the moment it is given.

WAL mode, a busy timeout and a retry loop let a classroom of processes write to one file
at once without anyone seeing "database is locked". Times are stamped here, on the
server side, never taken from a client.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self, TypeVar

from quizgen.errors import InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    student TEXT NOT NULL,
    bank_title TEXT NOT NULL,
    bank_sha256 TEXT NOT NULL,
    mode TEXT NOT NULL,
    seed INTEGER,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    score REAL NOT NULL DEFAULT 0,
    max_score REAL NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{}',
    question_ids TEXT NOT NULL DEFAULT '[]',
    session TEXT
);
CREATE INDEX IF NOT EXISTS attempts_by_student ON attempts (student, bank_sha256);
CREATE TABLE IF NOT EXISTS responses (
    attempt_id INTEGER NOT NULL REFERENCES attempts (id),
    question_id TEXT NOT NULL,
    response TEXT,
    correct INTEGER,
    points REAL NOT NULL DEFAULT 0,
    elapsed_ms INTEGER,
    answered_at TEXT NOT NULL,
    max_points REAL,
    PRIMARY KEY (attempt_id, question_id)
);
"""

T = TypeVar("T")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Attempt:
    id: int
    student: str
    bank_title: str
    bank_sha256: str
    mode: str
    seed: int | None
    started_at: str
    finished_at: str | None
    score: float
    max_score: float
    settings: dict[str, Any]
    question_ids: list[str]
    session: str | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


@dataclass(frozen=True)
class Response:
    attempt_id: int
    question_id: str
    response: str | None
    correct: bool | None
    points: float
    elapsed_ms: int | None
    answered_at: str
    max_points: float | None


def _attempt(row: sqlite3.Row) -> Attempt:
    return Attempt(
        id=row["id"],
        student=row["student"],
        bank_title=row["bank_title"],
        bank_sha256=row["bank_sha256"],
        mode=row["mode"],
        seed=row["seed"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        score=row["score"],
        max_score=row["max_score"],
        settings=json.loads(row["settings"] or "{}"),
        question_ids=json.loads(row["question_ids"] or "[]"),
        session=row["session"],
    )


def _response(row: sqlite3.Row) -> Response:
    correct = row["correct"]
    return Response(
        attempt_id=row["attempt_id"],
        question_id=row["question_id"],
        response=row["response"],
        correct=None if correct is None else bool(correct),
        points=row["points"],
        elapsed_ms=row["elapsed_ms"],
        answered_at=row["answered_at"],
        max_points=row["max_points"],
    )


class ResultStore:
    """One connection per store; open one store per process (or thread)."""

    def __init__(
        self,
        path: str | Path,
        *,
        now: Callable[[], str] = utc_now,
        busy_timeout_s: float = 10.0,
        retries: int = 50,
    ) -> None:
        self.path = Path(path)
        self.now = now
        self.retries = retries
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(
            str(self.path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
        )
        self.conn.row_factory = sqlite3.Row
        self._retry(lambda: self.conn.execute("PRAGMA journal_mode=WAL"))
        self.conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._retry(lambda: self.conn.executescript(SCHEMA))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _retry(self, action: Callable[[], T]) -> T:
        """SQLite's busy handler does not cover every lock (e.g. WAL recovery); retry those."""
        delay = 0.005
        for attempt in range(self.retries):
            try:
                return action()
            except sqlite3.OperationalError as exc:
                message = str(exc).lower()
                if (
                    "locked" not in message and "busy" not in message
                ) or attempt == self.retries - 1:
                    raise
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.25)
        raise AssertionError("unreachable")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def _write_retry(self, action: Callable[[sqlite3.Connection], T]) -> T:
        def once() -> T:
            with self._write() as conn:
                return action(conn)

        return self._retry(once)

    # --- attempts -------------------------------------------------------------------------

    def start_attempt(
        self,
        *,
        student: str,
        bank_title: str,
        bank_sha256: str,
        mode: str,
        seed: int | None,
        question_ids: list[str],
        settings: dict[str, Any] | None = None,
        max_score: float = 0.0,
        session: str | None = None,
    ) -> int:
        started = self.now()

        def insert(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                "INSERT INTO attempts (student, bank_title, bank_sha256, mode, seed, started_at,"
                " max_score, settings, question_ids, session) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    student,
                    bank_title,
                    bank_sha256,
                    mode,
                    seed,
                    started,
                    max_score,
                    json.dumps(settings or {}, sort_keys=True),
                    json.dumps(question_ids),
                    session,
                ),
            )
            return int(cur.lastrowid)

        return self._write_retry(insert)

    def record_response(
        self,
        attempt_id: int,
        question_id: str,
        *,
        response: str | None,
        correct: bool | None,
        points: float,
        elapsed_ms: int | None,
        max_points: float | None = None,
    ) -> None:
        """Committed before returning: a killed process keeps every answer given so far.
        Answering the same question again replaces the earlier row (e.g. after a resume)."""
        answered = self.now()

        def upsert(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT OR REPLACE INTO responses (attempt_id, question_id, response, correct,"
                " points, elapsed_ms, answered_at, max_points) VALUES (?,?,?,?,?,?,?,?)",
                (
                    attempt_id,
                    question_id,
                    response,
                    None if correct is None else int(correct),
                    points,
                    elapsed_ms,
                    answered,
                    max_points,
                ),
            )
            conn.execute(
                "UPDATE attempts SET score = (SELECT COALESCE(SUM(points), 0) FROM responses"
                " WHERE attempt_id = ?) WHERE id = ?",
                (attempt_id, attempt_id),
            )

        self._write_retry(upsert)

    def finish_attempt(self, attempt_id: int, *, score: float, max_score: float) -> None:
        finished = self.now()
        self._write_retry(
            lambda conn: conn.execute(
                "UPDATE attempts SET finished_at = ?, score = ?, max_score = ? WHERE id = ?",
                (finished, score, max_score, attempt_id),
            )
        )

    def attempt(self, attempt_id: int) -> Attempt:
        row = self.conn.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:
            raise KeyError(attempt_id)
        return _attempt(row)

    def attempts(
        self, *, student: str | None = None, bank_sha256: str | None = None
    ) -> list[Attempt]:
        query = "SELECT * FROM attempts WHERE 1=1"
        params: list[Any] = []
        if student is not None:
            query += " AND student = ?"
            params.append(student)
        if bank_sha256 is not None:
            query += " AND bank_sha256 = ?"
            params.append(bank_sha256)
        query += " ORDER BY started_at, id"
        return [_attempt(r) for r in self.conn.execute(query, params)]

    def unfinished_attempt(self, student: str, bank_sha256: str) -> Attempt | None:
        """The latest attempt of this student on this bank that was never finished."""
        row = self.conn.execute(
            "SELECT * FROM attempts WHERE student = ? AND bank_sha256 = ? AND finished_at IS NULL"
            " ORDER BY id DESC LIMIT 1",
            (student, bank_sha256),
        ).fetchone()
        return _attempt(row) if row else None

    def responses(self, attempt_id: int) -> list[Response]:
        rows = self.conn.execute(
            "SELECT * FROM responses WHERE attempt_id = ? ORDER BY answered_at, rowid",
            (attempt_id,),
        )
        return [_response(r) for r in rows]

    def all_responses(self) -> list[Response]:
        return [_response(r) for r in self.conn.execute("SELECT * FROM responses")]

    def session_responses(self, session: str | None) -> list[Response]:
        """The responses of one session's attempts (None: attempts without a session), in
        ``all_responses`` order. The dashboard re-reads them every few seconds, and a database
        kept for a whole year holds every lesson's answers: filter in SQL, not in Python."""
        rows = self.conn.execute(
            "SELECT * FROM responses WHERE attempt_id IN"
            " (SELECT id FROM attempts WHERE session IS ?) ORDER BY rowid",
            (session,),
        )
        return [_response(r) for r in rows]


def open_results(path: str | Path) -> ResultStore:
    """Open an existing results database, with one clear line for anything else.

    Reading commands (history, report, dashboard) must never turn a mistyped ``--db`` into
    a quizgen database: the file is probed read-only before the store (which creates its
    tables) opens it."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file", exit_code=2)
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a results database", exit_code=2)
    try:
        probe = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master")}
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{p}: not a quizgen results database ({exc})", exit_code=2) from None
    if "attempts" not in tables or "responses" not in tables:
        raise InputError(f"{p}: not a quizgen results database (no attempts table)")
    try:
        return ResultStore(p)
    except sqlite3.Error as exc:  # e.g. a read-only copy whose WAL files cannot be created
        raise InputError(f"{p}: cannot open the results database: {exc}", exit_code=2) from None
