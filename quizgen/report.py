"""Gradebook and item analysis for the teacher, computed from the results database.

Pure functions over :class:`~quizgen.results.Attempt` and :class:`~quizgen.results.Response`
rows (plus, optionally, the bank for option texts), so the numbers can be checked by hand
without a terminal. Item statistics follow Moodle's quiz statistics:

* facility index ``F = mean(x) / max(x)``, x the item score of each attempt;
* discrimination index ``D = Cov(x, y) / sqrt(Var(x) * Var(y))``, y the rest-of-test
  score (attempt total minus this item), reported as a fraction -1..1 (Moodle prints
  it times 100).

Only finished attempts count in the item analysis (an attempt in progress would look
like a row of wrong answers); the gradebook lists every attempt.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from quizgen.bank.model import Bank, Question
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


# --- gradebook ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GradeRow:
    """One student attempt as the teacher's gradebook shows it."""

    attempt_id: int
    student: str
    session: str | None
    bank_title: str
    mode: str
    score: float
    max_score: float
    answered: int
    unanswered: int
    started_at: str
    finished_at: str | None
    last_answer_at: str | None
    seconds: float | None

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def status(self) -> str:
        return "finished" if self.finished else "in progress"


def _parse_time(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def _seconds_between(start: str | None, end: str | None) -> float | None:
    a, b = _parse_time(start), _parse_time(end)
    if a is None or b is None:
        return None
    try:
        return max(0.0, (b - a).total_seconds())
    except TypeError:  # one aware, one naive: do not guess
        return None


def _is_answered(response: Response) -> bool:
    return response.response is not None and str(response.response).strip() != ""


def gradebook(attempts: Iterable[Attempt], responses: Iterable[Response]) -> list[GradeRow]:
    """Rows in start order. Time is start to finish, or start to the last answer so far."""
    by_attempt: dict[int, list[Response]] = {}
    for r in responses:
        by_attempt.setdefault(r.attempt_id, []).append(r)
    rows = []
    for a in attempts:
        given = by_attempt.get(a.id, [])
        answered = sum(1 for r in given if _is_answered(r))
        total = len(a.question_ids) or len(given)
        last = max((r.answered_at for r in given), default=None)
        end = a.finished_at or last
        max_score = a.max_score
        if not max_score:
            max_score = sum(r.max_points or 0.0 for r in given)
        # A finished attempt's score is final; one in progress is the sum so far.
        score = a.score if a.finished else sum(r.points for r in given)
        rows.append(
            GradeRow(
                attempt_id=a.id,
                student=a.student,
                session=a.session,
                bank_title=a.bank_title,
                mode=a.mode,
                score=float(score),
                max_score=float(max_score),
                answered=answered,
                unanswered=max(0, total - answered),
                started_at=a.started_at,
                finished_at=a.finished_at,
                last_answer_at=last,
                seconds=_seconds_between(a.started_at, end),
            )
        )
    return rows


# --- item analysis -----------------------------------------------------------------------


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

    @property
    def percent_correct(self) -> float:
        return 100.0 * self.correct / self.attempts if self.attempts else 0.0


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


def _lookup_question(
    banks: Sequence[Bank], bank_sha_of: dict[int, str], title: str, sha: str, question_id: str
) -> Question | None:
    """Find a question by bank hash, then by title, then in the only bank given."""
    candidates = [b for b in banks if bank_sha_of.get(id(b)) == sha]
    candidates += [b for b in banks if b.title == title and b not in candidates]
    if len(banks) == 1 and not candidates:
        candidates = list(banks)
    for bank in candidates:
        try:
            return bank.question(question_id)
        except KeyError:
            continue
    return None


def _bank_order(
    banks: Sequence[Bank], bank_sha_of: dict[int, str], title: str, sha: str
) -> dict[str, int]:
    """Question id -> position in the matching bank (empty when no bank matches)."""
    for bank in banks:
        if bank_sha_of.get(id(bank)) == sha:
            return {q.id: i for i, q in enumerate(bank.questions)}
    for bank in banks:
        if bank.title == title or len(banks) == 1:
            return {q.id: i for i, q in enumerate(bank.questions)}
    return {}


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
        bank_order = _bank_order(banks, bank_sha_of, group[0].bank_title, sha)
        order.sort(key=lambda q: bank_order.get(q, len(bank_order)))  # stable: unknown ids last
        totals = {a.id: sum(score(r) for r in by_attempt.get(a.id, {}).values()) for a in group}
        for qid in order:
            shown = [a for a in group if qid in (a.question_ids or by_attempt.get(a.id, {}))]
            question = _lookup_question(banks, bank_sha_of, group[0].bank_title, sha, qid)
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
                if r is not None and _is_answered(r) and r.elapsed_ms is not None
            ]
            stats = ItemStats(
                question_id=qid,
                bank_title=title,
                bank_sha256=sha,
                kind=question.kind if question else None,
                prompt=question.prompt if question else None,
                max_points=max_points,
                attempts=len(shown),
                answered=sum(1 for r in got if r is not None and _is_answered(r)),
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
    given = [r for r in got if r is not None and _is_answered(r)]
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


# --- live summary (dashboard) --------------------------------------------------------------


@dataclass(frozen=True)
class ClassSummary:
    """What the projector shows: a cheap summary recomputed on every refresh."""

    joined: list[GradeRow]
    items: list[ItemStats]
    histogram: list[int]
    """Attempts per 10 % band of the score (0-9 %, 10-19 %, ..., 90-100 %)."""

    @property
    def finished(self) -> list[GradeRow]:
        return [g for g in self.joined if g.finished]

    @property
    def leaderboard(self) -> list[GradeRow]:
        return sorted(self.joined, key=lambda g: (-g.score, g.seconds or 0.0, g.student))


def histogram(percents: Iterable[float], bins: int = 10) -> list[int]:
    counts = [0] * bins
    for p in percents:
        index = min(bins - 1, max(0, int(p * bins // 100)))
        counts[index] += 1
    return counts


def live_items(attempts: Sequence[Attempt], responses: Sequence[Response]) -> list[ItemStats]:
    """Per-question % correct over every attempt so far, finished or not: the projector
    shows the class's progress while it happens. Attempts count only for questions answered."""
    answered_ids = {(r.attempt_id, r.question_id) for r in responses}
    trimmed = [
        replace(
            a,
            finished_at=a.finished_at or a.started_at,
            question_ids=[q for q in a.question_ids if (a.id, q) in answered_ids],
        )
        for a in attempts
    ]
    return item_analysis(trimmed, responses)


def class_summary(attempts: Sequence[Attempt], responses: Sequence[Response]) -> ClassSummary:
    rows = gradebook(attempts, responses)
    return ClassSummary(
        joined=rows,
        items=live_items(attempts, responses),
        histogram=histogram(g.percent for g in rows if g.finished),
    )


# --- output ------------------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula (OWASP CSV injection): prefix an
    apostrophe. Numbers we format ourselves are left alone, so -0.25 stays a number."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _num(value: float | None, digits: int = 3) -> str | float:
    if value is None:
        return ""
    rounded = round(value, digits)
    return int(rounded) if rounded == int(rounded) else rounded


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    return buffer.getvalue()


GRADES_COLUMNS = (
    "student",
    "score",
    "max_score",
    "percent",
    "seconds",
    "answered",
    "unanswered",
    "status",
    "mode",
    "bank_title",
    "session",
    "started_at",
    "finished_at",
    "attempt_id",
)


def grades_csv(rows: Iterable[GradeRow]) -> str:
    return _csv(
        GRADES_COLUMNS,
        (
            (
                g.student,
                _num(g.score),
                _num(g.max_score),
                _num(g.percent, 1),
                _num(g.seconds, 1),
                g.answered,
                g.unanswered,
                g.status,
                g.mode,
                g.bank_title,
                g.session or "",
                g.started_at,
                g.finished_at or "",
                g.attempt_id,
            )
            for g in rows
        ),
    )


ITEMS_COLUMNS = (
    "question_id",
    "facility",
    "discrimination",
    "attempts",
    "answered",
    "correct",
    "mean_score",
    "max_points",
    "median_seconds",
    "flags",
    "key",
    "options",
    "kind",
    "prompt",
    "bank_title",
)


def _options_cell(item: ItemStats) -> str:
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


def _key(item: ItemStats) -> str:
    """The bank's key, else the answers that were marked correct."""
    if item.key is not None:
        return item.key
    return " | ".join(o.text for o in item.options if o.is_key)


def items_csv(items: Iterable[ItemStats]) -> str:
    return _csv(
        ITEMS_COLUMNS,
        (
            (
                i.question_id,
                _num(i.facility),
                _num(i.discrimination),
                i.attempts,
                i.answered,
                i.correct,
                _num(i.mean_score),
                _num(i.max_points),
                _num(i.median_ms / 1000 if i.median_ms is not None else None, 1),
                " ".join(i.flags),
                _key(i),
                _options_cell(i),
                i.kind or "",
                i.prompt or "",
                i.bank_title,
            )
            for i in items
        ),
    )


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    """A plain-text table (no colour, no box characters) that pastes anywhere."""
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "" if value is None else format(value, spec)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def render_text(rows: Sequence[GradeRow], items: Sequence[ItemStats]) -> str:
    """The terminal report: gradebook, item analysis, then what the flags mean."""
    out = [f"Gradebook ({len(rows)} attempt{'s' if len(rows) != 1 else ''})", ""]
    if rows:
        out.append(
            format_table(
                ("student", "score", "max", "%", "time", "answered", "unanswered", "status"),
                [
                    (
                        _clip(g.student, 30),
                        f"{g.score:g}",
                        f"{g.max_score:g}",
                        f"{g.percent:.0f}",
                        _duration(g.seconds),
                        str(g.answered),
                        str(g.unanswered),
                        g.status,
                    )
                    for g in rows
                ],
                right={1, 2, 3, 4, 5, 6},
            )
        )
        done = [g.percent for g in rows if g.finished]
        if done:
            out += [
                "",
                (
                    f"finished {len(done)}/{len(rows)}   mean {mean(done):.0f}%   "
                    f"median {statistics.median(done):.0f}%"
                ),
            ]
    else:
        out.append("(no attempts yet)")
    out += ["", f"Item analysis ({len(items)} question{'s' if len(items) != 1 else ''})", ""]
    several_banks = len({i.bank_sha256 for i in items}) > 1
    if items:
        out.append(
            format_table(
                ("question", "n", "facility", "discrim", "median s", "flags", "answers (* key)"),
                [
                    (
                        _clip(f"{i.bank_title[:12]}/" * several_banks + i.question_id, 28),
                        str(i.attempts),
                        _fmt(i.facility),
                        _fmt(i.discrimination, "+.2f"),
                        _fmt(i.median_ms / 1000 if i.median_ms is not None else None, ".1f"),
                        " ".join(i.flags),
                        _clip(_options_cell(i), 60),
                    )
                    for i in items
                ],
                right={1, 2, 3, 4},
            )
        )
        used = sorted({f for i in items for f in i.flags})
        if used:
            out += ["", "flags:"] + [f"  {f}: {FLAG_HELP[f]}" for f in used]
    else:
        out.append("(no finished attempts yet)")
    return "\n".join(out) + "\n"
