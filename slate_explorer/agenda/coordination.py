"""Joint events, shared fundraisers and shared media: what the data records, grouped by kind.

Every kind is always listed, so "none recorded" is shown honestly instead of a kind silently missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data.models import Coordination
from ..data.slate import Slate
from ..i18n import N_, _, ngettext

KINDS = {
    "joint_event": N_("Joint events"),
    "joint_fundraiser": N_("Shared fundraisers"),
    "shared_media": N_("Shared media"),
}


@dataclass(frozen=True)
class KindSummary:
    kind: str
    label: str  # English; translated where shown
    items: tuple[Coordination, ...]  # oldest first

    @property
    def none_recorded(self) -> bool:
        return not self.items

    def headline(self) -> str:
        if not self.items:
            return _("{label}: none recorded").format(label=_(self.label))
        count = len(self.items)
        return ngettext("{label}: {count} recorded", "{label}: {count} recorded", count).format(label=_(self.label), count=count)


def by_kind(slate: Slate, candidate_id: str | None = None) -> list[KindSummary]:
    """Every kind in a fixed order, with its rows (only those a candidate took part in, if given)."""
    rows = [c for c in slate.coordination if candidate_id is None or candidate_id in c.participants]
    return [
        KindSummary(kind, label, tuple(sorted((r for r in rows if r.kind == kind), key=lambda r: (r.date, r.id))))
        for kind, label in KINDS.items()
    ]


def total(slate: Slate) -> int:
    return len(slate.coordination)
