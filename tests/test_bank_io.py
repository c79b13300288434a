"""Round trips and atomic saving of banks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.bank import (
    Bank,
    Evidence,
    Question,
    Source,
    dumps_bank,
    load_bank,
    loads_bank,
    save_bank,
)


def test_round_trip_of_example_bank(example_bank_path: Path, tmp_path: Path) -> None:
    bank = load_bank(example_bank_path)
    out = tmp_path / "copy.yaml"
    save_bank(bank, out)
    assert load_bank(out) == bank
    assert dumps_bank(load_bank(out)) == dumps_bank(bank)


def test_unknown_fields_survive_a_round_trip(tmp_path: Path) -> None:
    text = """\
format: quizgen-bank/1
title: T
x-owner: teacher
questions:
  - id: q1
    kind: numeric
    prompt: How many?
    answer: 3500
    tolerance: 500
    answer_text: 3000 to 4000
"""
    bank = loads_bank(text)
    assert bank.extra == {"x-owner": "teacher"}
    assert bank.questions[0].extra == {"answer_text": "3000 to 4000"}
    assert loads_bank(dumps_bank(bank)) == bank


def test_dump_is_deterministic_and_keeps_unicode(tmp_path: Path) -> None:
    q = Question(
        id="q-pena",
        kind="multiple_choice",
        prompt='Who offered "temporary work permits" & more? 🇲🇽',
        choices=["Enrique Peña Nieto", "Jim Mattis"],
        answer="Enrique Peña Nieto",
        evidence=Evidence(text="Peña Nieto offered <permits>.", start=0, end=29),
    )
    bank = Bank(title="Ünïcode", questions=[q], source=Source(path="a.txt", words=5))
    text = dumps_bank(bank)
    assert "Peña Nieto" in text and "🇲🇽" in text
    assert dumps_bank(loads_bank(text)) == text


class Boom(Exception):
    pass


def test_failed_save_leaves_old_file_and_no_temp(monkeypatch, example_bank_path, tmp_path) -> None:
    target = tmp_path / "bank.yaml"
    target.write_text("old content", encoding="utf-8")
    bank = load_bank(example_bank_path)

    def explode(*args, **kwargs):
        raise Boom

    monkeypatch.setattr(os, "fsync", explode)
    with pytest.raises(Boom):
        save_bank(bank, target)
    assert target.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.yaml"]


def test_save_replaces_atomically(example_bank_path, tmp_path) -> None:
    target = tmp_path / "bank.yaml"
    target.write_text("old", encoding="utf-8")
    save_bank(load_bank(example_bank_path), target)
    assert load_bank(target).title == "US to send troops to Mexico border"
    assert [p.name for p in tmp_path.iterdir()] == ["bank.yaml"]


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip() == s and s)


@settings(max_examples=60, deadline=None)
@given(
    prompt=texts,
    choices=st.lists(texts, min_size=2, max_size=4, unique_by=lambda s: s.casefold()),
    answer=st.integers(min_value=-(10**9), max_value=10**9)
    | st.floats(allow_nan=False, allow_infinity=False),
    tolerance=st.floats(min_value=0, max_value=1e6),
)
def test_property_round_trip(prompt, choices, answer, tolerance) -> None:
    bank = Bank(
        title=prompt,
        questions=[
            Question(
                id="q-mc", kind="multiple_choice", prompt=prompt, choices=choices, answer=choices[0]
            ),
            Question(id="q-num", kind="numeric", prompt=prompt, answer=answer, tolerance=tolerance),
        ],
    )
    assert loads_bank(dumps_bank(bank)) == bank


def test_load_bank_and_bytes_gives_the_bytes_it_validated(example_bank_path, tmp_path) -> None:
    from quizgen.bank.io import load_bank_and_bytes
    from quizgen.errors import BankError

    bank, raw = load_bank_and_bytes(example_bank_path)
    assert raw == example_bank_path.read_bytes()
    assert bank == load_bank(example_bank_path)
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(raw.replace(b"tolerance: 0\n", b"tolerance: -1\n", 1))
    with pytest.raises(BankError, match=r"tolerance: must be at least 0"):
        load_bank_and_bytes(broken)
