"""The `quizgen` command as a user runs it: help, validate, setup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen import cli
from quizgen.commands import setup as setup_command
from quizgen.nlp import resources

from .conftest import REPO, SHARED


def run_cli(*args: str, cwd: Path = REPO, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_help_lists_every_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for name in cli.COMMANDS:
        assert name in result.stdout


@pytest.mark.parametrize("name", cli.COMMANDS)
def test_every_subcommand_explains_itself(name: str, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main([name, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: quizgen {name}" in out
    description = out.split("\n\n")[1]
    assert len(description.split()) >= 8, f"`quizgen {name} --help` needs a real description"


def test_command_modules_load_no_feature_package() -> None:
    """Every quizgen run imports every command module; they must not drag the linter or the
    exporters in (their names are copied into the command modules instead)."""
    script = (
        "import sys\n"
        "from quizgen import cli\n"
        "cli.build_parser()\n"
        "print(','.join(m for m in ('quizgen.lint', 'quizgen.export') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_names_copied_into_command_modules_match_their_packages() -> None:
    from quizgen.commands import export as export_command
    from quizgen.commands import lint as lint_command
    from quizgen.export import FORMATS
    from quizgen.lint import CHECKS

    assert lint_command.CHECKS == CHECKS
    assert export_command.FORMAT_NAMES == tuple(FORMATS)


def test_no_command_prints_help_and_fails() -> None:
    result = run_cli()
    assert result.returncode == 2
    assert "usage: quizgen" in result.stdout


def test_validate_accepts_example(example_bank_path: Path) -> None:
    result = run_cli("validate", str(example_bank_path))
    assert result.returncode == 0, result.stderr
    assert "valid (8 questions)" in result.stdout


BROKEN = {
    "duplicate-id": (
        (
            "format: quizgen-bank/1\ntitle: T\nquestions:\n"
            "  - {id: a, kind: numeric, prompt: P?, answer: 1}\n"
            "  - {id: a, kind: numeric, prompt: Q?, answer: 2}\n"
        ),
        5,
        "duplicate id 'a'",
    ),
    "answer-not-in-choices": (
        (
            "format: quizgen-bank/1\ntitle: T\nquestions:\n"
            "  - id: a\n    kind: multiple_choice\n    prompt: P?\n    choices: [x, y]\n    answer: z\n"
        ),
        8,
        "is not one of the choices",
    ),
    "negative-tolerance": (
        (
            "format: quizgen-bank/1\ntitle: T\nquestions:\n"
            "  - id: a\n    kind: numeric\n    prompt: P?\n    answer: 3\n    tolerance: -1\n"
        ),
        8,
        "tolerance: must be at least 0",
    ),
    "tab-indented": ("format: quizgen-bank/1\ntitle: T\nquestions:\n\t- id: a\n", 4, "tabs"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_validate_rejects_broken_bank(case: str, tmp_path: Path) -> None:
    text, line, message = BROKEN[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{line}: ")
    assert message in first


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", ":1: empty file"), (b"\x7fELF\x02\x01\x01\x00\x00", ":1: binary file")],
)
def test_validate_rejects_unreadable_content(content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_bytes(content)
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{path}{message}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_validate_missing_file_exit_2(tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"{tmp_path / 'nope.yaml'}: no such file"


def test_validate_reports_every_file(tmp_path: Path, example_bank_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: quizgen-bank/1\n", encoding="utf-8")
    result = run_cli("validate", str(example_bank_path), str(bad))
    assert result.returncode == 1
    assert "valid (8 questions)" in result.stdout
    assert f"{bad}:1: missing required field 'title'" in result.stderr
    assert f"{bad}:1: missing required field 'questions'" in result.stderr


# --- setup ---------------------------------------------------------------------------------


def test_setup_from_mirror_then_check(tmp_path: Path) -> None:
    mirror = SHARED / "nltk_data"
    target = tmp_path / "nltk_data"
    copied = run_cli("setup", "--from", str(mirror), "--dir", str(target))
    assert copied.returncode == 0, copied.stderr
    assert "[8/8] wordnet: copied" in copied.stdout
    assert (target / "corpora" / "wordnet.zip").is_file()
    assert (target / "tokenizers" / "punkt_tab" / "english" / "abbrev_types.txt").is_file()
    checked = run_cli("setup", "--check", env={"NLTK_DATA": str(target)})
    assert checked.returncode == 0, checked.stdout
    assert "all NLTK data present" in checked.stdout
    assert str(target) in checked.stdout


def test_setup_from_incomplete_mirror_fails_clearly(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    (mirror / "corpora" / "stopwords").mkdir(parents=True)
    (mirror / "corpora" / "stopwords" / "english").write_text("the\n", encoding="utf-8")
    result = run_cli("setup", "--from", str(mirror), "--dir", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "stopwords: copied" in result.stdout
    assert "lacks: punkt_tab" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_lists_missing_resources(tmp_path: Path, monkeypatch, capsys) -> None:
    import nltk.data

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    assert setup_command.check(resources) == 1
    out = capsys.readouterr().out
    assert out.count("MISSING") == len(resources.RESOURCES)
    assert "run `quizgen setup`" in out


def test_missing_resource_error_says_run_setup(tmp_path: Path, monkeypatch) -> None:
    import nltk.data

    from quizgen.errors import MissingResourceError

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    with pytest.raises(MissingResourceError, match="run `quizgen setup`"):
        resources.require("punkt_tab")


def test_download_failure_is_one_clear_line(tmp_path: Path, monkeypatch) -> None:
    import nltk

    from quizgen.errors import QuizgenError

    asked: list[str] = []

    def offline(package, **kwargs):
        asked.append(package)
        return package != "wordnet"

    monkeypatch.setattr(nltk, "download", offline)
    with pytest.raises(QuizgenError, match=r"could not download wordnet; .* --from DIR"):
        setup_command.download(tmp_path, resources.RESOURCES)
    assert asked == [r.package for r in resources.RESOURCES]


def test_models_load_once_per_process() -> None:
    assert resources.pos_tagger() is resources.pos_tagger()
    assert resources.ne_chunker() is resources.ne_chunker()
    assert resources.sentence_splitter() is resources.sentence_splitter()


def test_readme_documents_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in cli.COMMANDS:
        assert f"`quizgen {name}" in readme, f"README does not document `quizgen {name}`"


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = readme.split("## Run the tests", 1)[1].split("```sh\n", 1)[1].split("\n", 1)[0]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert command == "python -m pytest -q"
    assert command in ci.splitlines()
