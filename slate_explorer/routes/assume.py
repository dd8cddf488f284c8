"""`?assume=` / `scenario --assume`: the party split assumed for a term whose seats the data does not record.

`us_house:D220-R215,ny_senate:D40-R23`: per voting chamber, its parties' seats (D, R, I or other); the
seats a split leaves out are vacant, and a split may not give more seats than the chamber has. The
arithmetic uses a split only for a term the data version does not record (majority/terms.py).
"""

from __future__ import annotations

import re
from typing import Mapping

from ..majority.chambers import VOTING_KINDS
from ..majority.terms import TERMS

PARTY_SEATS = re.compile(r"^(D|R|I|OTHER)(\d{1,4})$")
PARTY_ORDER = ("D", "R", "I", "other")


def parse_assume(value: str | None, slate) -> dict[str, dict[str, int]] | None:
    """The text -> {chamber id: {party: seats}}, or None when any part is malformed or does not fit."""
    found: dict[str, dict[str, int]] = {}
    for item in (value or "").split(","):
        chamber_id, sep, parts = item.strip().partition(":")
        chamber = slate.chambers.get(chamber_id.strip().lower()) if slate else None
        split = _split(parts)
        if not sep or chamber is None or chamber.kind not in VOTING_KINDS or chamber.id not in TERMS or split is None:
            return None
        if sum(split.values()) > chamber.seats or chamber.id in found:
            return None
        found[chamber.id] = split
    return found or None


def _split(text: str) -> dict[str, int] | None:
    split: dict[str, int] = {}
    for part in text.split("-"):
        match = PARTY_SEATS.match(part.strip().upper())
        if match is None:
            return None
        party = "other" if match.group(1) == "OTHER" else match.group(1)
        if party in split:
            return None
        split[party] = int(match.group(2))
    return split


def assume_param(assume: Mapping[str, Mapping[str, int]]) -> str:
    """{chamber: {party: seats}} -> its normal text: chambers by id, parties in PARTY_ORDER."""
    return ",".join(
        f"{cid}:" + "-".join(f"{p}{assume[cid][p]}" for p in PARTY_ORDER if p in assume[cid]) for cid in sorted(assume)
    )
