"""Shared test setup: point NLTK at the offline mirror before anything imports nltk."""

from __future__ import annotations

import os
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
