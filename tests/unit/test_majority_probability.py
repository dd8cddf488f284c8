"""Exact probabilities: distributions sum to 1 and match brute-force enumeration."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import (
    ScenarioError,
    VoteModel,
    bernoulli_convolution,
    chamber_probabilities,
    chambers_from_slate,
    compute_scenario,
)
from slate_explorer.majority.probability import state_distribution
from slate_explorer.majority.scenario import SeatChange, chamber_outcome, party_delta, seat_change
from slate_explorer.majority.whatittakes import goal_status

probs = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


def brute_force_gain(ps, gains):
    dist = [0.0] * (sum(gains) + 1)
    for outcome in itertools.product((0, 1), repeat=len(ps)):
        mass = math.prod(p if won else 1 - p for p, won in zip(ps, outcome))
        dist[sum(g for g, won in zip(gains, outcome) if won)] += mass
    return dist


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(probs, st.integers(0, 2)), max_size=9))
def test_convolution_sums_to_one_and_matches_brute_force(races):
    ps = [p for p, _ in races]
    gains = [g for _, g in races]
    dist = bernoulli_convolution(ps, gains)
    assert math.fsum(dist) == pytest.approx(1.0, abs=1e-12)
    assert dist == pytest.approx(brute_force_gain(ps, gains), abs=1e-12)


changes = st.builds(
    SeatChange,
    race_id=st.just("r"),
    chamber_id=st.just("c"),
    from_party=st.sampled_from(["D", "R", "vacant"]),
    to_party=st.sampled_from(["D", "I"]),
    bloc_gain=st.integers(0, 1),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(changes, probs), max_size=7))
def test_joint_state_distribution_matches_brute_force(races):
    dist = state_distribution(races)
    assert math.fsum(dist.values()) == pytest.approx(1.0, abs=1e-12)
    expected: dict = {}
    for outcome in itertools.product((0, 1), repeat=len(races)):
        mass = math.prod(p if won else 1 - p for (_, p), won in zip(races, outcome))
        chosen = [c for (c, _), won in zip(races, outcome) if won]
        key = (sum(c.bloc_gain for c in chosen), tuple(sorted((k, v) for k, v in party_delta(chosen).items() if v)))
        expected[key] = expected.get(key, 0.0) + mass
    assert {k: v for k, v in dist.items() if v > 1e-15} == pytest.approx(
        {k: v for k, v in expected.items() if v > 1e-15}, abs=1e-12
    )


@settings(max_examples=25, deadline=None)
@given(st.lists(probs, min_size=6, max_size=6))
def test_house_goal_probabilities_match_enumerating_scenarios(ps):
    slate = load_slate("2025-11-25").slate
    view = chambers_from_slate(slate)["us_house"]
    races = [r for r in compute_scenario(slate).contestable if slate.races[r].chamber_id == "us_house"]
    cp = chamber_probabilities(view, [(seat_change(slate, r), p) for r, p in zip(races, ps)])
    expected: dict = {}
    sizes: dict = {}
    for outcome in itertools.product((0, 1), repeat=len(races)):
        mass = math.prod(p if won else 1 - p for p, won in zip(ps, outcome))
        chosen = [seat_change(slate, r) for r, won in zip(races, outcome) if won]
        o = chamber_outcome(view, sum(c.bloc_gain for c in chosen), party_delta(chosen))
        sizes[o.bloc_after] = sizes.get(o.bloc_after, 0.0) + mass
        for goal in cp.goals:
            expected[goal] = expected.get(goal, 0.0) + (mass if goal_status(o, goal)[0] else 0.0)
    assert {k: v for k, v in cp.bloc_distribution if v > 1e-15} == pytest.approx(
        {k: v for k, v in sizes.items() if v > 1e-15}, abs=1e-12
    )
    assert math.fsum(p for _, p in cp.bloc_distribution) == pytest.approx(1.0, abs=1e-12)
    assert cp.goals == pytest.approx(expected, abs=1e-12)


def test_scenario_probabilities_on_shipped_versions():
    november = load_slate("2025-11-25").slate
    result = compute_scenario(november, "il-09-2026", {"mi-sen-2026": 0.5, "mi-13-2026": 0.25})
    assert result.probabilities["il-09-2026"] == 1.0 and result.probabilities["ca-11-2026"] == 0.0
    senate = result.chamber_probabilities["us_senate"]
    assert senate.bloc_distribution == ((1, 0.5), (2, 0.5))
    house = result.chamber_probabilities["us_house"]
    assert house.bloc_distribution == ((96, 0.75), (97, 0.25))
    assert house.expected_bloc == pytest.approx(96.25)
    assert result.office_probabilities["nyc_mayor"] == 1.0  # already won
    july = compute_scenario(load_slate("2025-07-10").slate, (), {"nyc-mayor-2025": 0.6})
    assert july.office_probabilities["nyc_mayor"] == 0.6 and july.office_probabilities["president"] == 0.0


def test_probabilities_of_certain_races_equal_the_deterministic_scenario():
    slate = load_slate("2025-11-25").slate
    result = compute_scenario(slate, "all", {"il-09-2026": 1.0})
    for cid, cp in result.chamber_probabilities.items():
        outcome = result.chambers[cid]
        assert cp.bloc_distribution == ((outcome.bloc_after, 1.0),)
        for goal, p in cp.goals.items():
            assert p == (1.0 if goal_status(outcome, goal)[0] else 0.0)


def test_bad_probabilities_are_refused():
    slate = load_slate("2025-11-25").slate
    with pytest.raises(ValueError):
        compute_scenario(slate, (), {"il-09-2026": 1.2})
    with pytest.raises(ScenarioError):
        compute_scenario(slate, (), {"xx-99-2026": 0.5})
    with pytest.raises(ValueError):
        bernoulli_convolution([0.5, -0.1])


@settings(max_examples=8, deadline=None)
@given(
    st.lists(st.sampled_from([0.0, 0.2, 0.5, 0.9, 1.0]), min_size=9, max_size=9),
    st.sampled_from([0.5, 0.9, 1.0]),
    st.sampled_from([0.0, 0.02, 0.08]),
    st.sampled_from([(), ("D",), ("R",), ("D", "R")]),
    st.booleans(),
)
def test_plank_probabilities_match_enumerating_scenarios(ps, rest, other, signing, cloture):
    slate = load_slate("2025-07-10").slate
    model = VoteModel(caucus_rest_yes=rest, other_yes=other, signing_parties=signing, cloture=cloture)
    races = list(compute_scenario(slate).contestable)
    assert len(races) == 9
    result = compute_scenario(slate, (), dict(zip(races, ps)), model, with_what_it_takes=False)
    expected = {p: 0.0 for p in slate.planks}
    for outcome in itertools.product((0, 1), repeat=len(races)):
        mass = math.prod(p if won else 1 - p for p, won in zip(ps, outcome))
        if mass == 0.0:
            continue
        wins = [r for r, won in zip(races, outcome) if won]
        for plank in compute_scenario(slate, wins, model=model, with_what_it_takes=False).planks:
            expected[plank.plank_id] += mass if plank.passes else 0.0
    assert result.plank_probabilities == pytest.approx(expected, abs=1e-12)
    if "D" not in signing:  # Mayor Adams (D) acts only if Democratic executives are assumed to sign
        assert result.plank_probabilities["rent-freeze"] == pytest.approx(ps[races.index("nyc-mayor-2025")])


def test_a_race_already_held_takes_no_probability():
    with pytest.raises(ScenarioError) as err:
        compute_scenario(load_slate("2025-11-25").slate, (), {"ny-14-2026": 0.5, "nyc-mayor-2025": 0.9})
    assert err.value.held == ("ny-14-2026", "nyc-mayor-2025")
