"""Points for one answer: plain marks, numeric tolerance credit, Kahoot-style speed and streaks.

Pure functions over plain numbers so every rule is tested without a terminal or a clock;
the quiz session feeds them the elapsed time it measured.
"""

from __future__ import annotations

from dataclasses import dataclass

MODES = ("practice", "exam", "game")

GAME_POINTS = 1000
"""Kahoot's P: a correct answer is worth between P/2 (at the buzzer) and P (instantly)."""

STREAK_STEP = 100
STREAK_CAP = 500
"""Kahoot-like streak bonus: +100 for the 2nd correct answer in a row, up to +500."""


@dataclass(frozen=True)
class ScoringRules:
    """How a quiz turns answers into points; stored with the attempt so a resume scores alike."""

    mode: str = "practice"
    speed_points: bool = True
    """Game mode only: points fall from P to P/2 as the time limit runs out."""
    streak_bonus: bool = True
    """Game mode only: a bonus for consecutive correct answers."""
    partial_credit: bool = False
    """Numeric questions: credit that falls linearly to 0 beyond the tolerance."""
    partial_multiple: float = 3.0
    """Partial credit reaches 0 at this multiple of the tolerance (or of 10% of the answer
    when the tolerance is 0)."""

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODES)}")
        if self.partial_multiple <= 1:
            raise ValueError("partial_multiple must be greater than 1")


@dataclass(frozen=True)
class Award:
    """The points for one answer, with the parts a feedback screen can explain."""

    credit: float
    """0..1: how right the answer is (1 within tolerance, between for partial credit)."""
    base: float
    speed: float = 0.0
    streak: float = 0.0
    max_points: float = 0.0

    @property
    def points(self) -> float:
        return self.base + self.speed + self.streak

    @property
    def correct(self) -> bool:
        return self.credit >= 1.0

    def breakdown(self) -> str:
        """`+820 (answer 500, speed +320)`: the words say it, so colour is never needed."""
        total = f"+{fmt_points(self.points)}"
        parts = []
        if self.speed or self.streak:
            parts.append(f"answer {fmt_points(self.base)}")
            if self.speed:
                parts.append(f"speed +{fmt_points(self.speed)}")
            if self.streak:
                parts.append(f"streak +{fmt_points(self.streak)}")
        elif 0 < self.credit < 1:
            parts.append(f"partial credit {round(self.credit * 100)}%")
        return f"{total} ({', '.join(parts)})" if parts else total


def fmt_points(value: float) -> str:
    """Whole points print without a decimal point; partial marks keep two decimals."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def numeric_credit(
    given: float,
    answer: float,
    tolerance: float | None,
    *,
    partial: bool = False,
    multiple: float = 3.0,
) -> float:
    """Full credit within ``tolerance``; with ``partial``, linear down to 0 at ``multiple`` x it.

    A zero tolerance (an exact count) would make the partial band empty, so the band then
    uses 10% of the answer as its unit: 4900 for 5000 earns something, 3000 nothing.
    """
    tol = abs(float(tolerance or 0.0))
    error = abs(float(given) - float(answer))
    if error <= tol + 1e-9 * max(1.0, abs(float(answer))):
        return 1.0
    if not partial:
        return 0.0
    unit = tol if tol > 0 else 0.1 * abs(float(answer))
    if unit <= 0:
        return 0.0
    zero_at = multiple * unit
    if tol > 0:
        # Linear from 1 at the tolerance edge to 0 at ``multiple`` x tolerance.
        credit = (zero_at - error) / (zero_at - tol)
    else:
        credit = 1.0 - error / zero_at
    return max(0.0, min(1.0, credit))


def speed_points(elapsed_s: float, limit_s: float | None, points: float = GAME_POINTS) -> float:
    """Kahoot: round(P * (1 - (t/T)/2)); without a limit there is no race, so the full P."""
    if not limit_s or limit_s <= 0:
        return float(points)
    t = min(max(elapsed_s, 0.0), float(limit_s))
    return float(round(points * (1 - (t / limit_s) / 2)))


def streak_bonus(streak: int) -> float:
    """``streak`` counts the current answer: the first correct answer earns no bonus."""
    if streak <= 1:
        return 0.0
    return float(min((streak - 1) * STREAK_STEP, STREAK_CAP))


def question_max(rules: ScoringRules, weight: float) -> float:
    """The most one question can give before any streak bonus."""
    return GAME_POINTS * weight if rules.mode == "game" else weight


def max_score(rules: ScoringRules, weights: list[float]) -> float:
    """Best possible total, streak bonuses included, so a score never exceeds its maximum."""
    total = sum(question_max(rules, w) for w in weights)
    if rules.mode == "game" and rules.streak_bonus:
        total += sum(streak_bonus(i + 1) for i in range(len(weights)))
    return total


def award(
    rules: ScoringRules,
    *,
    credit: float,
    weight: float = 1.0,
    elapsed_s: float = 0.0,
    limit_s: float | None = None,
    streak: int = 0,
) -> Award:
    """Points for one answer given its ``credit`` (0..1).

    ``streak`` is the number of consecutive fully correct answers including this one. In
    practice and exam modes a question is worth ``weight`` marks; in game mode ``weight`` x P
    with the speed rule, and partial credit scales the speed points too.
    """
    credit = max(0.0, min(1.0, credit))
    qmax = question_max(rules, weight)
    if rules.mode != "game":
        return Award(credit=credit, base=round(credit * weight, 4), max_points=qmax)
    if credit <= 0:
        return Award(credit=0.0, base=0.0, max_points=qmax)
    full = GAME_POINTS * weight
    if rules.speed_points and limit_s:
        earned = speed_points(elapsed_s, limit_s, full)
        base = full / 2
        speed = earned - base
    else:
        base, speed = full, 0.0
    base, speed = round(base * credit), round(speed * credit)
    bonus = streak_bonus(streak) if rules.streak_bonus and credit >= 1.0 else 0.0
    return Award(credit=credit, base=float(base), speed=float(speed), streak=bonus, max_points=qmax)
