"""The issue's quality bar, measured on the seed article and on the dev corpus.

Each bank is generated once per module; every test reads it. The lint checks are the
project's own (`quizgen.lint`), so a question the generator makes must pass what a
hand-edited bank is judged by.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.generate import generate_bank
from quizgen.lint import ERROR, lint_bank, mc_key_in_text, numeric_key_in_text
from quizgen.nlp.numbers import values_in

from .conftest import DEV_CORPUS, SEED

PRONOUN_STARTS = {"he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "we"}


@pytest.fixture(scope="module")
def seed_article() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_bank(seed_article):
    return generate_bank(seed_article, source_path=str(SEED), seed=0)


def dev_paths() -> list[Path]:
    return sorted(DEV_CORPUS.glob("*.txt")) if DEV_CORPUS.is_dir() else []


@pytest.fixture(scope="module")
def dev_banks():
    if not dev_paths():
        pytest.skip("../shared/corpus/dev is not present")
    out = {}
    for path in dev_paths():
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, generate_bank(text, source_path=str(path)))
    return out


def test_seed_counts(seed_bank):
    kinds = [q.kind for q in seed_bank.questions]
    assert len(kinds) >= 15
    assert kinds.count("numeric") >= 6
    assert kinds.count("multiple_choice") >= 6


def test_seed_has_the_issue_s_numeric_facts(seed_bank):
    answers = {q.answer: q for q in seed_bank.questions if q.is_numeric}
    # at least five of the seven facts the issue lists (5000, 2000, 7000, 1450, 1000, 3500, 5)
    listed = {5000, 2000, 7000, 1450, 1000, 3500, 5}
    assert len(listed & set(answers)) >= 5
    if 1450 in answers:
        assert answers[1450].unit == "km"
    if 3500 in answers:
        assert (
            answers[3500].tolerance == 500 and answers[3500].extra["answer_text"] == "3000 to 4000"
        )
    if 2000 in answers:
        assert answers[2000].tolerance == 200  # "roughly": +-10%


def test_seed_passes_lint_without_errors(seed_bank, seed_article):
    report = lint_bank(seed_bank, seed_article)
    assert [f for f in report.findings if f.severity == ERROR] == []
    assert report.clean_questions >= len(seed_bank.questions) - 1


def check_bank(text: str, bank) -> list[str]:
    """Every quality-bar violation of one bank, as readable strings."""
    problems = []
    prompts = set()
    for q in bank.questions:
        ev = q.evidence
        where = f"{q.id}: {q.prompt}"
        if text[ev.start : ev.end] != ev.text:
            problems.append(f"{where}: evidence is not verbatim at its offsets")
        if q.is_multiple_choice:
            if len(q.choices) != 4 or len({c.casefold() for c in q.choices}) != 4:
                problems.append(f"{where}: options {q.choices}")
            if q.answer not in q.choices:
                problems.append(f"{where}: answer not among options")
            if not mc_key_in_text(q.answer, ev.text):
                problems.append(f"{where}: key '{q.answer}' not in evidence")
            if re.search(rf"\b{re.escape(q.answer)}\b", q.prompt, re.IGNORECASE):
                problems.append(f"{where}: key in prompt")
        else:
            if not numeric_key_in_text(q, ev.text):
                problems.append(f"{where}: value {q.answer} not in evidence")
            if any(abs(v - q.answer) < 1e-9 for v in values_in(q.prompt)):
                problems.append(f"{where}: value in prompt")
        first = re.findall(r"[A-Za-z']+", q.prompt)[:1]
        if first and first[0].lower() in PRONOUN_STARTS:
            problems.append(f"{where}: starts with a pronoun")
        key = " ".join(q.prompt.lower().split())
        if key in prompts:
            problems.append(f"{where}: duplicate prompt")
        prompts.add(key)
    if len({q.id for q in bank.questions}) != len(bank.questions):
        problems.append("duplicate ids")
    return problems


def test_seed_quality_bar(seed_bank, seed_article):
    assert check_bank(seed_article, seed_bank) == []


def test_seed_numeric_questions_have_units(seed_bank):
    numeric = [q for q in seed_bank.questions if q.is_numeric]
    with_unit = [q for q in numeric if q.unit]
    assert len(with_unit) >= len(numeric) - 1  # "3000 to 4000" counts no noun in the text


def test_dev_articles_each_give_at_least_six(dev_banks):
    small = {
        name: len(b.questions)
        for name, (text, b) in dev_banks.items()
        if len(text.split()) >= 250 and len(b.questions) < 6
    }
    assert small == {}


def test_dev_quality_bar(dev_banks):
    problems = {name: check_bank(text, bank) for name, (text, bank) in dev_banks.items()}
    assert {k: v for k, v in problems.items() if v} == {}


def test_dev_banks_have_no_lint_errors(dev_banks):
    errors = {}
    for name, (text, bank) in dev_banks.items():
        found = [
            f"{f.check}: {f.message}" for f in lint_bank(bank, text).findings if f.severity == ERROR
        ]
        if found:
            errors[name] = found
    assert errors == {}


def test_key_position_and_length_are_not_biased(dev_banks, seed_bank):
    mc = [q for _, b in dev_banks.values() for q in b.questions if q.is_multiple_choice]
    mc += [q for q in seed_bank.questions if q.is_multiple_choice]
    assert len(mc) >= 40
    positions = [q.choices.index(q.answer) for q in mc]
    for slot in range(4):
        share = positions.count(slot) / len(mc)
        assert 0.12 <= share <= 0.40, (slot, share)
    longest = sum(all(len(q.answer) > len(c) for c in q.choices if c != q.answer) for q in mc)
    assert 0.10 <= longest / len(mc) <= 0.40  # chance is 0.25; never or always is a tell


def test_option_types_match_the_key(dev_banks, seed_bank):
    """No distractor of a visibly different type (lint's option-shape check), bar one in 20."""
    total = flagged = 0
    banks = [(SEED.read_text(encoding="utf-8"), seed_bank), *dev_banks.values()]
    for text, bank in banks:
        report = lint_bank(bank, text)
        total += sum(q.is_multiple_choice for q in bank.questions)
        flagged += sum(1 for f in report.findings if f.check == "options")
    assert flagged <= total / 20


def test_questions_are_tagged_by_topic(seed_bank):
    tags = {q.id: (q.tags or [None])[0] for q in seed_bank.questions}
    assert None not in tags.values()
    by_kind = {q.kind: set() for q in seed_bank.questions}
    for q in seed_bank.questions:
        by_kind[q.kind].add(q.tags[0])
    assert "people" in by_kind["multiple_choice"]
    assert by_kind["numeric"] <= {"numbers", "money", "percentages", "measures", "time"}
