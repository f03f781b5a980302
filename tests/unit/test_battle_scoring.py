"""The arithmetic of battles, checked by hand: speed points, streaks, ties, teams, and option parsing."""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.battle import (
    Award,
    BattleRequest,
    Rules,
    average,
    award,
    deal,
    half_up,
    parse_battle,
    placed,
    speed_points,
    streak_bonus,
)
from bot.battle._model import Player
from bot.battle._options import SettingChange, parse_period, parse_setting
from bot.battle._standings import players_ranked, top_players, winners

TWENTY = timedelta(seconds=20)


@pytest.mark.parametrize(
    ("seconds", "points"),
    [
        (0, 1000),
        (0.499999, 1000),  # under half a second: full points
        (0.5, 988),  # 1000 × (1 − 0.025/2) = 987.5, halves round up
        (1.5, 963),  # 962.5 -> 963 (Python's round() would say 962)
        (2, 950),
        (5, 875),
        (7.3, 818),  # 817.5
        (10, 750),
        (19.999, 500),  # 500.025
        (20, 500),  # at the buzzer: half
        (35, 500),  # clamped: never less than half
    ],
)
def test_speed_points_follow_kahoots_formula(seconds: float, points: int) -> None:
    assert speed_points(timedelta(seconds=seconds), TWENTY) == points


def test_speed_points_scale_with_the_timer_and_the_full_score() -> None:
    assert speed_points(timedelta(seconds=3), timedelta(seconds=30)) == 950
    assert speed_points(timedelta(seconds=5), TWENTY, full_points=2000) == 1750


def test_speed_points_refuse_a_timer_of_zero() -> None:
    with pytest.raises(ValueError, match="longer than zero"):
        speed_points(timedelta(seconds=1), timedelta(0))


def test_half_up_rounds_halves_away_from_even() -> None:
    assert [half_up(Fraction(n, 2)) for n in (1, 3, 5, 1925)] == [1, 2, 3, 963]
    assert half_up(Fraction(9999, 10)) == 1000
    assert half_up(Fraction(9994, 10)) == 999


@pytest.mark.parametrize(
    ("streak", "bonus"), [(0, 0), (1, 0), (2, 100), (3, 200), (5, 400), (6, 500), (50, 500)]
)
def test_streak_bonus_starts_at_the_second_right_answer_and_caps_at_500(
    streak: int, bonus: int
) -> None:
    assert streak_bonus(streak) == bonus


def test_streak_bonus_refuses_a_negative_streak() -> None:
    with pytest.raises(ValueError, match="negative"):
        streak_bonus(-1)


def test_award_pays_speed_and_streak_and_resets_on_a_miss() -> None:
    rules = Rules()
    assert award(True, timedelta(seconds=5), TWENTY, 3, rules) == Award(875, 300, 4)
    assert award(False, timedelta(seconds=1), TWENTY, 3, rules) == Award(0, 0, 0)
    assert award(True, None, TWENTY, 3, rules) == Award(0, 0, 0)  # no answer
    assert Award(875, 300, 4).total == 1175


def test_award_without_speed_or_streak_pays_flat_but_still_counts_the_streak() -> None:
    flat = Rules(speed=False, streak=False)
    assert award(True, timedelta(seconds=19), TWENTY, 4, flat) == Award(1000, 0, 5)
    no_speed = Rules(speed=False)
    assert award(True, timedelta(seconds=19), TWENTY, 1, no_speed) == Award(1000, 100, 2)


def test_equal_scores_share_a_place_and_the_next_place_is_skipped() -> None:
    scores = [("Ana", 900), ("Ben", 1200), ("Cal", 900), ("Dan", 300), ("Eve", 1200)]
    ranked = placed(scores, lambda entry: entry[1])
    assert [(spot.place, spot.entry[0]) for spot in ranked] == [
        (1, "Ben"),
        (1, "Eve"),
        (3, "Ana"),
        (3, "Cal"),
        (5, "Dan"),
    ]


def test_team_average_is_exact() -> None:
    assert average([1000, 875]) == Fraction(1875, 2)
    assert average([]) == 0


def test_teams_are_dealt_evenly_and_deterministically() -> None:
    players = [f"p{i}" for i in range(7)]
    assert deal(players, 3) == [["p0", "p3", "p6"], ["p1", "p4"], ["p2", "p5"]]
    assert deal(players, 3) == deal(list(players), 3)
    sizes = [len(team) for team in deal(players, 2)]
    assert max(sizes) - min(sizes) <= 1
    with pytest.raises(ValueError, match="at least one team"):
        deal(players, 0)


@pytest.mark.parametrize(
    ("args", "request_"),
    [
        ("", BattleRequest()),
        ("Berlin Wall 5 nospeed nostreak", BattleRequest("Berlin Wall", 5, 0, False, False)),
        ("teams=3 Cuba 10", BattleRequest("Cuba", 10, 3)),
        ("Cuba teams typed", BattleRequest("Cuba", None, 2, typed=True)),
        ("1956", BattleRequest("1956")),  # a year, not 1956 rounds
        ("1956 4", BattleRequest("1956", 4)),
        ("7", BattleRequest("", 7)),
        ("NoSpeed streak", BattleRequest("", None, 0, False, True)),
    ],
)
def test_battle_arguments_are_read_in_any_order(args: str, request_: BattleRequest) -> None:
    assert parse_battle(args, max_rounds=20) == request_


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        ("Berlin Wall 50", "between 1 and 20 rounds"),
        ("Berlin Wall 0", "between 1 and 20 rounds"),
        ("teams=9", "from 2 to 8"),
        ("teams=x", "from 2 to 8"),
    ],
)
def test_bad_battle_arguments_get_a_clear_sentence(args: str, complaint: str) -> None:
    answer = parse_battle(args, max_rounds=20)
    assert isinstance(answer, str)
    assert complaint in answer


def test_settings_and_period_words() -> None:
    assert parse_setting("") is None
    assert parse_setting("speed OFF") == SettingChange("speed", False)
    assert parse_setting("streak on") == SettingChange("streak", True)
    assert isinstance(parse_setting("speed maybe"), str)
    assert isinstance(parse_setting("volume off"), str)
    assert [parse_period(word) for word in ("", "all", "Week", "month")] == [
        "all",
        "all",
        "week",
        None,
    ]


@settings(max_examples=200, deadline=None)
@given(
    points=st.lists(st.sampled_from([0, 0, 500, 950, 988, 1000, 1950]), max_size=40),
    rows=st.integers(min_value=-3, max_value=12),
)
def test_a_scoreboards_top_rows_are_the_full_rankings_first_rows(
    points: list[int], rows: int
) -> None:
    # joined in a shuffled order, so join order and dictionary order differ
    players = [Player(f"u{k}", f"P{k}", seq=(k * 7) % 41, points=p) for k, p in enumerate(points)]
    shown, count = top_players(players, rows)
    ranked = players_ranked(players)
    assert count == len(players)
    assert [(spot.place, spot.entry.user_id) for spot in shown] == [
        (spot.place, spot.entry.user_id) for spot in ranked[:rows]
    ]


@settings(max_examples=200, deadline=None)
@given(points=st.lists(st.sampled_from([0, 0, 500, 950, 1000]), max_size=30))
def test_the_winners_are_the_players_ranked_first(points: list[int]) -> None:
    players = [Player(f"u{k}", f"P{k}", seq=(k * 7) % 31, points=p) for k, p in enumerate(points)]
    first = {spot.entry.user_id for spot in players_ranked(players) if spot.place == 1}
    assert winners(players, 0) == (first if any(points) else set())
