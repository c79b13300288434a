"""Date expressions as DATE entity spans: "17 March 2003", "April 2005", "last week",
"yesterday", "Friday morning", "in 2004" (a year used as a date)."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PERIOD = r"(?:week|month|year|weekend|season|spring|summer|autumn|winter|night|term|decade)"
_DATE = re.compile(
    rf"(?:{_WEEKDAY}\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
    rf"|(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|per))"
    rf"|(?:(?:early|mid|late)[\s-]+)?{_MONTH}\s+{_YEAR}\b"
    rf"|\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:{_PERIOD}|{_WEEKDAY}|{_MONTH})\b"
    rf"|\b(?:yesterday|today|tomorrow|tonight)\b"
    rf"|\b{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?:in|since|until|by)\s+(?P<y>{_YEAR})\b(?![\s-]*(?:\d|%|per)|\s+[a-z]+s\b)"
    rf"|\bfrom\s+(?P<y2>{_YEAR})\b(?=\s+(?:to|until)\s+{_YEAR})"
)


def date_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each date expression in ``text[start:end]``, absolute offsets."""
    end = len(text) if end is None else end
    out = []
    for m in _DATE.finditer(text, start, end):
        group = "y" if m.group("y") else "y2" if m.group("y2") else 0
        out.append(m.span(group))
    return out
