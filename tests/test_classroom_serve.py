"""``quizgen serve`` end to end on a free loopback port: the page, the websocket, a student's
key presses reaching a locked quiz process that writes to the class database."""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
import pytest

from quizgen.commands.serve import check_public_url, is_loopback, take_command
from quizgen.errors import InputError
from quizgen.results import ResultStore

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
    )


@contextmanager
def running_server(db: Path, bank: Path, *extra: str) -> Iterator[tuple[int, subprocess.Popen]]:
    """`quizgen serve` on a free loopback port, in its own process group, stopped afterwards."""
    port = free_port()
    argv = [sys.executable, "-m", "quizgen", "serve", str(bank), "--host", "127.0.0.1"]
    argv += ["--port", str(port), "--db", str(db), *extra]
    proc = subprocess.Popen(
        argv, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None:
                pytest.fail(f"serve exited: {proc.stdout.read().decode()}")
            time.sleep(0.05)
        else:
            pytest.fail("serve did not start listening within 30 s")
        yield port, proc
    finally:
        os.killpg(proc.pid, signal.SIGINT)  # our own process group only
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture
def server(tmp_path: Path, example_bank_path: Path) -> Iterator[tuple[int, Path, subprocess.Popen]]:
    db = tmp_path / "class.sqlite"
    options = ["--mode", "exam", "--questions", "3", "--seed", "7", "--session", "5B test"]
    with running_server(db, example_bank_path, *options) as (port, proc):
        yield port, db, proc


def attempts_in(db: Path):
    with ResultStore(db) as store:
        return store.attempts()


def responses_in(db: Path):
    with ResultStore(db) as store:
        return sorted(store.all_responses(), key=lambda r: r.answered_at)


def claims_in(db: Path) -> list:
    with ResultStore(db) as store:
        return store.conn.execute("SELECT * FROM classroom_claims").fetchall()


def answer_keys(question_id: str) -> str:
    """Keys that answer a question of the example bank: a number and Enter, or choice 1."""
    from quizgen.bank.io import load_bank

    question = load_bank(REPO / "docs" / "examples" / "seed-bank.yaml").question(question_id)
    return f"{question.answer}\r" if question.is_numeric else "1"


async def read_until(ws, marker: bytes, timeout: float = 30) -> bytes:
    """Collect the app's output until ``marker`` appears (the app runs in another process)."""
    screen = b""
    deadline = time.monotonic() + timeout
    while marker not in screen:
        left = deadline - time.monotonic()
        assert left > 0, f"{marker!r} never appeared"
        msg = await ws.receive(timeout=left)
        if msg.type == aiohttp.WSMsgType.BINARY:
            screen += msg.data
        elif msg.type != aiohttp.WSMsgType.TEXT:
            raise AssertionError(f"websocket closed before {marker!r}")
    return screen


async def wait_for(check, timeout: float = 30):
    """Poll the database (written by the served app processes) until ``check()`` is truthy."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        assert time.monotonic() < deadline, "timed out waiting for the served app"
        await asyncio.sleep(0.05)
    return result


async def test_page_websocket_a_student_joining_and_a_reload(server) -> None:
    port, db, proc = server
    base = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession() as http:
        async with http.get(base + "/") as page:
            assert page.status == 200
            html = await page.text()
        assert f"ws://127.0.0.1:{port}/ws" in html and "textual" in html.lower()
        assert "US to send troops to Mexico border" in html  # the tab title, not the command
        assert "--db" not in html and str(db) not in html
        async with http.get(base + "/static/js/textual.js") as js:
            assert js.status == 200  # shipped with textual-serve: works without internet

        async with http.ws_connect(base + "/ws?width=80&height=24") as ws:
            screen = await read_until(ws, b"Your name")
            assert b"exam mode" in screen and b"3 questions" in screen  # the locked join screen
            await ws.send_str(json.dumps(["stdin", "Ana\r"]))
            attempts = await wait_for(lambda: attempts_in(db))
            assert [(a.student, a.session, a.mode, a.seed) for a in attempts] == [
                ("Ana", "5B test", "exam", 7)
            ]
            assert len(attempts[0].question_ids) == 3
            await ws.send_str(json.dumps(["stdin", answer_keys(attempts[0].question_ids[0])]))
            await wait_for(lambda: len(responses_in(db)) == 1)
        # The page is reloaded: the old process ends and frees the name ...
        await wait_for(lambda: not claims_in(db))
        async with http.ws_connect(base + "/ws?width=80&height=24") as ws:
            await read_until(ws, b"Your name")
            await ws.send_str(json.dumps(["stdin", "ana\r"]))
            await read_until(ws, b"Continue as Ana")
            await ws.send_str(json.dumps(["stdin", "y"]))
            # ... and the quiz continues at question 2 of the same attempt.
            await ws.send_str(json.dumps(["stdin", answer_keys(attempts[0].question_ids[1])]))
            rows = await wait_for(lambda: len(responses_in(db)) == 2 and responses_in(db))
            assert {r.attempt_id for r in rows} == {attempts[0].id}
            assert [r.question_id for r in rows] == attempts[0].question_ids[:2]
        assert len(attempts_in(db)) == 1
    assert proc.poll() is None  # still serving after the browser left


async def test_a_full_class_refuses_more_browsers(tmp_path: Path, example_bank_path) -> None:
    with running_server(tmp_path / "c.sqlite", example_bank_path, "--max-students", "1") as (
        port,
        _proc,
    ):
        url = f"http://127.0.0.1:{port}/ws?width=80&height=24"
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(url) as first:
                await read_until(first, b"Your name")
                async with http.ws_connect(url) as second:
                    msg = await second.receive(timeout=30)
                    assert msg.type == aiohttp.WSMsgType.CLOSE
                    assert (msg.data, msg.extra) == (1013, "The class is full. Try again later.")
            # The first browser left: its seat is free again.
            screen = b""
            for _ in range(100):
                async with http.ws_connect(url) as third:
                    msg = await third.receive(timeout=30)
                    if msg.type == aiohttp.WSMsgType.BINARY:
                        screen = msg.data + await read_until(third, b"Your name")
                        break
                await asyncio.sleep(0.1)  # the first quiz process is still shutting down
            assert b"Your name" in screen


def test_public_url_is_required_on_every_interface(tmp_path: Path, example_bank_path) -> None:
    result = serve(str(example_bank_path), "--db", str(tmp_path / "c.sqlite"), "--host", "0.0.0.0")
    assert result.returncode == 2
    assert result.stderr.startswith("--public-url is required with --host 0.0.0.0")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "c.sqlite").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--roster", "ROSTER"], "roster.csv:3: duplicate name 'ana' (first on line 2)"),
        (["--questions", "99"], "--questions 99:"),
        (["--public-url", "http://10.0.0.5:8000/quiz"], "no path"),
        (["--port", "70000"], "use a port from 1 to 65535"),
    ],
)
def test_bad_options_fail_before_serving(
    tmp_path: Path, example_bank_path, args: list[str], message: str
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("name\nAna\nana\n", encoding="utf-8")
    args = [str(roster) if a == "ROSTER" else a for a in args]
    result = serve(str(example_bank_path), "--db", str(tmp_path / "c.sqlite"), *args)
    assert result.returncode in (1, 2)
    assert message in result.stderr and "Traceback" not in result.stderr


def test_broken_bank_names_file_and_line(tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("format: quizgen-bank/1\ntitle: x\nquestions:\n  - id: [\n", encoding="utf-8")
    result = serve(str(bank), "--db", str(tmp_path / "c.sqlite"))
    assert result.returncode == 1 and f"{bank}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_public_url_checks() -> None:
    assert check_public_url("127.0.0.1", 8000, None) is None
    assert check_public_url("0.0.0.0", 8000, "http://192.168.1.20:8000/") == (
        "http://192.168.1.20:8000"
    )
    with pytest.raises(InputError, match="required"):
        check_public_url("::", 8000, None)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")


def test_the_served_command_is_fixed_and_quoted(tmp_path: Path) -> None:
    args = Namespace(
        mode="exam",
        questions=5,
        time_limit=20.0,
        total_time=None,
        seed=3,
        no_shuffle=False,
        no_speed_points=True,
        no_streak_bonus=False,
        partial_credit=False,
        partial_multiple=3.0,
    )
    bank = tmp_path / "my bank; rm -rf ~.yaml"
    command = take_command(args, bank, tmp_path / "class.sqlite", "5B $(whoami)", None)
    argv = shlex.split(command)
    assert argv[:6] == [sys.executable, "-m", "quizgen", "take", str(bank), "--locked"]
    assert argv[argv.index("--session") + 1] == "5B $(whoami)"  # one inert argument
    assert argv[argv.index("--mode") + 1] == "exam"
    assert argv[argv.index("--questions") + 1] == "5"
    assert argv[argv.index("--time-limit") + 1] == "20.0"
    assert "--no-speed-points" in argv and "--total-time" not in argv
