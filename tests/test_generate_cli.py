"""`quizgen generate` end to end: outputs, determinism, options, parallel jobs, bad input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from quizgen.bank.io import load_bank
from quizgen.cli import main

from .conftest import DEV_CORPUS, REPO, SEED


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "quizgen", "generate", *args],
        input=stdin,
        check=False,
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def leftovers(folder: Path) -> list[str]:
    """Temp files an interrupted atomic write would leave."""
    return [p.name for p in folder.iterdir() if p.name.startswith(".") and p.suffix == ".tmp"]


def test_one_article_to_one_bank(tmp_path, capsys):
    out = tmp_path / "bank.yaml"
    assert main(["generate", str(SEED), "-o", str(out)]) == 0
    bank = load_bank(out)
    assert len(bank.questions) >= 15
    assert bank.source.path == str(SEED)
    assert bank.source.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert bank.generator == {"name": "quizgen", "version": bank.generator["version"], "seed": 0}
    assert bank.defaults == {"time_limit": 30}
    assert "wrote 1 bank" in capsys.readouterr().err


def test_same_input_and_seed_is_byte_identical_across_processes(tmp_path):
    a, b, c = tmp_path / "a.yaml", tmp_path / "b.yaml", tmp_path / "c.yaml"
    assert run_cli(str(SEED), "-o", str(a), "--seed", "7").returncode == 0
    assert run_cli(str(SEED), "-o", str(b), "--seed", "7").returncode == 0
    assert a.read_bytes() == b.read_bytes()
    assert main(["generate", str(SEED), "-o", str(c), "--seed", "8"]) == 0
    bank7, bank8 = load_bank(a), load_bank(c)
    assert [q.id for q in bank7.questions] == [q.id for q in bank8.questions]  # ids stable
    orders = [
        (q7.choices, q8.choices)
        for q7, q8 in zip(bank7.questions, bank8.questions, strict=True)
        if q7.choices
    ]
    assert any(x != y for x, y in orders)  # the seed changes the options and their order
    for q7, q8 in zip(bank7.questions, bank8.questions, strict=True):
        assert (q7.prompt, q7.answer) == (q8.prompt, q8.answer)  # ...never the questions


def test_stdin_and_no_output_prints_yaml():
    proc = run_cli("-", stdin=SEED.read_bytes())
    assert proc.returncode == 0, proc.stderr
    data = yaml.safe_load(proc.stdout)
    assert data["format"] == "quizgen-bank/1"
    assert len(data["questions"]) >= 15
    assert data["source"]["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"  \n", "quizgen: <stdin>: empty file, nothing to ask about"),
        (b"\x7fELF\x02\x01\x00\x00", "quizgen: <stdin>:1: binary file (NUL byte), not text"),
    ],
)
def test_bad_stdin_is_named_like_a_file(content, message, tmp_path):
    out = tmp_path / "bank.yaml"
    proc = run_cli("-", "-o", str(out), stdin=content)
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == message
    assert not out.exists()


def test_kinds_and_max_questions(tmp_path):
    out = tmp_path / "n.yaml"
    assert (
        main(["generate", str(SEED), "-o", str(out), "--kinds", "numeric", "--max-questions", "4"])
        == 0
    )
    bank = load_bank(out)
    assert len(bank.questions) == 4
    assert {q.kind for q in bank.questions} == {"numeric"}
    assert main(["generate", str(SEED), "-o", str(out), "--kinds", "multiple_choice"]) == 0
    assert {q.kind for q in load_bank(out).questions} == {"multiple_choice"}


def test_unknown_kind_is_a_usage_error(tmp_path, capsys):
    out = tmp_path / "x.yaml"
    assert main(["generate", str(SEED), "-o", str(out), "--kinds", "essay"]) == 2
    assert "essay" in capsys.readouterr().err
    assert not out.exists()


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    """Four articles: the seed plus dev articles when the shared corpus is present."""
    folder = tmp_path_factory.mktemp("articles")
    sources = [SEED, *sorted(DEV_CORPUS.glob("*.txt"))[:3]] if DEV_CORPUS.is_dir() else [SEED]
    paths = []
    for i, src in enumerate(sources):
        target = folder / f"art{i}.txt"
        target.write_bytes(src.read_bytes())
        paths.append(target)
    return paths


def test_many_articles_to_a_folder_and_jobs_give_the_same_bytes(tmp_path, articles):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["generate", *map(str, articles), "-o", f"{one}/", "-q"]) == 0
    assert main(["generate", *map(str, articles), "-o", str(two), "--jobs", "2", "-q"]) == 0
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(f"{a.stem}.yaml" for a in articles)
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes()
        assert load_bank(one / name).questions


def test_several_articles_without_output_folder_is_refused(articles, capsys):
    assert main(["generate", *map(str, articles[:2])]) == 2
    assert "-o FOLDER" in capsys.readouterr().err


def test_same_stem_twice_is_refused_before_writing(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x.txt").write_bytes(SEED.read_bytes())
    (b / "x.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    assert main(["generate", str(a / "x.txt"), str(b / "x.txt"), "-o", str(out)]) == 2
    assert "both write" in capsys.readouterr().err


# bad input -----------------------------------------------------------------------------


@pytest.fixture
def bad_files(tmp_path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "blank": b"   \n\n  ",
        "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "nothing": b"the cat sat on the mat and it was nice and then it slept all day long.\n",
        "huge": (SEED.read_bytes() + b"\n\n") * 1400,  # ~6 MB
    }
    out = {}
    for name, raw in files.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(raw)
        out[name] = path
    return out


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty", "empty"),
        ("blank", "empty"),
        ("binary", "binary"),
        ("nothing", "no questions"),
        ("huge", "far longer than a news article"),
    ],
)
def test_bad_article_gets_one_clear_line_and_no_file(bad_files, tmp_path, capsys, name, message):
    out = tmp_path / f"{name}.yaml"
    assert main(["generate", str(bad_files[name]), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and bad_files[name].name in lines[0]
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_missing_file_is_reported(tmp_path, capsys):
    assert main(["generate", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "b.yaml")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "b.yaml").exists()


def test_cp1252_article_is_read_with_a_warning(tmp_path, capsys):
    text = SEED.read_text(encoding="utf-8").replace("Peña", "Pe\u00f1a")
    src = tmp_path / "cp.txt"
    src.write_bytes(text.encode("cp1252", errors="replace"))
    out = tmp_path / "cp.yaml"
    assert main(["generate", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "cp1252" in err
    bank = load_bank(out)
    assert (
        any(
            "Peña" in (c or "")
            for q in bank.questions
            for c in (q.choices or []) + [q.answer if isinstance(q.answer, str) else ""]
        )
        or bank.questions
    )


def test_batch_reports_bad_files_writes_the_rest_and_exits_1(bad_files, articles, tmp_path):
    out = tmp_path / "banks"
    inputs = [bad_files["empty"], articles[0], bad_files["binary"]]
    proc = run_cli(*map(str, inputs), "-o", str(out), "--jobs", "2")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "empty.txt" in err and "binary.txt" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == [f"{articles[0].stem}.yaml"]
    assert "2 articles failed" in err


def test_output_folder_that_is_a_file_is_refused(tmp_path, articles, capsys):
    blocker = tmp_path / "banks"
    blocker.write_text("not a folder")
    assert main(["generate", *map(str, articles[:2]), "-o", str(blocker)]) == 2
    assert "is a file" in capsys.readouterr().err


def test_help_documents_output_rules(capsys):
    with pytest.raises(SystemExit):
        main(["generate", "--help"])
    out = capsys.readouterr().out
    for text in ("--jobs", "--kinds", "--max-questions", "--seed", "stdout", "banks/"):
        assert text in out


def test_an_internal_error_on_one_article_is_one_line_and_the_rest_is_written(
    tmp_path, articles, monkeypatch, capsys
):
    import quizgen.generate.bank_builder as builder

    real = builder.generate_bank

    def flaky(text, **kwargs):
        if "Trump" in text:
            raise RuntimeError("simulated pipeline bug")
        return real(text, **kwargs)

    monkeypatch.setattr(builder, "generate_bank", flaky)
    out = tmp_path / "banks"
    assert main(["generate", *map(str, articles), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert "simulated pipeline bug" in err and "art0.txt" in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{a.stem}.yaml" for a in articles[1:])


def test_progress_bar_only_on_a_terminal(monkeypatch):
    import io

    from quizgen.commands.generate import Progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    for stream, expect in ((Tty(), True), (io.StringIO(), False)):
        monkeypatch.setattr(sys, "stderr", stream)
        bar = Progress(3, enabled=True)
        bar.update(1, "a.txt")
        bar.update(3, "c.txt")
        bar.close()
        text = stream.getvalue()
        assert ("3/3" in text and "#" in text) is expect
