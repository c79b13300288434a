"""Numeric questions from the article's quantities: a Wh-question when safe, else a cloze.

The answer is the number as the article writes it ("$1.13bn" -> 1.13, unit "$bn"), so a
student types what they read; the tolerance follows the article's hedge.
"""

from __future__ import annotations

import re

from quizgen.generate.candidates import NUMERIC, Candidate
from quizgen.generate.text import (
    ANY_VERB_TAGS,
    BLANK,
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    VERB_TAGS,
    balanced_quotes,
    clause_for,
    finish,
    inside_quote,
    resolve_leading_pronoun,
    starts_with_pronoun,
    tokens_between,
    word_count,
)
from quizgen.nlp import resources
from quizgen.nlp.document import Document, Quantity, Sentence
from quizgen.nlp.number_words import UNITS, words_value

# Number words a key may be written in ("twenty-five"); a scale after it ("five million")
# is left to the unit (see _unit).
_WORD_RE = "|".join(sorted([*UNITS, "hundred", "dozen"], key=len, reverse=True))
NUMBER_RE = re.compile(
    rf"\d+(?:,\d{{3}})*(?:\.\d+)?|\.\d+|\b(?:{_WORD_RE})(?:[- ](?:{_WORD_RE}))*\b", re.IGNORECASE
)
CURRENCY_RE = re.compile(r"US\$|\$|£|€|¥")
FRACTIONS = frozenset(
    ["half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenths"]
)
SKIP_KINDS = frozenset({"year", "ordinal", "time", "score", "date"})
# Hedges that make a number approximate, as whole phrases: the quantity's modifier is
# compared as a whole ("an estimated", "just over"), never word by word. Bounds ("more
# than 12 months", "over 18", "at least 1000") state an exact number, so they are not here.
APPROXIMATE = frozenset(
    {
        "about", "around", "roughly", "approximately", "approx", "approx.", "some",
        "estimated", "an estimated", "almost", "nearly", "close to", "just under", "just over",
    }
)  # fmt: skip
PREFIX_BY_MODIFIER = {
    "at least": "At least how many",
    "more than": "More than how many",
    "over": "More than how many",
    "up to": "Up to how many",
}
REPORTING_VERBS = frozenset(
    [
        "said",
        "say",
        "says",
        "told",
        "estimated",
        "estimate",
        "estimates",
        "reported",
        "announced",
        "added",
        "claimed",
        "believe",
        "believed",
        "think",
        "thought",
        "expect",
        "expected",
    ]
)
NOMINAL_TAGS = frozenset({"JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG"})


def parse_number(surface: str) -> float | None:
    """'5,000' -> 5000, 'five' -> 5, 'twenty-five' -> 25, 'two hundred' -> 200."""
    s = surface.strip().lower()
    if re.fullmatch(r"[\d,]*\.?\d+", s):
        return float(s.replace(",", ""))
    return words_value(s)


def tidy(value: float) -> int | float:
    """Whole numbers as int (YAML ``5000`` not ``5000.0``); others to 4 significant places."""
    if abs(value - round(value)) < 1e-9:
        return round(value)
    return float(f"{value:.4g}")


def nice_tolerance(value: float, fraction: float) -> int | float:
    """``fraction`` of ``value`` to two significant digits (10% of 2000 -> 200, 5% of 7000 -> 350)."""
    raw = abs(value) * fraction
    if raw == 0:
        return 0
    return tidy(float(f"{raw:.2g}"))


def _is_year(q: Quantity, surface: str) -> bool:
    if q.kind == "year":
        return True
    plain = re.fullmatch(r"(1[5-9]|20)\d\d", surface) is not None
    return plain and not q.unit and not q.modifier


def _part_of_name(doc: Document, sentence: Sentence, q: Quantity) -> bool:
    """'Windows 95', 'G8', 'Formula 1', '3G': numbers glued to names or letters."""
    before = doc.text[max(0, q.start - 1) : q.start]
    after = doc.text[q.end : q.end + 1]
    if before in {"#", "&", "/"} or after in {";", "/"}:
        return True  # HTML entities ("pr&#233;cis"), fractions and codes
    if before.isalpha() or (after.isalpha() and q.kind not in {"distance", "measure", "money"}):
        return not q.unit
    for ent in sentence.entities:
        if ent.start <= q.start and q.end <= ent.end:
            return True
    idx = tokens_between(sentence, q.start, q.end)
    if idx and idx[0] > 0 and not q.modifier:
        prev = sentence.tokens[idx[0] - 1]
        named = prev.text[:1].isupper() and prev.text.lower() not in resources.stopwords()
        named = named or prev.text in {"No", "No.", "Number"}
        if named and prev.pos in {"NNP", "NNPS"} or (named or prev.pos == "NN") and not q.unit:
            return True  # "Andre 3000", "Channel 4", "resolution 1441", "Number 10"
    return False


def _number_spans(q: Quantity, doc: Document) -> list[tuple[int, int, str]]:
    return [
        (q.start + m.start(), q.start + m.end(), m.group(0))
        for m in NUMBER_RE.finditer(doc.text[q.start : q.end])
    ]


def _unit(doc: Document, q: Quantity, num_end: int) -> str | None:
    text = doc.text[q.start : q.end]
    if q.kind == "multiplier" or re.search(r"fold\b", text, re.IGNORECASE):
        return "times"
    currency = CURRENCY_RE.search(text[: max(0, num_end - q.start)])
    suffix = doc.text[num_end : q.end].strip(" -")
    if currency:
        return (currency.group(0) + suffix).strip() or None
    if suffix and len(suffix.split()) <= 3:
        if q.unit and not suffix.endswith(q.unit) and suffix.lower() in {
            "million", "billion", "thousand", "m", "bn", "k", "trillion"
        }:  # fmt: skip
            return f"{suffix} {q.unit}"
        return suffix
    return q.unit or None


def hedge(q: Quantity) -> str:
    """The quantity's modifier, lower case with single spaces ("An  estimated" -> "an estimated")."""
    return " ".join((q.modifier or "").lower().split())


def _tolerance(q: Quantity, answer: float) -> int | float:
    modifier = hedge(q)
    if modifier in {"nearly", "almost", "close to", "just under"}:
        return nice_tolerance(answer, 0.05)
    if modifier in APPROXIMATE:
        return nice_tolerance(answer, 0.10)
    return 0


def numeric_candidates(doc: Document, sentence: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for q in sentence.quantities:
        cand = _candidate(doc, sentence, q)
        if cand is not None:
            out.append(cand)
    return out


def _candidate(doc: Document, sentence: Sentence, q: Quantity) -> Candidate | None:
    if q.kind in SKIP_KINDS or inside_quote(sentence, q.start, q.end):
        return None
    spans = _number_spans(q, doc)
    if not spans:
        return None
    ranged = q.low is not None and q.high is not None and len(spans) >= 2
    num_start, num_end = spans[0][0], (spans[-1][1] if ranged else spans[0][1])
    surface = doc.text[num_start:num_end]
    if _is_year(q, spans[0][2]) or _part_of_name(doc, sentence, q):
        return None
    first = parse_number(spans[0][2])
    if first is None:
        return None
    following = doc.text[num_end : num_end + 12].lower().split()
    if following and following[0].strip(".,;") in FRACTIONS:
        return None  # "two thirds of its business": a fraction, not a count of two
    if spans[0][2].lower() in {"one", "a", "an"}:
        return None  # "one of the biggest", "at least one man": not worth a number question
    answer_text = None
    if ranged:
        last = parse_number(spans[-1][2])
        if last is None or last <= first:
            return None
        answer = (first + last) / 2
        tolerance: int | float = tidy((last - first) / 2)
        answer_text = surface
    else:
        answer = first
        tolerance = _tolerance(q, answer)
        if q.modifier:
            answer_text = f"{q.modifier} {surface}"
    unit = _unit(doc, q, num_end) or _counted_noun(sentence, q)
    base = {
        "kind": NUMERIC,
        "answer": tidy(answer),
        "sentence": sentence.index,
        "key_start": num_start,
        "key_end": num_end,
        "fact": f"n:{sentence.index}:{tidy(answer)}",
        "key_type": q.kind,
        "tolerance": tolerance,
        "unit": unit,
        "answer_text": answer_text,
        "forbidden": [surface] + [s[2] for s in spans],
    }
    wh = _how_many(doc, sentence, q, num_start, num_end) or _by_what_percentage(
        doc, sentence, q, num_start, num_end
    )
    if wh is not None:
        return Candidate(prompt=wh, form="wh", **base)
    cloze = _cloze(doc, sentence, num_start, num_end)
    if cloze is not None:
        return Candidate(prompt=cloze, form="cloze", **base)
    return None


def _cloze(doc: Document, sentence: Sentence, num_start: int, num_end: int) -> str | None:
    tokens = sentence.tokens
    lo, hi = clause_for(sentence, num_start, num_end)
    start, end = tokens[lo].start, tokens[hi].end
    if not (start <= num_start and num_end <= end):
        return None
    after = doc.text[num_end : num_end + 1]
    blank = BLANK + (" " if after.isalpha() else "")
    text = doc.text[start:num_start] + blank + doc.text[num_end:end]
    resolved = resolve_leading_pronoun(doc, sentence, lo, text)
    if resolved is None:
        return None
    text = resolved[0]
    if starts_with_pronoun(text) or not balanced_quotes(text):
        return None
    return finish(text, ".")


def _counted_noun(sentence: Sentence, q: Quantity) -> str | None:
    """The plural noun a bare number counts ("5000 active-duty soldiers" -> "soldiers"), or
    the one an estimate is of ("migrants, which authorities estimate at 3000 to 4000")."""
    idx = tokens_between(sentence, q.start, q.end)
    if not idx:
        return None
    end = _noun_phrase_end(sentence, idx[-1] + 1)
    if end is not None:
        return sentence.tokens[end].text.lower()
    return _estimated_noun(sentence, idx[0])


ESTIMATE_VERBS = frozenset(
    [
        "estimate",
        "estimates",
        "estimated",
        "put",
        "puts",
        "number",
        "numbers",
        "numbered",
        "total",
        "totals",
        "totalled",
        "totaled",
        "count",
        "counts",
        "counted",
    ]
)


def _estimated_noun(sentence: Sentence, first: int) -> str | None:
    tokens = sentence.tokens
    verb = first - 1
    if verb >= 0 and tokens[verb].text.lower() == "at":
        verb -= 1  # "estimate at", "put at"
    if verb < 1 or tokens[verb].text.lower() not in ESTIMATE_VERBS:
        return None
    relative = {",", "which", "who", "that"}
    k = verb - 1
    while k >= 0 and verb - k <= 6 and tokens[k].text.lower() not in relative:
        k -= 1  # back over the clause's own subject ("which authorities estimate at")
    if k < 0 or tokens[k].text.lower() not in relative:
        k = verb  # no relative clause: "the protesters numbered 3000"
    while k > 0 and tokens[k - 1].text.lower() in relative:
        k -= 1
    if k > 0 and tokens[k - 1].pos in {"NNS", "NNPS"}:
        return tokens[k - 1].text.lower()
    return None


def _noun_phrase_end(sentence: Sentence, after: int) -> int | None:
    """Last token of the counted noun phrase starting at token ``after`` ("active-duty soldiers")."""
    tokens = sentence.tokens
    last = None
    i = after
    while i < len(tokens) and tokens[i].pos in NOMINAL_TAGS and i - after < 5:
        if tokens[i].pos in {"NNS", "NNPS", "NN", "NNP"}:
            last = i
        i += 1
    if last is None or tokens[last].pos not in {"NNS", "NNPS"}:
        return None
    return last


def _how_many(
    doc: Document, sentence: Sentence, q: Quantity, num_start: int, num_end: int
) -> str | None:
    """ "... said 5000 active-duty soldiers would be sent ..." -> "How many active-duty soldiers
    would be sent ..., according to ...?" Only when the number starts the subject of a clause."""
    if q.kind not in {"count", "other", None} and not q.noun_phrase:
        return None
    if CURRENCY_RE.search(doc.text[q.start : q.end]):
        return None
    tokens = sentence.tokens
    num_tokens = tokens_between(sentence, num_start, num_end)
    if not num_tokens:
        return None
    after = num_tokens[-1] + 1
    if after < len(tokens) and tokens[after].text.lower() in {"million", "billion", "thousand"}:
        return None
    np_end = _noun_phrase_end(sentence, after)
    if np_end is None:
        return None
    verb = np_end + 1
    while verb < len(tokens) and tokens[verb].pos == "RB":
        verb += 1
    if verb >= len(tokens) or tokens[verb].pos not in VERB_TAGS:
        return None
    lo, hi = clause_for(sentence, num_start, num_end)
    # where the quantity phrase (with its hedge) begins
    q_first = tokens_between(sentence, q.start, q.end)[0]
    mod_first = q_first
    if q.modifier and not doc.text[q.start : q.end].lower().startswith(q.modifier.lower()):
        n_mod = len(q.modifier.split())
        mod_first = max(lo, q_first - n_mod)
    attribution = None
    if mod_first > lo:
        j = mod_first - 1
        if tokens[j].text.lower() == "that" and j > lo:
            j -= 1
        if tokens[j].text.lower() not in REPORTING_VERBS:
            return None
        attribution = _subject_phrase(doc, sentence, lo, j)
    rest_start = tokens[np_end + 1].start
    rest_end = tokens[hi].end
    rest = doc.text[rest_start:rest_end]
    trailing = re.search(r",\s*((?:[A-Za-z]+\s){0,4}[A-Za-z]+)\s+(?:say|says|said)\s*[.]?$", rest)
    if trailing and attribution is None:
        attribution = trailing.group(1)
        rest = rest[: trailing.start()]
    if not balanced_quotes(rest):
        return None
    np_text = doc.text[tokens[after].start : tokens[np_end].end]
    prefix = PREFIX_BY_MODIFIER.get(hedge(q))
    if prefix is None:
        prefix = "Roughly how many" if hedge(q) in APPROXIMATE else "How many"
    return _wh_question(f"{prefix} {np_text} {rest}", attribution)


def _wh_question(prompt: str, attribution: str | None) -> str | None:
    """The Wh-question, its source appended ("..., according to TimeWarner?"); None when
    longer than 40 words."""
    if attribution:
        prompt = prompt.rstrip(" .,") + f", according to {attribution}"
    if word_count(prompt) > 40:
        return None
    return finish(prompt, "?")


def _subject_phrase(doc: Document, sentence: Sentence, lo: int, verb: int) -> str | None:
    """ "One Department of Homeland Security official with knowledge of ..." -> "a Department of
    Homeland Security official" (cut at the first preposition other than 'of')."""
    tokens = sentence.tokens
    end = verb - 1
    for i in range(lo + 1, verb):
        if (tokens[i].pos in {"IN", "WDT", "WP", ","} and tokens[i].text.lower() != "of") or (
            tokens[i].text == ","
        ):
            end = i - 1
            break
    if end < lo:
        return None
    phrase = doc.text[tokens[lo].start : tokens[end].end]
    first = phrase.split()[0].lower()
    if first in {"he", "she", "it", "they", "we", "i", "you"}:
        return None
    if word_count(phrase) > 10:
        return None
    if first in {"one", "an", "a"}:
        rest = phrase.split(" ", 1)[1] if " " in phrase else ""
        article = "an" if rest[:1].lower() in "aeiou" else "a"
        return f"{article} {rest}".strip()
    if first in {"the", "some", "two", "three", "several", "many", "other"} or tokens[lo].pos in {
        "NNS",
        "NN",
        "JJ",
    }:
        return phrase[0].lower() + phrase[1:]
    return phrase


# Verbs of change and their base form, for "By what percentage did profits rise?".
CHANGE_VERBS = {
    "rose": "rise", "fell": "fall", "jumped": "jump", "slumped": "slump", "grew": "grow",
    "increased": "increase", "dropped": "drop", "declined": "decline", "climbed": "climb",
    "gained": "gain", "surged": "surge", "soared": "soar", "plunged": "plunge",
    "dipped": "dip", "shrank": "shrink", "slipped": "slip", "tumbled": "tumble",
    "rallied": "rally", "slid": "slide", "sank": "sink", "leapt": "leap", "leaped": "leap",
}  # fmt: skip
ABOUT = frozenset(["about", "around", "roughly", "approximately", "nearly", "almost", "some"])


def _by_what_percentage(
    doc: Document, sentence: Sentence, q: Quantity, num_start: int, num_end: int
) -> str | None:
    """ "TimeWarner said fourth quarter sales rose 2% to $11.1bn" -> "By what percentage did
    fourth quarter sales rise to $11.1bn, according to TimeWarner?" """
    after = doc.text[num_end : num_end + 9].lower()
    if not (q.kind == "percent" or after.startswith(("%", " per cent", " percent"))):
        return None
    modifier = (q.modifier or "").lower()
    if modifier and modifier not in ABOUT:
        return None  # "rose more than 5%": no natural question
    tokens = sentence.tokens
    span = tokens_between(sentence, q.start, max(q.end, num_end + 1))
    if not span:
        return None
    first = span[0]
    if modifier and not doc.text[q.start : q.end].lower().startswith(modifier):
        first -= len(modifier.split())
    v = first - 1
    if v >= 0 and tokens[v].text.lower() == "by":
        v -= 1
    if v < 1 or tokens[v].text.lower() not in CHANGE_VERBS:
        return None
    lo, hi = clause_for(sentence, q.start, q.end)
    subject_end = v - 1
    while subject_end >= lo and tokens[subject_end].pos == "RB":
        subject_end -= 1
    subject_start = lo
    attribution = None
    for i in range(lo, subject_end):
        if tokens[i].text.lower() in REPORTING_VERBS:
            attribution = _subject_phrase(doc, sentence, lo, i) if i > lo else None
            subject_start = i + 1
            if subject_start <= subject_end and tokens[subject_start].text.lower() == "that":
                subject_start += 1
            break
    subject_tokens = tokens[subject_start : subject_end + 1]
    if not 1 <= len(subject_tokens) <= 10:
        return None
    if any(t.text == "," or t.pos in ANY_VERB_TAGS for t in subject_tokens):
        return None
    subject = doc.text[subject_tokens[0].start : subject_tokens[-1].end]
    if subject_tokens[0].text.lower() in POSSESSIVE_PRONOUNS | SUBJECT_PRONOUNS:
        resolved = resolve_leading_pronoun(doc, sentence, subject_start, subject)
        if resolved is None or resolved[1] is None:
            return None
        subject = resolved[0]
    elif subject_tokens[0].pos not in {"NNP", "NNPS"}:
        subject = subject[0].lower() + subject[1:]
    last = tokens_between(sentence, num_start, num_end + 1)[-1]
    while last + 1 <= hi and tokens[last + 1].text in {"%", "per", "cent", "percent"}:
        last += 1
    rest = doc.text[tokens[last].end : tokens[hi].end] if last < hi else ""
    if not balanced_quotes(rest):
        return None
    prefix = "By about what percentage" if modifier else "By what percentage"
    verb = CHANGE_VERBS[tokens[v].text.lower()]
    return _wh_question(f"{prefix} did {subject} {verb}{rest}", attribution)
