"""GIFT export read back by a third-party parser: gift-pegjs (npm), run with Node."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.bank.io import load_bank
from quizgen.export import export
from quizgen.export.gift import escape

from .conftest import EXAMPLE_BANK
from .export_support import NODE_DIR, expected_feedback, require, tricky_bank


def parse_with_gift_pegjs(data: bytes, tmp_path: Path) -> list[dict]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the GIFT test runs gift-pegjs with Node", pytrace=False)
    require(NODE_DIR / "node_modules" / "gift-pegjs" / "package.json", "gift-pegjs")
    path = tmp_path / "quiz.gift"
    path.write_bytes(data)
    done = subprocess.run(
        [node, str(NODE_DIR / "parse_gift.mjs"), str(path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def expected_stem(q) -> str:
    return f"{q.prompt} (answer in {q.unit})" if q.unit else q.prompt


@pytest.mark.parametrize("bank_source", ["tricky", "example"])
def test_gift_pegjs_reads_back_every_question(bank_source: str, tmp_path: Path) -> None:
    bank = tricky_bank() if bank_source == "tricky" else load_bank(EXAMPLE_BANK)
    parsed = parse_with_gift_pegjs(export([bank], "gift").data, tmp_path)

    categories = [p for p in parsed if p["type"] == "Category"]
    questions = [p for p in parsed if p["type"] != "Category"]
    assert [c["title"] for c in categories] == [f"quizgen/{bank.title}"]
    assert len(questions) == len(bank.questions)
    for q, p in zip(bank.questions, questions, strict=True):
        assert p["title"] == q.id
        assert p["stem"]["text"] == expected_stem(q)
        assert p["stem"]["format"] == "plain"
        assert p["globalFeedback"]["text"] == expected_feedback(q)
        if q.kind == "multiple_choice":
            assert p["type"] == "MC"
            assert [c["text"]["text"] for c in p["choices"]] == q.choices
            assert [c["isCorrect"] for c in p["choices"]] == [c == q.answer for c in q.choices]
        else:
            assert p["type"] == "Numerical"
            assert p["choices"]["number"] == pytest.approx(q.answer)
            assert p["choices"]["range"] == pytest.approx(q.tolerance or 0)


def test_gift_several_banks_get_a_category_each_and_unique_names(tmp_path: Path) -> None:
    first, second = tricky_bank("First"), tricky_bank("Second / part 2")
    parsed = parse_with_gift_pegjs(export([first, second], "gift").data, tmp_path)
    kinds = [p["type"] for p in parsed]
    assert kinds.count("Category") == 2
    assert parsed[0] == {"type": "Category", "title": "quizgen/First"}
    second_at = kinds.index("Category", 1)
    # '/' would open a sub-category in Moodle: a bank title is one level.
    assert parsed[second_at]["title"] == "quizgen/Second - part 2"
    names = [p["title"] for p in parsed if p["type"] != "Category"]
    assert len(names) == len(set(names)) == 8
    assert names[4] == "b2-q-mc-specials"


def test_escape_covers_the_gift_specials_and_backslash() -> None:
    assert escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    assert escape("two\nlines") == "two lines"
