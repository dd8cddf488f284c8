"""The agenda's answers as plain data (for the CLI's --json and anyone scripting against a version)."""

from __future__ import annotations

from ..data.slate import Slate
from ..i18n import _
from .coordination import by_kind
from .matrix import build_matrix, candidate_coverage, plank_counts
from .members import SLATE_RULE
from .network import build_network, candidate_unity, slate_unity, unity_change


def agenda_summary(slate: Slate, previous: Slate | None = None) -> dict:
    """Platform counts, coverage, unity (slate and per candidate), isolated candidates, coordination,
    and the unity change from `previous` when given."""
    grid = build_matrix(slate)
    net = build_network(slate)
    unity = slate_unity(net)
    result = {
        "version": slate.version,
        "slate_rule": _(SLATE_RULE),
        "slate": list(net.members),
        "planks": [{"id": c.plank_id, "backs": list(c.backs), "opposes": list(c.opposes), "of": c.of}
                   for c in plank_counts(grid)],
        "coverage": [{"candidate": c.candidate_id, "backs": c.backs, "of": c.of} for c in candidate_coverage(grid)],
        "unity": {"existing": unity.existing, "possible": unity.possible, "share": unity.share},
        "candidate_unity": {m: {"existing": u.existing, "possible": u.possible, "share": u.share}
                            for m in net.members for u in [candidate_unity(net, m)]},
        "isolated": net.isolated(),
        "coordination": {k.kind: [row.id for row in k.items] for k in by_kind(slate)},
    }
    if previous is not None:
        change = unity_change(previous, slate)
        names = {c.id: c.name for s in (previous, slate) for c in s.candidates.values()}
        result["change"] = {"from": previous.version, "before": change.before.describe(),
                            "after": change.after.describe(), "added": [list(p) for p in change.added],
                            "dropped": [list(p) for p in change.dropped], "joined": list(change.joined),
                            "left": list(change.left), "text": change.describe(names)}
    return result
