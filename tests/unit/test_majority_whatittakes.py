"""What it takes: the smallest set of extra wins, checked against brute force."""

from __future__ import annotations

import itertools

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import (
    CAUCUS_MAJORITY,
    DENY_MAJORITY,
    chambers_from_slate,
    compute_scenario,
    what_it_takes,
    what_it_takes_for,
)
from slate_explorer.majority.whatittakes import goal_status

from .majority_packages import make_package
from .test_majority_scenario import house_race


def test_caucus_leader_out_of_reach_says_by_how_much():
    slate = load_slate("2025-11-25").slate
    view = chambers_from_slate(slate)["us_house"]
    w = what_it_takes(slate, view, (), "elect-caucus-leader")
    assert not w.reachable and w.races == ()
    assert len(w.considered) == 6
    assert (w.needed, w.have_now, w.have_with_all, w.short_by_with_all) == (107, 95, 101, 6)


def test_smallest_set_and_how_many_sets(tmp_path):
    _, slate = make_package(
        tmp_path, replace={"blocs.csv": [("us_house,D,95,progressive", "us_house,D,104,progressive")]}
    )
    view = chambers_from_slate(slate)["us_house"]
    w = what_it_takes(slate, view, (), "elect-caucus-leader")
    assert w.reachable and len(w.races) == 3 and w.alternatives == 20  # any 3 of the 6 races
    assert what_it_takes(slate, view, ("il-09-2026",), "elect-caucus-leader").alternatives == 10  # 3 others: 2 of 5
    already = what_it_takes(slate, view, ("il-09-2026", "ca-11-2026", "mi-13-2026"), "elect-caucus-leader")
    assert already.met_already and already.races == ()


def test_search_is_exact_against_brute_force(tmp_path):
    rows = [
        house_race("tx-35-2026", "TX-35", "Test Progressive", "D", "cpc-house", "challenger"),  # no gain
        house_race("tx-23-2026", "TX-23", "Test Republican", "R", "", "target"),  # gain and a flip
        house_race("tx-24-2026", "TX-24", "Test Republican", "R", "", "target"),
    ]
    _, slate = make_package(
        tmp_path,
        append={"races.csv": rows},
        replace={"blocs.csv": [("us_house,D,95,progressive", "us_house,D,105,progressive")]},
    )
    view = chambers_from_slate(slate)["us_house"]
    races = [r for r in compute_scenario(slate, "none").contestable]
    for goal in ("elect-caucus-leader", "discharge-petition", DENY_MAJORITY):
        w = what_it_takes(slate, view, (), goal)
        smallest, count = None, 0
        for size in range(len(races) + 1):
            for subset in itertools.combinations(races, size):
                if goal_status(compute_scenario(slate, subset, with_what_it_takes=False).chambers["us_house"], goal)[0]:
                    count += 1
            if count:
                smallest = size
                break
        if smallest is None:
            assert not w.reachable
        else:
            assert w.reachable and len(w.races) == smallest and w.alternatives == count
            assert goal_status(compute_scenario(slate, w.races, with_what_it_takes=False).chambers["us_house"], goal)[0]
            assert "tx-35-2026" not in w.races  # a win that does not grow the bloc never helps here


def test_scenario_lists_what_it_takes_for_unmet_goals():
    result = compute_scenario(load_slate("2025-11-25").slate, "none")
    goals = {(w.goal.chamber_id, w.goal.action) for w in result.what_it_takes}
    assert ("us_house", "elect-caucus-leader") in goals
    assert ("ny_assembly", CAUCUS_MAJORITY) in goals
    assert ("us_house", DENY_MAJORITY) not in goals  # the bloc is not in the House majority


def test_what_it_takes_for_a_chosen_goal():
    slate = load_slate("2025-07-10").slate
    w = what_it_takes_for(slate, "us_senate", "elect-caucus-leader", "none")
    assert w.considered == ("mi-sen-2026",) and not w.reachable and w.short_by_with_all == 22
