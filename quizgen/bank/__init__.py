"""Quiz bank format ``quizgen-bank/1``: model, loader, saver and validation."""

from quizgen.bank.io import dumps_bank, load_bank, loads_bank, save_bank
from quizgen.bank.model import FORMAT, KINDS, Bank, Evidence, Question, Source

__all__ = [
    "FORMAT",
    "KINDS",
    "Bank",
    "Evidence",
    "Question",
    "Source",
    "dumps_bank",
    "load_bank",
    "loads_bank",
    "save_bank",
]
