"""What every export format shares: merged questions with unique ids, per-question warnings,
feedback text, number formatting and the numeric -> multiple choice conversion.

Formats stay small because the decisions that must agree between them (which id a question
gets when two banks collide, what the general feedback says, which distractors a converted
numeric question gets) are made once, here.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizgen.bank.model import Bank, Question


@dataclass
class ExportOptions:
    """Knobs shared by all formats; each format ignores what it has no use for."""

    title: str | None = None
    """Title of the whole export; defaults to the bank title (or the titles joined)."""
    seed: int = 0
    """Seeds distractors and key positions of converted questions: same input, same file."""
    default_time_limit: int = 20
    """Seconds per question for timed platforms when neither question nor bank sets one."""


@dataclass
class ExportResult:
    data: bytes
    warnings: list[str] = field(default_factory=list)
    """One line per question that was converted, shortened or skipped."""
    count: int = 0
    """Questions written."""


@dataclass
class Item:
    """One question of one bank, with the id it gets in a merged export."""

    bank: Bank
    bank_index: int
    question: Question
    uid: str
    ident: str
    """``uid`` as an XML NCName, unique too ("1a" and "ID_1a" must not both become "ID_1a")."""


def export_title(banks: list[Bank], options: ExportOptions) -> str:
    if options.title:
        return options.title
    titles = list(dict.fromkeys(b.title for b in banks))
    return " + ".join(titles) if titles else "quizgen export"


def items_of(banks: list[Bank]) -> list[Item]:
    """All questions in bank order; an id already used by an earlier bank gets a bank prefix."""
    out: list[Item] = []
    used: set[str] = set()
    idents: set[str] = set()
    for index, bank in enumerate(banks):
        for q in bank.questions:
            uid = q.id
            if uid in used:
                uid = f"b{index + 1}-{q.id}"
                n = 2
                while uid in used:
                    uid = f"b{index + 1}-{q.id}-{n}"
                    n += 1
            used.add(uid)
            ident = base = ncname(uid)
            n = 2
            while ident in idents:
                ident = f"{base}-{n}"
                n += 1
            idents.add(ident)
            out.append(Item(bank, index, q, uid, ident))
    return out


def by_bank(items: list[Item]) -> list[tuple[Bank, list[Item]]]:
    groups: dict[int, tuple[Bank, list[Item]]] = {}
    for item in items:
        groups.setdefault(item.bank_index, (item.bank, []))[1].append(item)
    return list(groups.values())


class Warnings:
    """Collects notes per question and reports ONE line per question, in question order."""

    def __init__(self, fmt: str, several_banks: bool) -> None:
        self.fmt = fmt
        self.several_banks = several_banks
        self._notes: dict[str, tuple[Item, list[str]]] = {}

    def add(self, item: Item, note: str) -> None:
        self._notes.setdefault(item.uid, (item, []))[1].append(note)

    def lines(self) -> list[str]:
        out = []
        for item, notes in self._notes.values():
            where = f" ({item.bank.title})" if self.several_banks else ""
            out.append(f"{self.fmt}: question {item.question.id}{where}: {'; '.join(notes)}")
        return out


def general_feedback(q: Question) -> str:
    """The evidence sentence, after the bank's explanation when it has one."""
    evidence = q.evidence.text if q.evidence is not None else ""
    if q.explanation and evidence:
        return f"{q.explanation} Evidence: {evidence}"
    return q.explanation or evidence


def prompt_with_unit(q: Question) -> str:
    """For formats with no unit field, the prompt says which unit the number is in."""
    if q.is_numeric and q.unit:
        return f"{q.prompt} (answer in {q.unit})"
    return q.prompt


def single_line(text: str) -> str:
    """Formats whose records are lines (GIFT, spreadsheets cells shown in one line)."""
    return re.sub(r"\s*\n\s*", " ", text).strip()


def format_number(value: float) -> str:
    """5000 not 5000.0; 0.1 not 0.1000000001; no thousands separators (parsers choke on them)."""
    if isinstance(value, bool):
        raise TypeError("not a number")
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{float(value):.10g}"


def with_unit(number: str, unit: str | None) -> str:
    if not unit:
        return number
    if unit in {"%", "°"}:
        return f"{number}{unit}"
    if unit in {"$", "£", "€"}:
        return f"{unit}{number}"
    return f"{number} {unit}"


def numeric_key_text(q: Question) -> str:
    """The answer as a teacher reads it in an answer key: number, unit, tolerance, wording."""
    text = with_unit(format_number(q.answer), q.unit)
    if q.tolerance:
        text += f" (accepted ±{format_number(q.tolerance)})"
    stated = q.extra.get("answer_text")
    if isinstance(stated, str) and stated.strip():
        text += f"; the article says “{stated.strip()}”"
    return text


def rng_for(item: Item, seed: int) -> random.Random:
    """A generator per question, so one question's conversion does not shift the next's."""
    digest = hashlib.sha256(f"{seed}\x00{item.bank.title}\x00{item.question.id}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _decimals(value: float) -> int:
    text = format_number(value)
    return len(text.split(".")[1]) if "." in text else 0


def _is_year(q: Question) -> bool:
    a = q.answer
    return (
        float(a).is_integer()
        and 1000 <= a <= 2100
        and (q.unit is None or q.unit.lower() in {"year", "years"})
    )


def numeric_distractors(q: Question, rng: random.Random, count: int = 3) -> list[float]:
    """Wrong numbers a careful reader can tell apart: same magnitude and precision, outside
    the tolerance, positive when the key is; how many lie below the key is drawn at random
    so that the key's position among sorted options gives nothing away."""
    a = float(q.answer)
    tol = float(q.tolerance or 0)
    decimals = _decimals(a)
    if _is_year(q):
        step: float = 1
        below = [a - d for d in (1, 2, 3, 4, 5, 8, 10)]
        above = [a + d for d in (1, 2, 3, 4, 5, 8, 10)]
    else:
        if abs(a) >= 10 and decimals == 0:
            step = 10 ** max(0, math.floor(math.log10(abs(a))) - 1)
        elif decimals == 0:
            step = 1
        else:
            step = 10**-decimals
        below_f = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.4, 0.3, 0.25)
        above_f = (1.25, 1.5, 2.0, 1.2, 1.4, 1.75, 2.5, 3.0, 4.0, 5.0)

        def nice(x: float) -> float:
            return round(round(x / step) * step, max(decimals, 0) + 6)

        below = [nice(a * f) for f in below_f] if a > 0 else [nice(a * f) for f in above_f]
        above = [nice(a * f) for f in above_f] if a > 0 else [nice(a * f) for f in below_f]
        if a == 0:
            below, above = [-1.0, -2.0, -5.0], [1.0, 2.0, 5.0, 10.0]
        # Small answers: neighbours by whole steps when multiplying collapses them.
        below += [a - k * step for k in range(1, 12)]
        above += [a + k * step for k in range(1, 12)]

    def usable(values: list[float]) -> list[float]:
        out: list[float] = []
        for v in values:
            if abs(v - a) <= tol or v == a or v in out:
                continue
            if a > 0 and v <= 0:
                continue
            out.append(v)
        return out

    low, high = usable(below), usable(above)
    if len(low) + len(high) < count:
        # A tolerance wider than the neighbours: step out beyond it instead.
        reach = tol + step
        high += usable([a + reach + k * step for k in range(count)])
        low += usable([a - reach - k * step for k in range(count)])
    n_low = rng.randint(0, count)
    n_low = min(n_low, len(low))
    n_high = min(count - n_low, len(high))
    n_low = min(count - n_high, len(low))
    picked = rng.sample(low[: max(n_low, 5)], n_low) + rng.sample(high[: max(n_high, 5)], n_high)
    return sorted(picked)


def as_multiple_choice(item: Item, seed: int, count: int = 3) -> tuple[list[str], str]:
    """A numeric question as (options, key) for platforms without numeric input."""
    q = item.question
    rng = rng_for(item, seed)
    values = numeric_distractors(q, rng, count)
    options = sorted([*values, float(q.answer)])
    labels = [with_unit(format_number(v), q.unit) for v in options]
    return labels, with_unit(format_number(q.answer), q.unit)


_NCNAME_START = re.compile(r"[A-Za-z_]")
_NCNAME_BAD = re.compile(r"[^A-Za-z0-9_.\-]")


def ncname(text: str, prefix: str = "ID_") -> str:
    """An XML NCName (QTI identifiers): letters, digits, '_', '-', '.', not starting with a digit."""
    out = _NCNAME_BAD.sub("_", text)
    if not out or not _NCNAME_START.match(out[0]):
        out = prefix + out
    return out


def xml_bytes(root: ET.Element, default_ns: str | None = None) -> bytes:
    """An indented UTF-8 document with its XML declaration; ``default_ns`` becomes ``xmlns``."""
    if default_ns is not None:
        ET.register_namespace("", default_ns)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def ims_manifest(
    ns: str,
    attrs: dict[str, str],
    schema: tuple[str, str],
    resources: Sequence[tuple[str, str, str, Sequence[str]]],
    title: str,
) -> bytes:
    """An IMS content-packaging ``imsmanifest.xml`` (QTI 2.1 and Canvas packages).

    ``schema``: (schema, schemaversion); ``resources``: (identifier, type, href, the
    identifiers it depends on), each resource listing its one file.
    """

    def tag(name: str) -> str:
        return f"{{{ns}}}{name}"

    root = ET.Element(tag("manifest"), attrs)
    meta = ET.SubElement(root, tag("metadata"))
    ET.SubElement(meta, tag("schema")).text = schema[0]
    ET.SubElement(meta, tag("schemaversion")).text = schema[1]
    ET.SubElement(root, tag("organizations"))
    listing = ET.SubElement(root, tag("resources"))
    for identifier, kind, href, depends in resources:
        resource = ET.SubElement(
            listing, tag("resource"), {"identifier": identifier, "type": kind, "href": href}
        )
        ET.SubElement(resource, tag("file"), {"href": href})
        for ref in depends:
            ET.SubElement(resource, tag("dependency"), {"identifierref": ref})
    root.insert(0, ET.Comment(f" {title.replace('--', '- -')}: exported by quizgen "))
    return xml_bytes(root, ns)


def letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the label a printed option gets."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("A") + rem) + out
    return out
