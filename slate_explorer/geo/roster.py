"""Current representatives from the public-domain roster (unitedstates/congress-legislators).

Public:
- `Member(name, party, url, bioguide, role, district)`; role is "Representative", "Delegate",
  "Resident Commissioner" or "Senator".
- `Representation(district_id, level, members, vacant, note)`
- `representatives(district_id, folder=None) -> Representation`: a House id -> its member (or a vacancy),
  a state -> its two senators; other levels say the roster covers Congress only.
- `house_member(district_id) -> Member | None`, `senators(state) -> list[Member]`.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_, _
from .ids import level_of, normalize_district_id
from .layers import DamagedLayerError, all_bounds, read_layer_text

ROSTER_NOTE = N_("Members of Congress from the congress-legislators roster (snapshot of 2026-06-15).")


@dataclass(frozen=True)
class Member:
    name: str
    party: str | None
    url: str | None
    bioguide: str | None
    role: str
    district: str


@dataclass(frozen=True)
class Representation:
    district_id: str
    level: str | None
    members: tuple[Member, ...]
    vacant: bool
    note: str


@functools.lru_cache(maxsize=2)
def _roster(text: str) -> dict:
    try:
        return json.loads(text)
    except ValueError as error:
        raise DamagedLayerError(Path("roster.json"), str(error)) from None


def _load(folder) -> dict:
    return _roster(read_layer_text("roster.json", folder))


def _known_districts(folder) -> set[str]:
    return set(all_bounds(folder))


def _member(raw: dict, role: str, district: str) -> Member:
    return Member(raw["name"], raw.get("party"), raw.get("url"), raw.get("bioguide"), role, district)


def _house_role(district_id: str) -> str:
    if district_id == "PR-AL":
        return "Resident Commissioner"
    return "Delegate" if district_id.split("-")[0] in {"DC", "AS", "GU", "MP", "VI"} else "Representative"


def house_member(district_id: str, folder: Path | None = None) -> Member | None:
    raw = _load(folder)["house"].get(district_id)
    return _member(raw, _house_role(district_id), district_id) if raw else None


def senators(state: str, folder: Path | None = None) -> list[Member]:
    return [_member(raw, "Senator", state) for raw in _load(folder)["senate"].get(state, [])]


def representatives(district_id: str, folder: Path | None = None) -> Representation:
    canonical = normalize_district_id(district_id) or district_id
    level = level_of(canonical)
    roster_note = _(ROSTER_NOTE)
    if level == "us_house":
        if canonical not in _known_districts(folder):
            note = _("{district} is not a district of the 119th Congress.").format(district=canonical)
            return Representation(canonical, level, (), False, note)
        member = house_member(canonical, folder)
        if member is None:
            note = _("The seat of {district} is vacant.").format(district=canonical)
            return Representation(canonical, level, (), True, f"{note} {roster_note}")
        return Representation(canonical, level, (member,), False, roster_note)
    if level == "us_senate":
        found = tuple(senators(canonical, folder))
        if not found:
            return Representation(canonical, level, (), False,
                                  _("{state} elects no US senators.").format(state=canonical))
        if len(found) < 2:
            note = _("One Senate seat of {state} is vacant.").format(state=canonical)
            return Representation(canonical, level, found, True, f"{note} {roster_note}")
        return Representation(canonical, level, found, False, roster_note)
    return Representation(canonical, level, (), False,
                          _("The roster covers members of Congress only; state and city officials are not listed."))
