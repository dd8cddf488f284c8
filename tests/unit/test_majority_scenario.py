"""Scenarios on both shipped versions and on synthetic versions: who wins, what each chamber becomes."""

from __future__ import annotations

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import ScenarioError, compute_scenario, contestable_races, explain, parse_wins

from .majority_packages import make_package

NOV = "2025-11-25"
JUL = "2025-07-10"
RACE_HEADER = "id,level,district,state,office,chamber_id,cycle,election_type,primary_date,general_date,incumbent,incumbent_party,incumbent_bloc,incumbent_since,status,status_note,source_id"


def slate(version):
    return load_slate(version).slate


def house_race(race_id, district, incumbent, party, bloc, status):
    state = district[:2]
    return f"{race_id},us_house,{district},{state},Test seat {district},us_house,2026,,,2026-11-03,{incumbent},{party},{bloc},2020,{status},,open-letter"


def test_today_on_the_newest_version():
    result = compute_scenario(slate(NOV), "none")
    house = result.chambers["us_house"]
    assert result.wins == ()
    assert (house.bloc_before, house.bloc_after, house.caucus_after) == (95, 95, 213)
    assert house.share_of_caucus == pytest.approx(95 / 213)
    assert house.share_of_majority is None  # the bloc is not in the Republican majority
    assert (house.caucus_majority_needed, house.caucus_majority_short_by) == (107, 12)
    speaker = house.threshold("elect-speaker")
    assert (speaker.needed, speaker.have, speaker.met, speaker.short_by) == (217, 95, False, 122)
    assert (speaker.caucus_have, speaker.caucus_short_by) == (213, 4)
    discharge = house.threshold("discharge-petition")
    assert (discharge.needed, discharge.caucus_short_by) == (218, 5)
    assert house.threshold("override-veto").needed == 288
    senate = result.chambers["us_senate"]
    assert senate.threshold("invoke-cloture").needed == 60
    assert senate.threshold("convict").needed == 67
    assert senate.threshold("pass-bill").needed_if_tie_broken == 50
    assert senate.pivot.tie_broken and senate.pivot.needed == 50  # the Republican VP breaks ties
    assert (senate.pivot.majority_caucus, senate.pivot.smallest_bloc) == ("R", 4)
    ny = result.chambers["ny_assembly"]
    assert not ny.bloc_known and ny.bloc_after == 0
    assert "bloc_unknown" in [n.code for n in ny.notes]
    assert ny.threshold("pass-bill").needed == 76 and ny.threshold("override-veto").needed == 100
    assert result.chambers["ny_senate"].threshold("pass-bill").needed == 32
    assert result.chambers["ny_senate"].threshold("override-veto").needed == 42
    # The NY Democratic majority: 103 - 76 = 27 spare, so a bloc of 28 could deny it a party-line majority.
    assert ny.pivot.bloc_in_majority and ny.pivot.smallest_bloc == 28 and not ny.pivot.can_deny


def test_three_house_wins_grow_the_bloc():
    result = compute_scenario(slate(NOV), "il-09-2026,CA-11-2026, mi-13-2026")
    house = result.chambers["us_house"]
    assert house.wins == ("il-09-2026", "ca-11-2026", "mi-13-2026")
    assert (house.bloc_before, house.bloc_after) == (95, 98)
    assert house.caucus_after == 213  # Democratic seats stay Democratic
    assert house.seat_groups[0].group == "bloc" and house.seat_groups[0].seats == 98
    assert sum(g.seats for g in house.seat_groups) == 435
    assert result.chambers["us_senate"].bloc_after == 1


def test_all_races_on_both_versions():
    nov = compute_scenario(slate(NOV), "all")
    assert nov.wins == tuple(contestable_races(slate(NOV)))
    assert "az-07-2025" not in nov.wins and "nyc-mayor-2025" not in nov.wins  # decided by November
    assert nov.chambers["us_house"].bloc_after == 101
    assert nov.chambers["us_senate"].bloc_after == 2
    jul = compute_scenario(slate(JUL), "all")
    assert "az-07-2025" in jul.wins and "nyc-mayor-2025" in jul.wins
    assert jul.chambers["us_house"].bloc_after == 102
    assert jul.executives["nyc_mayor"].slate_holds and jul.executives["nyc_mayor"].won_in_scenario
    assert jul.executives["nyc_mayor"].holder == "Zohran Mamdani"


def test_today_includes_the_mayor_in_november_not_in_july():
    assert compute_scenario(slate(NOV)).executives["nyc_mayor"].slate_holds
    assert not compute_scenario(slate(NOV)).executives["nyc_mayor"].won_in_scenario
    assert not compute_scenario(slate(JUL)).executives["nyc_mayor"].slate_holds
    assert compute_scenario(slate(NOV)).executives["president"].holder == "Donald J. Trump"


def test_choosing_a_seat_the_bloc_already_holds_changes_nothing():
    result = compute_scenario(slate(NOV), "ny-14-2026")
    house = result.chambers["us_house"]
    assert house.bloc_after == 95 and house.wins == ()  # already part of today
    assert "already_today" in [n.code for n in result.notes]


def test_bad_ids_name_every_problem():
    with pytest.raises(ScenarioError) as err:
        parse_wins(slate(NOV), "il-09-2026,nope,az-07-2025")
    assert err.value.unknown == ("nope",) and err.value.closed == ("az-07-2025",)
    assert parse_wins(slate(NOV), "il-09-2026,il-09-2026") == ("il-09-2026",)
    assert parse_wins(slate(NOV), "") == () == parse_wins(slate(NOV), "none")


def test_incumbent_already_in_the_bloc_does_not_grow_it(tmp_path):
    row = house_race("tx-35-2026", "TX-35", "Test Progressive", "D", "cpc-house", "challenger")
    _, synthetic = make_package(tmp_path, append={"races.csv": [row]})
    house = compute_scenario(synthetic, "tx-35-2026,il-09-2026").chambers["us_house"]
    assert house.bloc_after == 96 and house.no_growth == ("tx-35-2026",)
    assert "already_in_bloc" in [n.code for n in house.notes]
    alone = compute_scenario(synthetic, "tx-35-2026").chambers["us_house"]
    assert alone.bloc_after == 95
    assert explain.chamber_sentence(alone).startswith(
        "If this race is won, the progressive bloc in the U.S. House of Representatives (119th Congress) stays at 95, because the seat already sat in it"
    )


def test_winning_a_republican_seat_moves_it_to_the_democrats(tmp_path):
    row = house_race("tx-23-2026", "TX-23", "Test Republican", "R", "", "target")
    _, synthetic = make_package(tmp_path, append={"races.csv": [row]})
    house = compute_scenario(synthetic, "tx-23-2026").chambers["us_house"]
    assert house.parties_after == {"R": 218, "D": 214}
    assert (house.bloc_after, house.caucus_after, house.majority_seats) == (96, 214, 218)
    assert house.caucus_majority_needed == 108


def test_filling_a_vacancy(tmp_path):
    row = house_race("tx-18-2026", "TX-18", "", "", "", "open_seat")
    _, synthetic = make_package(tmp_path, append={"races.csv": [row]})
    house = compute_scenario(synthetic, "tx-18-2026").chambers["us_house"]
    assert house.vacancies == 2 and house.parties_after["D"] == 214
    assert house.threshold("elect-speaker").needed == 217  # 433 voting
    assert house.threshold("discharge-petition").needed == 218


def test_a_new_majority_when_enough_seats_flip(tmp_path):
    rows = [house_race(f"tx-{n:02d}-2026", f"TX-{n:02d}", "Test Republican", "R", "", "target") for n in range(1, 5)]
    _, synthetic = make_package(tmp_path, append={"races.csv": rows})
    house = compute_scenario(synthetic, "all").chambers["us_house"]
    assert house.parties_after == {"R": 215, "D": 217}
    assert house.majority_caucus == "D" and house.pivot.bloc_in_majority
    assert house.share_of_majority == pytest.approx(house.bloc_after / 217)
    # 217 Democrats need 217 of 432: no spare vote, so the bloc alone can deny a party-line majority.
    assert house.pivot.smallest_bloc == 1 and house.pivot.can_deny


def test_a_chamber_without_party_seats_or_rules(tmp_path):
    _, council = make_package(
        tmp_path,
        append={
            "chambers.csv": ["nyc_council,New York City Council,NYC,unicameral,51,,D,,,,2025-11-25,nyc-boe,"],
            "planks.csv": ["council-test,Council test,,A test.,,Test,nyc_council;nyc_mayor,city,nyc-boe"],
            "races.csv": [
                "nyc-cd-1-2025,city,NYC,NY,Council member,nyc_council,2025,,,2025-11-04,Someone,D,,2020,challenger,,nyc-boe"
            ],
        },
    )
    result = compute_scenario(council, "all", {"nyc-cd-1-2025": 0.5})
    o = result.chambers["nyc_council"]
    assert not o.parties_known and not o.bloc_known and o.bloc_after == 1
    assert not o.caucus_majority_met and not o.pivot.bloc_in_majority
    text = explain.chamber_sentences(o)
    assert (
        text[1]
        == "The data gives no party seats for the New York City Council, so its majority and caucuses cannot be counted."
    )
    bill = next(p for p in result.planks if p.plank_id == "council-test")
    assert (bill.blocked_at, bill.short_by) == ("nyc_council", 25)  # no rule in the data: majority of 51 voting
    assert bill.steps[0].notes[0].code == "rule_assumed"
    assert result.plank_probabilities["council-test"] == 0.0
