"""Numbers as news text writes them, found with regular expressions only (no NLTK models).

``find_numbers`` returns every number mention with its value, range ends, hedge, unit and
kind; ``values_in`` flattens that to the plain values, so the linter can check that a numeric
answer is (or is not) stated in a sentence without loading any model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from quizgen.nlp.number_words import MONTHS, ORDINAL_WORDS, SCALES, UNITS, words_value
from quizgen.nlp.number_words import split_word_numbers as _split_word_numbers

__all__ = ["NumberMention", "find_numbers", "prepare", "values_in", "words_value"]

# Same-length replacements only, so offsets into the prepared text are offsets into the input.
_ONE_TO_ONE = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)

_NUMBER_WORD = "|".join(sorted([*UNITS, *SCALES, "dozen"], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CORE = re.compile(
    rf"(?<![\w.,])(?<![A-Za-z]-)(?<!&#)(?P<d>{_DIGITS})(?![\d]|\.\d)"
    rf"|(?<![\w-])(?P<w>(?:an?\s+)?(?:{_NUMBER_WORD})"
    rf"(?:(?:\s*-\s*|\s+(?:and\s+)?)(?:{_NUMBER_WORD}))*)(?![\w])",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"(?<![\w.])(?P<n>\d+)(?:st|nd|rd|th)\b|\b(?P<w>" + "|".join(ORDINAL_WORDS) + r")\b",
    re.IGNORECASE,
)
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8}
_DENOMINATORS["tenth"] = 10
_FRACTION = re.compile(
    r"(?<![\w-])(an?|one|two|three|four|five|seven|nine)[\s-]+"
    r"(halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b(?!-)",
    re.IGNORECASE,
)
_NUMBER_WORDS_OR_DIGITS = rf"(?:\d+(?:\.\d+)?|{'|'.join(sorted(UNITS, key=len, reverse=True))})"
_SPECIAL = re.compile(
    rf"(?P<decade>(?<![\w.,$£€])\d{{3}}0s)\b"
    rf"|(?P<one_in>(?<![\w.,-])(?P<top>one|two|three|four|five|\d{{1,2}})\s+in\s+(?:every\s+)?"
    rf"(?P<bottom>\d{{1,3}}(?:,\d{{3}})*|{'|'.join(sorted(UNITS, key=len, reverse=True))}|"
    rf"hundred|thousand|million))\b(?![\d,.]|\s*(?:%|per|years?\b|months?\b))"
    rf"|(?P<half>\bhalf)(?=\s+of\b)"
    rf"|(?P<twice>\btwice|\bthrice)(?=\s+(?:as|the|that|more|a|its|their)\b)"
    rf"|(?P<times>(?<![\w.,])(?P<factor>{_NUMBER_WORDS_OR_DIGITS})\s+times)"
    rf"(?=\s+(?:as|more|higher|larger|bigger|greater|the|that|faster|lower|smaller|over|"
    rf"less|fewer|its|their)\b)"
    rf"|(?P<temp>(?<![\w.,])(?P<deg>\d+(?:\.\d+)?)\s?(?:°\s?)?[CF])\b",
    re.IGNORECASE,
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?({_MONTH})\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b({_MONTH})\.?\s+$", re.IGNORECASE)

# What may follow a number core (matched at the end of the core).
_SCALE_AFTER = re.compile(
    r"\s?(?P<s>bn|billion|tn|trillion|million|m|k|thousand)\b(?!-)|(?P<f>\s?-?\s?fold)\b",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"-year-old(?:s)?\b|\s+years?\s+old\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\s?GMT\b|\s?BST\b")
_CLOCK = re.compile(r"(?<![\w.:])(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)(?![\d:])")
_UNIT_AFTER = re.compile(
    r"(?P<sp>\s?-?)(?P<u>"
    r"km/h|kph|mph|kmh|km|kilometres|kilometers|kilometre|kilometer|miles?|metres|meters|metre|"
    r"meter|cm|mm|m|ft|feet|foot|yards?|inches|inch|"
    r"kg|kilos?|kilograms?|grams?|g|tonnes?|tons?|lbs?|pounds|"
    r"seconds?|secs?|s|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?|"
    r"centuries|century|"
    r"gb|mb|tb|kb|gbps|mbps|kbps|mb/s|ghz|mhz|kw|mw|gw|kwh|mwh|p|pence|cents?|"
    r"dollars?|euros?|yen|degrees?|°c|°f|c"
    r")(?![\w/])",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(US\$|A\$|C\$|HK\$|\$|£|€|¥|Rs\.?\s?)$")
_HEDGE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"']))(?P<h>just\s+over|just\s+under|well\s+over|more\s+than|fewer\s+than|"
    r"less\s+than|at\s+least|at\s+most|no\s+more\s+than|up\s+to|as\s+many\s+as|as\s+much\s+as|"
    r"as\s+few\s+as|close\s+to|nearly|almost|roughly|about|around|approximately|approx\.?|"
    r"some|over|under|an\s+estimated|estimated|upwards\s+of|in\s+excess\s+of|only|just|"
    r"below|above|exactly|precisely)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|summer|"
    r"spring|autumn|winter|year|season|between|to|and|\w+'s|the|its|his|her|their|our|this|"
    r"last|next|" + _MONTH + r")[\s-]+|[(,])$",
    re.IGNORECASE,
)

_DISTANCE = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "mile", "miles"}
_DISTANCE |= {"metres", "meters", "metre", "meter", "cm", "mm", "m", "ft", "feet", "foot"}
_DISTANCE |= {"yard", "yards", "inch", "inches"}
_DURATION = {"second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins"}
_DURATION |= {"hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months"}
_DURATION |= {"year", "years", "yr", "yrs", "decade", "decades", "century", "centuries"}
_MONEY_UNITS = {"p": "p", "pence": "p", "cent": "cents", "cents": "cents", "dollar": "$"}
_MONEY_UNITS |= {"dollars": "$", "euro": "€", "euros": "€", "yen": "¥", "pounds": "£"}
_UNIT_CANON = {
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "mile": "miles",
    "sec": "seconds",
    "secs": "seconds",
    "s": "seconds",
    "second": "seconds",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "hr": "hours",
    "hrs": "hours",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "yr": "years",
    "yrs": "years",
    "decade": "decades",
    "century": "centuries",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "gram": "g",
    "grams": "g",
    "tonne": "tonnes",
    "ton": "tons",
    "lb": "lbs",
    "degree": "degrees",
}
# After a bare "60m": sport events keep metres, a plural noun ("8m subscribers") means million.
_METRE_CONTEXT = {"hurdles", "heats", "title", "race", "final", "sprint", "relay", "record"}
_METRE_CONTEXT |= {"freestyle", "backstroke", "breaststroke", "butterfly", "medley", "champion"}
_METRE_CONTEXT |= {"dash", "high", "long", "tall", "wide", "deep", "away", "in", "with", "to"}
_MONEY_AFTER = re.compile(r"\s(dollars?|euros?|pounds|yen|cents?|pence)\b", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_NOT_A_NUMBER = re.compile(
    r"\bno\s+one\b|\bone(?:-off|\s+another|\s+day|\s+by\s+one)\b", re.IGNORECASE
)
_ORDINAL_BEFORE = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|my|this|every|each|a)|'s)\s+$", re.IGNORECASE
)
_YEAR_FOLLOWERS = frozenset({"and", "to", "when", "the", "as", "after", "before", "until", "in"})
_YEAR_NOUNS = frozenset({"results", "figures", "elections", "olympics", "games", "accounts"})
_RANGE_JOIN = re.compile(r"\s*(?:-|to|and|or)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    """One number as written. ``start``/``end`` cover the hedge, the number and its unit."""

    text: str
    start: int
    end: int
    value: float
    kind: str  # count money percent distance duration year multiplier ordinal measure time
    #            score age date fraction other
    unit: str | None = None
    modifier: str | None = None
    low: float | None = None
    high: float | None = None
    mantissa: float | None = None  # 2.5 for "$2.5bn"
    num_start: int = -1  # span of the number itself (without hedge)
    num_end: int = -1
    parts: tuple[float, ...] = ()  # the numbers a form is made of: "one in five" -> (1, 5)


def prepare(text: str) -> str:
    """Unify dashes, quotes and odd spaces without changing the length of the text."""
    return text.translate(_ONE_TO_ONE)


def _digits_value(raw: str) -> float:
    return float(raw.replace(",", ""))


def _is_year(text: str, start: int, end: int, value: float, raw: str) -> bool:
    """A four-digit number is a year unless a hedge or a plural noun says it counts things."""
    if "," in raw or "." in raw or not (1000 <= value <= 2100) or len(raw) != 4:
        return False
    before = text[max(0, start - 30) : start]
    if _HEDGE_BEFORE.search(before):
        return False
    context = bool(_YEAR_CONTEXT_BEFORE.search(before))
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).islower() and nxt.group(1) not in _YEAR_FOLLOWERS:
        word = nxt.group(1)
        # "2000 troops" counts; "2003 results", "its 2003 performance" are years
        return not word.endswith("s") or word in _YEAR_NOUNS
    return context or 1900 <= value <= 2100


def _core_mentions(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    clock_spans: list[tuple[int, int]] = []
    for m in _CLOCK.finditer(text):
        parts = m.group(1).split(":")
        value = float(parts[0]) * 60 + float(parts[1]) if len(parts) == 2 else 0.0
        if len(parts) == 3:
            value = float(parts[0]) * 3600 + float(parts[1]) * 60 + float(parts[2])
        found.append(NumberMention(m.group(1), m.start(), m.end(), value, "time"))
        clock_spans.append((m.start(), m.end()))
    for m in _FRACTION.finditer(text):
        top = 1 if m.group(1).lower() in ("a", "an") else UNITS[m.group(1).lower()]
        value = top / _DENOMINATORS[m.group(2).lower().rstrip("s").replace("halve", "half")]
        found.append(NumberMention(m.group(0), m.start(), m.end(), value, "fraction"))
        clock_spans.append((m.start(), m.end()))
    for m in _SPECIAL.finditer(text):
        special = _special(m)
        if special is not None:
            found.append(special)
            clock_spans.append((m.start(), m.end()))
    for m in _CORE.finditer(text):
        if any(a <= m.start() < b for a, b in clock_spans):
            continue
        if m.group("d") is not None:
            raw = m.group("d")
            value = _digits_value(raw)
            found.append(NumberMention(raw, m.start(), m.end(), value, "count"))
        else:
            raw = m.group("w")
            base = m.start()
            article = re.match(r"an?\s+", raw, re.IGNORECASE)
            if article and words_value(raw.split("-")[0]) is None:
                base += article.end()  # "a two-year deal": the article is not part of it
                raw = raw[article.end() :]
            for sub_start, sub_end in _split_word_numbers(raw):
                sub = raw[sub_start:sub_end]
                value = words_value(sub)
                if value is None or sub.lower() in ("a", "an"):
                    continue
                start = base + sub_start
                found.append(NumberMention(sub, start, start + len(sub), value, "count"))
    return found


def _number(raw: str) -> float:
    low = raw.lower()
    if low in SCALES:
        return float(SCALES[low])
    return float(UNITS[low]) if low in UNITS else float(raw.replace(",", ""))


def _special(m: re.Match[str]) -> NumberMention | None:
    """Forms read as a whole: "1990s", "one in five", "half of", "twice as", "3 times more",
    "40C"."""
    text, start, end = m.group(0), m.start(), m.end()
    if m.group("decade"):
        value = float(text[:-1])
        return NumberMention(text, start, end, value, "year", "decade")
    if m.group("one_in"):
        top, bottom = _number(m.group("top")), _number(m.group("bottom"))
        if bottom == 0 or top >= bottom:
            return None
        return NumberMention(text, start, end, top / bottom, "fraction", parts=(top, bottom))
    if m.group("half"):
        if not m.group("half").islower():
            return None
        return NumberMention(text, start, end, 0.5, "fraction")
    if m.group("twice"):
        value = 2.0 if m.group("twice").lower() == "twice" else 3.0
        return NumberMention(text, start, end, value, "multiplier", "times")
    if m.group("times"):
        return NumberMention(text, start, end, _number(m.group("factor")), "multiplier", "times")
    if m.group("temp"):
        unit = "°" + text[-1].upper()
        if text[-1].islower():
            return None
        return NumberMention(text, start, end, float(m.group("deg")), "measure", unit)
    return None


def _attach_suffixes(text: str, mention: NumberMention) -> NumberMention:
    """Read currency, scale, unit, percent, fold and age around a bare number."""
    start, end = mention.start, mention.end
    value = mention.value
    kind = mention.kind
    unit: str | None = None
    mantissa: float | None = None

    def widened(new_end: int, **fields: Any) -> NumberMention:
        """The mention grown to its currency, scale or unit; the bare number keeps its span."""
        return replace(
            mention,
            text=text[start:new_end],
            start=start,
            end=new_end,
            num_start=mention.start,
            num_end=mention.end,
            **fields,
        )

    if kind == "time":
        t = _TIME_AFTER.match(text, end)
        if t:
            end = t.end()
        return replace(mention, text=text[start:end], end=end, num_start=start, num_end=end)
    cur = _CURRENCY_BEFORE.search(text[max(0, start - 4) : start])
    if cur:
        unit = cur.group(1).strip().rstrip(".")
        start -= len(cur.group(1))
        kind = "money"
    scale = _SCALE_AFTER.match(text, end)
    if scale and scale.group("f"):
        return widened(scale.end(), kind="multiplier", unit="times")
    if scale:
        s = scale.group("s").lower()
        factor = {"bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12, "million": 1e6}
        factor |= {"thousand": 1e3, "k": 1e3}
        if s == "m":
            if kind == "money" or _bare_m_is_million(text, scale.end(), mention.text):
                factor["m"] = 1e6
            else:
                factor = {}
        if s in factor:
            mantissa = value
            value = value * factor[s]
            end = scale.end()
    if kind == "money":
        return widened(end, value=value, kind=kind, unit=unit, mantissa=mantissa)
    pct = _PERCENT_AFTER.match(text, end)
    if pct:
        return widened(pct.end(), value=value, kind="percent", unit="%", mantissa=mantissa)
    age = _AGE_AFTER.match(text, end)
    if age:
        return widened(age.end(), kind="age", unit="years")
    tm = _TIME_AFTER.match(text, end)
    if tm and mention.value < 2400:
        end = tm.end()
        return replace(
            mention, text=text[start:end], end=end, kind="time", num_start=start, num_end=end
        )
    u = _UNIT_AFTER.match(text, end) if mantissa is None else None
    if u:
        word = u.group("u")
        low = word.lower()
        attached = not u.group("sp").strip() and u.group("sp") == ""
        short = low in {"m", "s", "g", "c", "p"}
        if short and (not attached or word != low):
            u = None  # "5 m" / "3 s" are too ambiguous when detached
        elif (low == "m" and _bare_m_is_million(text, u.end(), mention.text)) or (
            low == "p" and not attached
        ):
            u = None
    if u:
        word = u.group("u")
        low = word.lower()
        end = u.end()
        if low in _MONEY_UNITS:
            return widened(end, value=value, kind="money", unit=_MONEY_UNITS[low])
        canon = _UNIT_CANON.get(low, low)
        if low in _DISTANCE:
            kind = "distance"
        elif low in _DURATION:
            kind = "duration"
        else:
            kind = "measure"
        if canon in {"gb", "mb", "tb", "kb", "gbps", "mbps", "kbps", "ghz", "mhz"}:
            canon = word
        return widened(end, value=value, kind=kind, unit=canon)
    if mantissa is not None:
        money = _MONEY_AFTER.match(text, end)
        if money:
            unit = _MONEY_UNITS[money.group(1).lower()]
            return widened(money.end(), value=value, kind="money", unit=unit, mantissa=mantissa)
        return widened(end, value=value, mantissa=mantissa)
    if _AGED_BEFORE.search(text, max(0, start - 8), start):
        return replace(mention, kind="age", unit="years", num_start=start, num_end=end)
    return replace(mention, num_start=mention.start, num_end=mention.end)


def _bare_m_is_million(text: str, after: int, raw: str) -> bool:
    nxt = _NEXT_WORD.match(text, after)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word.lower() in _METRE_CONTEXT:
        return False
    return word.islower() and word.endswith("s")


def _classify_plain(text: str, m: NumberMention) -> NumberMention:
    """Years, dates and scores among the bare numbers."""
    if m.kind != "count":
        return m
    raw = text[m.num_start : m.num_end]
    # "17 March" / "March 17" / "March 17, 2003"
    after = _MONTH_AFTER.match(text, m.end)
    before = _MONTH_BEFORE.search(text[max(0, m.start - 12) : m.start])
    if raw.isdigit() and 1 <= m.value <= 31:
        month_word = after.group(1) if after else (before.group(1) if before else None)
        may_ok = month_word is not None and (month_word.lower() != "may" or month_word[0] == "M")
        if month_word and (after or month_word[0].isupper()) and may_ok:
            return replace(m, kind="date", unit=month_word.capitalize())
    if _is_year(text, m.start, m.end, m.value, raw):
        return replace(m, kind="year", unit=None)
    return m


def _merge_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "800 to 1000", "3000-4000", "between 5 and 10"; "2-1" scores are not ranges."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions):
            b = mentions[i + 1]
            gap = text[a.end : b.start]
            joined = _RANGE_JOIN.match(gap) if len(gap) <= 5 else None
            if joined and b.start - a.end == len(gap):
                merged = _range_or_score(text, a, b, gap)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _range_or_score(
    text: str, a: NumberMention, b: NumberMention, gap: str
) -> NumberMention | None:
    sep = gap.strip().lower()
    before = text[max(0, a.start - 12) : a.start].lower()
    between = before.rstrip().endswith("between")
    if sep == "and" and not between:
        return None
    if sep == "or" and a.kind != "count":
        return None
    if sep == "-" and a.kind == "count" and b.kind == "count" and gap == "-":
        ra, rb = text[a.num_start : a.num_end], text[b.num_start : b.num_end]
        if ra.isdigit() and rb.isdigit() and a.value >= b.value and len(rb) <= len(ra):
            return NumberMention(
                text[a.start : b.end], a.start, b.end, a.value, "score", None, a.modifier,
                a.value, b.value, None, a.start, b.end,
            )  # fmt: skip
    kinds_ok = a.kind == b.kind or (a.kind == "count" and b.kind != "year")
    if a.kind == "money" and a.mantissa is None and b.kind == "count" and b.mantissa is not None:
        factor = b.value / b.mantissa  # "$2-3bn": the scale and currency are shared
        if a.value < b.mantissa:
            return NumberMention(
                text[a.start : b.end], a.start, b.end, (a.value * factor + b.value) / 2, "money",
                a.unit, a.modifier, a.value * factor, b.value, None, a.start, b.end,
            )  # fmt: skip
    if a.kind == "year" and b.kind in ("year", "count") and sep in ("-", "to"):
        raw_b = text[b.num_start : b.num_end]
        if len(raw_b) == 2:  # "2004-05" season
            high = float(str(int(a.value))[:2] + raw_b)
            return NumberMention(
                text[a.start : b.end], a.start, b.end, a.value, "year", None, None,
                a.value, high, None, a.start, b.end,
            )  # fmt: skip
        kinds_ok = b.kind == "year"
    if not kinds_ok or a.value >= b.value:
        return None
    if sep == "to" and re.search(r"\bfrom\s+$", before) and not between:
        return None  # "rose from 8 to 10" is a change, not a range
    if a.unit and b.unit and a.unit != b.unit:
        return None
    low, high = a.value, b.value
    if a.mantissa is None and b.mantissa is not None and a.unit == b.unit:
        low = a.value * (b.value / b.mantissa)  # "$2-3bn"
    start = a.start
    if between:
        start = a.start - (len(before) - before.rstrip().rfind("between"))
    kind = b.kind if a.kind == "count" else a.kind
    return NumberMention(
        text[start : b.end], start, b.end, (low + high) / 2, kind, b.unit or a.unit,
        a.modifier, low, high, None, a.start, b.end,
    )  # fmt: skip


def _attach_hedge(text: str, m: NumberMention) -> NumberMention:
    h = _HEDGE_BEFORE.search(text[max(0, m.start - 24) : m.start])
    if not h or m.kind in ("year", "date", "score", "time", "ordinal"):
        return m
    word = " ".join(h.group("h").lower().split())
    if word in ("only", "just") and m.kind not in ("count", "money", "percent", "distance"):
        return m
    start = m.start - (len(text[max(0, m.start - 24) : m.start]) - h.start("h"))
    return replace(m, text=text[start : m.end], start=start, modifier=word)


def _ordinals(text: str, taken: list[tuple[int, int]]) -> list[NumberMention]:
    out = []
    for m in _ORDINAL.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m.group("n"):
            value = float(m.group("n"))
        else:
            before = _ORDINAL_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
            if before is None or before.group(0).strip().lower() == "a":
                continue  # "first reported" is an adverb, "a third" a fraction
            value = float(ORDINAL_WORDS[m.group("w").lower()])
        out.append(
            NumberMention(m.group(0), m.start(), m.end(), value, "ordinal", None, None,
                          None, None, None, m.start(), m.end())
        )  # fmt: skip
    return out


def find_numbers(text: str, *, ordinals: bool = True) -> list[NumberMention]:
    """Every number mention in ``text``, in order, with offsets into ``text``."""
    prepared = prepare(text)
    cores = sorted(_core_mentions(prepared), key=lambda m: m.start)
    mentions = []
    for core in cores:
        if mentions and core.start < mentions[-1].end:
            continue  # "million" already read as the scale of "1.2 million"
        if _NOT_A_NUMBER.search(prepared[max(0, core.start - 4) : core.end + 8]):
            continue
        mention = _attach_suffixes(prepared, core)
        if mention.end == core.end and prepared[core.end : core.end + 1].isalpha():
            continue  # "3G", "4x4": part of a name
        mentions.append(_classify_plain(prepared, mention))
    mentions = _merge_ranges(prepared, mentions)
    mentions = [_attach_hedge(prepared, m) for m in mentions]
    if ordinals:
        mentions += _ordinals(prepared, [(m.start, m.end) for m in mentions])
        mentions.sort(key=lambda m: m.start)
    return [replace(m, text=text[m.start : m.end]) for m in mentions]


def values_in(text: str) -> list[float]:
    """Every number value a text states (ranges give both ends; "$2.5bn" gives 2.5e9 and 2.5)."""
    values: list[float] = []
    for m in find_numbers(text):
        values.append(m.value)
        if m.mantissa is not None:
            values.append(m.mantissa)
        values.extend(p for p in m.parts if p not in values)
        for end in (m.low, m.high):
            if end is not None and end not in values:
                values.append(end)
    return values
