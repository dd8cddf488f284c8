"""`lookup`: the districts (and slate races) at a point, a CSV of points, a ZIP code or an address.

  --lat LAT --lon LON     JSON {us_house, us_senate, state_house, state_senate, city, races}
  --points FILE.csv       CSV (columns lon,lat in, one row per point out), vectorised
  --zip 11201             every district the ZIP touches, with the note
  --address "..."         Census geocoder, then a local lookup (the address is not printed or logged)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from ._common import add_version_arguments, print_json, slate_from_args

HELP = "find the districts and slate races at a point (--lat/--lon), in a CSV of points, a ZIP or an address"


def add_arguments(parser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--lat", type=float, help="latitude (with --lon)")
    where.add_argument("--points", type=Path, help="CSV file with columns lon,lat")
    where.add_argument("--zip", help="5-digit ZIP code: lists every district it touches")
    where.add_argument("--address", help="street address, geocoded with the US Census Geocoder")
    parser.add_argument("--lon", type=float, help="longitude (with --lat)")
    add_version_arguments(parser)


def run(args) -> int:
    from ..geo.layers import LayerUnavailable

    try:
        if args.zip is not None:
            return _zip(args)
        if args.points is not None:
            return _points(args)
        if args.address is not None:
            return _address(args)
        if args.lon is None:
            print("error: --lat needs --lon", file=sys.stderr)
            return 2
        return _point(args, args.lon, args.lat)
    except LayerUnavailable as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


def _locator():
    from ..geo.lookup import Locator

    return Locator.load()


def _point(args, lon: float, lat: float, extra: dict | None = None) -> int:
    try:
        found = _locator().locate(lon, lat, slate=slate_from_args(args))
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print_json({**found, **(extra or {})})
    return 0


def _points(args) -> int:
    try:
        with open(args.points, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as err:
        print(f"error: cannot read {args.points}: {err.strerror}", file=sys.stderr)
        return 2
    if rows and not {"lon", "lat"} <= set(rows[0]):
        print("error: the CSV needs columns named lon and lat", file=sys.stderr)
        return 2
    lons = [_number(row["lon"]) for row in rows]
    lats = [_number(row["lat"]) for row in rows]
    frame = _locator().locate_many(lons, lats)
    slate = slate_from_args(args)
    from ..geo.lookup import RESULT_KEYS, races_at

    frame["races"] = [";".join(r.id for r in races_at(dict(zip(RESULT_KEYS, values)), slate))
                      for values in frame[list(RESULT_KEYS)].itertuples(index=False)]
    frame.to_csv(sys.stdout, index=False)
    return 0


def _number(text: str) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return float("nan")  # a bad row gives an empty result row, not a crash


def _zip(args) -> int:
    from ..geo.zipcodes import InvalidZip, districts_for_zip

    try:
        result = districts_for_zip(args.zip)
    except InvalidZip as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    slate = slate_from_args(args)
    races = [race.id for district in result.districts for race in slate.races_in_district(district)]
    print_json({"zip": result.zip, "known": result.known, "districts": list(result.districts),
                "races": races, "note": result.note})
    return 0 if result.known else 1


def _address(args) -> int:
    from ..geo.geocode import GeocodeError, geocode_address

    try:
        match = geocode_address(args.address)
    except GeocodeError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return _point(args, match.lon, match.lat,
                  {"point": {"lon": match.lon, "lat": match.lat}, "matched_address": match.matched_address})
