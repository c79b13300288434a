"""Item analysis: per-question statistics over the finished attempts, and their flags.

Item statistics follow Moodle's quiz statistics:

* facility index ``F = mean(x) / max(x)``, x the item score of each attempt;
* discrimination index ``D = Cov(x, y) / sqrt(Var(x) * Var(y))``, y the rest-of-test
  score (attempt total minus this item), reported as a fraction -1..1 (Moodle prints
  it times 100).

Only finished attempts count (an attempt in progress would look like a row of wrong
answers). With the bank, option texts and keys come from it.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quizgen.bank.model import Bank, Question
from quizgen.report.gradebook import is_answered
from quizgen.results import Attempt, Response

# Flag thresholds (Moodle calls facility <= 10 % "very difficult" and >= 95 % "extremely easy").
FACILITY_LOW = 0.10
FACILITY_HIGH = 0.95

FLAG_TOO_HARD = "too-hard"
FLAG_TOO_EASY = "too-easy"
FLAG_NEGATIVE_DISCRIMINATION = "negative-discrimination"
FLAG_DISTRACTOR_BEATS_KEY = "distractor-beats-key"

FLAG_HELP = {
    FLAG_TOO_HARD: f"facility below {FACILITY_LOW:.2f}: almost nobody got it; check the key",
    FLAG_TOO_EASY: f"facility above {FACILITY_HIGH:.2f}: almost everybody got it",
    FLAG_NEGATIVE_DISCRIMINATION: "stronger students did worse on it than weaker ones",
    FLAG_DISTRACTOR_BEATS_KEY: "a wrong option was chosen more often than the key",
}


@dataclass(frozen=True)
class OptionCount:
    text: str
    count: int
    is_key: bool


@dataclass
class ItemStats:
    """Statistics of one question over the finished attempts that were shown it."""

    question_id: str
    bank_title: str
    bank_sha256: str
    kind: str | None
    prompt: str | None
    max_points: float
    attempts: int
    answered: int
    correct: int
    mean_score: float
    facility: float | None
    discrimination: float | None
    median_ms: float | None
    options: list[OptionCount] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    key: str | None = None
    """The bank's answer (numeric: with its tolerance) when the bank is known."""


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson r = Cov(x, y) / sqrt(Var(x) Var(y)); None when either side does not vary."""
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mx, my = mean(xs), mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (n - 1)
    var_x = sum((x - mx) ** 2 for x in xs) / (n - 1)
    var_y = sum((y - my) ** 2 for y in ys) / (n - 1)
    if var_x <= 1e-12 or var_y <= 1e-12:
        return None
    return max(-1.0, min(1.0, cov / math.sqrt(var_x * var_y)))


def _matching_banks(
    banks: Sequence[Bank], bank_sha_of: dict[int, str], title: str, sha: str
) -> list[Bank]:
    """The banks a group of attempts may have been taken on, best first: by hash, then by
    title, else the only bank given. The first one orders the questions."""
    candidates = [b for b in banks if bank_sha_of.get(id(b)) == sha]
    candidates += [b for b in banks if b.title == title and b not in candidates]
    if len(banks) == 1 and not candidates:
        candidates = list(banks)
    return candidates


def _lookup_question(candidates: Sequence[Bank], question_id: str) -> Question | None:
    for bank in candidates:
        try:
            return bank.question(question_id)
        except KeyError:
            continue
    return None


def _normalise_choice(response: str | None, choices: list[str]) -> str | None:
    """Map a stored response to one of the choices: the text itself, or a 1-based index/letter."""
    if response is None:
        return None
    text = str(response).strip()
    if text in choices:
        return text
    folded = {c.casefold(): c for c in choices}
    if text.casefold() in folded:
        return folded[text.casefold()]
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    if len(text) == 1 and text.isalpha():
        index = ord(text.upper()) - ord("A")
        if 0 <= index < len(choices):
            return choices[index]
    return text


def item_analysis(
    attempts: Iterable[Attempt],
    responses: Iterable[Response],
    banks: Sequence[Bank] = (),
    bank_shas: dict[int, str] | None = None,
) -> list[ItemStats]:
    """Per-question statistics, grouped by bank (the rest-of-test score only makes sense within
    one test). ``bank_shas`` maps ``id(bank)`` to the hash the quiz runner recorded for it."""
    finished = [a for a in attempts if a.finished]
    by_attempt: dict[int, dict[str, Response]] = {}
    for r in responses:
        by_attempt.setdefault(r.attempt_id, {})[r.question_id] = r
    bank_sha_of = bank_shas or {}

    # One group per bank and scale: game points include speed and streak bonuses, which say
    # how fast a student was, not how good the question is, so game attempts count right/wrong.
    groups: dict[tuple[str, bool], list[Attempt]] = {}
    for a in finished:
        groups.setdefault((a.bank_sha256, a.mode == "game"), []).append(a)

    items: list[ItemStats] = []
    for (sha, game), group in groups.items():
        title = group[0].bank_title + (" (game)" if game else "")

        def score(r: Response | None, game: bool = game) -> float:
            if r is None:
                return 0.0
            return (1.0 if r.correct else 0.0) if game else r.points

        order: list[str] = []
        for a in group:
            ids = a.question_ids or list(by_attempt.get(a.id, {}))
            order.extend(q for q in ids if q not in order)
        candidates = _matching_banks(banks, bank_sha_of, group[0].bank_title, sha)
        bank_order = {q.id: i for i, q in enumerate(candidates[0].questions)} if candidates else {}
        order.sort(key=lambda q: bank_order.get(q, len(bank_order)))  # stable: unknown ids last
        totals = {a.id: sum(score(r) for r in by_attempt.get(a.id, {}).values()) for a in group}
        for qid in order:
            shown = [a for a in group if qid in (a.question_ids or by_attempt.get(a.id, {}))]
            question = _lookup_question(candidates, qid)
            got = [by_attempt.get(a.id, {}).get(qid) for a in shown]
            xs = [score(r) for r in got]
            ys = [totals[a.id] - x for a, x in zip(shown, xs, strict=True)]
            # Item maximum: 1 for right/wrong, else the recorded max_points, else the bank's
            # points, else the best score seen.
            recorded_max = [r.max_points for r in got if r is not None and r.max_points]
            if game:
                max_points = 1.0
            elif recorded_max:
                max_points = float(max(recorded_max))
            elif question is not None and question.points is not None:
                max_points = float(question.points)
            else:
                max_points = float(max(xs, default=0.0)) or 1.0
            mean_score = mean(xs) if xs else 0.0
            times = [
                r.elapsed_ms
                for r in got
                if r is not None and is_answered(r) and r.elapsed_ms is not None
            ]
            stats = ItemStats(
                question_id=qid,
                bank_title=title,
                bank_sha256=sha,
                kind=question.kind if question else None,
                prompt=question.prompt if question else None,
                max_points=max_points,
                attempts=len(shown),
                answered=sum(1 for r in got if r is not None and is_answered(r)),
                correct=sum(1 for r in got if r is not None and r.correct),
                mean_score=mean_score,
                facility=(mean_score / max_points) if shown and max_points else None,
                discrimination=correlation(xs, ys),
                median_ms=float(statistics.median(times)) if times else None,
            )
            stats.options = _option_counts(got, question)
            stats.key = _bank_key(question)
            stats.flags = flags_for(stats)
            items.append(stats)
    return items


def _option_counts(got: Sequence[Response | None], question: Question | None) -> list[OptionCount]:
    """How often each answer was given. With the bank, every choice is listed (also the
    unchosen ones) in bank order; without it, the answers seen, the correct ones marked."""
    given = [r for r in got if r is not None and is_answered(r)]
    if question is not None and question.is_multiple_choice and question.choices:
        counts = Counter(_normalise_choice(r.response, question.choices) for r in given)
        out = [OptionCount(c, counts.pop(c, 0), c == question.answer) for c in question.choices]
        out += [OptionCount(str(t), n, False) for t, n in counts.most_common()]
        return out
    counts = Counter(str(r.response).strip() for r in given)
    correct_texts = {str(r.response).strip() for r in given if r.correct}
    return [OptionCount(t, n, t in correct_texts) for t, n in counts.most_common()]


def flags_for(item: ItemStats) -> list[str]:
    flags = []
    if item.facility is not None and item.attempts:
        if item.facility < FACILITY_LOW:
            flags.append(FLAG_TOO_HARD)
        elif item.facility > FACILITY_HIGH:
            flags.append(FLAG_TOO_EASY)
    if item.discrimination is not None and item.discrimination < 0:
        flags.append(FLAG_NEGATIVE_DISCRIMINATION)
    if item.kind == "multiple_choice" and item.options:
        key = max((o.count for o in item.options if o.is_key), default=0)
        if any(not o.is_key and o.count > key for o in item.options):
            flags.append(FLAG_DISTRACTOR_BEATS_KEY)
    return flags


def options_cell(item: ItemStats) -> str:
    """The answer counts as one cell: ``*key: n; other: m`` (the key starred)."""
    return "; ".join(f"{'*' if o.is_key else ''}{o.text}: {o.count}" for o in item.options)


def _bank_key(question: Question | None) -> str | None:
    if question is None:
        return None
    if question.is_numeric:
        text = (
            f"{question.answer:g}"
            if isinstance(question.answer, int | float)
            else str(question.answer)
        )
        if question.tolerance:
            text += f" ± {question.tolerance:g}"
        return text + (f" {question.unit}" if question.unit else "")
    return str(question.answer)
