"""Joint events, shared fundraisers and shared media: what the data records, grouped by kind.

Every kind is always listed, so "none recorded" is shown honestly instead of a kind silently missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data.models import Coordination
from ..data.slate import Slate

KINDS = {
    "joint_event": "Joint events",
    "joint_fundraiser": "Shared fundraisers",
    "shared_media": "Shared media",
}
NONE_RECORDED = "none recorded"


@dataclass(frozen=True)
class KindSummary:
    kind: str
    label: str
    items: tuple[Coordination, ...]  # oldest first

    @property
    def none_recorded(self) -> bool:
        return not self.items

    def headline(self) -> str:
        return f"{self.label}: {len(self.items)} recorded" if self.items else f"{self.label}: {NONE_RECORDED}"


def by_kind(slate: Slate, candidate_id: str | None = None) -> list[KindSummary]:
    """Every kind in a fixed order, with its rows (only those a candidate took part in, if given)."""
    rows = [c for c in slate.coordination if candidate_id is None or candidate_id in c.participants]
    return [
        KindSummary(kind, label, tuple(sorted((r for r in rows if r.kind == kind), key=lambda r: (r.date, r.id))))
        for kind, label in KINDS.items()
    ]


def total(slate: Slate) -> int:
    return len(slate.coordination)
