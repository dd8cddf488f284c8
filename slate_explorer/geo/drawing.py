"""Drawing geometry: topology-preserving simplification and compact GeoJSON.

Neighbouring districts share their boundary once: `shapely.coverage_simplify` simplifies each shared edge
a single time, so the simplified polygons still meet exactly (no slivers, no gaps). Coordinates are then
rounded on a fixed grid, which keeps shared vertices identical on both sides.

Public:
- `polygons_only(geoms) -> ndarray`
- `simplify_coverage(geoms, tolerance) -> ndarray`
- `round_coords(geoms, decimals) -> ndarray`
- `is_clean(geoms) -> bool`: all valid and a valid coverage (no slivers or gaps between neighbours).
- `feature_collection(ids, names, geoms) -> str`: compact GeoJSON text with properties {id, name}.
- `fit_to_budget(ids, names, geoms, budget_bytes, tolerances, decimals) -> (text, tolerance, decimals, geoms)`:
  the least simplification whose GeoJSON fits the budget and stays clean.
"""

from __future__ import annotations

import json

import numpy as np
import shapely


def polygons_only(geoms):
    """Drop the lines and points an intersection can leave where shapes touch; keep (multi)polygons."""
    out = []
    for geom in np.asarray(geoms):
        parts = shapely.get_parts(geom)
        parts = parts[shapely.get_type_id(parts) == 3]
        out.append(parts[0] if len(parts) == 1 else shapely.multipolygons(parts))
    return np.array(out, dtype=object)


def simplify_coverage(geoms, tolerance: float):
    return shapely.coverage_simplify(np.asarray(geoms), tolerance) if tolerance > 0 else np.asarray(geoms)


def round_coords(geoms, decimals: int):
    return shapely.transform(np.asarray(geoms), lambda coords: np.round(coords, decimals))


def is_clean(geoms) -> bool:
    """Every polygon valid and, together, a coverage: no overlaps, shared edges matched exactly."""
    geoms = np.asarray(geoms)
    return bool(shapely.is_valid(geoms).all()) and (len(geoms) < 2 or bool(shapely.coverage_is_valid(geoms)))


def feature_collection(ids, names, geoms) -> str:
    features = [
        '{"type":"Feature","properties":%s,"geometry":%s}'
        % (json.dumps({"id": i, "name": n}, ensure_ascii=False, separators=(",", ":")), shapely.to_geojson(g))
        for i, n, g in zip(ids, names, geoms)
    ]
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


def fit_to_budget(ids, names, geoms, budget_bytes: int, tolerances, decimals=(4, 5)) -> tuple[str, float, int, object]:
    """(text, tolerance, decimals, geoms) of the least simplification that fits and stays clean.

    Rounding can fold a tiny ring into an invalid one; such a candidate is skipped, never "repaired"
    (repairing one side of a shared edge would open a gap)."""
    for tolerance in tolerances:
        simplified = simplify_coverage(geoms, tolerance)
        for places in sorted(decimals):
            rounded = round_coords(simplified, places)
            text = feature_collection(ids, names, rounded)
            if len(text.encode("utf-8")) <= budget_bytes and is_clean(rounded):
                return text, tolerance, places, rounded
    raise ValueError(f"no tolerance in {tolerances} gives a clean drawing under {budget_bytes} bytes")
