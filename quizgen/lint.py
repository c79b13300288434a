"""Quality checks of a quiz bank: the automatic half of "would a teacher use this question?".

Validation (:mod:`quizgen.bank.validate`) says whether a bank can be read; linting says
whether its questions are fair: grounded in the article, not answerable from the prompt or
from the shape of the options, not duplicated. Everything here is pure (no printing), so the
generator's tests and benchmarks call :func:`lint_bank` directly and the ``quizgen lint``
command only formats the :class:`LintReport`.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from quizgen.bank.model import Bank, Question

ERROR = "error"
WARNING = "warning"

# Order of the summary table and of findings within one question.
CHECKS = (
    "grounding",
    "key-in-evidence",
    "leakage",
    "options",
    "key-position",
    "unit-missing",
    "pronoun-start",
    "duplicates",
)

# Bank-wide bias tests need enough questions to say anything; below this they only count.
MIN_BIAS_SAMPLE = 8
BIAS_P_VALUE = 0.01
DUPLICATE_JACCARD = 0.8
LENGTH_RATIO = 2.5
LENGTH_MIN_GAP = 10


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


PRONOUNS = _wordset(
    "he she it they him them his her hers its their theirs this these those we us our i my you your"
)
CLOSING = "\"'\u201d\u2019)]"
OPENING = "\"'\u201c\u2018([\u00ab"
SENTENCE_END = ".!?\u2026"

# Words that mark a capitalised name as an organisation, a place or a title, not a person.
NON_PERSON_WORDS = _wordset(
    """
    agency airlines airport army association bank board bureau city club college commission
    committee company corporation council county court department district embassy federation
    force foundation government group guard herald institute island islands journal kingdom
    league ministry museum navy news office organisation organization parliament party
    police post press republic river school senate service society state states street
    studio team times tribune union university beach valley park bay lake mountain square
    centre center hospital church stadium hotel road avenue festival awards prize cup
    championship championships games records music media holdings inc ltd plc fc rovers
    athletic international national airways motors house hall palace cross aid fund trust
    alliance coalition network channel radio television democrats republicans conservatives
    labour liberals greens monday tuesday wednesday thursday friday saturday sunday
    """
)

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Finding:
    """One problem. ``question_id`` is None for bank-wide findings (key-position bias)."""

    check: str
    severity: str
    message: str
    question_id: str | None = None
    index: int | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LintReport:
    """Findings plus the figures behind the bank-wide checks, for humans and for tools."""

    findings: list[Finding]
    total_questions: int
    article_checked: bool
    notes: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    label: str = "<bank>"
    article: str | None = None

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    def by_check(self) -> dict[str, dict[str, int]]:
        """``{check: {"error": n, "warning": m}}`` for every check, zeros included."""
        out = {check: {ERROR: 0, WARNING: 0} for check in CHECKS}
        for f in self.findings:
            out.setdefault(f.check, {ERROR: 0, WARNING: 0})[f.severity] += 1
        return out

    def flagged_questions(self) -> set[int]:
        return {f.index for f in self.findings if f.index is not None}

    @property
    def clean_questions(self) -> int:
        return self.total_questions - len(self.flagged_questions())

    def for_question(self, question_id: str) -> list[Finding]:
        return [f for f in self.findings if f.question_id == question_id]

    def summary(self) -> dict[str, Any]:
        return {
            "checks": self.by_check(),
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "questions": self.total_questions,
            "clean_questions": self.clean_questions,
            "article_checked": self.article_checked,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "bank": self.label,
            "article": self.article,
            "valid": True,
            "clean": self.clean,
            "notes": list(self.notes),
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "stats": self.stats,
        }


# ---------------------------------------------------------------------------------------
# text helpers


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def match_words(text: str) -> list[str]:
    """Words for matching: casefolded, possessive 's dropped, digits split from letters, so
    "AOL's" matches "AOL" and "1450km" matches "1450 km"."""
    out = []
    for w in tokens(_DIGIT_LETTER.sub(" ", text.replace("\u2019", "'"))):
        w = w.casefold()
        if len(w) > 2 and w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


def norm_phrase(text: str) -> str:
    """Matching words, a leading "the" dropped: "The Wall Street Journal" == "wall street journal"."""
    words = match_words(text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whole-word, case-insensitive containment after :func:`norm_phrase`-style cleaning."""
    n = norm_phrase(needle)
    if not n:
        return False
    return f" {n} " in f" {' '.join(match_words(haystack))} "


def _stem(word: str) -> str:
    w = word.casefold()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@cache
def _stopwords() -> frozenset[str]:
    from quizgen.nlp.resources import stopwords

    return stopwords()


@cache
def _first_names() -> frozenset[str]:
    from quizgen.nlp.resources import first_names

    return first_names()


@cache
def _places() -> frozenset[str]:
    from quizgen.nlp.resources import gazetteer

    out: set[str] = set()
    for fileid in (
        "countries.txt",
        "usstates.txt",
        "mexstates.txt",
        "caprovinces.txt",
        "uscities.txt",
    ):
        out.update(w.casefold() for w in gazetteer(fileid))
    return frozenset(out)


def _values(text: str) -> list[float]:
    from quizgen.nlp.numbers import values_in

    return values_in(text)


def _number_mentions(text: str) -> list[Any]:
    from quizgen.nlp.numbers import find_numbers

    return find_numbers(text)


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------------------------------
# grounding


def starts_like_sentence(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in OPENING)


def ends_like_sentence(text: str) -> bool:
    stripped = text.rstrip()
    body = stripped.rstrip(CLOSING)
    if stripped != body and stripped[-1:] in CLOSING and stripped[-1:] not in ")]":
        return True  # a closing quote ends a quoted sentence: ... amounted to "an invasion"
    return body[-1:] in SENTENCE_END if body else False


def at_sentence_start(article: str, start: int) -> bool:
    """True at the start of the article, of a paragraph, or right after a sentence's end."""
    before = article[:start]
    gap = len(before) - len(before.rstrip())
    if start > 0 and gap == 0:
        return False  # glued to the previous word
    head = before.rstrip()
    if not head or "\n" in before[len(head) :]:
        return True
    return head.rstrip(CLOSING)[-1:] in SENTENCE_END


def at_sentence_end(article: str, end: int) -> bool:
    after = article[end : end + 1]
    return not after or after.isspace() or after in CLOSING


def check_grounding(q: Question, article: str | None) -> Iterable[Finding]:
    ev = q.evidence
    if ev is None:
        yield Finding("grounding", WARNING, "no evidence sentence; grounding cannot be checked")
        return
    if article is not None:
        if ev.start < 0 or ev.end > len(article) or ev.end < ev.start:
            yield Finding(
                "grounding",
                ERROR,
                f"evidence offsets {ev.start}:{ev.end} are outside the article "
                f"({len(article)} characters)",
            )
            return
        if article[ev.start : ev.end] != ev.text:
            where = article.find(ev.text)
            hint = (
                f"; the sentence is at {where}:{where + len(ev.text)}"
                if where >= 0
                else "; the sentence is nowhere in the article"
            )
            yield Finding(
                "grounding",
                ERROR,
                f"evidence text is not the article text at {ev.start}:{ev.end}{hint}",
            )
            return
        if not at_sentence_start(article, ev.start):
            yield Finding("grounding", WARNING, "evidence does not start at a sentence boundary")
        elif not starts_like_sentence(ev.text):
            yield Finding("grounding", WARNING, "evidence does not start like a sentence")
        if not (ends_like_sentence(ev.text) and at_sentence_end(article, ev.end)):
            yield Finding(
                "grounding",
                WARNING,
                "evidence does not end at a sentence end (. ! ? or a closing quote)",
            )
        return
    if not starts_like_sentence(ev.text):
        yield Finding("grounding", WARNING, "evidence does not start like a sentence")
    if not ends_like_sentence(ev.text):
        yield Finding("grounding", WARNING, "evidence does not end with . ! ? or a closing quote")


# ---------------------------------------------------------------------------------------
# key in evidence / leakage

# Demonyms whose country name is not a prefix of them ("Honduras" -> "Honduran" is).
IRREGULAR_DEMONYMS = {
    "britain": ("british", "briton"),
    "united kingdom": ("british", "briton"),
    "uk": ("british", "briton"),
    "france": ("french",),
    "spain": ("spanish",),
    "netherlands": ("dutch",),
    "wales": ("welsh",),
    "switzerland": ("swiss",),
    "greece": ("greek",),
    "denmark": ("danish", "dane"),
    "sweden": ("swedish", "swede"),
    "finland": ("finnish", "finn"),
    "poland": ("polish", "pole"),
    "turkey": ("turkish", "turk"),
    "ireland": ("irish",),
    "scotland": ("scottish", "scot"),
    "england": ("english",),
    "philippines": ("filipino", "philippine"),
    "thailand": ("thai",),
    "portugal": ("portuguese",),
    "china": ("chinese",),
    "japan": ("japanese",),
    "vietnam": ("vietnamese",),
    "lebanon": ("lebanese",),
    "sudan": ("sudanese",),
    "yemen": ("yemeni",),
    "iraq": ("iraqi",),
    "israel": ("israeli",),
    "pakistan": ("pakistani",),
    "united states": ("american",),
    "us": ("american",),
    "usa": ("american",),
    "new zealand": ("new zealander", "kiwi"),
    "peru": ("peruvian",),
}


def _demonym_in(key: str, evidence: str) -> bool:
    """'Honduras' is stated by 'mostly Honduran migrants': a country named by its adjective."""
    k = norm_phrase(key)
    words = [w.casefold() for w in tokens(evidence)]
    for form in IRREGULAR_DEMONYMS.get(k, ()):
        if contains_phrase(evidence, form) or contains_phrase(evidence, form + "s"):
            return True
    if " " in k or len(k) < 4 or k not in _places():
        return False
    stem = k[:-1] if k[-1] in "aeiouys" else k
    return any(w.startswith(stem) and w != k and len(w) - len(stem) <= 4 for w in words)


# First names that more often start something else ("Red Cross", "Happy Mondays", "Welsh
# Liberal Democrats"): a name starting with one is left untyped rather than called a person.
AMBIGUOUS_FIRST_NAMES = _wordset(
    """
    red happy major king prince royal grace hope faith joy sky christian welsh chelsea sydney
    victoria virginia georgia jordan israel chad washington lincoln paris florence carolina
    orange general lord young sunny summer august april june may golden star angel liberty
    """
)


@cache
def _nationalities() -> frozenset[str]:
    from quizgen.nlp.resources import gazetteer

    return frozenset(w.casefold() for w in gazetteer("nationalities.txt"))


def _is_person(text: str) -> bool:
    words = tokens(text)
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if words[0] == "The" or any(w.casefold() in NON_PERSON_WORDS for w in words):
        return False
    first = words[0].casefold()
    if first in AMBIGUOUS_FIRST_NAMES or first in _nationalities():
        return False
    return words[0] in _first_names() and norm_phrase(text) not in _places()


def mc_key_in_text(key: str, text: str) -> bool:
    """The key as written ("the" optional), its surname for a person, a country's demonym, or
    for a quantity option ("1,450 km") its value in any form the text writes it ("1450km")."""
    if contains_phrase(text, key):
        return True
    shape = option_shape(key)
    if shape.kind == "number" and shape.value is not None:
        return any(_close(v, shape.value) for v in _values(text))
    if _is_person(key) and contains_phrase(text, tokens(key)[-1]):
        return True
    return _demonym_in(key, text)


def numeric_key_in_text(q: Question, text: str) -> bool:
    """The answer's value is stated (digits, commas, words, a range around it, answer_text)."""
    answer = q.answer
    if not isinstance(answer, int | float) or isinstance(answer, bool):
        return False
    values = _values(text)
    if any(_close(v, answer) for v in values):
        return True
    answer_text = q.extra.get("answer_text")
    if isinstance(answer_text, str) and contains_phrase(text, answer_text):
        stated = _values(answer_text)
        if stated and min(stated) <= answer <= max(stated):
            return True
    tol = q.tolerance or 0
    if tol:
        low, high = answer - tol, answer + tol
        return any(_close(v, low) for v in values) and any(_close(v, high) for v in values)
    return False


def check_key_in_evidence(q: Question) -> Iterable[Finding]:
    ev = q.evidence
    if ev is None:
        return
    if q.is_multiple_choice and isinstance(q.answer, str):
        if not mc_key_in_text(q.answer, ev.text):
            yield Finding(
                "key-in-evidence", ERROR, f"the answer '{q.answer}' does not appear in the evidence"
            )
    elif q.is_numeric:
        answer_text = q.extra.get("answer_text")
        if isinstance(answer_text, str) and not contains_phrase(ev.text, answer_text):
            yield Finding(
                "key-in-evidence",
                ERROR,
                f"answer_text '{answer_text}' does not appear in the evidence",
            )
        elif not numeric_key_in_text(q, ev.text):
            yield Finding(
                "key-in-evidence",
                ERROR,
                f"the answer {_fmt(q.answer)} is not stated in the evidence "
                "(in digits, words or as a range)",
            )


def check_leakage(q: Question) -> Iterable[Finding]:
    prompt = q.prompt
    if q.is_numeric:
        answer = q.answer
        is_number = isinstance(answer, int | float) and not isinstance(answer, bool)
        if is_number and any(_close(v, answer) for v in _values(prompt)):
            yield Finding("leakage", ERROR, f"the prompt states the answer {_fmt(answer)}")
            return
        answer_text = q.extra.get("answer_text")
        if isinstance(answer_text, str) and contains_phrase(prompt, answer_text):
            yield Finding("leakage", ERROR, f"the prompt contains the answer '{answer_text}'")
        return
    if not (q.is_multiple_choice and isinstance(q.answer, str)):
        return
    key = q.answer
    if contains_phrase(prompt, key):
        yield Finding("leakage", ERROR, f"the prompt contains the answer '{key}'")
        return
    others = {_stem(w) for c in q.choices or [] if c != key for w in tokens(c)}
    prompt_words = {_stem(w) for w in tokens(prompt)}
    stop = _stopwords()
    giveaways = [
        w
        for w in tokens(key)
        if (len(w) >= 4 or w.isdigit())
        and w.casefold() not in stop
        and _stem(w) in prompt_words
        and _stem(w) not in others
    ]
    if giveaways:
        words = ", ".join(f"'{w}'" for w in giveaways)
        yield Finding(
            "leakage",
            WARNING,
            f"the prompt shares {words} with the answer and with no other option",
        )
        return
    for word in tokens(prompt):
        if is_acronym_of(word, key) or is_acronym_of(key, word):
            yield Finding(
                "leakage", WARNING, f"the prompt's '{word}' abbreviates the answer '{key}'"
            )
            return
    if _is_acronym(key) and any(key in run for run in _initial_runs(prompt)):
        yield Finding("leakage", WARNING, f"the prompt spells out the answer '{key}'")


_ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "&", "de", "du", "des", "la", "le"})


def _is_acronym(text: str) -> bool:
    s = text.replace(".", "").strip()
    return 2 <= len(s) <= 8 and s.isalpha() and s.isupper()


def _initial_runs(text: str) -> list[str]:
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
    if not _is_acronym(short) or len(tokens(long)) < 2:
        return False
    s = short.replace(".", "").strip()
    return any(run == s or (len(s) >= 3 and run.endswith(s)) for run in _initial_runs(long))


# ---------------------------------------------------------------------------------------
# options

_NUMBER_OPTION = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|approximately|some|over|under|"
    r"more than|less than|fewer than|at least|at most|up to)\s+)?"
    r"(?P<cur>[$\u00a3\u20ac])?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>.*)$",
    re.IGNORECASE,
)
_NUMBER_WORDS = _wordset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion dozen half"
)
_UNIT_ALIASES = {
    "percent": "%",
    "per cent": "%",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "metres": "m",
    "meters": "m",
    "miles": "mile",
    "bn": "billion",
    "m": "million",
}


@dataclass(frozen=True)
class Shape:
    """What an option looks like, the part a test-wise student reads without the article."""

    kind: str  # number, person, name, phrase
    unit: str | None = None
    value: float | None = None
    not_person: bool = False


def _unit_of(currency: str | None, rest: str) -> str | None:
    rest = rest.strip().casefold().rstrip(".")
    scale = ""
    for word in ("billion", "million", "thousand", "bn", "m", "k"):
        if rest == word or rest.startswith(word + " "):
            scale, rest = word, rest[len(word) :].strip()
            break
    rest = _UNIT_ALIASES.get(rest, rest)
    if rest and len(rest) > 3:
        rest = " ".join(_stem(w) for w in rest.split())
    if currency:
        return currency + (f" {_UNIT_ALIASES.get(scale, scale)}" if scale else "")
    return rest or None


def option_shape(text: str) -> Shape:
    t = text.strip()
    m = _NUMBER_OPTION.match(t)
    if m:
        value = float(m.group("num").replace(",", ""))
        return Shape("number", _unit_of(m.group("cur"), m.group("unit")), value)
    words = tokens(t)
    if words and words[0].casefold() in _NUMBER_WORDS:
        values = _values(t)
        rest = " ".join(w for w in words[1:] if w.casefold() not in _NUMBER_WORDS)
        return Shape("number", _unit_of(None, rest), values[0] if values else None)
    if not words:
        return Shape("phrase")
    stop = _stopwords()
    content = [w for w in words if w.casefold() not in stop] or words
    if all(w[:1].isupper() or w[:1].isdigit() for w in content):
        if _is_person(t):
            return Shape("person")
        not_person = (
            words[0] == "The"
            or any(w.casefold() in NON_PERSON_WORDS for w in words)
            or norm_phrase(t) in _places()
            or len(words) == 1
            and words[0].isupper()
        )
        return Shape("name", not_person=not_person)
    return Shape("phrase")


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
    wa = [_stem(w) for w in norm_phrase(a).split()]
    wb = [_stem(w) for w in norm_phrase(b).split()]
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
                and _close(sa.value, sb.value)
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


# ---------------------------------------------------------------------------------------
# key position bias (bank-wide)


def poisson_binomial_tail(probs: Sequence[float], k: int) -> float:
    """P(X >= k) for a sum of independent Bernoulli(p_i): exact, by dynamic programming."""
    dist = [1.0]
    for p in probs:
        nxt = [0.0] * (len(dist) + 1)
        for i, mass in enumerate(dist):
            nxt[i] += mass * (1 - p)
            nxt[i + 1] += mass * p
        dist = nxt
    return min(1.0, sum(dist[k:]))


def _letter(i: int) -> str:
    return chr(ord("A") + i) if i < 26 else str(i + 1)


def check_key_position(questions: Sequence[Question]) -> tuple[list[Finding], dict[str, Any]]:
    mc = [
        q
        for q in questions
        if q.is_multiple_choice
        and q.choices
        and isinstance(q.answer, str)
        and q.answer in q.choices
    ]
    n = len(mc)
    width = max((len(q.choices or []) for q in mc), default=0)
    counts = [0] * width
    for q in mc:
        counts[(q.choices or []).index(q.answer)] += 1
    longest = [
        q for q in mc if all(len(q.answer) > len(c) for c in q.choices or [] if c != q.answer)
    ]
    numeric = []
    middle = 0
    for q in mc:
        shapes = [option_shape(c) for c in q.choices or []]
        if len(shapes) >= 3 and all(s.kind == "number" and s.value is not None for s in shapes):
            order = sorted(range(len(shapes)), key=lambda i: shapes[i].value or 0.0)
            rank = order.index((q.choices or []).index(q.answer))
            m = len(shapes)
            mids = {m // 2} if m % 2 else {m // 2 - 1, m // 2}
            numeric.append(2 / m if m % 2 == 0 else 1 / m)
            middle += rank in mids
    stats: dict[str, Any] = {
        "multiple_choice": n,
        "key_positions": {_letter(i): c for i, c in enumerate(counts)},
        "key_longest": len(longest),
        "key_longest_expected": round(sum(1 / len(q.choices or [1]) for q in mc), 2),
        "numeric_option_questions": len(numeric),
        "key_middle": middle,
        "key_middle_expected": round(sum(numeric), 2),
    }
    findings: list[Finding] = []
    if n >= MIN_BIAS_SAMPLE:
        for pos, count in enumerate(counts):
            probs = [1 / len(q.choices or []) if pos < len(q.choices or []) else 0.0 for q in mc]
            p = poisson_binomial_tail(probs, count)
            if p < BIAS_P_VALUE:
                findings.append(
                    Finding(
                        "key-position",
                        WARNING,
                        f"the answer is option {_letter(pos)} in {count} of {n} questions "
                        f"(chance: {sum(probs):.1f}; p = {p:.4f}); shuffle the choices",
                    )
                )
        probs = [1 / len(q.choices or [1]) for q in mc]
        p = poisson_binomial_tail(probs, len(longest))
        if p < BIAS_P_VALUE:
            findings.append(
                Finding(
                    "key-position",
                    WARNING,
                    f"the answer is the longest option in {len(longest)} of {n} questions "
                    f"(chance: {sum(probs):.1f}; p = {p:.4f})",
                )
            )
    if len(numeric) >= MIN_BIAS_SAMPLE:
        p = poisson_binomial_tail(numeric, middle)
        if p < BIAS_P_VALUE:
            findings.append(
                Finding(
                    "key-position",
                    WARNING,
                    f"the answer is the middle value in {middle} of {len(numeric)} numeric-option "
                    f"questions (chance: {sum(numeric):.1f}; p = {p:.4f})",
                )
            )
    return findings, stats


# ---------------------------------------------------------------------------------------
# unit missing

_AFTER_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]")
_SKIP_TAGS = frozenset({"JJ", "JJR", "JJS", "NNP", "NNPS"})
# Adjectives that start a time phrase ("311,764 last month"), not a counted noun.
_NOT_UNIT_WORDS = frozenset({"last", "next", "previous", "this", "same", "earlier", "later"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


def _counted_noun(text: str, end: int) -> str | None:
    """The noun the number ending at ``end`` counts ("5000 active-duty soldiers" ->
    "active-duty soldiers"). The whole sentence is tagged: words alone tag badly."""
    spans = [(m.start(), m.group()) for m in _AFTER_TOKEN.finditer(text)]
    first = next((i for i, (start, _) in enumerate(spans) if start >= end), len(spans))
    if first == len(spans) or not spans[first][1][:1].isalpha():
        return None
    from quizgen.nlp.resources import pos_tagger

    tagged = pos_tagger().tag([w for _, w in spans])[first : first + 5]
    phrase: list[str] = []
    nouns = 0
    for word, tag in tagged:
        if tag in _NOUN_TAGS and word.casefold() not in _stopwords():
            phrase.append(word)
            nouns += 1
        elif nouns or tag not in _SKIP_TAGS or word.casefold() in _NOT_UNIT_WORDS:
            break
        else:
            phrase.append(word)
    return " ".join(phrase) if nouns else None


def _answer_mentions(q: Question, text: str) -> list[Any]:
    answer = float(q.answer)
    out = []
    answer_text = q.extra.get("answer_text")
    for m in _number_mentions(text):
        ends = [m.value, m.low, m.high, m.mantissa]
        by_value = any(v is not None and _close(v, answer) for v in ends)
        by_text = isinstance(answer_text, str) and (
            contains_phrase(m.text, answer_text) or contains_phrase(answer_text, m.text)
        )
        if by_value or by_text:
            out.append(m)
    return out


def check_unit_missing(q: Question) -> Iterable[Finding]:
    if not q.is_numeric or (q.unit or "").strip() or q.evidence is None:
        return
    if not isinstance(q.answer, int | float) or isinstance(q.answer, bool):
        return
    text = q.evidence.text
    for m in _answer_mentions(q, text):
        if m.kind in ("year", "date", "time", "ordinal", "score", "age"):
            continue
        unit = m.unit or _counted_noun(text, m.end)
        if unit:
            yield Finding(
                "unit-missing",
                WARNING,
                f"the evidence gives a unit ('{text[m.start : m.end]}' ... '{unit}') "
                "but the question has none",
            )
            return


# ---------------------------------------------------------------------------------------
# pronoun start


def check_pronoun_start(q: Question) -> Iterable[Finding]:
    words = tokens(q.prompt)
    if words and words[0].casefold() in PRONOUNS:
        yield Finding(
            "pronoun-start",
            ERROR,
            f"the prompt starts with the pronoun '{words[0]}'; name who or what it refers to",
        )


# ---------------------------------------------------------------------------------------
# duplicates


def content_words(text: str) -> frozenset[str]:
    stop = _stopwords()
    return frozenset(_stem(w) for w in tokens(text) if w.casefold() not in stop)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _key_of(q: Question) -> Any:
    if isinstance(q.answer, str):
        return ("text", norm_phrase(q.answer))
    if isinstance(q.answer, int | float) and not isinstance(q.answer, bool):
        return ("number", float(q.answer))
    return ("other", repr(q.answer))


def check_duplicates(
    questions: Sequence[Question], lines: Sequence[int | None]
) -> list[tuple[int, Finding]]:
    words = [content_words(q.prompt) for q in questions]
    out: list[tuple[int, Finding]] = []
    for j, b in enumerate(questions):
        for i in range(j):
            a = questions[i]
            where = f"'{a.id}'" + (f" (line {lines[i]})" if lines[i] else "")
            same_fact = (
                a.evidence is not None
                and b.evidence is not None
                and " ".join(a.evidence.text.split()) == " ".join(b.evidence.text.split())
                and _key_of(a) == _key_of(b)
            )
            if same_fact:
                out.append((j, Finding("duplicates", ERROR, f"asks the same fact as {where}")))
                break
            score = jaccard(words[i], words[j])
            if score >= DUPLICATE_JACCARD:
                out.append(
                    (
                        j,
                        Finding(
                            "duplicates",
                            WARNING,
                            f"worded almost like {where} (word overlap {score:.2f})",
                        ),
                    )
                )
                break
    return out


# ---------------------------------------------------------------------------------------
# the whole bank

PerQuestionCheck = Callable[[Question], Iterable[Finding]]


def lint_bank(
    bank: Bank,
    article_text: str | None,
    *,
    lines: Sequence[int | None] | None = None,
    bank_line: int | None = None,
    ignore: Iterable[str] = (),
    label: str = "<bank>",
) -> LintReport:
    """Every finding for ``bank``; checks that need the article are skipped when it is None.

    ``lines`` gives the line of each question in its file (same order as
    ``bank.questions``); ``bank_line`` the line bank-wide findings point at.
    """
    skip = set(ignore)
    unknown = skip - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(sorted(unknown))}")
    questions = bank.questions
    qlines: list[int | None] = list(lines) if lines is not None else [None] * len(questions)
    per_question: list[tuple[str, PerQuestionCheck]] = [
        ("grounding", lambda q: check_grounding(q, article_text)),
        ("key-in-evidence", check_key_in_evidence),
        ("leakage", check_leakage),
        ("options", check_options),
        ("unit-missing", check_unit_missing),
        ("pronoun-start", check_pronoun_start),
    ]
    raw: list[tuple[int | None, Finding]] = []
    for index, q in enumerate(questions):
        for name, check in per_question:
            if name not in skip:
                raw.extend((index, f) for f in check(q))
    if "duplicates" not in skip:
        raw.extend(check_duplicates(questions, qlines))
    bias, stats = check_key_position(questions)
    if "key-position" not in skip:
        raw.extend((None, f) for f in bias)

    order = {name: i for i, name in enumerate(CHECKS)}
    findings = []
    for index, f in raw:
        if index is None:
            findings.append(_place(f, None, None, bank_line))
        else:
            findings.append(_place(f, index, questions[index].id, qlines[index]))
    findings.sort(
        key=lambda f: (
            f.index if f.index is not None else len(questions),
            order.get(f.check, len(order)),
        )
    )
    notes = [] if article_text is not None else [_no_article_note(bank)]
    return LintReport(
        findings=findings,
        total_questions=len(questions),
        article_checked=article_text is not None,
        notes=notes,
        stats=stats,
        label=label,
    )


def _place(f: Finding, index: int | None, qid: str | None, line: int | None) -> Finding:
    return Finding(f.check, f.severity, f.message, qid, index, line)


def _no_article_note(bank: Bank) -> str:
    path = bank.source.path if bank.source is not None else None
    where = f"source.path '{path}' not found" if path else "the bank names no source.path"
    return f"no article ({where}; pass --article): evidence was not checked against the article"


# ---------------------------------------------------------------------------------------
# loading from files


@dataclass
class LoadedBank:
    """A parsed bank with the file lines the report points at."""

    bank: Bank | None
    problems: list[str]
    lines: list[int | None]
    bank_line: int | None
    label: str


def load_for_lint(path: str | os.PathLike[str]) -> LoadedBank:
    """Parse and validate like ``quizgen validate``, minus the evidence-against-article check
    (that is lint's grounding check, which reports it per question instead of refusing)."""
    from quizgen.bank.io import parse_yaml, read_bank_text
    from quizgen.bank.validate import (
        Problems,
        check_duplicate_keys,
        check_questions,
        check_schema,
        line_of,
    )

    label = str(path)
    text = read_bank_text(path)
    data, root = parse_yaml(text, label)
    problems = Problems(label, root)
    if data is None:
        return LoadedBank(None, [f"{label}:1: empty document, not a quiz bank"], [], None, label)
    if not isinstance(data, dict):
        problems.add([], "a bank is a mapping with format, title and questions")
        return LoadedBank(None, problems.lines(), [], None, label)
    check_duplicate_keys(root, problems)
    check_schema(data, problems)
    check_questions(data, problems)
    if problems:
        return LoadedBank(None, problems.lines(), [], None, label)
    bank = Bank.from_dict(data)
    lines: list[int | None] = [line_of(root, ["questions", i]) for i in range(len(bank.questions))]
    return LoadedBank(bank, [], lines, line_of(root, ["questions"]), label)


@dataclass
class ArticleLookup:
    text: str | None
    path: str | None
    notes: list[str]


def find_article(
    bank: Bank, bank_path: str | os.PathLike[str], article_path: str | os.PathLike[str] | None
) -> ArticleLookup:
    """``--article`` wins; else the bank's ``source.path`` (beside the bank, then the cwd).

    An explicit article that cannot be read raises :class:`InputError`; a missing
    ``source.path`` only becomes a note, since a bank travels without its article.
    """
    import hashlib

    from quizgen.bank.validate import resolve_source
    from quizgen.errors import InputError
    from quizgen.textfile import read_text

    notes: list[str] = []
    if article_path is not None:
        found: Path | None = Path(article_path)
    elif bank.source is not None and bank.source.path:
        found = resolve_source(Path(bank_path), bank.source.path)
        if found is None:
            return ArticleLookup(None, None, notes)
    else:
        return ArticleLookup(None, None, notes)
    try:
        article = read_text(found, allow_cp1252=True, warn=notes.append)
    except InputError:
        if article_path is not None:
            raise
        return ArticleLookup(None, None, [f"source article {found} cannot be read"])
    sha = bank.source.sha256 if bank.source is not None else None
    if sha and sha != hashlib.sha256(article.raw).hexdigest():
        notes.append(
            f"{found} does not match source.sha256: the article changed since the bank was made"
        )
    return ArticleLookup(article.text, str(found), notes)


def lint_path(
    bank_path: str | os.PathLike[str],
    article_path: str | os.PathLike[str] | None = None,
    *,
    ignore: Iterable[str] = (),
) -> LintReport:
    """Load, find the article and lint. Raises :class:`BankError` for an invalid bank and
    :class:`InputError` for an unreadable one (or an unreadable ``--article``)."""
    from quizgen.errors import BankError

    loaded = load_for_lint(bank_path)
    if loaded.bank is None:
        raise BankError(loaded.problems)
    lookup = find_article(loaded.bank, bank_path, article_path)
    report = lint_bank(
        loaded.bank,
        lookup.text,
        lines=loaded.lines,
        bank_line=loaded.bank_line,
        ignore=ignore,
        label=loaded.label,
    )
    report.article = lookup.path
    report.notes = lookup.notes + report.notes
    return report
