"""Each House seat of a data version: its member (or a vacancy), their caucuses and the district's 2024
presidential result, joined from the version's house_members, caucus_members and district_results tables."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ..data.models import DistrictResult, HouseMember
from ..data.slate import Slate
from .blocs import seat_kind

RESULT_YEAR = 2024


@dataclass(frozen=True)
class Seat:
    district: str
    member: HouseMember
    blocs: tuple[str, ...]  # bloc ids, in the order of the version's blocs.csv
    result: DistrictResult | None  # the RESULT_YEAR presidential result, None when not recorded

    @property
    def name(self) -> str | None:
        return self.member.name

    @property
    def party(self) -> str | None:
        return self.member.party

    @property
    def kind(self) -> str:
        return seat_kind(self.member.party, self.blocs)

    @property
    def dem_share(self) -> float | None:
        """The Democratic candidate's share of the vote (0.79), None when no result is recorded."""
        return None if self.result is None else self.result.dem_pct / 100


@functools.lru_cache(maxsize=8)
def seats(slate: Slate) -> dict[str, Seat]:
    """The voting seats (delegates left out), by district id, in district order; empty without House tables."""
    order = list(slate.blocs)
    blocs: dict[str, list[str]] = {}
    for row in slate.caucus_members:
        blocs.setdefault(row.bioguide_id, []).append(row.bloc_id)
    results = {r.district: r for r in slate.district_results if r.year == RESULT_YEAR}
    return {
        m.district: Seat(m.district, m, tuple(sorted(blocs.get(m.bioguide_id or "", ()), key=order.index)), results.get(m.district))
        for m in sorted(slate.house_members, key=lambda m: m.district) if not m.delegate
    }


def kind_counts(slate: Slate) -> Counter:
    """How many voting seats of each kind (blocs.KINDS)."""
    return Counter(seat.kind for seat in seats(slate).values())


def has_house(slate: Slate) -> bool:
    return bool(slate.house_members)
