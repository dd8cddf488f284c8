"""What the majority page lets a visitor choose: races by chamber, presets, the letter's range (its URL values:
test_scenario_values.py)."""

from __future__ import annotations

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import compute_scenario, contestable_races
from slate_explorer.majority import presets

JULY = load_slate("2025-07-10").slate
NOVEMBER = load_slate("2025-11-25").slate
HOUSE_NOV = ["il-09-2026", "ca-11-2026", "mi-13-2026", "ny-15-2026", "ny-08-2026", "ma-01-2026"]


def test_races_grouped_by_chamber_with_office_candidates_and_status():
    groups = presets.race_choices(NOVEMBER)
    assert [g.key for g in groups] == ["us_house", "us_senate"]
    assert [c.race_id for c in groups[0].races] == HOUSE_NOV
    assert groups[1].races[0].label == "U.S. Senator from Michigan — Abdul El-Sayed or Mallory McMorrow (Open seat)"
    assert groups[0].races[3].label.endswith("— no slate candidate named yet (Target)")
    july = presets.race_choices(JULY)
    assert [g.key for g in july] == ["us_house", "us_senate", presets.OTHER_OFFICES]  # the mayor's race
    assert sum(len(g.races) for g in july) == len(contestable_races(JULY))


@pytest.mark.parametrize("slate", [JULY, NOVEMBER], ids=["july", "november"])
def test_presets_and_their_detection(slate):
    assert presets.preset_wins(slate, presets.TODAY) == ()
    assert presets.preset_wins(slate, presets.ALL) == tuple(contestable_races(slate))
    letter = presets.preset_wins(slate, presets.LETTER)
    assert letter and all(slate.races[r].chamber_id == "us_house" for r in letter)
    for preset in presets.PRESETS:
        assert presets.preset_of(slate, presets.preset_wins(slate, preset)) == preset
    assert presets.preset_of(slate, ["mi-sen-2026"]) == presets.CUSTOM


def test_letter_range_is_arithmetic_on_the_house():
    r = presets.letter_range(NOVEMBER)
    assert r.chamber_id == "us_house" and r.races_in_data == tuple(HOUSE_NOV) and r.bloc_today == 95
    five, ten = r.steps
    assert (five.victories, five.bloc, ten.victories, ten.bloc) == (5, 100, 10, 105)
    # The House Democratic caucus has 213 seats: electing its leader needs 107.
    assert five.goals == (("elect-caucus-leader", False, 107, 7),)
    assert ten.goals == (("elect-caucus-leader", False, 107, 2),)
    # Named races give the same bloc as the arithmetic (each replaces a Democrat outside the bloc).
    first_five = compute_scenario(NOVEMBER, HOUSE_NOV[:5]).chambers["us_house"]
    assert first_five.bloc_after == five.bloc and first_five.caucus_majority_short_by == 7
    text = " ".join(presets.letter_sentences(r))
    assert "names 6 House races" in text and "4 more would have to come from seats it does not list" in text
    assert "names 7 House races" in " ".join(presets.letter_sentences(presets.letter_range(JULY)))


def test_goal_choices_cover_every_rule():
    goals = presets.goal_choices(NOVEMBER)
    assert goals["us_senate"][:2] == ["pass-bill", "invoke-cloture"]
    assert "discharge-petition" in goals["us_house"]
