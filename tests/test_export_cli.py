"""``quizgen export`` end to end: every format, --list-formats, merged banks, bad input, and
never a partial output file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from quizgen.cli import main

from .conftest import EXAMPLE_BANK
from .export_support import run_cli, tricky_bank, write_bank

FORMATS = {
    "gift": ".gift",
    "moodle-xml": ".xml",
    "qti21": ".zip",
    "canvas": ".zip",
    "kahoot": ".xlsx",
    "wayground": ".xlsx",
    "markdown": ".md",
    "html": ".html",
}


def test_list_formats_names_every_format_with_its_extension() -> None:
    done = run_cli("export", "--list-formats")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(FORMATS)
    for line, ext in zip(lines, FORMATS.values(), strict=True):
        assert line.split()[1] == ext


def _check_file(fmt: str, path: Path, title: str) -> None:
    data = path.read_bytes()
    if FORMATS[fmt] == ".zip":
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        assert "imsmanifest.xml" in names
    elif FORMATS[fmt] == ".xlsx":
        assert load_workbook(io.BytesIO(data)).active.max_row > 1
    else:
        text = data.decode("utf-8")
        assert title in text
        assert "The Wall Street Journal" in text and "Enrique Peña Nieto" in text


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_end_to_end_with_two_banks(fmt: str, tmp_path: Path) -> None:
    other = write_bank(tricky_bank(), tmp_path / "tricky.yaml")
    out = tmp_path / f"quiz{FORMATS[fmt]}"
    done = run_cli("export", str(EXAMPLE_BANK), str(other), "--format", fmt, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}: 12 questions from 2 banks ({fmt})" in done.stderr
    _check_file(fmt, out, "US to send troops to Mexico border")
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_kahoot_prints_one_warning_line_per_converted_question(tmp_path: Path) -> None:
    out = tmp_path / "quiz.xlsx"
    done = run_cli("export", str(EXAMPLE_BANK), "-f", "kahoot", "-o", str(out), "-q")
    assert done.returncode == 0
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    numeric = ["q-5000-soldiers", "q-2000-national-guard", "q-1450-km", "q-core-group"]
    assert len(warnings) == len(numeric)
    for qid, line in zip(numeric, warnings, strict=True):
        assert f"question {qid}:" in line and "converted to multiple choice" in line
    assert done.stderr.count("\n") == len(numeric)  # -q: nothing but the warnings


def test_text_formats_go_to_stdout_without_output(tmp_path: Path) -> None:
    done = run_cli("export", str(EXAMPLE_BANK), "-f", "gift")
    assert done.returncode == 0
    assert "::q-wall-street-journal::" in done.stdout


def test_binary_format_needs_an_output_file() -> None:
    done = run_cli("export", str(EXAMPLE_BANK), "-f", "kahoot")
    assert done.returncode == 2
    assert "give -o FILE" in done.stderr


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "quiz.txt"
    done = run_cli("export", str(EXAMPLE_BANK), "--format", "blackboard", "-o", str(out))
    assert done.returncode == 2
    assert "blackboard" in done.stderr
    assert not out.exists()


def test_invalid_bank_reports_like_validate_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = EXAMPLE_BANK.read_text(encoding="utf-8")
    bad.write_text(text.replace("answer: The Wall Street Journal", "answer: The Times"), "utf-8")
    out = tmp_path / "quiz.gift"
    out.write_text("the previous export\n", encoding="utf-8")
    done = run_cli("export", str(EXAMPLE_BANK), str(bad), "-f", "gift", "-o", str(out))
    assert done.returncode == 1
    validate = run_cli("validate", str(bad))
    assert validate.returncode == 1
    assert done.stderr.strip() == validate.stderr.strip()
    assert f"{bad}:" in done.stderr
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "quiz.gift"]


def test_missing_bank_and_unwritable_output_are_clear_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    done = run_cli("export", str(missing), "-f", "html", "-o", str(tmp_path / "q.html"))
    assert done.returncode in (1, 2)
    assert str(missing) in done.stderr and "Traceback" not in done.stderr
    out = tmp_path / "no-such-dir" / "q.html"
    done = run_cli("export", str(EXAMPLE_BANK), "-f", "html", "-o", str(out))
    assert done.returncode == 2
    assert "cannot write" in done.stderr and "Traceback" not in done.stderr
    done = run_cli("export", str(EXAMPLE_BANK), "-f", "html", "-o", str(tmp_path))
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_in_process_main_with_title_and_seed(tmp_path: Path, capsys) -> None:
    out = tmp_path / "quiz.md"
    assert (
        main(["export", str(EXAMPLE_BANK), "-f", "markdown", "-o", str(out), "--title", "Week 3"])
        == 0
    )
    assert out.read_text(encoding="utf-8").startswith("# Week 3\n")
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert main(["export", str(EXAMPLE_BANK), "-f", "kahoot", "-o", str(first), "--seed", "1"]) == 0
    assert (
        main(["export", str(EXAMPLE_BANK), "-f", "kahoot", "-o", str(second), "--seed", "1"]) == 0
    )

    def cells(path: Path) -> list[tuple]:
        return list(load_workbook(path).active.iter_rows(values_only=True))

    assert cells(first) == cells(second)
    assert main(["export", "-f", "gift"]) == 2
    assert "give at least one BANK" in capsys.readouterr().err


def test_format_from_an_unambiguous_output_extension(tmp_path: Path) -> None:
    out = tmp_path / "quiz.gift"
    done = run_cli("export", str(EXAMPLE_BANK), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").count("$CATEGORY:") == 1
    ambiguous = tmp_path / "quiz.zip"  # QTI 2.1 or Canvas: the user must say
    done = run_cli("export", str(EXAMPLE_BANK), "-o", str(ambiguous))
    assert done.returncode == 2 and "--format" in done.stderr
    assert not ambiguous.exists()
