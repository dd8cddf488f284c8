"""The built layers: ids as the data spec writes them, the most precise geometry, clean drawings."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
import shapely

from slate_explorer.data.models import DISTRICT_ID
from slate_explorer.geo.build import HOUSE_GEOJSON_BUDGET, is_current
from slate_explorer.geo.drawing import is_clean
from slate_explorer.geo.ids import LEVELS
from slate_explorer.geo.layers import build_info, drawing_geojson, layer_bounds, read_lookup_layer
from slate_explorer.geo.manifest import load_manifest

COARSE = ["AL", "CA", "DC", "GA", "LA", "NC", "PR", "TX"]


def test_house_layer_has_every_seat_once_with_its_source(built):
    house = read_lookup_layer("us_house", built)
    assert len(house) == 437 and len(set(house.ids)) == 437
    assert all(re.match(DISTRICT_ID, i) for i in house.ids)
    assert not any(i.endswith("-ZZ") for i in house.ids)
    assert {"AK-AL", "DC-AL", "PR-AL", "CA-11", "NY-07", "IL-09", "MI-13"} <= set(house.ids)
    coarse = sorted({s for s, r in zip(house.states, house.resolutions) if r != "full"})
    assert coarse == COARSE
    assert set(house.sources[house.states == "NY"]) == {"cd119_36"}
    assert set(house.sources[house.states == "IL"]) == {"cd118_17"}
    assert set(house.sources[house.states == "CA"]) == {"cd119_20m"}
    assert build_info(built)["house_resolution"]["1:20,000,000"] == COARSE


def test_other_layers_ids_and_counts(built):
    states = read_lookup_layer("us_senate", built)
    assert len(states) == 56 and "MI" in set(states.ids)
    assert sorted(states.ids[~states.senators]) == ["AS", "DC", "GU", "MP", "PR", "VI"]
    assembly = read_lookup_layer("state_house", built)
    assert sorted(assembly.ids, key=lambda i: int(i.split("-")[-1])) == [f"NY-AD-{n}" for n in range(1, 151)]
    senate = read_lookup_layer("state_senate", built)
    assert set(senate.ids) == {f"NY-SD-{n}" for n in range(1, 64)}
    city = read_lookup_layer("city", built)
    assert list(city.ids) == ["NYC"]


def test_layers_are_wgs84_lon_lat(built):
    import pyarrow.parquet as pq

    for level in LEVELS:
        meta = json.loads(pq.read_schema(built / f"lookup_{level}.parquet").metadata[b"geo"])
        crs = meta["columns"]["geometry"]["crs"]
        assert crs is None or crs["id"]["code"] == 4326, level
    # NYC came from EPSG:2263 (feet): after reprojection its bounds are degrees around New York
    minx, miny, maxx, maxy = read_lookup_layer("city", built).geoms[0].bounds
    assert -74.3 < minx < maxx < -73.6 and 40.4 < miny < maxy < 41.0


def test_house_drawing_fits_the_budget_and_has_id_and_name(built):
    text = drawing_geojson("us_house", as_text=True, folder=built)
    assert len(text.encode("utf-8")) <= HOUSE_GEOJSON_BUDGET
    data = drawing_geojson("us_house", folder=built)
    assert len(data["features"]) == 437
    first = data["features"][0]["properties"]
    assert set(first) == {"id", "name"}
    names = {f["properties"]["id"]: f["properties"]["name"] for f in data["features"]}
    assert names["CA-11"] == "California's 11th congressional district"
    assert names["AK-AL"] == "Alaska at-large congressional district"


@pytest.mark.parametrize("level", LEVELS)
def test_drawings_have_no_slivers_or_gaps(built, level):
    data = drawing_geojson(level, folder=built)
    geoms = shapely.from_geojson([json.dumps(f["geometry"]) for f in data["features"]])
    assert is_clean(geoms)
    assert set(shapely.get_type_id(geoms)) <= {3, 6}  # polygons only
    lookup_ids = set(read_lookup_layer(level, built).ids)
    drawn = {f["properties"]["id"] for f in data["features"]}
    if level == "us_senate":
        assert drawn <= lookup_ids and len(drawn) == 52  # the 20m file has no island territories
    else:
        assert drawn == lookup_ids


def test_state_house_drawings_follow_the_full_resolution_lines(built):
    """The national 1:20m drawing misplaces NYC lines; a state's detailed drawing must not."""
    house = read_lookup_layer("us_house", built)
    by_id = dict(zip(house.ids, house.geoms))
    for state in ("NY", "IL", "MI"):
        data = drawing_geojson("us_house", folder=built, state=state)
        drawn = shapely.from_geojson([json.dumps(f["geometry"]) for f in data["features"]])
        ids = [f["properties"]["id"] for f in data["features"]]
        assert sorted(ids) == sorted(i for i in house.ids if i.startswith(state + "-"))
        assert is_clean(drawn)
        for geom, district_id in zip(drawn, ids):
            assert shapely.intersection(geom, by_id[district_id]).area / geom.area > 0.97, district_id
    with pytest.raises(ValueError):
        drawing_geojson("state_house", folder=built, state="NY")


def test_every_state_has_a_detailed_house_drawing(built):
    states = {s for s in read_lookup_layer("us_house", built).states}
    for state in states:
        assert (built / f"draw_us_house_{state}.geojson").is_file(), state


def test_layer_bounds(built):
    minx, miny, maxx, maxy = layer_bounds("CA-11", built)
    assert minx < -122.4193 < maxx and miny < 37.7793 < maxy
    assert layer_bounds("ny-ad-52", built) is not None
    assert layer_bounds("NYC", built) is not None
    assert layer_bounds("ZZ-99", built) is None


def test_build_is_current_until_an_input_changes(built, mirror):
    sources = load_manifest()
    assert is_current(built, sources, mirror)
    changed = [dataclasses.replace(s, sha256="0" * 64) if s.id == "zccd" else s for s in sources]
    assert not is_current(built, changed, mirror)
    extra = sources + [dataclasses.replace(sources[0], id="new_required", optional=False)]
    assert not is_current(built, extra, mirror)


def test_build_manifest_records_checksums_and_timing(built):
    info = build_info(built)
    by_id = {s.id: s.sha256 for s in load_manifest()}
    assert info["sources"] == {k: by_id[k] for k in info["sources"]}
    assert len(info["sources"]) == len(by_id) and info["missing_optional"] == []
    assert 0 < info["build_seconds"] < 30
