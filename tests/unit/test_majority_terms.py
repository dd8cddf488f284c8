"""Terms in the model: a win is seated in the term its election fills, an unrecorded term's seats are an
assumption the reader sees and can change, and a chamber's seats always add up to its seats."""

from __future__ import annotations

import datetime as dt

import pytest

from slate_explorer.majority import compute_scenario, terms
from slate_explorer.majority.terms import term_filled

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE
from .majority_packages import make_package
from .test_majority_scenario import house_race

ALBANY_RACE = "{id},state_house,NY-AD-{n},NY,Assembly District {n},ny_assembly,2026,{kind},,{date},{incumbent},{party},{bloc},2020,{status},,ny-assembly"
ALBANY_CANDIDATE = "{id},Test Member {n},{race},D,{outcome},{joins},,,,,,,,ny-assembly"


def albany(tmp_path):
    """The 2025-11-25 fixture with a DSA bloc of 5 in the Assembly, a slate incumbent in it, a slate member
    who won a special election outside it, and three open seats whose incumbents the data does not name."""
    races = [
        ALBANY_RACE.format(id="ny-ad-50-2026", n=50, kind="", date="2026-11-03", incumbent="Test Member 50",
                           party="D", bloc="dsa-assembly", status="slate_incumbent"),
        ALBANY_RACE.format(id="ny-ad-36-2026", n=36, kind="special", date="2026-02-03", incumbent="Test Former 36",
                           party="D", bloc="", status="won"),
        *(ALBANY_RACE.format(id=f"ny-ad-{n}-2026", n=n, kind="", date="2026-11-03", incumbent="", party="", bloc="",
                             status="unknown") for n in (54, 56, 70)),
    ]
    candidates = [
        ALBANY_CANDIDATE.format(id="member-50", n=50, race="ny-ad-50-2026", outcome="incumbent", joins="dsa-assembly"),
        ALBANY_CANDIDATE.format(id="member-36", n=36, race="ny-ad-36-2026", outcome="won", joins=""),
        *(ALBANY_CANDIDATE.format(id=f"member-{n}", n=n, race=f"ny-ad-{n}-2026", outcome="running", joins="")
          for n in (54, 56, 70)),
    ]
    bloc = "dsa-assembly,DSA Socialists in Office,ny_assembly,D,5,progressive,,2026-01-07,ny-assembly,"
    return make_package(tmp_path, append={"races.csv": races, "candidates.csv": candidates, "blocs.csv": [bloc]})[1]


def seats_add_up(outcome) -> bool:
    """Parties and vacancies make up the chamber, none of them negative."""
    parts = [*outcome.parties_after.values(), outcome.vacancies]
    return sum(parts) == outcome.seats and min(parts) >= 0


def test_a_2026_win_is_seated_in_the_next_term_and_today_stays_in_the_sitting_one():
    result = compute_scenario(SLATE, "mi-13-2026,mi-sen-2026", today=AFTER_NOVEMBER)
    for cid in ("us_house", "us_senate"):
        then = result.chambers[cid]
        assert then.term.name == "the 120th Congress" and then.counts == terms.ASSUMED
        assert then.counts_from.name == "the 119th Congress"
        assert then.parties_before == {p.party: p.seats for p in SLATE.parties_of(cid)}
    now = compute_scenario(SLATE, (), today=AFTER_NOVEMBER)
    assert now.chambers["us_house"].term.name == "the 119th Congress"
    assert now.chambers["us_house"].counts == terms.RECORDED


def test_no_win_is_seated_in_a_term_before_the_one_its_election_fills():
    for day in (BEFORE_NOVEMBER, AFTER_NOVEMBER):
        result = compute_scenario(SLATE, "all", today=day)
        for outcome in result.chambers.values():
            for race_id in outcome.wins:
                assert term_filled(SLATE.races[race_id]) <= outcome.term, (race_id, outcome.term)
    house = compute_scenario(SLATE, "mi-13-2026,ny-15-2028", today=BEFORE_NOVEMBER).chambers["us_house"]
    assert house.term.name == "the 121st Congress"  # the latest term the chosen races fill


def test_a_special_election_fills_the_sitting_term(tmp_path):
    row = house_race("tx-18-2026", "TX-18", "", "", "", "open_seat").replace(",2026,,,2026-11-03,", ",2026,special,,2026-01-31,")
    _, synthetic = make_package(tmp_path, append={"races.csv": [row]})
    house = compute_scenario(synthetic, "tx-18-2026", today=dt.date(2025, 12, 1)).chambers["us_house"]
    assert house.term.name == "the 119th Congress" and house.counts == terms.RECORDED
    assert (house.vacancies, house.parties_after["D"]) == (2, 214)


def test_the_split_the_reader_sets_replaces_the_assumed_one():
    split = {"us_house": {"D": 220, "R": 214}}
    house = compute_scenario(SLATE, "mi-13-2026", today=AFTER_NOVEMBER, assume=split).chambers["us_house"]
    assert house.counts == terms.SET and house.parties_before == {"D": 220, "R": 214}
    assert (house.vacancies_before, house.majority_caucus, house.caucus_after) == (1, "D", 220)
    assert seats_add_up(house)
    assert terms.term_sentence(house).endswith("the party split you set is used (220 D, 214 R, 1 vacant).")
    # A recorded term keeps its recorded seats whatever the reader assumes.
    today = compute_scenario(SLATE, (), today=AFTER_NOVEMBER, assume=split).chambers["us_house"]
    assert today.counts == terms.RECORDED and today.parties_before == {"R": 219, "D": 213}


def test_slate_members_holding_seats_count_in_the_bloc(tmp_path):
    assembly = compute_scenario(albany(tmp_path), (), today=dt.date(2026, 3, 1)).chambers["ny_assembly"]
    # 5 in the DSA group (the slate incumbent among them) + the special election's winner outside it
    assert (assembly.bloc_before, assembly.slate_holders, assembly.bloc_known) == (6, 1, True)


def test_the_assembly_never_holds_more_seats_than_it_has(tmp_path):
    """Three races with no incumbent named, in a chamber with no vacancy, once read 153 of 150."""
    assembly = compute_scenario(albany(tmp_path), "all", today=dt.date(2026, 3, 1)).chambers["ny_assembly"]
    assert assembly.wins == ("ny-ad-54-2026", "ny-ad-56-2026", "ny-ad-70-2026")
    assert assembly.parties_after == {"D": 103, "R": 47} and assembly.vacancies == 0
    assert assembly.bloc_after == 9
    assert assembly.term.name == "the 2027–2028 legislative term"


@pytest.mark.parametrize("day", [BEFORE_NOVEMBER, AFTER_NOVEMBER, dt.date(2027, 2, 1)])
def test_every_chamber_adds_up_on_every_day(day):
    for wins in ("none", "all"):
        for outcome in compute_scenario(SLATE, wins, today=day).chambers.values():
            assert seats_add_up(outcome), (wins, outcome.chamber_id)


# ---- the property: every preset and any win set, on every version, on any day, with any assumption -------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from slate_explorer.data.validate import load_folder  # noqa: E402
from slate_explorer.majority import contestable_races, presets  # noqa: E402

from tests.versions import FIXTURES, SHIPPED  # noqa: E402

VERSIONS = [load_folder(folder) for root in (SHIPPED, FIXTURES) for folder in sorted(root.iterdir())
            if (folder / "datapackage.json").is_file()] + [SLATE]
DAYS = st.dates(dt.date(2025, 6, 1), dt.date(2029, 2, 1))


@st.composite
def scenarios(draw):
    slate = draw(st.sampled_from(VERSIONS))
    day = draw(DAYS)
    open_races = contestable_races(slate, day)
    preset = draw(st.sampled_from((*presets.PRESETS, None)))
    wins = presets.preset_wins(slate, preset, day) if preset else tuple(
        r for r in open_races if draw(st.booleans()))
    assume = {}
    for chamber in slate.chambers.values():
        if chamber.id in terms.TERMS and draw(st.booleans()):
            d = draw(st.integers(0, chamber.seats))
            assume[chamber.id] = {"D": d, "R": draw(st.integers(0, chamber.seats - d))}
    return slate, day, wins, assume


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_seats_always_add_up_to_the_chamber(case):
    slate, day, wins, assume = case
    result = compute_scenario(slate, wins, today=day, assume=assume, with_what_it_takes=False)
    for outcome in result.chambers.values():
        assert seats_add_up(outcome), (slate.version, day, wins, assume, outcome.chamber_id)
        assert 0 <= outcome.vacancies <= outcome.seats and min(outcome.parties_after.values(), default=0) >= 0
        assert outcome.bloc_after <= outcome.seats
        if outcome.term is not None:
            assert all(term_filled(slate.races[r]) <= outcome.term for r in outcome.wins)


@pytest.mark.parametrize("folder", [f for f in sorted(SHIPPED.iterdir()) if (f / "datapackage.json").is_file()],
                         ids=lambda f: f.name)
def test_the_command_on_7_december_2026_seats_every_win_in_its_term(folder, capsys):
    """`scenario --wins all --json` on 7 December 2026, for every shipped version: no race won in a regular
    2026 election is seated in the 119th Congress (or Albany's 2025-2026 term), and every chamber adds up."""
    import json

    from slate_explorer.cli import main

    assert main(["scenario", "--data", str(folder), "--wins", "all", "--today", "2026-12-07", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    slate = load_folder(folder)
    for cid, chamber in result["chambers"].items():
        assert sum(chamber["parties_after"].values()) + chamber["vacancies"] == chamber["seats"], cid
        assert chamber["vacancies"] >= 0 and sum(chamber["parties_after"].values()) <= chamber["seats"], cid
        for race_id in chamber["wins"]:
            filled = term_filled(slate.races[race_id])
            if filled is not None:
                assert dt.date.fromisoformat(chamber["term"]["start"]) >= filled.start, (cid, race_id)
                if slate.races[race_id].cycle == 2026 and slate.races[race_id].election_type != "special":
                    assert chamber["term"]["name"] in ("the 120th Congress", "the 2027–2028 legislative term")
