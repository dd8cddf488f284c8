"""phase.py: where each race stands on a day, on a small fixture version (tests/fixtures/dates)."""

import datetime as dt

from slate_explorer.data.models import RaceStatus
from slate_explorer.phase import GENERAL, PRIMARY, Phase, elections_since, race_phase
from slate_explorer.race_day import SlateOnDay

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE


def where(today):
    return {rid: (p.phase, p.date, p.what) for rid, p in ((r.id, race_phase(SLATE, r, today)) for r in SLATE.races.values())}


def test_phases_before_the_general_election():
    got = where(BEFORE_NOVEMBER)
    assert got["il-09-2026"] == (Phase.decided, dt.date(2026, 3, 17), PRIMARY)  # lost the primary
    assert got["ca-11-2026"] == (Phase.awaiting_result, dt.date(2026, 6, 2), PRIMARY)  # still "running"
    assert got["mi-13-2026"] == (Phase.upcoming, dt.date(2026, 11, 3), GENERAL)  # won the primary
    assert got["mi-sen-2026"] == (Phase.upcoming, dt.date(2026, 11, 3), GENERAL)
    assert got["ny-15-2026"] == (Phase.upcoming, dt.date(2026, 11, 3), GENERAL)
    assert got["nyc-mayor-2025"] == (Phase.decided, dt.date(2025, 11, 4), GENERAL)


def test_phases_after_the_general_election():
    got = where(AFTER_NOVEMBER)
    for race in ("ca-11-2026", "mi-13-2026", "mi-sen-2026", "ny-14-2026"):
        assert got[race][0] is Phase.awaiting_result, race
    assert got["ny-15-2026"][0] is Phase.decided  # a target nobody from the slate ran in
    assert got["ny-15-2028"] == (Phase.upcoming, dt.date(2028, 11, 7), GENERAL)


def test_election_day_itself_is_still_upcoming():
    race = SLATE.races["mi-13-2026"]
    assert race_phase(SLATE, race, dt.date(2026, 11, 3)).phase is Phase.upcoming
    assert race_phase(SLATE, race, dt.date(2026, 11, 4)).phase is Phase.awaiting_result


def test_a_loss_after_a_primary_won_was_decided_by_the_general():
    # MI-13's candidate won the primary; if the race is recorded lost, the general settled it, not the primary.
    lost = SLATE.races["mi-13-2026"].model_copy(update={"status": RaceStatus.lost})
    p = race_phase(SLATE, lost, AFTER_NOVEMBER)
    assert (p.phase, p.date, p.what) == (Phase.decided, dt.date(2026, 11, 3), GENERAL)


def open_races(slate, today) -> list[str]:
    """Still open on the day (race_day.SlateOnDay.still_open): upcoming, or held with no result recorded."""
    day = SlateOnDay(slate, today)
    return [race_id for race_id in slate.races if day.still_open(race_id)]


def test_open_races_are_upcoming_or_awaiting():
    assert "il-09-2026" not in open_races(SLATE, AFTER_NOVEMBER)
    assert {"ca-11-2026", "mi-13-2026", "ny-15-2028"} <= set(open_races(SLATE, AFTER_NOVEMBER))
    assert "ny-15-2026" in open_races(SLATE, BEFORE_NOVEMBER)
    assert "ny-15-2026" not in open_races(SLATE, AFTER_NOVEMBER)


def test_elections_since_the_version_lists_only_undecided_races_held_after_it():
    assert elections_since(SLATE, BEFORE_NOVEMBER) == []  # CA-11's primary was before the as-of date
    passed = elections_since(SLATE, AFTER_NOVEMBER)
    assert [(e.race_id, e.date, e.what) for e in passed] == [
        (r, dt.date(2026, 11, 3), GENERAL) for r in ("ca-11-2026", "mi-13-2026", "mi-sen-2026", "ny-14-2026")
    ]
