"""Numbers written in words: the tables and the arithmetic ("two million", "twenty-five")."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALES["trillion"] = 1_000_000_000_000
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fifteenth": 15,
    "twentieth": 20,
    "hundredth": 100,
}
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


def words_value(raw: str) -> float | None:
    """Value of a number written in words: "two million", "twenty-five", "a dozen"."""
    parts = [p for p in re.split(r"[\s-]+", raw.lower()) if p and p != "and"]
    if parts and parts[0] in ("a", "an"):
        if len(parts) < 2 or (parts[1] not in SCALES and parts[1] != "dozen"):
            return None
        parts[0] = "one"
    total = 0
    current = 0
    seen = False
    for part in parts:
        if part in UNITS:
            current += UNITS[part]
        elif part == "dozen":
            current = (current or 1) * 12
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in SCALES:
            total += (current or 1) * SCALES[part]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def split_word_numbers(raw: str) -> list[tuple[int, int]]:
    """Split "two and three" or "five six" into separate numbers; keep "one hundred and twenty"."""
    out: list[tuple[int, int]] = []
    begin = 0
    prev: str | None = None
    for m in re.finditer(r"[A-Za-z]+", raw):
        word = m.group(0).lower()
        if word == "and":
            if prev not in SCALES and prev != "hundred":
                out.append((begin, len(raw[: m.start()].rstrip())))
                begin = -1
            continue
        if begin == -1:
            begin = m.start()
        elif (
            prev in UNITS
            and word in UNITS
            and not (UNITS[prev] >= 20 and UNITS[prev] % 10 == 0 and UNITS[word] < 10)
        ):
            out.append((begin, len(raw[: m.start()].rstrip(" -"))))
            begin = m.start()
        prev = word
    if begin != -1:
        out.append((begin, len(raw)))
    return out
