"""Acronyms and the names they abbreviate ("DHS" / "Department of Homeland Security").

An option that is the acronym of another is a variant of it (options check), and a prompt
that abbreviates or spells out the answer gives it away (leakage check).
"""

from __future__ import annotations

from quizgen.lint.matching import tokens

_ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "&", "de", "du", "des", "la", "le"})


def is_acronym(text: str) -> bool:
    """Two to eight capital letters, dots allowed ("BMA", "U.S.")."""
    s = text.replace(".", "").strip()
    return 2 <= len(s) <= 8 and s.isalpha() and s.isupper()


def initial_runs(text: str) -> list[str]:
    """Initials of each run of capitalised words ("Department of Homeland Security" -> "DHS")."""
    runs, current = [], ""
    for word in tokens(text):
        if word[:1].isupper():
            current += word[0]
        elif word.casefold() in _ACRONYM_GLUE and current:
            continue
        else:
            if len(current) >= 2:
                runs.append(current)
            current = ""
    if len(current) >= 2:
        runs.append(current)
    return runs


def is_acronym_of(short: str, long: str) -> bool:
    """``short`` is the initials of ``long`` (or of its last words: "SEC" of "US Securities
    Exchange Commission")."""
    if not is_acronym(short) or len(tokens(long)) < 2:
        return False
    s = short.replace(".", "").strip()
    return any(run == s or (len(s) >= 3 and run.endswith(s)) for run in initial_runs(long))
