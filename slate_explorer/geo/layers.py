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
- `read_layer_text(name, folder=None) -> str`: a built file's text, checked against the checksum the build
  recorded (cached while the file is unchanged).
- `LayerUnavailable` (an OSError; `.files` names the files): `NotBuiltError` (a file is missing: run
  `python -m slate_explorer geodata`) or `DamagedLayerError` (a file differs from what the build wrote, or
  cannot be read). Every read here raises one of them, never a parser's own error.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import shapely
import shapely.errors

from .freshness import BUILD_MANIFEST
from .ids import LEVELS, level_of, normalize_district_id
from .manifest import build_dir


class LayerUnavailable(OSError):
    """A built file cannot be served; `files` names it (what the map and Find pages tell visitors)."""

    def __init__(self, message: str, files: tuple[str, ...]):
        super().__init__(message)
        self.files = files


class NotBuiltError(LayerUnavailable, FileNotFoundError):
    def __init__(self, path: Path):
        super().__init__(f"Geodata layers are not built ({path} is missing). Run `python -m slate_explorer geodata` "
                         "(with --mirror DIR or SLATE_GEODATA_MIRROR when offline).", (path.name,))


class DamagedLayerError(LayerUnavailable):
    def __init__(self, path: Path, why: str):
        super().__init__(f"{path} is damaged ({why}). Run `python -m slate_explorer geodata`, which rebuilds it.",
                         (path.name,))


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


def _recorded_digests(folder: Path) -> dict:
    """name -> sha256 as the build recorded them ({} for a build that recorded none)."""
    path = folder / BUILD_MANIFEST
    try:
        files = _json_file(path, path.stat().st_mtime_ns).get("files")
    except (OSError, ValueError, AttributeError):
        return {}
    return files if isinstance(files, dict) else {}


@functools.lru_cache(maxsize=2)
def _json_file(path: Path, stamp: int):
    return json.loads(path.read_text(encoding="utf-8"))


def _read_verified(name: str, folder: Path | None) -> bytes:
    """A built file's bytes, refused when they differ from the checksum its build recorded."""
    folder = _folder(folder)
    path = _must_exist(folder / name)
    data = path.read_bytes()
    expected = _recorded_digests(folder).get(name)
    if expected and hashlib.sha256(data).hexdigest() != expected:
        raise DamagedLayerError(path, "it differs from the file the build wrote")
    return data


@functools.lru_cache(maxsize=24)
def _text(name: str, folder: Path, stamp: tuple) -> str:
    try:
        return _read_verified(name, folder).decode("utf-8")
    except UnicodeDecodeError as error:
        raise DamagedLayerError(folder / name, str(error)) from None


def read_layer_text(name: str, folder: Path | None = None) -> str:
    folder = _folder(folder)
    path = _must_exist(folder / name)
    stat = path.stat()
    return _text(name, folder, (stat.st_size, stat.st_mtime_ns))


def _json_layer(name: str, folder: Path | None):
    try:
        return json.loads(read_layer_text(name, folder))
    except ValueError as error:
        raise DamagedLayerError(_folder(folder) / name, str(error)) from None


def read_lookup_layer(level: str, folder: Path | None = None) -> LookupLayer:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
    name = f"lookup_{level}.parquet"
    try:
        return _lookup_layer(level, pq.read_table(pa.BufferReader(_read_verified(name, folder))))
    except (pa.ArrowException, ValueError, KeyError, shapely.errors.ShapelyError) as error:
        raise DamagedLayerError(_folder(folder) / name, f"{type(error).__name__}: {error}") from None


def _lookup_layer(level: str, table) -> LookupLayer:
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


def drawing_geojson(level: str, as_text: bool = False, folder: Path | None = None, state: str | None = None) -> dict | str:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
    name = f"draw_{level}.geojson"
    if state is not None:
        if level != "us_house" or not re.fullmatch(r"[A-Z]{2}", state):
            raise ValueError("a state's detailed drawing exists for the us_house level only (state = USPS code)")
        name = f"draw_us_house_{state}.geojson"
    return read_layer_text(name, folder) if as_text else _json_layer(name, folder)  # a fresh dict each call


def all_bounds(folder: Path | None = None) -> dict:
    """district id -> bounds, as bounds.json holds them (shared: do not change it)."""
    folder = _folder(folder)
    path = _must_exist(folder / "bounds.json")
    stat = path.stat()
    return _bounds(folder, (stat.st_size, stat.st_mtime_ns))


@functools.lru_cache(maxsize=4)
def _bounds(folder: Path, stamp: tuple) -> dict:
    return _json_layer("bounds.json", folder)


def layer_bounds(district_id: str, folder: Path | None = None) -> tuple[float, float, float, float] | None:
    canonical = normalize_district_id(district_id) or district_id
    found = all_bounds(folder).get(canonical)
    return tuple(found) if found and level_of(canonical) else None


def places_text(tier: str, folder: Path | None = None) -> str:
    if tier not in ("national", "local"):
        raise ValueError(f"unknown place tier {tier!r}")
    return read_layer_text(f"places_{tier}.json", folder)


def build_info(folder: Path | None = None) -> dict:
    path = _must_exist(_folder(folder) / BUILD_MANIFEST)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise DamagedLayerError(path, str(error)) from None
