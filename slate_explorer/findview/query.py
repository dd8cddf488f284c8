"""What the voter asked, and its answer: a district id, a ZIP, or a point (from an address, a click, a location).

An address is geocoded once (`address_query`) and kept only as the point it matched and the Census's
matched address, to show on the page; the typed address is never stored here, logged or echoed.

Public:
- `Query(kind, text, lon, lat, how, matched)`: kind "district" | "zip" | "point"; `how` says where a point
  came from ("address", "click", "location").
- `Result(query, answer, zip, problem)`: a `geo.district_answer.DistrictAnswer`, a `geo.zipcodes.ZipDistricts`, or a
  voter-facing problem.
- `district_query(text)`, `zip_query(text)`, `point_query(lon, lat, how)`: a Query, or a problem (str).
- `address_query(address, timeout=4.0, retries=1) -> Query | str`: geocodes (the Census Geocoder).
- `resolve(query, slate, locator) -> Result`: `locator` is None when the boundary layers are not
  available; a typed district then still answers from the slate data.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..geo import district_answer
from ..geo.geocode import GeocodeError, geocode_address
from ..geo.ids import LEVELS, level_of, normalize_district_id
from ..geo.layers import LayerUnavailable
from ..geo.lookup import check_point, races_at
from ..geo.zipcodes import InvalidZip, ZipDistricts, districts_for_zip, parse_zip
from ..i18n import N_, _

HOW = ("address", "click", "location")
NO_LAYERS = N_("The district boundaries are not available on this server right now, so addresses, ZIP codes, "
               "locations and map clicks cannot be looked up. Type a district id instead, for example NY-14.")
OFFLINE_NOTE = N_("The district boundaries are not available on this server right now: the races below come "
                  "from the slate data; names, representatives and the map are missing.")


@dataclass(frozen=True)
class Query:
    kind: str
    text: str = ""  # the canonical district id or the 5-digit ZIP
    lon: float | None = None
    lat: float | None = None
    how: str | None = None
    matched: str | None = None  # the Census's matched address: shown on the page, never put in a URL


@dataclass(frozen=True)
class Result:
    query: Query | None
    answer: district_answer.DistrictAnswer | None = None
    zip: ZipDistricts | None = None
    problem: str | None = None


def _shown(text: str) -> str:
    """What the voter typed, cut short and printable, to say what was not understood."""
    text = "".join(ch for ch in str(text) if ch.isprintable()).strip()
    return text[:20] + ("…" if len(text) > 20 else "")


def district_query(text: str) -> Query | str:
    district = normalize_district_id(text)
    if not district or level_of(district) is None:
        return _("“{text}” is not a district id. Type one like NY-14 (US House), MI (a state's US Senate seats), "
                 "NY-AD-36 (NY Assembly), NY-SD-59 (NY Senate) or NYC.").format(text=_shown(text))
    return Query("district", district)


def zip_query(text: str) -> Query | str:
    try:
        return Query("zip", parse_zip(text))
    except InvalidZip as error:
        return str(error)


def point_query(lon, lat, how: str) -> Query | str:
    try:
        lon, lat = check_point(lon, lat)
    except ValueError:
        return _("That location could not be read. Try again, or type your address or ZIP code.")
    return Query("point", lon=lon, lat=lat, how=how if how in HOW else None)


def address_query(address: str, timeout: float = 4.0, retries: int = 1) -> Query | str:
    """Geocode; a failure is a voter-facing message that never repeats the address."""
    try:
        match = geocode_address(address, timeout=timeout, retries=retries)
    except GeocodeError as error:
        return str(error)
    return Query("point", lon=match.lon, lat=match.lat, how="address", matched=match.matched_address or None)


def resolve(query: Query, slate, locator) -> Result:
    if query.kind == "district":
        return _district(query, slate)
    if locator is None:
        return Result(query, problem=_(NO_LAYERS))
    try:
        if query.kind == "zip":
            return Result(query, zip=districts_for_zip(query.text))
        answer = district_answer.answer_for_point(locator, query.lon, query.lat, slate)
    except LayerUnavailable:  # a built file went missing or was damaged after this process loaded the rest
        return Result(query, problem=_(NO_LAYERS))
    if not any(answer.districts.values()):
        return Result(query, problem=_("That point is outside every district this site covers (the 50 states, DC "
                                       "and Puerto Rico). Click inside the United States, or type your address."))
    return Result(query, answer=answer)


def _district(query: Query, slate) -> Result:
    try:
        answer = district_answer.answer_for_district(query.text, slate)
    except LayerUnavailable:
        return Result(query, answer=_offline_answer(query.text, slate))
    if answer is None:
        return Result(query, problem=_("{district} is not a district in the boundaries this site uses.").format(
            district=query.text))
    return Result(query, answer=answer)


def _offline_answer(district: str, slate) -> district_answer.DistrictAnswer:
    """Without boundary layers: the slate races held in the district, from the data alone."""
    districts = {level: None for level in LEVELS}
    districts[level_of(district)] = district
    return district_answer.DistrictAnswer(None, districts, races_at(districts, slate), {}, [_(OFFLINE_NOTE)])
