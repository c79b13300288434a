"""The bank-wide ``key-position`` check: the answer's position (letter, longest option,
middle value) is not guessable, tested against chance with an exact tail probability."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quizgen.bank.model import Question
from quizgen.lint.findings import WARNING, Finding
from quizgen.lint.shapes import option_shape

# Bank-wide bias tests need enough questions to say anything; below this they only count.
MIN_BIAS_SAMPLE = 8
BIAS_P_VALUE = 0.01


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
