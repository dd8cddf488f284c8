"""Point lookup: right at known places, and in agreement with the source polygons by construction."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from slate_explorer.geo.ids import LEVELS
from slate_explorer.geo.layers import read_lookup_layer
from slate_explorer.geo.lookup import races_at

KNOWN = [
    ("San Francisco City Hall", -122.4193, 37.7793, {"us_house": "CA-11", "us_senate": "CA"}),
    ("Evanston", -87.6877, 42.0451, {"us_house": "IL-09", "us_senate": "IL"}),
    ("Detroit", -83.0458, 42.3314, {"us_house": "MI-13", "us_senate": "MI"}),
    ("Brooklyn Borough Hall", -73.9903, 40.6928,
     {"us_house": "NY-07", "us_senate": "NY", "state_house": "NY-AD-52", "state_senate": "NY-SD-26", "city": "NYC"}),
    ("Bronx", -73.9, 40.85,
     {"us_house": "NY-15", "us_senate": "NY", "state_house": "NY-AD-86", "state_senate": "NY-SD-32", "city": "NYC"}),
    ("Empire State Building", -73.9857, 40.7484,
     {"us_house": "NY-12", "state_house": "NY-AD-75", "state_senate": "NY-SD-28", "city": "NYC"}),
    ("Albany Capitol", -73.7570, 42.6526, {"us_house": "NY-20", "state_house": "NY-AD-109", "state_senate": "NY-SD-46", "city": None}),
    ("Tucson", -110.9747, 32.2226, {"us_house": "AZ-07", "us_senate": "AZ", "city": None}),
    ("St. Louis", -90.1994, 38.6270, {"us_house": "MO-01"}),
    ("Boston City Hall", -71.0589, 42.3601, {"us_house": "MA-08"}),
    ("The White House", -77.0365, 38.8977, {"us_house": "DC-AL", "us_senate": None}),
    ("Anchorage", -149.9003, 61.2181, {"us_house": "AK-AL", "us_senate": "AK"}),
]


@pytest.mark.parametrize("place, lon, lat, expected", KNOWN, ids=[k[0] for k in KNOWN])
def test_known_places(locator, place, lon, lat, expected):
    found = locator.locate(lon, lat)
    assert set(found) == set(LEVELS)
    for key, value in expected.items():
        assert found[key] == value, (place, key)


def test_outside_every_layer_is_none(locator):
    assert locator.locate(-40.0, 30.0) == {key: None for key in LEVELS}  # the Atlantic
    lake = locator.locate(-87.3, 42.0)  # Lake Michigan: the IL `ZZ` water area is no district
    assert lake["us_house"] is None


def test_bad_coordinates_are_a_clear_error(locator):
    for lon, lat in [(200, 40), (-73, 95), (float("nan"), 40), ("x", 40)]:
        with pytest.raises(ValueError):
            locator.locate(lon, lat)


def _sample_points(layer, per_polygon: int, seed: int):
    """representative_point() of each polygon plus random points strictly inside it."""
    rng = np.random.default_rng(seed)
    lons, lats, owners = [], [], []
    for index, geom in enumerate(layer.geoms):
        point = geom.representative_point()
        xs_in, ys_in = [point.x], [point.y]
        minx, miny, maxx, maxy = geom.bounds
        for _ in range(50):  # rejection sampling; thin or scattered districts may need several rounds
            xs, ys = rng.uniform(minx, maxx, 256), rng.uniform(miny, maxy, 256)
            inside = shapely.contains_xy(geom, xs, ys)  # strictly inside: boundary points excluded
            xs_in.extend(xs[inside]), ys_in.extend(ys[inside])
            if len(xs_in) > per_polygon:
                break
        lons.extend(xs_in[: per_polygon + 1]), lats.extend(ys_in[: per_polygon + 1])
        owners.extend([index] * len(xs_in[: per_polygon + 1]))
    return np.array(lons), np.array(lats), np.array(owners)


def _naive_answer(layer, lons, lats):
    """Independent check: every polygon of the layer tested against every point, no index, then the
    documented tie-break (full resolution first, then the lowest id)."""
    holds = np.array([shapely.intersects_xy(geom, lons, lats) for geom in layer.geoms])  # polygons x points
    rank = sorted(range(len(layer)), key=lambda i: (layer.resolutions[i] != "full", layer.ids[i]))
    answer = np.full(len(lons), None, dtype=object)
    for i in reversed(rank):  # best-ranked last, so it wins
        answer[holds[i]] = layer.ids[i]
    return answer, holds


@pytest.mark.parametrize("level", LEVELS)
def test_points_inside_each_polygon_agree_with_the_source_polygons(locator, built, level):
    layer = read_lookup_layer(level, built)
    lons, lats, owners = _sample_points(layer, per_polygon=6, seed=LEVELS.index(level))
    expected, holds = _naive_answer(layer, lons, lats)
    if level == "us_senate":  # DC, PR and the territories: located, but no senators
        expected = np.where(np.isin(expected, layer.ids[~layer.senators]), None, expected)
    got = locator.locate_many(lons, lats)[level].to_numpy()
    assert (got == expected).all()
    # and the point falls in its own polygon, unless (rarely) it lies where two sources overlap
    own = layer.ids[owners]
    if level == "us_senate":
        own = np.where(layer.senators[owners], own, None)
    overlaps = holds.sum(axis=0) > 1
    assert (got[~overlaps] == own[~overlaps]).all()
    assert overlaps.mean() < 0.01
    assert len(lons) >= 5 * len(layer)


def test_single_and_batch_lookups_agree(locator):
    rng = np.random.default_rng(7)
    lons = rng.uniform(-125, -66, 300)
    lats = rng.uniform(24, 50, 300)
    batch = locator.locate_many(lons, lats)
    for i in range(len(lons)):
        assert locator.locate(lons[i], lats[i]) == {k: batch.at[i, k] for k in LEVELS}


def test_a_point_on_a_shared_boundary_gets_the_lowest_id_every_time(locator, built):
    house = read_lookup_layer("us_house", built)
    by_id = dict(zip(house.ids, house.geoms))
    shared = shapely.intersection(shapely.boundary(by_id["NY-07"]), shapely.boundary(by_id["NY-08"]))
    coords = shapely.get_coordinates(shared)
    x, y = coords[len(coords) // 2]  # a vertex both districts have
    holders = sorted(i for i, g in zip(house.ids, house.geoms) if shapely.intersects_xy(g, x, y))
    assert len(holders) >= 2 and {"NY-07", "NY-08"} <= set(holders)
    answers = {locator.locate(x, y)["us_house"] for _ in range(5)}
    assert answers == {holders[0]}
    assert locator.locate_many([x, x], [y, y])["us_house"].tolist() == [holders[0]] * 2


def test_locate_level_matches_locate_many(locator):
    rng = np.random.default_rng(3)
    lons, lats = rng.uniform(-125, -66, 2000), rng.uniform(24, 50, 2000)
    assert (locator.locate_level(lons, lats, "us_house") == locator.locate_many(lons, lats)["us_house"].to_numpy()).all()


def test_batch_keeps_bad_rows_as_empty_results(locator):
    frame = locator.locate_many([-122.4193, float("nan"), 500.0], [37.7793, 1.0, 1.0])
    assert frame["us_house"].tolist() == ["CA-11", None, None]
    assert frame["lon"].tolist()[2] == 500.0


def test_races_at_a_point(locator, slates):
    slate = slates[-1]
    found = locator.locate(-122.4193, 37.7793, slate=slate)
    assert found["races"] == [r.id for r in slate.races_in_district("CA-11")] + [
        r.id for r in slate.races_in_district("CA")]
    assert "ca-11-2026" in found["races"]
    detroit = locator.locate(-83.0458, 42.3314, slate=slate)
    assert {"mi-13-2026", "mi-sen-2026"} <= set(detroit["races"])
    brooklyn = locator.locate(-73.9903, 40.6928, slate=slate)
    assert "nyc-mayor-2025" in brooklyn["races"]
    assert races_at({"us_house": None}, slate) == []


def test_every_race_district_of_the_data_is_a_known_id(locator, slates, shipped_slates):
    """Ids round-trip: every district a data version (fixture or shipped) names exists in the layer of its level."""
    known = {level: set(locator.sources(level)["id"]) for level in LEVELS}
    for slate in slates + shipped_slates:
        for race in slate.races.values():
            assert race.district in known[race.level.value], (slate.version, race.id, race.district)


def test_one_locator_serves_many_threads(built):
    """A fresh Locator (cold prepared indexes) hit from several threads at once gives the same answers."""
    from concurrent.futures import ThreadPoolExecutor

    from slate_explorer.geo.lookup import Locator

    fresh = Locator.load(built)
    places = [(lon, lat) for _, lon, lat, _ in KNOWN] * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda p: fresh.locate(*p), places))
    for (_, lon, lat, expected), answer in zip(KNOWN * 8, answers):
        assert all(answer[k] == v for k, v in expected.items())
