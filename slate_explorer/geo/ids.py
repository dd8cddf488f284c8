"""District ids exactly as the data spec writes them, and the level each id belongs to.

Public:
- `LEVELS`: ("us_house", "us_senate", "state_house", "state_senate", "city")
- `house_id(usps, district_code) -> str`: ("CA", "11") -> "CA-11"; "00"/0 (at-large) and "98" (delegate) -> "ST-AL".
- `level_of(district_id) -> str | None`: "CA-11" -> "us_house", "MI" -> "us_senate", "NY-AD-52" -> "state_house",
  "NY-SD-26" -> "state_senate", "NYC" -> "city".
- `normalize_district_id(text) -> str | None`: forgiving parse of what a voter types ("ny14", "NY-7",
  "ny ad 52", "nyc") into a canonical id, or None.
- `ordinal(n) -> str`: 1 -> "1st".
"""

from __future__ import annotations

import re

LEVELS = ("us_house", "us_senate", "state_house", "state_senate", "city")
AT_LARGE_CODES = {"00", "98"}  # Census: 00 at-large, 98 non-voting delegate (DC, PR)
CITY_IDS = {"NYC"}

_HOUSE = re.compile(r"^([A-Z]{2})-(\d{2}|AL)$")
_STATE = re.compile(r"^[A-Z]{2}$")
_LEG = re.compile(r"^([A-Z]{2})-(AD|SD)-([1-9]\d{0,2})$")


def house_id(usps: str, district_code: str | int) -> str:
    code = f"{int(district_code):02d}" if str(district_code).isdigit() else str(district_code).upper()
    return f"{usps}-AL" if code in AT_LARGE_CODES else f"{usps}-{code}"


def level_of(district_id: str) -> str | None:
    if _HOUSE.match(district_id):
        return "us_house"
    if (m := _LEG.match(district_id)) is not None:
        return "state_house" if m.group(2) == "AD" else "state_senate"
    if district_id in CITY_IDS:
        return "city"
    if _STATE.match(district_id):
        return "us_senate"
    return None


def normalize_district_id(text: str) -> str | None:
    compact = re.sub(r"[\s_\-]+", "-", (text or "").strip().upper()).strip("-")
    if compact in CITY_IDS or (_STATE.match(compact) and compact):
        return compact
    if (m := re.match(r"^([A-Z]{2})-?(AD|SD)-?0*([1-9]\d{0,2})$", compact)) is not None:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if (m := re.match(r"^([A-Z]{2})-?(AL|\d{1,2})$", compact)) is not None:
        number = m.group(2)
        return house_id(m.group(1), "AL" if number == "AL" else int(number))
    return None


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
