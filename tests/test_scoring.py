"""Scoring rules: plain marks, tolerance and partial credit, Kahoot speed points, streaks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.scoring import (
    GAME_POINTS,
    ScoringRules,
    award,
    fmt_points,
    max_score,
    numeric_credit,
    speed_points,
    streak_bonus,
)


def test_kahoot_speed_formula_matches_round_p_times_one_minus_half_ratio() -> None:
    assert speed_points(0, 20) == 1000
    assert speed_points(20, 20) == 500
    assert speed_points(5, 20) == round(1000 * (1 - (5 / 20) / 2)) == 875
    assert speed_points(7.3, 20) == round(1000 * (1 - (7.3 / 20) / 2))
    # Late answers (clock drift past the limit) never go below P/2; no limit means full points.
    assert speed_points(25, 20) == 500
    assert speed_points(3, None) == 1000


@given(t=st.floats(0, 60), limit=st.floats(1, 60))
def test_speed_points_between_half_and_full(t: float, limit: float) -> None:
    points = speed_points(t, limit)
    assert 500 <= points <= 1000
    assert points == round(1000 * (1 - (min(t, limit) / limit) / 2))


def test_game_award_breakdown_speed_and_streak() -> None:
    rules = ScoringRules(mode="game")
    first = award(rules, credit=1, elapsed_s=4, limit_s=20, streak=1)
    assert first.points == 900 and first.base == 500 and first.speed == 400 and first.streak == 0
    assert first.breakdown() == "+900 (answer 500, speed +400)"
    third = award(rules, credit=1, elapsed_s=4, limit_s=20, streak=3)
    assert third.streak == 200 and third.points == 1100
    assert "streak +200" in third.breakdown()
    wrong = award(rules, credit=0, elapsed_s=1, limit_s=20, streak=0)
    assert wrong.points == 0 and not wrong.correct


def test_game_switches_turn_off_speed_and_streak() -> None:
    rules = ScoringRules(mode="game", speed_points=False, streak_bonus=False)
    result = award(rules, credit=1, elapsed_s=19, limit_s=20, streak=4)
    assert result.points == GAME_POINTS and result.speed == 0 and result.streak == 0
    assert result.breakdown() == "+1000"


def test_streak_bonus_is_capped() -> None:
    assert [streak_bonus(n) for n in range(9)] == [0, 0, 100, 200, 300, 400, 500, 500, 500]


def test_exam_and_practice_are_plain_marks_with_weights() -> None:
    for mode in ("exam", "practice"):
        rules = ScoringRules(mode=mode)
        assert award(rules, credit=1, weight=2, elapsed_s=10, limit_s=20).points == 2
        assert award(rules, credit=0, weight=2).points == 0


def test_numeric_tolerance_full_credit_and_partial_falloff() -> None:
    assert numeric_credit(2150, 2000, 200) == 1.0
    assert numeric_credit(2201, 2000, 200) == 0.0
    # Partial: 1 at the tolerance edge, 0 at 3x the tolerance (600 away), linear between.
    assert numeric_credit(2200, 2000, 200, partial=True) == 1.0
    assert numeric_credit(2400, 2000, 200, partial=True) == pytest.approx(0.5)
    assert numeric_credit(1600, 2000, 200, partial=True) == pytest.approx(0.5)
    assert numeric_credit(2600, 2000, 200, partial=True) == 0.0
    assert numeric_credit(9000, 2000, 200, partial=True) == 0.0
    assert numeric_credit(2400, 2000, 200, partial=True, multiple=5) == pytest.approx(0.75)


def test_partial_credit_with_zero_tolerance_uses_ten_percent_of_answer() -> None:
    assert numeric_credit(5000, 5000, 0, partial=True) == 1.0
    assert numeric_credit(5001, 5000, 0) == 0.0
    assert numeric_credit(4750, 5000, 0, partial=True) == pytest.approx(1 - 250 / 1500)
    assert numeric_credit(3500, 5000, 0, partial=True) == 0.0


@given(
    answer=st.floats(-1e6, 1e6, allow_nan=False),
    tol=st.floats(0.01, 1e4),
    err=st.floats(0, 1e5),
)
def test_partial_credit_is_monotone_and_bounded(answer: float, tol: float, err: float) -> None:
    near = numeric_credit(answer + err, answer, tol, partial=True)
    far = numeric_credit(answer + err * 1.5 + tol, answer, tol, partial=True)
    assert 0.0 <= far <= near <= 1.0
    assert numeric_credit(answer + err, answer, tol) in (0.0, 1.0)


def test_partial_credit_awards_fraction_of_marks_and_says_so() -> None:
    rules = ScoringRules(mode="exam", partial_credit=True)
    result = award(rules, credit=0.5, weight=2)
    assert result.points == 1 and not result.correct
    assert result.breakdown() == "+1 (partial credit 50%)"


def test_max_score_includes_streak_bonus_so_percent_never_exceeds_100() -> None:
    game = ScoringRules(mode="game")
    weights = [1.0, 1.0, 2.0]
    best = sum(
        award(game, credit=1, weight=w, elapsed_s=0, limit_s=20, streak=i + 1).points
        for i, w in enumerate(weights)
    )
    assert max_score(game, weights) == best == 1000 + 1100 + 2200
    assert max_score(ScoringRules(mode="exam"), weights) == 4


def test_rules_reject_unknown_mode() -> None:
    with pytest.raises(ValueError, match="unknown mode"):
        ScoringRules(mode="blitz")


def test_fmt_points() -> None:
    assert fmt_points(3.0) == "3" and fmt_points(0.5) == "0.5" and fmt_points(1 / 3) == "0.33"
