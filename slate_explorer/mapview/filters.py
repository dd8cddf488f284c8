"""What the map shows for a view (`routes.MapState`: level, state, statuses, selected race).

Public:
- `LEVEL_ORDER`, `DEFAULT_LEVEL`
- `races_matching(slate, view, level=None, today=None) -> list[Race]`: the races the map colours and the
  table lists (a status filter matches the status shown on `today`, display_status.py).
- `level_has_races(slate, level) -> bool`
- `counts_by_level(slate, view, today=None) -> dict[level, int]`: matching races per level (to point at other levels).
- `states_with_races(slate) -> list[str]`
- `status_values() -> list[str]`: every status the map can show (recorded, or read on a day).
- `after_change(previous, chosen, slate, today=None) -> MapState`: drop a selection the new level/filters exclude.
- `zoom_target(previous, chosen, slate, clicked=None) -> str | None`: zoom only when the visitor asked for it.
- `clicked_district(value) -> (district_id, token) | None`: what a map click sent back.
"""

from __future__ import annotations

import datetime as dt

from ..data.models import Level, Race
from ..data.slate import Slate
from ..race_day import SlateOnDay
from ..labels import STATUS
from ..routes.states import DEFAULT_LEVEL, MapState

LEVEL_ORDER = tuple(level.value for level in Level)
LEVEL = "level"  # zoom_target: back to the level's first view


def _matches(race: Race, view: MapState, status: str) -> bool:
    return (view.state is None or race.state == view.state) and (not view.statuses or status in view.statuses)


def races_matching(slate: Slate, view: MapState, level: str | None = None, today: dt.date | None = None) -> list[Race]:
    level = level or view.level
    key = ("map.races_matching", level, view.state, tuple(view.statuses), today)  # once per filter and day
    return list(slate.cached(key, lambda: _races_matching(slate, view, level, today)))


def _races_matching(slate: Slate, view: MapState, level: str, today: dt.date | None) -> tuple[Race, ...]:
    day = SlateOnDay(slate, today)
    found = [r for r in slate.races.values() if r.level.value == level and _matches(r, view, day.status(r))]
    return tuple(sorted(found, key=lambda r: (r.state, r.district, -r.cycle)))


def level_has_races(slate: Slate, level: str) -> bool:
    return any(race.level.value == level for race in slate.races.values())


def counts_by_level(slate: Slate, view: MapState, today: dt.date | None = None) -> dict[str, int]:
    return dict(slate.cached(("map.counts_by_level", view.state, tuple(view.statuses), today),
                             lambda: _counts_by_level(slate, view, today)))


def _counts_by_level(slate: Slate, view: MapState, today: dt.date | None) -> dict[str, int]:
    counts, day = dict.fromkeys(LEVEL_ORDER, 0), SlateOnDay(slate, today)
    for race in slate.races.values():
        if _matches(race, view, day.status(race)):
            counts[race.level.value] += 1
    return counts


def states_with_races(slate: Slate) -> list[str]:
    return sorted({race.state for race in slate.races.values()})


def status_values() -> list[str]:
    """Every status the map can show: the recorded ones and those shown once an election has passed."""
    return list(STATUS)


def clicked_district(value) -> tuple[str, object] | None:
    """The district id of the last clicked feature and a token that differs for every click."""
    drawing = (value or {}).get("last_active_drawing") if isinstance(value, dict) else None
    properties = (drawing or {}).get("properties") if isinstance(drawing, dict) else None
    if not isinstance(properties, dict) or not isinstance(properties.get("id"), str):
        return None
    return properties["id"], properties.get("at")



def after_change(previous: MapState | None, chosen: MapState, slate: Slate, today: dt.date | None = None) -> MapState:
    """The view after the visitor changed widgets: a level switch or a filter that excludes the
    selected race drops the selection (a deep link keeps it: `previous` is None on arrival)."""
    if previous is None or not chosen.race:
        return chosen
    race = slate.races.get(chosen.race)
    filters_changed = (chosen.state, chosen.statuses) != (previous.state, previous.statuses)
    if race is None or chosen.level != race.level.value or (
        filters_changed and not _matches(race, chosen, SlateOnDay(slate, today).status(race))
    ):
        return chosen.with_(race=None)
    return chosen


def zoom_target(previous: MapState | None, chosen: MapState, slate: Slate, clicked: str | None = None) -> str | None:
    """Where the map should zoom on this rerun: a district or state id, LEVEL for the level's first
    view, or None to leave the visitor's view alone. clicked: the district just clicked on the map, which
    the map zooms to (a tap on a national map otherwise leaves a district a few pixels wide)."""
    race = slate.races.get(chosen.race or "")
    if clicked:
        return clicked
    if previous is None or (race and chosen.race != previous.race):
        return race.district if race else chosen.state
    if chosen.state != previous.state:
        return chosen.state or LEVEL
    return None
