"""Which districts contain a point: one id (or None) per level, for one point or a batch.

Each level's lookup polygons sit in a shapely STRtree. A query returns the polygons whose bounding box
holds the point; an exact, prepared `intersects_xy` test then keeps the polygons that really
hold it (their boundary included). When more than one polygon of a level holds the point (a point on a
shared boundary, or where a full-resolution state file meets a 1:20m neighbour), the answer is the
full-resolution one first, then the lowest id: deterministic, never random. A point outside every polygon
of a level gets None.

Public:
- `RESULT_KEYS`: ("us_house", "us_senate", "state_house", "state_senate", "city")
- `Locator(layers)`; `Locator.load(folder=None)`: read the prepared layers once (read-only geometry +
  STRtree; meant for `st.cache_resource`, never `st.cache_data`); safe to share between threads.
- `Locator.locate(lon, lat, slate=None) -> dict`: {us_house, us_senate, state_house, state_senate, city}
  and, when a slate is given, `races`: ids of the slate races whose district contains the point.
- `Locator.locate_many(lons, lats) -> pandas.DataFrame`: the same, vectorised, one row per point.
- `Locator.locate_level(lons, lats, level) -> numpy array of ids or None`.
- `Locator.sources(level)`: which source file and resolution each id came from.
- `races_at(located, slate) -> list[Race]`: slate races in any of the located districts.
- `check_point(lon, lat)`: raise ValueError unless lon/lat are finite and in range.
"""

from __future__ import annotations

import math
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from .ids import LEVELS
from .layers import LookupLayer, read_lookup_layer

RESULT_KEYS = LEVELS


def check_point(lon: float, lat: float) -> tuple[float, float]:
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        raise ValueError("longitude and latitude must be numbers") from None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError("longitude must be within -180..180 and latitude within -90..90 (note the order: lon, lat)")
    return lon, lat


class Locator:
    def __init__(self, layers: dict[str, LookupLayer]):
        self.layers = layers
        self._levels = {level: _LevelIndex(layers[level]) for level in RESULT_KEYS}
        # GEOS builds a prepared polygon's point index lazily, on its first test; one shared Locator serves
        # every app session's thread, so lookups take turns (a lookup is tens of microseconds).
        self._lock = threading.Lock()

    @classmethod
    def load(cls, folder: Path | None = None) -> "Locator":
        return cls({level: read_lookup_layer(level, folder) for level in RESULT_KEYS})

    def locate(self, lon: float, lat: float, slate=None) -> dict:
        lon, lat = check_point(lon, lat)
        point = shapely.Point(lon, lat)
        with self._lock:
            result = {level: index.locate(point, lon, lat) for level, index in self._levels.items()}
        if slate is not None:
            result["races"] = [race.id for race in races_at(result, slate)]
        return result

    def locate_many(self, lons, lats) -> pd.DataFrame:
        """One row per point: lon, lat (as given) and one id or None per level; bad points get None."""
        clean_lons, clean_lats = _clean_arrays(lons, lats)
        points = shapely.points(clean_lons, clean_lats)
        frame = pd.DataFrame({"lon": np.asarray(lons, dtype=float), "lat": np.asarray(lats, dtype=float)})
        for level, index in self._levels.items():
            with self._lock:
                found = index.locate_many(points, clean_lons, clean_lats)
            frame[level] = pd.Series(found, dtype=object)  # keep None (pandas would turn it into NaN)
        return frame

    def locate_level(self, lons, lats, level: str) -> np.ndarray:
        """Ids of one level only (for example the House), vectorised."""
        clean_lons, clean_lats = _clean_arrays(lons, lats)
        points = shapely.points(clean_lons, clean_lats)
        with self._lock:
            return self._levels[level].locate_many(points, clean_lons, clean_lats)

    def sources(self, level: str) -> pd.DataFrame:
        layer = self.layers[level]
        return pd.DataFrame({"id": layer.ids, "name": layer.names, "state": layer.states,
                             "source": layer.sources, "resolution": layer.resolutions})


class _LevelIndex:
    """One level's polygons, prepared, in an STRtree, with the order that settles ties."""

    def __init__(self, layer: LookupLayer):
        self.geoms = layer.geoms
        self.answer = layer.ids.copy()
        if layer.senators is not None:  # DC, PR and the territories elect no senators
            self.answer[~layer.senators] = None
        # full-resolution polygons win over generalised ones, then the lowest id
        rank = np.lexsort((layer.ids.astype(str), layer.resolutions != "full"))
        self.key = np.empty(len(layer), np.int64)
        self.key[rank] = np.arange(len(layer))
        shapely.prepare(self.geoms)
        self.tree = shapely.STRtree(self.geoms)

    def locate(self, point, lon: float, lat: float):
        best = None
        for g in self.tree.query(point):  # bounding-box candidates, then the exact test
            if (best is None or self.key[g] < self.key[best]) and shapely.intersects_xy(self.geoms[g], lon, lat):
                best = g
        return None if best is None else self.answer[best]

    def locate_many(self, points, lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
        point_idx, geom_idx = self.tree.query(points)
        order = np.argsort(geom_idx, kind="stable")
        point_idx, geom_idx = point_idx[order], geom_idx[order]
        keep = np.zeros(len(geom_idx), bool)
        starts = np.flatnonzero(np.r_[True, geom_idx[1:] != geom_idx[:-1]]) if len(geom_idx) else np.array([], int)
        ends = np.r_[starts[1:], len(geom_idx)].astype(int)
        for start, end in zip(starts, ends):  # one vectorised exact test per candidate polygon
            chosen = point_idx[start:end]
            keep[start:end] = shapely.intersects_xy(self.geoms[geom_idx[start]], lons[chosen], lats[chosen])
        point_idx, geom_idx = point_idx[keep], geom_idx[keep]
        # several polygons may hold a point: order by point, then tie-break key; keep the first per point
        order = np.lexsort((self.key[geom_idx], point_idx))
        point_idx, geom_idx = point_idx[order], geom_idx[order]
        first = np.r_[True, point_idx[1:] != point_idx[:-1]] if len(point_idx) else np.zeros(0, bool)
        result = np.full(len(lons), None, dtype=object)
        result[point_idx[first]] = self.answer[geom_idx[first]]
        return result


def _clean_arrays(lons, lats) -> tuple[np.ndarray, np.ndarray]:
    lons = np.asarray(lons, dtype=float)
    lats = np.asarray(lats, dtype=float)
    if lons.shape != lats.shape or lons.ndim != 1:
        raise ValueError("lons and lats must be one-dimensional and of the same length")
    bad = ~(np.isfinite(lons) & np.isfinite(lats) & (np.abs(lons) <= 180) & (np.abs(lats) <= 90))
    return np.where(bad, np.nan, lons), np.where(bad, np.nan, lats)  # NaN points match nothing


def races_at(located: dict, slate) -> list:
    """Slate races held in any district of `located` (a `locate` result), House first, then statewide..."""
    races = []
    for key in RESULT_KEYS:
        if located.get(key):
            races.extend(slate.races_in_district(located[key]))
    return races
