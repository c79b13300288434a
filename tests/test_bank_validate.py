"""Every validation rule, each reported with the line of the offending node."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from quizgen.bank.io import check_bank_file, load_bank
from quizgen.errors import BankError, InputError

VALID = """\
format: quizgen-bank/1
title: Test bank
questions:
  - id: q-one
    kind: multiple_choice
    prompt: Which newspaper first reported the larger deployment?
    choices: [The Wall Street Journal, Reuters, The Guardian, The Times]
    answer: The Wall Street Journal
  - id: q-two
    kind: numeric
    prompt: How many soldiers?
    answer: 5000
    tolerance: 0
    unit: soldiers
"""


def write(tmp_path: Path, text: str, name: str = "bank.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    problems, _ = check_bank_file(write(tmp_path, text))
    return problems


def test_valid_bank_has_no_problems(tmp_path: Path) -> None:
    assert problems_of(tmp_path, VALID) == []


def test_example_bank_in_docs_is_valid(example_bank_path: Path) -> None:
    bank = load_bank(example_bank_path)
    assert len(bank.questions) >= 6
    assert {q.kind for q in bank.questions} == {"numeric", "multiple_choice"}


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    text = VALID.replace("id: q-two", "id: q-one")
    problems = problems_of(tmp_path, text)
    assert problems == [
        f"{tmp_path / 'bank.yaml'}:9: questions[1].id: duplicate id 'q-one' (first used on line 4)"
    ]


def test_answer_not_among_choices(tmp_path: Path) -> None:
    text = VALID.replace("answer: The Wall Street Journal", "answer: The Sun")
    [problem] = problems_of(tmp_path, text)
    assert problem.endswith(":8: questions[0].answer: answer 'The Sun' is not one of the choices")


def test_negative_tolerance(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, VALID.replace("tolerance: 0", "tolerance: -1"))
    assert ":13: questions[1].tolerance: must be at least 0" in problem


def test_numeric_answer_must_be_a_number(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, VALID.replace("answer: 5000", "answer: five thousand"))
    assert ":12: questions[1].answer: must be a number" in problem


def test_boolean_is_not_a_number(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, VALID.replace("answer: 5000", "answer: true"))
    assert ":12:" in problem and "must be a number" in problem


def test_choices_need_two_distinct(tmp_path: Path) -> None:
    text = VALID.replace(
        "choices: [The Wall Street Journal, Reuters, The Guardian, The Times]",
        "choices: [The Wall Street Journal, the wall street journal ]",
    )
    problems = problems_of(tmp_path, text)
    assert any(":7: questions[0].choices: needs at least 2 distinct choices" in p for p in problems)
    assert any("repeated" in p for p in problems)


def test_single_choice_is_rejected(tmp_path: Path) -> None:
    text = VALID.replace(
        "[The Wall Street Journal, Reuters, The Guardian, The Times]", "[The Wall Street Journal]"
    )
    problems = problems_of(tmp_path, text)
    assert any("needs at least 2" in p and ":7:" in p for p in problems)


def test_unknown_kind_and_missing_fields_all_reported(tmp_path: Path) -> None:
    text = VALID + "  - kind: essay\n    prompt: Why?\n"
    problems = problems_of(tmp_path, text)
    assert len(problems) == 3
    assert all(":15:" in p for p in problems)
    assert any("missing required field 'id'" in p for p in problems)
    assert any("missing required field 'answer'" in p for p in problems)
    assert any("must be one of numeric, multiple_choice" in p for p in problems)


def test_unknown_format_version(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, VALID.replace("quizgen-bank/1", "quizgen-bank/9"))
    assert ":1: format: unknown format 'quizgen-bank/9'" in problem


def test_repeated_yaml_key_is_reported(tmp_path: Path) -> None:
    text = VALID.replace("    unit: soldiers\n", "    unit: soldiers\n    unit: troops\n")
    [problem] = problems_of(tmp_path, text)
    assert ":15: key 'unit' repeated (first on line 14)" in problem


def test_evidence_offsets_must_match_text_length(tmp_path: Path) -> None:
    text = VALID + "    evidence: {text: abc, start: 10, end: 20}\n"
    [problem] = problems_of(tmp_path, text)
    assert ":15: questions[1].evidence:" in problem and "span 10 characters" in problem


def test_evidence_checked_against_present_source(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Hello world. Second sentence here.", encoding="utf-8")
    header = "source: {path: article.txt}\n"
    good = VALID.replace("questions:\n", header + "questions:\n") + (
        "    evidence: {text: Second sentence here., start: 13, end: 34}\n"
    )
    assert problems_of(tmp_path, good) == []
    shifted = good.replace("start: 13, end: 34", "start: 12, end: 33")
    [problem] = problems_of(tmp_path, shifted)
    assert "evidence text is not the source text at 12:33" in problem
    outside = good.replace("start: 13, end: 34", "start: 100, end: 121")
    [problem] = problems_of(tmp_path, outside)
    assert "outside the source (34 chars)" in problem


def test_source_checksum_mismatch(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Hello world.", encoding="utf-8")
    text = VALID.replace(
        "questions:\n", f"source: {{path: article.txt, sha256: '{'0' * 64}'}}\nquestions:\n"
    )
    [problem] = problems_of(tmp_path, text)
    assert ":3: source.sha256: does not match article.txt" in problem


def test_missing_source_file_is_not_a_problem(tmp_path: Path) -> None:
    text = VALID.replace("questions:\n", "source: {path: gone.txt}\nquestions:\n")
    assert problems_of(tmp_path, text) == []


def test_tab_indented_yaml(tmp_path: Path) -> None:
    path = tmp_path / "tabs.yaml"
    path.write_text("format: quizgen-bank/1\ntitle: T\nquestions:\n\t- id: q1\n", encoding="utf-8")
    with pytest.raises(BankError) as info:
        check_bank_file(path)
    [problem] = info.value.problems
    assert problem.startswith(f"{path}:4: not valid YAML")
    assert "tabs" in problem


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match=r"image\.yaml:3: binary file"):
        check_bank_file(path)


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for content in (b"", b"  \n\n"):
        path = tmp_path / "empty.yaml"
        path.write_bytes(content)
        with pytest.raises(InputError, match=r"empty\.yaml:1: empty file"):
            check_bank_file(path)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"format: quizgen-bank/1\ntitle: Pe\xf1a\n")
    with pytest.raises(InputError, match=r"latin\.yaml:2: not valid UTF-8"):
        check_bank_file(path)


def test_yaml_that_is_not_a_mapping(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, "- just\n- a list\n")
    assert problem.endswith(":1: a bank is a mapping with format, title and questions")


def test_unsafe_yaml_tags_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "!!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(BankError, match=r"bank\.yaml:1: not valid YAML"):
        check_bank_file(path)


def test_load_bank_raises_all_problems_at_once(tmp_path: Path) -> None:
    text = VALID.replace("tolerance: 0", "tolerance: -1").replace("id: q-two", "id: q-one")
    with pytest.raises(BankError) as info:
        load_bank(write(tmp_path, text))
    assert len(info.value.problems) == 2
    assert info.value.exit_code == 1


def test_docs_example_is_the_example_file(example_bank_path: Path) -> None:
    from .conftest import REPO

    doc = (REPO / "docs" / "bank-format.md").read_text(encoding="utf-8")
    block = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert block == example_bank_path.read_text(encoding="utf-8")
