"""Speed of ``quizgen take``: start-up to the first question, key press to next screen, memory.

Run: ``python bench/take.py [BANK] [--runs N]``. Prints figures; asserts nothing.

1. Start-up: ``quizgen take BANK --name bench`` runs in a pseudo-terminal (80x24) as a user
   would run it. With QUIZGEN_BENCH_FIRST_QUESTION=FILE set, the start screen is confirmed
   automatically (the same action Enter triggers), and once the first question has been
   painted the app writes the wall-clock time to FILE and exits. Start-up = that time minus
   the time just before the process was spawned.
2. Key press to next screen: in one process, Pilot presses the answer key and we time until
   the next screen is current and painted (``pilot.pause()`` waits for the refresh).
3. Peak memory: ru_maxrss of the start-up child (the real command), and of this process after
   the in-process runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pty
import resource
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BANK = REPO / "docs" / "examples" / "seed-bank.yaml"


def startup_once(bank: Path, db: Path) -> tuple[float, int]:
    """Seconds from spawn to first question painted, and the child's peak RSS in KiB."""
    import fcntl
    import termios

    marker = Path(tempfile.mkstemp(prefix="quizgen-bench-")[1])
    marker.unlink()
    env = dict(os.environ, QUIZGEN_BENCH_FIRST_QUESTION=str(marker), TERM="xterm-256color")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    cmd = [sys.executable, "-m", "quizgen", "take", str(bank), "--name", "bench", "--db", str(db)]
    before = time.time()
    proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    # Drain the terminal output so the app never blocks writing to it.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        # wait4 below reaps the child (and reads its rusage), so only peek here.
        if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            break
        try:
            import select

            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                os.read(master, 65536)
        except OSError:
            break
    if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
        proc.kill()
    _, status, usage = os.wait4(proc.pid, 0)
    os.close(master)
    if not marker.exists():
        raise SystemExit(f"the app did not reach the first question (status {status})")
    painted = float(marker.read_text())
    marker.unlink()
    rss = usage.ru_maxrss if usage is not None else 0
    return painted - before, rss


async def keypress_latency(bank: Path, db: Path, rounds: int) -> list[tuple[str, float]]:
    """Milliseconds from an answer (or Next) key press to the next step painted, in-process.

    The clock starts just before Pilot posts the key and stops in a ``call_after_refresh``
    callback queued when the screen has shown the new step (feedback, or the next question),
    i.e. once Textual has repainted. Pilot's own waiting afterwards is not counted.
    """
    from quizgen.bank import load_bank
    from quizgen.results import ResultStore
    from quizgen.session import QuizSettings
    from tui.app import make_app

    times: list[tuple[str, float]] = []
    loaded = load_bank(bank)
    for i in range(rounds):
        app = make_app(
            loaded,
            store=ResultStore(db),
            bank_sha=f"bench-{i}",
            settings=QuizSettings(mode="practice", shuffle=False),
            student="bench",
        )
        painted: list[float] = []
        original = app.screen_ready

        def ready(screen, app=app, original=original, painted=painted) -> None:
            original(screen)
            app.call_after_refresh(lambda: painted.append(time.perf_counter()))

        app.screen_ready = ready  # type: ignore[method-assign]
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            while app.session is not None and app.session.current is not None:
                question = app.screen.question
                if question.is_numeric:
                    await pilot.press(*str(question.answer))
                    key = "enter"
                else:
                    key = "1"
                for step_key in (key, "enter"):  # answer -> feedback, next -> question
                    count = len(painted)
                    start = time.perf_counter()
                    await pilot.press(step_key)
                    while len(painted) == count and app.session.current is not None:
                        await pilot.pause()
                    if len(painted) > count:
                        kind = type(app.screen).__name__
                        if kind == "QuestionScreen":
                            kind = f"to {app.screen.phase}"
                        times.append((kind, (painted[count] - start) * 1000))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", nargs="?", type=Path, default=DEFAULT_BANK)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        startups, rss = [], []
        for run in range(args.runs):
            # A fresh database each run: an unfinished attempt would bring up the resume dialog.
            seconds, kib = startup_once(args.bank, Path(tmp) / f"startup-{run}.sqlite")
            startups.append(seconds)
            rss.append(kib)
        print(f"bank: {args.bank}")
        print(
            f"start-up to first question painted: median {statistics.median(startups):.3f} s, "
            f"min {min(startups):.3f} s, max {max(startups):.3f} s over {args.runs} runs "
            "(target < 1 s)"
        )
        print(f"peak memory of `quizgen take`: {max(rss) / 1024:.1f} MB (target < 150 MB)")
        latencies = asyncio.run(keypress_latency(args.bank, db, rounds=3))
        steps = [ms for kind, ms in latencies if kind != "ResultsScreen"]
        print(
            f"key press to next step painted (Pilot, in-process; answer -> feedback and "
            f"Enter -> next question): median {statistics.median(steps):.1f} ms, p95 "
            f"{sorted(steps)[int(0.95 * (len(steps) - 1))]:.1f} ms, max {max(steps):.1f} ms "
            f"over {len(steps)} presses (target < 50 ms)"
        )
        ends = [ms for kind, ms in latencies if kind == "ResultsScreen"]
        if ends:
            print(
                f"last Enter -> results screen (a new screen with the table): median "
                f"{statistics.median(ends):.1f} ms over {len(ends)}"
            )
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this benchmark process (3 apps run in it): {own:.1f} MB")


if __name__ == "__main__":
    main()
