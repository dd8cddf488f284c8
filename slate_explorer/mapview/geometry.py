"""What the map draws, taken from the geo package's prepared drawing layers.

The drawing layers are read-only and the same for every visitor: each is read once per process.

Public:
- `drawing_text(level) -> str`: the level's simplified GeoJSON (properties {id, name}).
- `district_names(level) -> dict[id, name]`
- `label_points(level) -> dict[id, (lat, lon)]`: a point inside each district, for its status letter.
- `bounds_of(district_id) -> ((south, west), (north, east)) | None`: Leaflet order, to zoom to it.
- `level_bounds(level)`: the first view of a level.
- `zoom_bounds(target, level)`: bounds for `filters.zoom_target`'s answer (None: do not zoom).
- `districts_overlapping(level, other_level, other_id) -> tuple[str, ...]`: the districts of `level` lying
  mostly inside a district of another level (the House districts in New York City).
- `boundaries_notes(level) -> list[str]`: which boundaries the map draws, from `geo.coverage`.
"""

from __future__ import annotations

import functools
import json

import numpy as np
import shapely
from shapely.ops import polylabel

from ..geo import coverage, layers
from ..i18n import _
from .filters import LEVEL

# The lower 48 states: the first view of the national layers (Alaska, Hawaii and Puerto Rico are a pan away).
LOWER_48 = ((24.4, -124.8), (49.4, -66.9))
LEVEL_FOCUS = {"state_house": "NY", "state_senate": "NY", "city": "NYC"}


def drawing_text(level: str) -> str:
    return layers.drawing_geojson(level, as_text=True)


@functools.lru_cache(maxsize=8)
def _features(level: str) -> tuple[tuple[str, str, object], ...]:
    data = json.loads(drawing_text(level))
    return tuple(
        (f["properties"]["id"], f["properties"]["name"], shapely.from_geojson(json.dumps(f["geometry"])))
        for f in data["features"]
    )


@functools.lru_cache(maxsize=8)
def district_names(level: str) -> dict[str, str]:
    return {district_id: name for district_id, name, _geom in _features(level)}


@functools.lru_cache(maxsize=8)
def label_points(level: str) -> dict[str, tuple[float, float]]:
    points = {}
    for district_id, _name, geom in _features(level):
        point = _deep_inside(geom)
        points[district_id] = (round(point.y, 4), round(point.x, 4))
    return points


def _deep_inside(geom):
    """The point of the largest part farthest from its edges: the letter sits well inside, and a click
    there hits the district even where Leaflet smooths the outline on screen."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon"]
    if not parts:
        return shapely.point_on_surface(geom)
    largest = max(parts, key=lambda g: g.area)
    minx, miny, maxx, maxy = largest.bounds
    return polylabel(largest, tolerance=max(maxx - minx, maxy - miny) / 200)


MOSTLY = 0.5  # of a district's area: most of its voters also vote in the other district's race


# One entry per (level, other level, district): every district of every level fits (about 3,500 small
# tuples). A bound below the number of districts holding races made every map rerun miss (issue 27).
@functools.lru_cache(maxsize=8192)
def districts_overlapping(level: str, other_level: str, other_id: str) -> tuple[str, ...]:
    """Districts of `level` lying mostly inside `other_id` (House districts in New York City, in Michigan)."""
    other = _shapes(other_level).get(other_id)
    if other is None:
        return ()
    ids, geoms = _arrays(level)
    near = shapely.intersects(geoms, other)
    shared = shapely.area(shapely.intersection(geoms[near], other))
    return tuple(ids[near][shared >= MOSTLY * shapely.area(geoms[near])].tolist())


@functools.lru_cache(maxsize=8)
def _shapes(level: str) -> dict:
    """Each district's shape by id, from the level's features parsed once."""
    return {district_id: geom for district_id, _name, geom in _features(level)}


@functools.lru_cache(maxsize=8)
def _arrays(level: str):
    features = _features(level)
    return (np.array([f[0] for f in features], dtype=object), np.array([f[2] for f in features], dtype=object))


def bounds_of(district_id: str):
    found = layers.layer_bounds(district_id)
    if found is None:
        return None
    west, south, east, north = found
    return ((south, west), (north, east))


def level_bounds(level: str):
    focus = LEVEL_FOCUS.get(level)
    return (bounds_of(focus) if focus else None) or LOWER_48


def zoom_bounds(target: str | None, level: str):
    """Bounds for filters.zoom_target's answer: a district or state id, LEVEL, or None (stay put)."""
    if target is None:
        return None
    return level_bounds(level) if target == LEVEL else bounds_of(target)


def boundaries_notes(level: str) -> list[str]:
    """Which boundaries the map draws (every map says so), and what they do not cover yet."""
    return [*coverage.coverage_notes(level), _("Lines are simplified for drawing; the district finder uses the precise files.")]
