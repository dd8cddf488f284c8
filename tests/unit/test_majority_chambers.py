"""Chambers as the arithmetic sees them, built from both shipped versions and from direct objects."""

from __future__ import annotations

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import chambers_from_slate, executives_from_slate
from slate_explorer.majority.chambers import BlocInfo, ChamberView
from slate_explorer.majority.scenario import chamber_outcome


def house_2023(holdouts: int) -> ChamberView:
    """The House of January 2023: 222 R, 212 D, one vacancy; a bloc of holdouts inside the majority."""
    return ChamberView(
        id="us_house",
        name="U.S. House (118th Congress)",
        jurisdiction="US",
        kind="lower",
        seats=435,
        vacancies=1,
        parties={"R": 222, "D": 212},
        caucus_of={"R": "R", "D": "D"},
        majority_party="R",
        vp_tiebreak=False,
        vp_party=None,
        approximate=False,
        as_of="2023-01-03",
        blocs=(BlocInfo("holdouts", "Speaker holdouts", "R", holdouts, "progressive", False),),
        rules=(("elect-speaker", "majority_of_voting", None), ("discharge-petition", "fixed_count", 218)),
    )


@pytest.mark.parametrize("version", ["2025-07-10", "2025-11-25"])
def test_shipped_chambers(version):
    slate = load_slate(version).slate
    views = chambers_from_slate(slate)
    assert list(views) == ["us_house", "us_senate", "ny_assembly", "ny_senate"]  # executives are not voting chambers
    house, senate = views["us_house"], views["us_senate"]
    assert (house.seats, house.vacancies, house.sworn) == (435, 3, 432)
    assert house.caucus_seats("D") == 213 and house.caucus_seats("R") == 219
    assert house.progressive_baseline == 95
    assert senate.caucus_seats("D") == 47  # 45 D + 2 independents caucusing with them
    assert senate.progressive_baseline == 1
    assert senate.vp_tiebreak and senate.vp_party == "R"
    assert views["ny_assembly"].progressive_baseline is None  # no bloc in the data: unknown, not zero
    assert {b.id: b.members for b in house.blocs} == {"cpc-house": 95, "new-dem": 115, "blue-dog": 10}
    executives = executives_from_slate(slate)
    assert set(executives) == {"president", "ny_governor", "nyc_mayor"}
    assert executives["president"].party == "R"


def test_blank_bloc_size_is_unknown():
    view = house_2023(20)
    unknown = ChamberView(**{**view.__dict__, "blocs": (BlocInfo("b", "B", "D", None, "progressive", True),)})
    assert unknown.progressive_baseline is None
    outcome = chamber_outcome(unknown, bloc_gain=2)
    assert not outcome.bloc_known and outcome.bloc_after == 2
    assert [n.code for n in outcome.notes] == ["bloc_unknown"]


def test_january_2023_holdouts_denied_the_majority():
    # About 20 holdouts voting for others: 222 - 20 = 202 < 218.
    outcome = chamber_outcome(house_2023(20))
    pivot = outcome.pivot
    assert pivot.action == "elect-speaker"
    assert pivot.bloc_in_majority and pivot.can_deny
    assert (pivot.majority_seats, pivot.needed) == (222, 218)
    assert pivot.smallest_bloc == 5  # the majority could lose 4 votes and no more
    assert pivot.spare == 4
    assert outcome.share_of_majority == pytest.approx(20 / 222)


def test_january_2023_four_holdouts_cannot_deny_five_can():
    assert not chamber_outcome(house_2023(4)).pivot.can_deny
    assert chamber_outcome(house_2023(5)).pivot.can_deny


def test_january_2023_six_voting_for_someone_else_deny_the_majority():
    assert chamber_outcome(house_2023(6)).pivot.can_deny


def test_discharge_petition_ignores_vacancies():
    outcome = chamber_outcome(house_2023(20), delta={"vacant": 5, "R": -5})
    assert outcome.vacancies == 6
    assert outcome.threshold("discharge-petition").needed == 218
    assert outcome.threshold("elect-speaker").needed == 215  # 429 sworn and voting


def test_chamber_sources_cover_its_counts_and_rules():
    from slate_explorer.data.versions import load_slate
    from slate_explorer.majority.chambers import chamber_source_ids

    slate = load_slate("2025-11-25").slate
    ids = chamber_source_ids(slate, "us_house")
    assert slate.chambers["us_house"].source_id in ids
    assert {b.source_id for b in slate.blocs_of("us_house")} | {r.source_id for r in slate.rules_of("us_house")} <= set(ids)
