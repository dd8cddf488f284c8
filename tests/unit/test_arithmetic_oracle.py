"""The arithmetic against brute force. Win chances, exactly: on generated cases of up to 18 races (every chamber, Republican seats, vacancies,
incumbents already in the bloc, backers of each plank, several vote models), every chamber goal, bloc
size and plank chance equals brute force, which enumerates every win set and runs the deterministic
scenario on each. What it takes: the smallest sets of extra wins, against every subset of a chamber's open
races."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devtools.arithmetic_cases import RaceSpec, with_races
from slate_explorer.majority import (VoteModel, chambers_from_slate, compute_scenario, contestable_races,
                                     what_it_takes_for)
from slate_explorer.majority.scenario import chamber_outcome, party_delta, seat_change
from slate_explorer.majority.whatittakes import goal_status, goals_of

from .dates_fixture import SLATE

DAY = dt.date(2026, 10, 1)
CHAMBERS = ("us_house", "us_senate", "ny_assembly", "ny_senate")
BLOCS = {"us_house": "cpc-house", "us_senate": "cpc-senate"}
MAX_UNCERTAIN = 8  # win sets enumerated: at most 2^8 per case


def small_albany(slate):
    """Albany's chambers shrunk so that a handful of races decides every goal (a vacancy in the Assembly)."""
    sizes = {"ny_assembly": (15, 1, {"D": 8, "R": 6}), "ny_senate": (11, 0, {"D": 6, "R": 5})}
    chambers = {cid: c.model_copy(update={"seats": sizes[cid][0], "vacancies": sizes[cid][1]}) if cid in sizes else c
                for cid, c in slate.chambers.items()}
    parties = tuple(p.model_copy(update={"seats": sizes[p.chamber_id][2][p.party]}) if p.chamber_id in sizes else p
                    for p in slate.chamber_parties)
    return dataclasses.replace(slate, chambers=chambers, chamber_parties=parties)


SMALL = small_albany(SLATE)


@st.composite
def cases(draw):
    planks = sorted(SLATE.planks)
    specs = []
    for _ in range(draw(st.integers(1, 18))):
        chamber = draw(st.sampled_from(CHAMBERS))
        party = draw(st.sampled_from(["D", "D", "R", None]))
        bloc = BLOCS.get(chamber) if party == "D" and draw(st.booleans()) else None
        backs = tuple(p for p in planks if draw(st.booleans()))
        specs.append(RaceSpec(chamber, party, bloc, backs))
    chances = [draw(st.sampled_from([0.0, 1.0, 0.3, 0.5, 0.85])) for _ in specs]
    uncertain = [i for i, p in enumerate(chances) if 0 < p < 1]
    for i in uncertain[MAX_UNCERTAIN:]:
        chances[i] = 1.0
    model = VoteModel(bloc_yes=draw(st.sampled_from([1.0, 0.9])), caucus_rest_yes=draw(st.sampled_from([0.5, 0.95, 1.0])),
                      other_yes=draw(st.sampled_from([0.0, 0.05])), backers_yes=draw(st.booleans()),
                      signing_parties=draw(st.sampled_from([(), ("D",), ("R",)])), cloture=draw(st.booleans()))
    return with_races(SMALL if draw(st.booleans()) else SLATE, specs), chances, model


def brute_force(slate, probs, model):
    """Every win set of the uncertain races, each run through the deterministic scenario."""
    sure = [r for r, p in probs.items() if p == 1.0]
    uncertain = [r for r, p in probs.items() if 0.0 < p < 1.0]
    goals: dict = {}
    sizes: dict = {}
    planks = {p: 0.0 for p in slate.planks}
    for outcome in itertools.product((0, 1), repeat=len(uncertain)):
        mass = math.prod(probs[r] if won else 1 - probs[r] for r, won in zip(uncertain, outcome))
        wins = sure + [r for r, won in zip(uncertain, outcome) if won]
        result = compute_scenario(slate, wins, model=model, today=DAY, with_what_it_takes=False)
        for cid, o in result.chambers.items():
            sizes.setdefault(cid, {}).setdefault(o.bloc_after, 0.0)
            sizes[cid][o.bloc_after] += mass
            for goal in goals_of_chamber(slate, cid):
                goals.setdefault((cid, goal), 0.0)
                goals[(cid, goal)] += mass if goal_status(o, goal)[0] else 0.0
        for p in result.planks:
            planks[p.plank_id] += mass if p.passes else 0.0
    return goals, sizes, planks


def goals_of_chamber(slate, cid):
    return goals_of(chambers_from_slate(slate)[cid])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases())
def test_probabilities_equal_brute_force(case):
    assert_equal_to_brute_force(*case)


def test_backers_voting_apart_from_the_bloc_on_a_close_vote():
    """Backers counted apart from the bloc (half the bloc votes yes, every backer does): in a chamber where the
    vote turns on a handful of seats, the backers' count must be part of the state."""
    specs = [RaceSpec("ny_senate", "D", None, tuple(sorted(SLATE.planks))) for _ in range(4)]
    model = VoteModel(bloc_yes=0.5, caucus_rest_yes=0.6, other_yes=0.35, signing_parties=("D",))
    planks = assert_equal_to_brute_force(with_races(SLATE, specs), [0.5] * 4, model)
    # One backer elected is enough in the Senate (1 + 24 + 7 = 32); counted as half the bloc, never.
    assert planks["fare-free-buses"] == pytest.approx(1 - 0.5 ** 4)


def assert_equal_to_brute_force(slate, chances, model) -> dict:
    probs = dict(zip((r for r in slate.races if r.startswith("gen-")), chances))
    result = compute_scenario(slate, (), probs, model, today=DAY, with_what_it_takes=False)
    goals, sizes, planks = brute_force(slate, probs, model)
    for cid, cp in result.chamber_probabilities.items():
        assert {k: v for k, v in cp.bloc_distribution if v > 1e-15} == pytest.approx(
            {k: v for k, v in sizes[cid].items() if v > 1e-15}, abs=1e-12)
        for goal, p in cp.goals.items():
            assert p == pytest.approx(goals[(cid, goal)], abs=1e-12), (cid, goal)
    assert result.plank_probabilities == pytest.approx(planks, abs=1e-12)
    return result.plank_probabilities


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases(), st.data())
def test_what_it_takes_equals_brute_force(case, data):
    """The smallest set of extra wins for each goal, against every subset of the chamber's open races."""
    slate, chances, _model = case
    opened = contestable_races(slate, DAY)
    wins = tuple(r for r, p in zip(opened, chances) if p == 1.0 and data.draw(st.booleans()))
    for cid, view in chambers_from_slate(slate).items():
        extra = [r for r in opened if slate.races[r].chamber_id == cid and r not in wins]
        if len(extra) > 11:
            continue  # 2^11 subsets at most
        base = [seat_change(slate, r) for r in wins if slate.races[r].chamber_id == cid]
        for goal in goals_of(view):
            need = what_it_takes_for(slate, cid, goal, wins, DAY)
            smallest, sets = smallest_sets(view, goal, base, [(r, seat_change(slate, r)) for r in extra])
            if smallest == 0:
                assert need.met_already
            elif smallest is None:
                assert not need.met_already and not need.reachable
            else:
                assert need.reachable and len(need.races) == smallest, (cid, goal)
                assert set(need.races) in sets and need.alternatives == len(sets)


def smallest_sets(view, goal, base, extra):
    """(the fewest extra wins meeting the goal, every set of that size that does), by brute force."""
    for size in range(len(extra) + 1):
        sets = []
        for chosen in itertools.combinations(extra, size):
            changes = base + [c for _r, c in chosen]
            o = chamber_outcome(view, sum(c.bloc_gain for c in changes), party_delta(changes))
            if goal_status(o, goal)[0]:
                sets.append({r for r, _c in chosen})
        if sets:
            return size, sets
    return None, []
