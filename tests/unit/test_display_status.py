"""A race whose election is over is never shown as running: display_status and everything that draws it."""

import pytest

from slate_explorer import labels
from slate_explorer.data.models import RaceStatus
from slate_explorer.display_status import (
    NO_SLATE_CANDIDATE, RESULT_NOT_RECORDED, display_status, shown_outcome,
)
from slate_explorer.race_day import SlateOnDay
from slate_explorer.mapview import card, features, filters, styles, table
from slate_explorer.routes import MapState
from slate_explorer.phase import Phase

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE

RUNNING_WORDS = ("Running", "Open seat", "Challenger", "Slate incumbent", "Target", "Won the primary")


@pytest.mark.parametrize(("status", "phase", "outcomes", "shown"), [
    (RaceStatus.open_seat, Phase.upcoming, ["running"], "open_seat"),
    (RaceStatus.open_seat, Phase.awaiting_result, ["running"], RESULT_NOT_RECORDED),
    (RaceStatus.challenger, Phase.awaiting_result, ["won_primary"], RESULT_NOT_RECORDED),
    (RaceStatus.slate_incumbent, Phase.awaiting_result, ["incumbent"], RESULT_NOT_RECORDED),
    (RaceStatus.lost, Phase.decided, ["lost"], "lost"),
    (RaceStatus.won, Phase.decided, ["won"], "won"),
    (RaceStatus.open_seat, Phase.decided, ["won", "lost"], "won"),  # outcomes settle it, status not updated
    (RaceStatus.open_seat, Phase.decided, ["withdrew", "lost"], "lost"),
    (RaceStatus.target, Phase.decided, [], NO_SLATE_CANDIDATE),
    (RaceStatus.target, Phase.upcoming, [], "target"),
])
def test_display_status(status, phase, outcomes, shown):
    assert display_status(status, phase, outcomes) == shown


def test_candidate_outcome_words_after_the_election():
    assert shown_outcome("running", Phase.upcoming) == "running"
    assert shown_outcome("running", Phase.awaiting_result) == RESULT_NOT_RECORDED
    assert shown_outcome("won_primary", Phase.awaiting_result) == RESULT_NOT_RECORDED
    assert shown_outcome("lost", Phase.decided) == "lost"


def test_result_not_recorded_has_its_own_word_colour_letter_and_map_style():
    entry = labels.STATUS[RESULT_NOT_RECORDED]
    others = [v for k, v in labels.STATUS.items() if k != RESULT_NOT_RECORDED]
    assert labels.status_label(RESULT_NOT_RECORDED) == "Result not recorded"
    assert entry[2] not in {v[2] for v in others} and entry[3] not in {v[3] for v in others}
    assert styles.status_styles()[RESULT_NOT_RECORDED]["dash"] and not styles.status_styles()["open_seat"]["dash"]
    assert ">R</span> Result not recorded" in styles.legend_html()
    assert "border:1px dashed" in styles.legend_html()


def shown_statuses(slate, today) -> dict[str, str]:
    day = SlateOnDay(slate, today)
    return {race_id: day.status(race_id) for race_id in slate.races}


def test_statuses_on_the_fixture_after_november():
    shown = shown_statuses(SLATE, AFTER_NOVEMBER)
    assert shown["ca-11-2026"] == shown["mi-13-2026"] == shown["ny-14-2026"] == RESULT_NOT_RECORDED
    assert shown["il-09-2026"] == "lost" and shown["ny-15-2026"] == NO_SLATE_CANDIDATE
    assert shown["ny-15-2028"] == "target"
    before = shown_statuses(SLATE, BEFORE_NOVEMBER)
    assert before["mi-13-2026"] == "challenger" and before["ca-11-2026"] == RESULT_NOT_RECORDED


@pytest.mark.parametrize("race_id", ["ca-11-2026", "mi-13-2026", "mi-sen-2026", "ny-14-2026"])
def test_card_tooltip_table_and_link_never_say_running_after_the_election(race_id):
    race = SLATE.races[race_id]
    c = card.race_card(SLATE, race_id, AFTER_NOVEMBER)
    assert (c.status, c.status_label, c.letter) == (RESULT_NOT_RECORDED, "Result not recorded", "R")
    assert {p.outcome for p in c.candidates} <= {"Result not recorded", "Withdrew"}
    words = [features.tooltip_html(SLATE, race, today=AFTER_NOVEMBER), table.link_label(SLATE, race, AFTER_NOVEMBER),
             *map(str, table.table_rows(SLATE, [race], today=AFTER_NOVEMBER)[0].values())]
    for text in words:
        assert not any(w in text for w in RUNNING_WORDS), text
    assert "Result not recorded (R)" in table.link_label(SLATE, race, AFTER_NOVEMBER)


def test_a_race_without_slate_candidates_says_yet_only_while_its_election_is_ahead():
    held = SLATE.races["ny-15-2026"]  # no slate candidate ran; its elections are over after November
    for text in (features.tooltip_html(SLATE, held, today=AFTER_NOVEMBER), table.link_label(SLATE, held, AFTER_NOVEMBER),
                 table.table_rows(SLATE, [held], today=AFTER_NOVEMBER)[0]["Slate candidates"]):
        assert "no slate candidate was named" in text and "yet" not in text, text
    ahead = SLATE.races["ny-15-2028"]
    assert "no slate candidate named yet" in features.tooltip_html(SLATE, ahead, today=AFTER_NOVEMBER)
    assert table.table_rows(SLATE, [ahead], today=AFTER_NOVEMBER)[0]["Slate candidates"] == "no slate candidate named yet"


def test_card_before_the_election_still_says_running():
    c = card.race_card(SLATE, "mi-13-2026", BEFORE_NOVEMBER)
    assert c.status_label == "Challenger" and c.candidates[0].outcome == "Won the primary"


def test_map_districts_and_status_filter_follow_the_day():
    shown = features.district_races(SLATE, MapState(), today=AFTER_NOVEMBER)
    assert (shown["MI-13"].status, shown["MI-13"].letter) == (RESULT_NOT_RECORDED, "R")
    assert shown["NY-15"].race_id == "ny-15-2028" and shown["NY-15"].status == "target"
    waiting = filters.races_matching(SLATE, MapState(statuses=(RESULT_NOT_RECORDED,)), today=AFTER_NOVEMBER)
    assert [r.id for r in waiting] == ["ca-11-2026", "mi-13-2026", "ny-14-2026"]
    assert filters.races_matching(SLATE, MapState(statuses=("challenger",)), today=AFTER_NOVEMBER) == []
    assert RESULT_NOT_RECORDED in filters.status_values()
