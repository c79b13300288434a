"""The ``options`` check: four distinct options, none a variant of another, distractors of
the answer's type, and an answer not singled out by its length."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.bank.model import Question
from quizgen.lint.acronyms import is_acronym_of
from quizgen.lint.findings import ERROR, WARNING, Finding
from quizgen.lint.matching import is_close, norm_phrase, stem
from quizgen.lint.shapes import Shape, option_shape

LENGTH_RATIO = 2.5
LENGTH_MIN_GAP = 10


def _mismatch(key: Shape, other: Shape) -> str | None:
    if (key.kind == "number") != (other.kind == "number"):
        return "a number" if other.kind == "number" else "not a number"
    if key.kind == "number":
        if key.unit != other.unit:
            return f"unit '{other.unit or 'none'}' vs '{key.unit or 'none'}'"
        return None
    if key.kind == "person" and other.kind == "name" and other.not_person:
        return "not a person"
    if key.kind == "name" and key.not_person and other.kind == "person":
        return "a person"
    key_named = key.kind in ("person", "name")
    other_named = other.kind in ("person", "name")
    if key_named != other_named:
        return "a lowercase phrase" if key_named else "a capitalised name"
    return None


def _variant(a: str, b: str) -> bool:
    """Same words up to case, "the", plurals; one option's words inside the other's; or one
    the acronym of the other ("BMA" / "British Medical Association", "US" / "United States")."""
    if is_acronym_of(a, b) or is_acronym_of(b, a):
        return True
    wa = [stem(w) for w in norm_phrase(a).split()]
    wb = [stem(w) for w in norm_phrase(b).split()]
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def check_options(q: Question) -> Iterable[Finding]:
    if not q.is_multiple_choice:
        return
    choices = [c for c in q.choices or [] if isinstance(c, str)]
    distinct = {" ".join(c.split()).casefold() for c in choices}
    if len(distinct) < 2:
        yield Finding("options", ERROR, f"only {len(distinct)} distinct option(s); needs 4")
        return
    if len(choices) != 4:
        yield Finding("options", WARNING, f"{len(choices)} options; a question should have 4")
    seen: dict[str, str] = {}
    for c in choices:
        k = " ".join(c.split()).casefold()
        if k in seen:
            yield Finding("options", ERROR, f"option '{c}' repeats '{seen[k]}'")
        else:
            seen[k] = c
    unique = list(seen.values())
    shapes = {c: option_shape(c) for c in unique}
    for i, a in enumerate(unique):
        for b in unique[i + 1 :]:
            sa, sb = shapes[a], shapes[b]
            same_number = (
                sa.kind == sb.kind == "number"
                and sa.value is not None
                and sb.value is not None
                and is_close(sa.value, sb.value)
                and sa.unit == sb.unit
            )
            if same_number or _variant(a, b):
                role = " (the answer)" if q.answer in (a, b) else ""
                yield Finding(
                    "options", ERROR, f"options '{a}' and '{b}' are variants of each other{role}"
                )
    key = q.answer if isinstance(q.answer, str) else None
    if key is None or key not in shapes:
        return
    key_shape = shapes[key]
    odd = []
    for c in unique:
        if c == key:
            continue
        why = _mismatch(key_shape, shapes[c])
        if why:
            odd.append(f"'{c}' ({why})")
    if odd:
        yield Finding(
            "options",
            WARNING,
            f"distractors of a different type than the answer '{key}': {', '.join(odd)}",
        )
    lengths = [len(c) for c in unique if c != key]
    if lengths:
        if len(key) > LENGTH_RATIO * max(lengths) and len(key) - max(lengths) >= LENGTH_MIN_GAP:
            yield Finding(
                "options", WARNING, f"the answer '{key}' is much longer than every distractor"
            )
        elif len(key) * LENGTH_RATIO < min(lengths) and min(lengths) - len(key) >= LENGTH_MIN_GAP:
            yield Finding(
                "options", WARNING, f"the answer '{key}' is much shorter than every distractor"
            )
