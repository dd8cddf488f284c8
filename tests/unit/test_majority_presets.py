"""What the majority page lets a visitor choose: races by chamber, presets, URL values, the letter's range."""

from __future__ import annotations

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import VoteModel, compute_scenario, contestable_races
from slate_explorer.majority import presets
from slate_explorer.routes import MajorityState, parse_params

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


def test_wins_param_round_trip():
    s = NOVEMBER
    every = tuple(contestable_races(s))
    assert MajorityState(contestable=every).to_params() == {}  # nothing new won: the default
    assert MajorityState(wins=every, contestable=every).to_params() == {"wins": "all"}
    assert MajorityState.parse({"wins": "mi-sen-2026,il-09-2026"}, s)[0].to_params() == {"wins": "il-09-2026,mi-sen-2026"}  # file order
    assert presets.wins_from_param(s, "il-09-2026,mi-sen-2026") == ("il-09-2026", "mi-sen-2026")
    assert presets.wins_from_param(s, "all") == tuple(contestable_races(s))
    assert presets.wins_from_param(s, "today") == presets.wins_from_param(s, "none") == ()
    assert presets.wins_from_param(s, "ny-16-2024,ny-14-2026,ca-11-2026") == ("ca-11-2026",)  # decided races dropped


def test_prob_param_parses_and_rejects():
    s = NOVEMBER
    assert presets.parse_prob("il-09-2026:0.4,MI-SEN-2026:1", s) == {"il-09-2026": 0.4, "mi-sen-2026": 1.0}
    for bad in ["il-09-2026", "il-09-2026:1.5", "il-09-2026:-0.1", "il-09-2026:nan", ":0.5", "ny-14-2026:0.5",
                "nowhere:0.5", "il-09-2026:x"]:
        assert presets.parse_prob(bad, s) is None, bad
    assert presets.prob_param(s, {"mi-sen-2026": 0.25, "il-09-2026": 1.0}) == "il-09-2026:1,mi-sen-2026:0.25"


def test_url_validators_for_the_scenario():
    view = parse_params("majority", {"prob": "mi-sen-2026:0.40", "rest": "0.75", "other": "0", "sign": "d,i"}, NOVEMBER)
    assert view.notes == ()
    assert view.values == {"prob": "mi-sen-2026:0.4", "rest": "0.75", "other": "0", "sign": "D,I"}
    bad = parse_params("majority", {"prob": "ny-14-2026:0.5", "rest": "2", "other": "x", "sign": "<b>"}, NOVEMBER)
    assert bad.values == {} and len(bad.notes) == 4


def test_model_from_and_to_params():
    model = presets.model_from_params({"rest": "0.8", "other": "0.1", "sign": "D"})
    assert model == VoteModel(caucus_rest_yes=0.8, other_yes=0.1, signing_parties=("D",))
    assert presets.model_params(model) == {"rest": "0.8", "other": "0.1", "sign": "D"}
    assert presets.model_params(VoteModel()) == {"rest": None, "other": None, "sign": None}
    assert presets.model_from_params({}) == VoteModel()


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
