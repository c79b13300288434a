"""WordNet instance hypernyms for names the cheap rules could not type (filled in below)."""

from __future__ import annotations


def type_others(mentions: list) -> bool:
    return False
