"""Read the prepared layers: lookup geometry, drawing GeoJSON, district bounds, the build manifest.

Public:
- `LookupLayer`: one level's lookup table (ids, names, states, sources, resolutions, geometries as a
  numpy array of shapely objects; `senators` for the states layer).
- `read_lookup_layer(level, folder=None) -> LookupLayer` (GeoParquet read with pyarrow + shapely WKB).
- `drawing_geojson(level, as_text=False, folder=None, state=None) -> dict | str`: the simplified map layer
  of a level (us_house, us_senate, state_house, state_senate, city); every feature has properties {id, name}.
  The national House map comes from the 1:20m file (coarse in dense cities); `state="NY"` gives that
  state's detailed House map, drawn from the full-resolution lookup geometry where available.
- `layer_bounds(district_id, folder=None) -> (min_lon, min_lat, max_lon, max_lat) | None`: to zoom to a
  district (from its detailed drawing).
- `places_text(tier, folder=None) -> str`: the map's place labels, tier "national" or "local" (see `places`).
- `build_info(folder=None) -> dict`: the build manifest (sources, resolutions, sizes, timings).
- `NotBuiltError`: the layers are not built yet; run `python -m slate_explorer geodata`.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import shapely

from .ids import LEVELS, level_of, normalize_district_id
from .manifest import build_dir


class NotBuiltError(FileNotFoundError):
    def __init__(self, path: Path):
        super().__init__(f"Geodata layers are not built ({path} is missing). Run `python -m slate_explorer geodata` "
                         "(with --mirror DIR or SLATE_GEODATA_MIRROR when offline).")


@dataclass(frozen=True)
class LookupLayer:
    level: str
    ids: np.ndarray
    names: np.ndarray
    states: np.ndarray
    sources: np.ndarray
    resolutions: np.ndarray
    geoms: np.ndarray
    senators: np.ndarray | None = None  # states layer only: does this state elect US senators?

    def __len__(self) -> int:
        return len(self.ids)


def _folder(folder) -> Path:
    return Path(folder) if folder else build_dir()


def _must_exist(path: Path) -> Path:
    if not path.is_file():
        raise NotBuiltError(path)
    return path


def read_lookup_layer(level: str, folder: Path | None = None) -> LookupLayer:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
    table = pq.read_table(_must_exist(_folder(folder) / f"lookup_{level}.parquet"))
    column = {name: table.column(name).to_numpy(zero_copy_only=False) for name in table.column_names}
    return LookupLayer(
        level=level,
        ids=column["id"].astype(object),
        names=column["name"].astype(object),
        states=column["state"].astype(object),
        sources=column["source"].astype(object),
        resolutions=column["resolution"].astype(object),
        geoms=shapely.from_wkb(column["geometry"]),
        senators=column["senators"].astype(bool) if "senators" in column else None,
    )


@functools.lru_cache(maxsize=16)
def _drawing_text(path: Path, stamp: float) -> str:
    return path.read_text(encoding="utf-8")


def drawing_geojson(level: str, as_text: bool = False, folder: Path | None = None, state: str | None = None) -> dict | str:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
    name = f"draw_{level}.geojson"
    if state is not None:
        if level != "us_house" or not re.fullmatch(r"[A-Z]{2}", state):
            raise ValueError("a state's detailed drawing exists for the us_house level only (state = USPS code)")
        name = f"draw_us_house_{state}.geojson"
    path = _must_exist(_folder(folder) / name)
    text = _drawing_text(path, path.stat().st_mtime)
    return text if as_text else json.loads(text)  # a fresh dict each call: callers may annotate it


@functools.lru_cache(maxsize=4)
def _bounds(path: Path, stamp: float) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def layer_bounds(district_id: str, folder: Path | None = None) -> tuple[float, float, float, float] | None:
    canonical = normalize_district_id(district_id) or district_id
    path = _must_exist(_folder(folder) / "bounds.json")
    found = _bounds(path, path.stat().st_mtime).get(canonical)
    return tuple(found) if found and level_of(canonical) else None


def places_text(tier: str, folder: Path | None = None) -> str:
    if tier not in ("national", "local"):
        raise ValueError(f"unknown place tier {tier!r}")
    path = _must_exist(_folder(folder) / f"places_{tier}.json")
    return _drawing_text(path, path.stat().st_mtime)


def build_info(folder: Path | None = None) -> dict:
    return json.loads(_must_exist(_folder(folder) / "build.json").read_text(encoding="utf-8"))
