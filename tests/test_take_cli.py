"""`quizgen take` and `quizgen history` from the command line, and the fast bank loader."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from quizgen import cli
from quizgen.bank.io import load_bank
from quizgen.commands.take import is_article
from quizgen.errors import BankError
from quizgen.history import sparkline
from quizgen.quickload import load_bank_fast, schema_ok
from quizgen.results import ResultStore
from quizgen.session import QuizSession, QuizSettings

from .conftest import EXAMPLE_BANK, REPO, SEED, python_output


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
    )


def test_take_missing_file_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run_cli("take", str(tmp_path / "nope.yaml"), "--db", str(tmp_path / "r.sqlite"))
    assert result.returncode == 2
    assert "nope.yaml" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_take_broken_bank_reports_file_and_line(tmp_path: Path) -> None:
    bank = tmp_path / "broken.yaml"
    text = EXAMPLE_BANK.read_text(encoding="utf-8").replace("answer: 5000", "answer: many", 1)
    bank.write_text(text, encoding="utf-8")
    result = run_cli("take", str(bank), "--db", str(tmp_path / "r.sqlite"))
    assert result.returncode == 1
    assert f"{bank}:" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "r.sqlite").exists()  # nothing started


@pytest.mark.parametrize(
    "args",
    [["--questions", "0"], ["--time-limit", "-3"], ["--mode", "blitz"], ["--seed", "x"]],
)
def test_take_rejects_bad_options(args: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["take", str(EXAMPLE_BANK), *args])
    assert exc.value.code == 2
    assert "take" in capsys.readouterr().err


def test_article_detection(tmp_path: Path) -> None:
    assert is_article(Path("a.txt"), b"format: quizgen-bank/1")
    assert is_article(Path("a.md"), b"")
    assert not is_article(Path("b.yaml"), b"hello")
    assert not is_article(Path("bank"), EXAMPLE_BANK.read_bytes())
    assert is_article(Path("article"), SEED.read_bytes())


def write_history(db: Path) -> None:
    bank = load_bank(EXAMPLE_BANK)
    with ResultStore(db) as store:
        for student, answers in (("ana", 8), ("ana", 3), ("ben", 0)):
            session = QuizSession(
                bank,
                QuizSettings(mode="exam", shuffle=False),
                student=student,
                bank_sha="sha",
                store=store,
            )
            for _ in range(answers):
                question = session.begin_question()
                session.answer(str(question.answer) if question.is_numeric else question.answer)
                session.advance()
            if student == "ben":
                continue  # ben's attempt stays unfinished
            while session.current is not None:
                session.begin_question()
                session.time_out()
                session.advance()
            session.finish()


def test_history_lists_attempts_with_trend(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    write_history(db)
    result = run_cli("history", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["When", "(UTC)", "Student"]
    body = [line for line in lines[2:5]]
    assert "ben" in body[0] and "unfinished" in body[0]  # newest first
    assert "ana" in body[1] and "3/9" in body[1] and "33" in body[1]
    assert "ana" in body[2] and "9/9" in body[2] and "100" in body[2] and "finished" in body[2]
    assert any(line.startswith("ana") and "█" in line and "last 33%" in line for line in lines)
    only_ben = run_cli("history", "--db", str(db), "--student", "ben")
    assert "ana" not in only_ben.stdout and "ben" in only_ben.stdout


def test_history_missing_or_bad_db(tmp_path: Path) -> None:
    missing = run_cli("history", "--db", str(tmp_path / "none.sqlite"))
    assert missing.returncode == 2 and "no such results database" in missing.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    bad = run_cli("history", "--db", str(junk))
    assert bad.returncode == 2 and "not a quizgen results database" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_history_leaves_someone_else_s_sqlite_file_alone(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "grades.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE marks (name TEXT, mark INTEGER)")
    result = run_cli("history", "--db", str(other))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{other}: not a quizgen results database (no attempts table)"
    with sqlite3.connect(other) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"marks"}  # no attempts/responses tables were added to it


# --- the fast loader agrees with the full validator -------------------------------------


def mutations() -> list[tuple[str, object]]:
    """(description, change) pairs: each breaks one schema rule (or none, for control)."""
    return [
        ("title empty", lambda d: d.update(title="")),
        ("format wrong", lambda d: d.update(format="quizgen-bank/9")),
        ("no questions key", lambda d: d.pop("questions")),
        ("source null", lambda d: d.update(source=None)),
        ("sha not hex", lambda d: d["source"].update(sha256="xyz")),
        ("words negative", lambda d: d["source"].update(words=-1)),
        ("generator seed str", lambda d: d["generator"].update(seed="0")),
        ("defaults time 0", lambda d: d["defaults"].update(time_limit=0)),
        ("defaults points neg", lambda d: d["defaults"].update(points=-1)),
        ("id with space", lambda d: d["questions"][0].update(id="a b")),
        ("kind unknown", lambda d: d["questions"][0].update(kind="essay")),
        ("prompt empty", lambda d: d["questions"][1].update(prompt="")),
        ("no answer", lambda d: d["questions"][1].pop("answer")),
        ("numeric answer str", lambda d: d["questions"][0].update(answer="5000")),
        ("numeric answer bool", lambda d: d["questions"][0].update(answer=True)),
        ("tolerance negative", lambda d: d["questions"][0].update(tolerance=-1)),
        ("mc no choices", lambda d: d["questions"][1].pop("choices")),
        ("mc one choice", lambda d: d["questions"][1].update(choices=["x"], answer="x")),
        ("mc answer number", lambda d: d["questions"][1].update(answer=3)),
        ("mc answer not a choice", lambda d: d["questions"][1].update(answer="Le Monde")),
        ("choice empty", lambda d: d["questions"][1]["choices"].append("")),
        ("duplicate id", lambda d: d["questions"][1].update(id=d["questions"][0]["id"])),
        ("evidence start str", lambda d: d["questions"][0]["evidence"].update(start="1")),
        ("evidence text empty", lambda d: d["questions"][0]["evidence"].update(text="")),
        ("time_limit zero", lambda d: d["questions"][0].update(time_limit=0)),
        ("points str", lambda d: d["questions"][0].update(points="two")),
        ("difficulty 2", lambda d: d["questions"][0].update(difficulty=2)),
        ("difficulty word", lambda d: d["questions"][0].update(difficulty="tricky")),
        ("tags not list", lambda d: d["questions"][0].update(tags="a")),
        ("explanation number", lambda d: d["questions"][0].update(explanation=3)),
        ("unit number", lambda d: d["questions"][0].update(unit=5)),
        ("question not a mapping", lambda d: d["questions"].append("oops")),
        ("fine: extra field", lambda d: d["questions"][0].update(answer_text="five thousand")),
        ("fine: difficulty 0.5", lambda d: d["questions"][0].update(difficulty=0.5)),
        ("fine: no source", lambda d: d.pop("source")),
        ("fine: unknown top key", lambda d: d.update(notes="hello")),
    ]


@pytest.mark.parametrize(("name", "change"), mutations(), ids=[m[0] for m in mutations()])
def test_fast_loader_matches_full_validator(name: str, change, tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE_BANK.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    change(data)
    path = tmp_path / "bank.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    try:
        expected = load_bank(path)
    except BankError as exc:
        with pytest.raises(BankError) as got:
            load_bank_fast(path)
        assert got.value.problems == exc.problems
        assert name.startswith("fine") is False
    else:
        assert name.startswith("fine"), f"{name} should break the bank"
        assert load_bank_fast(path) == expected
        assert schema_ok(data)


def test_start_up_path_does_not_import_jsonschema_or_nltk() -> None:
    script = (
        "import sys\n"
        "from quizgen.quickload import load_bank_fast\n"
        f"bank = load_bank_fast({str(EXAMPLE_BANK)!r})\n"
        "import tui.app\n"
        "from quizgen.commands import take\n"
        "print(len(bank.questions), sorted(m for m in ('jsonschema', 'nltk', 'numpy')"
        " if m in sys.modules))\n"
    )
    assert python_output(script) == "8 []"


def test_sparkline_scales_scores_from_0_to_100() -> None:
    assert sparkline([0, 50, 100]) == "▁▅█"
    assert sparkline([120, -5]) == "█▁"
