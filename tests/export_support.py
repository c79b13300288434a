"""Banks and helpers the export tests share (not a test module itself).

``tricky_bank`` carries everything that breaks exporters: quotes, ampersands, angle
brackets, accents, emoji, GIFT specials, a decimal numeric with tolerance and unit, a year,
an explanation. The expectations in the tests are written from the bank, never from the
exporter's own helpers, so a wrong helper cannot make its own test pass.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.bank.io import save_bank
from quizgen.bank.model import Bank, Evidence, Question

from .conftest import REPO

NODE_DIR = REPO / "tests" / "node"
FETCH_HINT = (
    "run .ci/fetch-export-deps.sh (it fetches the third-party checkers the export tests use)"
)

NASTY = "Peña Nieto & <b>Co</b> \"quoted\" 'single' 🎉 ~ = # { } : \\ done"


def _ev(text: str) -> Evidence:
    return Evidence(text=text, start=0, end=len(text))


def tricky_bank(title: str = 'Peña & <Co> "quotes" 🎉') -> Bank:
    questions = [
        Question(
            id="q-mc-specials",
            kind="multiple_choice",
            prompt=f"Who said {NASTY}?",
            choices=[
                "Enrique Peña Nieto",
                "Tom & Jerry <cartoon>",
                'Ana "La Jefa" O\'Neil 🎉',
                "x ~ y = z {w} #1: \\ok",
            ],
            answer="Enrique Peña Nieto",
            evidence=_ev('Peña Nieto said "the caravan & <its> members" 🎉 {ok} #1 ~ = :'),
        ),
        Question(
            id="q-num-km",
            kind="numeric",
            prompt="How far (in a straight line) is it: 12.5 or so?",
            answer=12.5,
            tolerance=0.5,
            unit="km",
            evidence=_ev("It is about 12.5km away & closing <fast>."),
            explanation="The article rounds the distance.",
        ),
        Question(
            id="q-year",
            kind="numeric",
            prompt="In which year did the caravan set out?",
            answer=2018,
            tolerance=0,
            evidence=_ev("The caravan set out in 2018."),
        ),
        Question(
            id="7-starts-with-digit",
            kind="multiple_choice",
            prompt="Which country?",
            choices=["Honduras", "Guatemala", "El Salvador"],
            answer="Guatemala",
            evidence=_ev("Many came from Guatemala."),
            points=2,
        ),
    ]
    return Bank(title=title, questions=questions, defaults={"time_limit": 30})


def limits_bank() -> Bank:
    """Beyond Kahoot's limits: a long prompt, long and many answers, an odd time limit."""
    long_prompt = (
        "According to the officials quoted in the article, which of the following "
        "statements best describes the status of the deployment plans at the time of writing?"
    )
    return Bank(
        title="Limits",
        questions=[
            Question(
                id="long",
                kind="multiple_choice",
                prompt=long_prompt,
                choices=[
                    "The final number of troops had yet to be determined by the Pentagon at the time",
                    "All of the troops had already arrived at the border and were patrolling it",
                    "The plan had been cancelled",
                    "Nobody knew",
                    "The plan had been approved by Congress",
                ],
                answer="Nobody knew",
                time_limit=45,
                evidence=_ev("Officials cautioned that the final number had yet to be determined."),
            ),
            *[
                Question(
                    id=f"n{i}",
                    kind="numeric",
                    prompt=f"How many troops in case {i}?",
                    answer=answer,
                    tolerance=0,
                    unit="troops",
                    evidence=_ev(f"There were {answer} troops."),
                )
                for i, answer in enumerate((5000, 800, 3, 1450, 120, 64, 2000, 7000, 35, 900))
            ],
        ],
    )


def write_bank(bank: Bank, path: Path) -> Path:
    save_bank(bank, path)
    return path


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )


def expected_feedback(q: Question) -> str:
    if q.explanation:
        return f"{q.explanation} Evidence: {q.evidence.text}"
    return q.evidence.text


def require(path: Path, what: str) -> Path:
    """A missing third-party checker is a failure with a fix, never a skip."""
    if not path.exists():
        pytest.fail(f"{what} not found at {path}: {FETCH_HINT}", pytrace=False)
    return path
