"""The majority calculator counts only races still open on the day it is read (fixture version)."""

import datetime as dt

import pytest

from slate_explorer.majority import ScenarioError, compute_scenario, contestable_races, presets, terms
from slate_explorer.majority.explain import note_text
from slate_explorer.routes.scenario_values import read_wins

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE

LATER = dt.date(2027, 2, 1)  # after every 2026 election: only awaiting results and the 2028 race remain


def test_contestable_races_follow_the_day():
    assert contestable_races(SLATE, BEFORE_NOVEMBER) == [
        "ca-11-2026", "mi-13-2026", "mi-sen-2026", "ny-15-2026", "ny-08-2026", "ma-01-2026", "ny-15-2028"]
    # After November the 2026 targets are over (no slate candidate); results unknown stay open.
    assert contestable_races(SLATE, AFTER_NOVEMBER) == ["ca-11-2026", "mi-13-2026", "mi-sen-2026", "ny-15-2028"]
    assert "il-09-2026" not in contestable_races(SLATE, BEFORE_NOVEMBER)  # lost


def test_presets_and_all_count_only_open_races():
    assert presets.preset_wins(SLATE, presets.LETTER, AFTER_NOVEMBER) == ("ca-11-2026", "mi-13-2026", "ny-15-2028")
    assert read_wins("all", SLATE, AFTER_NOVEMBER).races == (
        "ca-11-2026", "mi-13-2026", "mi-sen-2026", "ny-15-2028")
    assert read_wins("ny-08-2026,mi-13-2026", SLATE, AFTER_NOVEMBER).races == ("mi-13-2026",)
    letter = presets.letter_range(SLATE, today=AFTER_NOVEMBER)
    assert letter.races_in_data == ("ca-11-2026", "mi-13-2026", "ny-15-2028")
    assert letter.assumed == ("ca-11-2026", "mi-13-2026")
    assert any("the preset assumes they won" in s for s in presets.letter_sentences(letter))


def test_races_with_unknown_results_are_labelled_assumed_won():
    labels = {c.race_id: c.label for g in presets.race_choices(SLATE, AFTER_NOVEMBER) for c in g.races}
    assert labels["mi-13-2026"].endswith("(result not recorded: can be assumed won)")
    assert labels["ny-15-2028"].endswith("(Target)")
    result = compute_scenario(SLATE, "all", today=AFTER_NOVEMBER)
    notes = [note_text(n) for n in result.notes]
    assert any(n.startswith("Result not recorded, assumed won: U.S. Representative, California's 11th district; ")
               for n in notes), notes
    assert result.contestable == ("ca-11-2026", "mi-13-2026", "mi-sen-2026", "ny-15-2028")
    before = compute_scenario(SLATE, "all", today=BEFORE_NOVEMBER)
    assert not any(n.code == "assumed_won" and "Michigan's 13th" in str(n.params) for n in before.notes)


def test_a_decided_race_cannot_be_chosen():
    with pytest.raises(ScenarioError) as err:
        compute_scenario(SLATE, "ny-08-2026", today=AFTER_NOVEMBER)
    assert err.value.closed == ("ny-08-2026",)
    compute_scenario(SLATE, "ny-08-2026", today=BEFORE_NOVEMBER)  # still ahead then


def test_what_it_takes_looks_only_at_open_races():
    from slate_explorer.majority import what_it_takes_for

    goal = presets.goal_choices(SLATE)["us_house"][0]
    need = what_it_takes_for(SLATE, "us_house", goal, today=LATER)
    assert set(need.considered) <= {"ca-11-2026", "mi-13-2026", "ny-15-2028"}
    assert "ny-08-2026" not in need.considered


def test_terms_of_the_chambers():
    house = terms.term_of("us_house", dt.date(2025, 11, 25))
    assert (house.name, house.end) == ("the 119th Congress", dt.date(2027, 1, 3))
    assert terms.term_of("us_house", dt.date(2027, 1, 3)).name == "the 120th Congress"
    assert terms.term_of("ny_senate", dt.date(2026, 12, 31)).end == dt.date(2026, 12, 31)
    assert terms.term_of("president", dt.date(2026, 1, 1)) is None
    now = compute_scenario(SLATE, (), today=AFTER_NOVEMBER).chambers["us_house"]
    assert terms.term_sentence(now).startswith(
        "The figures for the U.S. House of Representatives (119th Congress) describe the 119th Congress, which runs "
        "until 3 January 2027.")
    later = compute_scenario(SLATE, (), today=LATER).chambers["us_house"]  # the data's term has ended
    assert terms.term_sentence(later).startswith(
        "The figures for the U.S. House of Representatives (119th Congress) describe the 120th Congress (from 3 "
        "January 2027). This data version does not record its seats, so the party split of the 119th Congress is "
        "assumed (219 R, 213 D, 3 vacant).")
