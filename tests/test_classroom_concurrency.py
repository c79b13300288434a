"""Thirty students answering at the same moment: every response lands, nobody sees a lock error.

Each writer is a separate process with its own ResultStore, as under textual-serve (one app
process per browser). A barrier releases them together so the writes really collide.
"""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path

from quizgen.results import ResultStore

WRITERS = 30
ANSWERS = 20


def _writer(db: str, student: int, barrier, errors) -> None:  # runs in a child process
    try:
        with ResultStore(db) as store:
            qids = [f"q{i}" for i in range(ANSWERS)]
            attempt = store.start_attempt(
                student=f"student{student:02d}",
                bank_title="load",
                bank_sha256="sha",
                mode="exam",
                seed=student,
                question_ids=qids,
                max_score=ANSWERS,
                session="load",
            )
            barrier.wait(timeout=60)
            for i, qid in enumerate(qids):
                store.record_response(
                    attempt,
                    qid,
                    response=str(i),
                    correct=i % 2 == 0,
                    points=1.0 if i % 2 == 0 else 0.0,
                    elapsed_ms=1000 + i,
                    max_points=1.0,
                )
            store.finish_attempt(attempt, score=ANSWERS / 2, max_score=ANSWERS)
    except BaseException:
        errors.put(f"student{student:02d}: {traceback.format_exc()}")
        raise


def test_thirty_processes_write_at_once_and_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite"
    ResultStore(db).close()  # create the schema once, as `quizgen serve` does
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(WRITERS)
    errors = ctx.Queue()
    procs = [
        ctx.Process(target=_writer, args=(str(db), n, barrier, errors)) for n in range(WRITERS)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    problems = []
    while not errors.empty():
        problems.append(errors.get())
    assert problems == []
    assert [p.exitcode for p in procs] == [0] * WRITERS

    with ResultStore(db) as store:
        attempts = store.attempts()
        responses = store.all_responses()
        assert len(attempts) == WRITERS
        assert len({a.student for a in attempts}) == WRITERS
        assert len(responses) == WRITERS * ANSWERS
        for a in attempts:
            mine = store.responses(a.id)
            assert sorted(r.question_id for r in mine) == sorted(f"q{i}" for i in range(ANSWERS))
            assert a.finished and a.score == ANSWERS / 2
        # The score the store keeps while answering matches the rows (nothing half-applied).
        count = store.conn.execute("SELECT COUNT(*) FROM responses WHERE correct = 1").fetchone()[0]
        assert count == WRITERS * ANSWERS // 2
