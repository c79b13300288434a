"""``quizgen lint`` end to end: exit codes, text and JSON output, --article, hand-edited banks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.cli import main
from tests.conftest import EXAMPLE_BANK, REPO, SEED

EXAMPLE = EXAMPLE_BANK.read_text(encoding="utf-8")


def write_bank(tmp_path: Path, text: str, name: str = "bank.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_with(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_example_bank_is_clean_from_the_repo(monkeypatch, capsys) -> None:
    monkeypatch.chdir(REPO)
    assert main(["lint", "docs/examples/seed-bank.yaml"]) == 0
    out = capsys.readouterr()
    assert "questions clean: 8/8; clean; checked against seeds/000_14a0cfa724519c44.txt" in out.out
    assert out.err == ""


def test_subprocess_exit_0_and_summary_table() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quizgen", "lint", str(EXAMPLE_BANK), "--article", str(SEED)],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "NLTK_DATA": os.environ.get("NLTK_DATA", "")},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "key-in-evidence       0         0" in proc.stdout
    assert "answer positions A:0 B:3 C:1 D:0" in proc.stdout


def test_hand_edited_bank_findings_point_at_the_question_line(tmp_path, capsys) -> None:
    edited = EXAMPLE.replace(
        "prompt: Roughly how many National Guard troops",
        "prompt: They said roughly how many National Guard troops",
    ).replace("  - Reuters\n", "  - Wall Street Journal\n")
    bank = write_bank(tmp_path, edited)
    assert main(["lint", str(bank), "--article", str(SEED)]) == 1
    out = capsys.readouterr().out
    guard_line = line_with(edited, "- id: q-2000-national-guard")
    wsj_line = line_with(edited, "- id: q-wall-street-journal")
    assert (
        f"{bank}:{guard_line}: [pronoun-start] q-2000-national-guard: error: "
        "the prompt starts with the pronoun 'They'" in out
    )
    assert f"{bank}:{wsj_line}: [options] q-wall-street-journal: error: options" in out
    assert "questions clean: 6/8; 2 error(s), 0 warning(s)" in out


def test_json_output(tmp_path, capsys) -> None:
    edited = EXAMPLE.replace("  unit: km\n", "")
    bank = write_bank(tmp_path, edited)
    assert main(["lint", str(bank), "--article", str(SEED), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is True and data["clean"] is False
    assert data["article"] == str(SEED)
    (finding,) = data["findings"]
    assert finding["check"] == "unit-missing"
    assert finding["question_id"] == "q-1450-km"
    assert finding["line"] == line_with(edited, "- id: q-1450-km")
    assert data["summary"]["checks"]["unit-missing"] == {"error": 0, "warning": 1}
    assert data["summary"]["clean_questions"] == 7
    assert data["stats"]["key_positions"] == {"A": 0, "B": 3, "C": 1, "D": 0}


def test_without_article_says_so_once_and_still_lints(tmp_path, monkeypatch, capsys) -> None:
    bank = write_bank(tmp_path, EXAMPLE)  # source.path does not resolve from tmp_path
    monkeypatch.chdir(tmp_path)
    assert main(["lint", str(bank)]) == 0
    out = capsys.readouterr()
    assert out.err.count("no article") == 1
    assert "questions clean: 8/8; clean; no article" in out.out


def test_article_option_catches_an_edited_article(tmp_path, capsys) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        SEED.read_text(encoding="utf-8").replace("Wall Street Journal", "Wall St Journal"),
        encoding="utf-8",
    )
    assert main(["lint", str(EXAMPLE_BANK), "--article", str(article)]) == 1
    out = capsys.readouterr()
    assert "[grounding] q-wall-street-journal: error: evidence text is not the article" in out.out
    assert "does not match source.sha256" in out.err


def test_invalid_bank_is_reported_like_validate(tmp_path, capsys) -> None:
    broken = EXAMPLE.replace("  answer: Honduras\n", "  answer: Panama\n")
    bank = write_bank(tmp_path, broken)
    assert main(["lint", str(bank)]) == 1
    err = capsys.readouterr().err
    line = line_with(broken, "answer: Panama")
    assert f"{bank}:{line}: questions[5].answer: answer 'Panama' is not one of the choices" in err
    assert main(["lint", str(bank), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False and "Panama" in data["problems"][0]


@pytest.mark.parametrize("kind", ["missing", "binary", "directory", "article"])
def test_unreadable_input_exits_2(tmp_path, capsys, kind: str) -> None:
    if kind == "missing":
        args = ["lint", str(tmp_path / "nope.yaml")]
    elif kind == "binary":
        args = ["lint", str(write_bank(tmp_path, "x"))]
        (tmp_path / "bank.yaml").write_bytes(b"\x00\x01\x02PNG")
    elif kind == "directory":
        args = ["lint", str(tmp_path)]
    else:
        args = ["lint", str(EXAMPLE_BANK), "--article", str(tmp_path / "gone.txt")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_ignore_and_unknown_check(tmp_path, capsys) -> None:
    edited = EXAMPLE.replace("  unit: km\n", "")
    bank = write_bank(tmp_path, edited)
    assert main(["lint", str(bank), "--article", str(SEED), "--ignore", "unit-missing"]) == 0
    assert main(["lint", str(bank), "--ignore", "spelling"]) == 2
    assert "unknown check(s) spelling" in capsys.readouterr().err


def test_several_banks_json_is_a_list(tmp_path, monkeypatch, capsys) -> None:
    bad = write_bank(tmp_path, EXAMPLE.replace("prompt: Which post", "prompt: His post"), "b.yaml")
    monkeypatch.chdir(REPO)
    assert main(["lint", str(EXAMPLE_BANK), str(bad), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [d["clean"] for d in data] == [True, False]
    assert data[1]["findings"][0]["check"] == "pronoun-start"


def test_every_check_is_documented() -> None:
    from quizgen.lint import CHECKS

    doc = (REPO / "docs" / "lint.md").read_text(encoding="utf-8")
    missing = [check for check in CHECKS if f"### `{check}`" not in doc]
    assert missing == []
