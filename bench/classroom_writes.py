"""Answers per second into one SQLite results database from many processes at once.

Simulates a classroom under ``quizgen serve``: N student processes (one per browser), each
with its own ResultStore, released together by a barrier, each recording M answers as fast as
it can (a real class is far slower: a student answers every few seconds). Prints throughput
and per-answer latency (each answer is committed before record_response returns).

    python bench/classroom_writes.py [--students 30] [--answers 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path

from quizgen.results import ResultStore


def student(db: str, n: int, answers: int, barrier, out) -> None:
    with ResultStore(db) as store:
        qids = [f"q{i}" for i in range(answers)]
        attempt = store.start_attempt(
            student=f"s{n}",
            bank_title="bench",
            bank_sha256="bench",
            mode="exam",
            seed=n,
            question_ids=qids,
            max_score=answers,
        )
        barrier.wait()
        latencies = []
        for qid in qids:
            t0 = time.perf_counter()
            store.record_response(
                attempt, qid, response="x", correct=True, points=1, elapsed_ms=1000, max_points=1
            )
            latencies.append(time.perf_counter() - t0)
        out.put(latencies)


def one_round(students: int, answers: int) -> tuple[float, list[float], int]:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "class.sqlite")
        ResultStore(db).close()
        ctx = multiprocessing.get_context("fork")
        barrier = ctx.Barrier(students + 1)
        out = ctx.Queue()
        procs = [
            ctx.Process(target=student, args=(db, n, answers, barrier, out))
            for n in range(students)
        ]
        for p in procs:
            p.start()
        barrier.wait()
        t0 = time.perf_counter()
        latencies: list[float] = []
        for _ in procs:
            latencies += out.get()
        wall = time.perf_counter() - t0
        for p in procs:
            p.join()
        with ResultStore(db) as store:
            rows = len(store.all_responses())
        return wall, latencies, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--answers", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    total = args.students * args.answers
    print(
        f"{args.students} processes x {args.answers} answers = {total} committed writes per round"
    )
    for r in range(1, args.rounds + 1):
        wall, lat, rows = one_round(args.students, args.answers)
        lat.sort()
        p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))]
        print(
            f"round {r}: {total / wall:8.0f} answers/s   wall {wall:.3f} s   "
            f"latency median {statistics.median(lat) * 1000:.2f} ms  p99 {p99 * 1000:.1f} ms  "
            f"max {lat[-1] * 1000:.1f} ms   rows {rows}/{total}"
        )


if __name__ == "__main__":
    main()
