"""Page-facing answers for "Find your district": everything a voter needs from one point or one typed id.

The page gets a point from an address (`geocode`), the map (a click), or the browser's location, or a
district id typed as "NY-14"; these functions turn it into one `DistrictAnswer` to draw.

Public:
- `DistrictAnswer(point, districts, races, representatives, notes, nearest)`:
  districts {level: id or None}; races (slate Race objects there); representatives {district id:
  roster.Representation} for the House district and the state; notes (which boundaries, the 2026 caveat,
  a precision warning where the lookup is coarse); nearest [(Race, km)] when no slate race is there.
- `answer_for_point(locator, lon, lat, slate, folder=None) -> DistrictAnswer`
- `answer_for_district(text, slate, folder=None) -> DistrictAnswer | None`: None when the text is no district id.
- `nearest_races(locator, lon, lat, slate, limit=3, today=None) -> list[(Race, km)]`: slate races still to be
  run on `today`, by distance from the point to their district (0 inside it); none once every one has been held.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

from .coverage import coverage_notes, precision_note, redrawn_note
from .ids import LEVELS, level_of, normalize_district_id
from .layers import layer_bounds
from .lookup import Locator, races_at
from .roster import Representation, representatives
from ..race_day import SlateOnDay

EARTH_KM = 6371.0088


def still_ahead(slate, race, today=None) -> bool:
    """The race's deciding election is still ahead on `today` (race_day.py; None: by recorded results only)."""
    return SlateOnDay(slate, today).still_ahead(race)


@dataclass(frozen=True)
class DistrictAnswer:
    point: tuple[float, float] | None  # (lon, lat), None for a typed district id
    districts: dict[str, str | None]
    races: list = field(default_factory=list)
    representatives: dict[str, Representation] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    nearest: list = field(default_factory=list)


def answer_for_point(locator: Locator, lon: float, lat: float, slate, folder: Path | None = None) -> DistrictAnswer:
    districts = locator.locate(lon, lat)
    races = races_at(districts, slate)
    nearest = [] if races else nearest_races(locator, lon, lat, slate)
    return DistrictAnswer((float(lon), float(lat)), districts, races, _representatives(districts, folder),
                          _notes(districts, folder), nearest)


def answer_for_district(text: str, slate, folder: Path | None = None) -> DistrictAnswer | None:
    district = normalize_district_id(text)
    level = level_of(district) if district else None
    if level is None or layer_bounds(district, folder) is None:
        return None
    districts = {key: None for key in LEVELS}
    districts[level] = district
    if level == "us_house" and not district.startswith(("DC-", "PR-")):
        districts["us_senate"] = district.split("-")[0]  # a House district lies in one state
    return DistrictAnswer(None, districts, races_at(districts, slate), _representatives(districts, folder),
                          _notes(districts, folder))


def _representatives(districts: dict, folder) -> dict[str, Representation]:
    wanted = [districts.get("us_house"), districts.get("us_senate")]
    return {d: representatives(d, folder) for d in wanted if d}


def _notes(districts: dict, folder) -> list[str]:
    notes = []
    for level in LEVELS:
        if districts.get(level):
            notes.extend(n for n in coverage_notes(level, folder) if n not in notes)
    house = districts.get("us_house")
    warning = precision_note(house, folder) if house else None
    redrawn = redrawn_note(house) if house else None
    return notes + [w for w in (warning, redrawn) if w]


def nearest_races(locator: Locator, lon: float, lat: float, slate, limit: int = 3, today=None) -> list[tuple]:
    point = shapely.Point(lon, lat)
    geometry = {}
    for level, layer in locator.layers.items():
        geometry.update({(level, i): g for i, g in zip(layer.ids, layer.geoms)})
    found = []
    # Only races still to be run: once every election has passed there is nothing near to help with.
    day = SlateOnDay(slate, today)
    for race in (r for r in slate.races.values() if day.still_ahead(r)):
        geom = geometry.get((race.level.value, race.district))
        if geom is None:
            continue
        found.append((race, _km(point, geom)))
    found.sort(key=lambda pair: (pair[1], -pair[0].cycle, pair[0].id))
    return found[:limit]


def _km(point, geom) -> float:
    """Great-circle distance from the point to the nearest point of the polygon (0 when inside)."""
    if shapely.intersects(point, geom):
        return 0.0
    (x1, y1), (x2, y2) = shapely.get_coordinates(shapely.shortest_line(point, geom))
    p1, p2, dl = np.radians(y1), np.radians(y2), np.radians(x2 - x1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * EARTH_KM * math.asin(math.sqrt(a)), 1)
