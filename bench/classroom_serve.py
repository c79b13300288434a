"""How fast a room of browsers gets its quiz under ``quizgen serve``.

Starts ``quizgen serve`` on a free loopback port, opens N websockets at once (N students
loading the page together; each gets its own quiz process) and prints the time until each one
shows the join screen, then the memory of the quiz processes.

    python bench/classroom_serve.py [--students 30] [--bank docs/examples/seed-bank.yaml]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def one_student(http: aiohttp.ClientSession, url: str) -> float:
    t0 = time.perf_counter()
    async with http.ws_connect(url) as ws:
        screen = b""
        while b"Your name" not in screen:
            msg = await ws.receive(timeout=120)
            if msg.type != aiohttp.WSMsgType.BINARY:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    continue
                raise RuntimeError("websocket closed before the join screen")
            screen += msg.data
        elapsed = time.perf_counter() - t0
        await asyncio.sleep(1.0)  # keep every process alive while memory is measured
        return elapsed


def quiz_rss_mb(server_pid: int) -> list[float]:
    """RSS of the `quizgen take --locked` processes started by this server."""
    sizes = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().split(b"\0")
            if b"--locked" not in cmd or os.getpgid(int(entry.name)) != server_pid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        except (OSError, ProcessLookupError):
            continue
    return sizes


async def connect_all(students: int, port: int, server_pid: int) -> tuple[list[float], list[float]]:
    """Times to the join screen, and the quiz processes' RSS at its peak."""
    url = f"http://127.0.0.1:{port}/ws?width=80&height=24"
    async with aiohttp.ClientSession() as http:
        running = asyncio.gather(*(one_student(http, url) for _ in range(students)))
        peak: list[float] = []
        while not running.done():
            await asyncio.sleep(0.2)
            rss = quiz_rss_mb(server_pid)
            if sum(rss) > sum(peak):
                peak = rss
        return sorted(running.result()), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--bank", default=str(REPO / "docs" / "examples" / "seed-bank.yaml"))
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "class.sqlite")
        command = [sys.executable, "-m", "quizgen", "serve", args.bank, "--port", str(port)]
        proc = subprocess.Popen(
            [*command, "--db", db, "--mode", "exam"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            for _ in range(600):
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.05)
            times, peak = asyncio.run(connect_all(args.students, port, proc.pid))
            print(f"{args.students} browsers connecting at once (cpus: {os.cpu_count()})")
            print(
                f"join screen shown after: median {statistics.median(times):.2f} s, "
                f"slowest {times[-1]:.2f} s, fastest {times[0]:.2f} s"
            )
            if peak:
                print(
                    f"quiz process memory (RSS): median {statistics.median(peak):.0f} MB, "
                    f"total {sum(peak):.0f} MB for {len(peak)} processes"
                )
        finally:
            os.killpg(proc.pid, signal.SIGINT)
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
