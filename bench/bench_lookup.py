"""Lookup speed: single point median, batch points/second for the House layer, vs a naive loop.

Run: python -m bench.bench_lookup [--points N]
Targets (issue 3): single point median < 100 us on full-resolution layers; batch >= 200,000 points/s
for the House layer. The naive baseline (every point tested against every House polygon with
`polygon.contains(Point)`) is measured in the same run on a subset and extrapolated.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import shapely

from slate_explorer.geo.build import ensure_layers
from slate_explorer.geo.layers import read_lookup_layer
from slate_explorer.geo.lookup import Locator


def land_points(house, count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Points inside House districts (so every layer gets real work), spread over all districts."""
    rng = np.random.default_rng(seed)
    lons, lats = [], []
    per = max(1, count // len(house)) + 1
    for geom in house.geoms:
        minx, miny, maxx, maxy = geom.bounds
        xs, ys = rng.uniform(minx, maxx, per * 8), rng.uniform(miny, maxy, per * 8)
        inside = shapely.contains_xy(geom, xs, ys)
        lons.extend(xs[inside][:per]), lats.extend(ys[inside][:per])
    order = rng.permutation(len(lons))[:count]
    return np.asarray(lons)[order], np.asarray(lats)[order]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=200_000)
    args = parser.parse_args()
    folder = ensure_layers()
    locator = Locator.load(folder)
    house = read_lookup_layer("us_house", folder)
    print(f"House lookup polygons: {len(house)}, vertices: {shapely.get_num_coordinates(house.geoms).sum():,} "
          f"({(house.resolutions == 'full').sum()} full-resolution)")

    lons, lats = land_points(house, args.points, seed=1)
    locator.locate_many(lons[:20_000], lats[:20_000])  # warm the prepared-geometry indexes once

    full = set(house.ids[house.resolutions == "full"])
    in_full = np.isin(locator.locate_level(lons, lats, "us_house"), list(full))
    for label, mask in (("all districts", np.ones(len(lons), bool)), ("full-resolution districts only", in_full)):
        timings = []
        for lon, lat in zip(lons[mask][:5000], lats[mask][:5000]):
            start = time.perf_counter()
            locator.locate(lon, lat)
            timings.append(time.perf_counter() - start)
        timings.sort()
        print(f"single point, all 5 layers, {label}: median {statistics.median(timings) * 1e6:.1f} us, "
              f"p95 {timings[int(len(timings) * 0.95)] * 1e6:.1f} us (target < 100 us)")

    runs = []
    for _ in range(3):
        start = time.perf_counter()
        locator.locate_level(lons, lats, "us_house")
        runs.append(time.perf_counter() - start)
    batch_rate = len(lons) / statistics.median(runs)
    print(f"batch, House layer: {batch_rate:,.0f} points/s over {len(lons):,} points (target >= 200,000/s)")
    start = time.perf_counter()
    locator.locate_many(lons, lats)
    print(f"batch, all 5 layers: {len(lons) / (time.perf_counter() - start):,.0f} points/s")

    sample = 200
    polygons = list(house.geoms)
    start = time.perf_counter()
    for lon, lat in zip(lons[:sample], lats[:sample]):
        point = shapely.Point(lon, lat)
        for polygon in polygons:  # the naive way: every polygon, no index, no preparation
            if polygon.contains(point):
                break
    naive_rate = sample / (time.perf_counter() - start)
    print(f"naive per-polygon contains loop, House layer: {naive_rate:,.0f} points/s ({sample} points)")
    print(f"ratio batch / naive: {batch_rate / naive_rate:,.0f}x")


if __name__ == "__main__":
    main()
