"""Shared test setup: point NLTK at the offline mirror before anything imports nltk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "000_14a0cfa724519c44.txt"
EXAMPLE_BANK = REPO / "docs" / "examples" / "seed-bank.yaml"
DEV_CORPUS = SHARED / "corpus" / "dev"

if "NLTK_DATA" not in os.environ and (SHARED / "nltk_data").is_dir():
    os.environ["NLTK_DATA"] = str(SHARED / "nltk_data")


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def example_bank_path() -> Path:
    return EXAMPLE_BANK


def python_output(script: str, *args: str, cwd: Path = REPO) -> str:
    """What ``script`` prints in a fresh interpreter: module-loading checks need a process
    that has imported nothing yet."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=cwd, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
