"""Which districts contain a point: one id (or None) per level, for one point or a batch.

Every lookup polygon of every level sits in one shapely STRtree. A query returns the polygons whose
bounding box holds the point; an exact, prepared `intersects_xy` test then keeps the polygons that really
hold it (their boundary included). When more than one polygon of a level holds the point (a point on a
shared boundary, or where a full-resolution state file meets a 1:20m neighbour), the answer is the
full-resolution one first, then the lowest id: deterministic, never random. A point outside every polygon
of a level gets None.

Public:
- `RESULT_KEYS`: ("us_house", "us_senate", "state_house", "state_senate", "city")
- `Locator(layers)`; `Locator.load(folder=None)`: read the prepared layers once (read-only geometry +
  STRtree; meant for `st.cache_resource`, never `st.cache_data`).
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
        geoms, level_of_geom, answers, order_keys = [], [], [], []
        for level_number, level in enumerate(RESULT_KEYS):
            layer = layers[level]
            answer = layer.ids.copy()
            if layer.senators is not None:  # DC, PR and the territories elect no senators
                answer[~layer.senators] = None
            # full-resolution polygons win over generalised ones, then the lowest id
            rank = np.lexsort((layer.ids.astype(str), layer.resolutions != "full"))
            position = np.empty(len(layer), np.int64)
            position[rank] = np.arange(len(layer))
            geoms.append(layer.geoms)
            level_of_geom.append(np.full(len(layer), level_number, np.int8))
            answers.append(answer)
            order_keys.append(position)
        self._geoms = np.concatenate(geoms)
        self._level = np.concatenate(level_of_geom)
        self._answer = np.concatenate(answers)
        self._key = np.concatenate(order_keys)
        shapely.prepare(self._geoms)
        self._tree = shapely.STRtree(self._geoms)

    @classmethod
    def load(cls, folder: Path | None = None) -> "Locator":
        return cls({level: read_lookup_layer(level, folder) for level in RESULT_KEYS})

    def locate(self, lon: float, lat: float, slate=None) -> dict:
        lon, lat = check_point(lon, lat)
        best: dict[int, int] = {}
        for g in self._tree.query(shapely.Point(lon, lat)):
            if shapely.intersects_xy(self._geoms[g], lon, lat):
                level = int(self._level[g])
                if level not in best or self._key[g] < self._key[best[level]]:
                    best[level] = g
        result = {key: None for key in RESULT_KEYS}
        for level, g in best.items():
            result[RESULT_KEYS[level]] = self._answer[g]
        if slate is not None:
            result["races"] = [race.id for race in races_at(result, slate)]
        return result

    def _hits(self, lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(point index, geometry index) of every polygon that holds each point."""
        point_idx, geom_idx = self._tree.query(shapely.points(lons, lats))
        order = np.argsort(geom_idx, kind="stable")
        point_idx, geom_idx = point_idx[order], geom_idx[order]
        keep = np.zeros(len(geom_idx), bool)
        starts = np.flatnonzero(np.r_[True, geom_idx[1:] != geom_idx[:-1]]) if len(geom_idx) else []
        ends = np.r_[starts[1:], len(geom_idx)] if len(geom_idx) else []
        for start, end in zip(starts, ends):  # one vectorised exact test per candidate polygon
            points = point_idx[start:end]
            keep[start:end] = shapely.intersects_xy(self._geoms[geom_idx[start]], lons[points], lats[points])
        return point_idx[keep], geom_idx[keep]

    def _resolve(self, count: int, point_idx, geom_idx, levels) -> dict[str, np.ndarray]:
        lvl = self._level[geom_idx]
        order = np.lexsort((self._key[geom_idx], lvl, point_idx))
        point_idx, geom_idx, lvl = point_idx[order], geom_idx[order], lvl[order]
        first = np.r_[True, (point_idx[1:] != point_idx[:-1]) | (lvl[1:] != lvl[:-1])] if len(order) else order.astype(bool)
        out = {}
        for level in levels:
            column = np.full(count, None, dtype=object)
            chosen = first & (lvl == RESULT_KEYS.index(level))
            column[point_idx[chosen]] = self._answer[geom_idx[chosen]]
            out[level] = column
        return out

    def _clean_arrays(self, lons, lats) -> tuple[np.ndarray, np.ndarray]:
        lons = np.asarray(lons, dtype=float)
        lats = np.asarray(lats, dtype=float)
        if lons.shape != lats.shape or lons.ndim != 1:
            raise ValueError("lons and lats must be one-dimensional and of the same length")
        bad = ~(np.isfinite(lons) & np.isfinite(lats) & (np.abs(lons) <= 180) & (np.abs(lats) <= 90))
        return np.where(bad, np.nan, lons), np.where(bad, np.nan, lats)  # NaN points match nothing

    def locate_many(self, lons, lats) -> pd.DataFrame:
        """One row per point: lon, lat (as given) and one id or None per level; bad points get None."""
        clean_lons, clean_lats = self._clean_arrays(lons, lats)
        point_idx, geom_idx = self._hits(clean_lons, clean_lats)
        columns = self._resolve(len(clean_lons), point_idx, geom_idx, RESULT_KEYS)
        frame = pd.DataFrame({"lon": np.asarray(lons, dtype=float), "lat": np.asarray(lats, dtype=float)})
        for level, column in columns.items():
            frame[level] = pd.Series(column, dtype=object)  # keep None (pandas would turn it into NaN)
        return frame

    def locate_level(self, lons, lats, level: str) -> np.ndarray:
        """Ids of one level only (for example the House), vectorised."""
        lons, lats = self._clean_arrays(lons, lats)
        point_idx, geom_idx = self._hits(lons, lats)
        wanted = self._level[geom_idx] == RESULT_KEYS.index(level)
        return self._resolve(len(lons), point_idx[wanted], geom_idx[wanted], (level,))[level]

    def sources(self, level: str) -> pd.DataFrame:
        layer = self.layers[level]
        return pd.DataFrame({"id": layer.ids, "name": layer.names, "state": layer.states,
                             "source": layer.sources, "resolution": layer.resolutions})


def races_at(located: dict, slate) -> list:
    """Slate races held in any district of `located` (a `locate` result), House first, then statewide..."""
    races = []
    for key in RESULT_KEYS:
        if located.get(key):
            races.extend(slate.races_in_district(located[key]))
    return races
