"""Agenda planks walked along their path under an explicit vote model."""

from __future__ import annotations

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import VoteModel, compute_scenario
from slate_explorer.majority.planks import backers_in_office, yes_votes

from .majority_packages import make_package


def plank(result, plank_id):
    return next(p for p in result.planks if p.plank_id == plank_id)


def test_rent_freeze_needs_the_mayor():
    july = load_slate("2025-07-10").slate
    blocked = plank(compute_scenario(july, "none"), "rent-freeze")
    assert not blocked.passes and blocked.blocked_at == "nyc_mayor" and blocked.blocked_step == "sign"
    assert blocked.short_by is None  # not a vote count: the office holder does not act
    assert plank(compute_scenario(july, "nyc-mayor-2025"), "rent-freeze").passes
    # By November Mamdani has won: the freeze passes today.
    november = load_slate("2025-11-25").slate
    passed = plank(compute_scenario(november, "none"), "rent-freeze")
    assert passed.passes and passed.steps[0].notes[0].code == "slate_holds_office"


def test_medicare_for_all_blocked_in_the_house_by_counted_votes():
    result = compute_scenario(load_slate("2025-11-25").slate, "none")
    m4a = plank(result, "medicare-for-all")
    assert m4a.blocked_at == "us_house" and m4a.blocked_step == "pass-bill"
    step = m4a.steps[0]
    # AOC (listed backer) + 94 other bloc members + half of the 118 other Democrats; no Republicans.
    assert step.breakdown == {"backers": 1, "bloc": 94, "caucus_rest": 59, "other": 0}
    assert (step.yes, step.needed, step.short_by) == (154, 217, 63)
    assert m4a.short_by == 63 and m4a.backers == ("alexandria-ocasio-cortez",)


def test_model_changes_where_a_bill_stops():
    slate = load_slate("2025-11-25").slate
    model = VoteModel(caucus_rest_yes=1.0, other_yes=0.02)
    m4a = plank(compute_scenario(slate, "none", model=model), "medicare-for-all")
    assert m4a.steps[0].met and m4a.steps[0].yes == 217  # 213 Democrats + 4 of 219 Republicans
    assert (m4a.blocked_at, m4a.blocked_step, m4a.short_by) == ("us_senate", "invoke-cloture", 12)
    no_filibuster = VoteModel(caucus_rest_yes=1.0, other_yes=0.02, cloture=False)
    m4a = plank(compute_scenario(slate, "none", model=no_filibuster), "medicare-for-all")
    assert (m4a.blocked_at, m4a.blocked_step, m4a.short_by) == ("us_senate", "pass-bill", 3)


def test_governor_veto_and_override_in_each_house():
    slate = load_slate("2025-11-25").slate
    buses = plank(compute_scenario(slate, "none"), "fare-free-buses")
    assert (buses.blocked_at, buses.short_by) == ("ny_assembly", 25)  # 51 of 76 under the default model
    all_democrats = VoteModel(caucus_rest_yes=1.0)
    buses = plank(compute_scenario(slate, "none", model=all_democrats), "fare-free-buses")
    assert [(s.chamber_id, s.action, s.met) for s in buses.steps] == [
        ("ny_assembly", "pass-bill", True),
        ("ny_senate", "pass-bill", True),
        ("ny_governor", "veto", True),
        ("ny_assembly", "override-veto", True),  # 103 of 100
        ("ny_senate", "override-veto", False),  # 41 of 42
    ]
    assert (buses.blocked_at, buses.blocked_step, buses.short_by) == ("ny_senate", "override-veto", 1)
    signing = VoteModel(caucus_rest_yes=1.0, signing_parties=("D",))
    assert plank(compute_scenario(slate, "none", model=signing), "fare-free-buses").passes


def test_a_fifty_fifty_senate_passes_with_the_vice_president(tmp_path):
    _, even = make_package(
        tmp_path,
        replace={
            "chamber_parties.csv": [("us_senate,R,53,R", "us_senate,R,50,R"), ("us_senate,D,45,D", "us_senate,D,48,D")],
            "chambers.csv": [
                (",R,,Donald J. Trump,", ",D,,Test President,"),
                (
                    "us_senate,U.S. Senate (119th Congress),US,upper,100,0,R,",
                    "us_senate,U.S. Senate (119th Congress),US,upper,100,0,D,",
                ),
            ],
        },
        append={
            "planks.csv": [
                "senate-test,Senate test bill,,A test bill.,,Test vehicle,us_senate;president,federal,congress-gov"
            ]
        },
    )
    model = VoteModel(caucus_rest_yes=1.0, cloture=False, signing_parties=("D",))
    result = compute_scenario(even, "none", model=model)
    senate = result.chambers["us_senate"]
    assert senate.pivot.tie_broken and senate.pivot.needed == 50 and senate.pivot.spare == 0
    bill = plank(result, "senate-test")
    vote = bill.steps[0]
    assert (vote.yes, vote.needed) == (50, 51)
    assert bill.passes and vote.notes[0].code == "vp_breaks_tie"
    # Without a Vice President on the bill's side, 50-50 fails by one vote.
    against = plank(compute_scenario(even, "none", model=VoteModel(caucus_rest_yes=1.0, cloture=False)), "senate-test")
    assert not against.passes and (against.blocked_at, against.short_by) == ("us_senate", 1)


def test_backers_count_only_when_every_candidate_in_the_race_backs():
    slate = load_slate("2025-11-25").slate
    # Michigan: El-Sayed backs Medicare for All, McMorrow has no recorded position; only one will sit.
    assert backers_in_office(slate, "medicare-for-all", {"mi-sen-2026"}) == {"us_house": ["ny-14-2026"]}


def test_two_backers_in_one_primary_are_one_seat(tmp_path):
    _, both = make_package(tmp_path, append={"positions.csv": ["mallory-mcmorrow,medicare-for-all,backs,open-letter,"]})
    assert backers_in_office(both, "medicare-for-all", {"mi-sen-2026"}) == {
        "us_house": ["ny-14-2026"],
        "us_senate": ["mi-sen-2026"],
    }
    model = VoteModel(bloc_yes=0.0, caucus_rest_yes=0.0)  # only listed backers vote yes
    result = compute_scenario(both, "mi-sen-2026", model=model)
    assert yes_votes(result.chambers["us_senate"], 1, model)[0] == 1  # one Michigan seat, one yes vote
    m4a = plank(result, "medicare-for-all")
    assert m4a.steps[0].yes == 1  # AOC alone in the House
    assert set(m4a.backers) == {"alexandria-ocasio-cortez", "abdul-el-sayed", "mallory-mcmorrow"}


def test_vote_model_rejects_impossible_shares():
    with pytest.raises(ValueError):
        VoteModel(caucus_rest_yes=1.5)
    with pytest.raises(ValueError):
        VoteModel(other_yes=-0.1)
