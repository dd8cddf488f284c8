"""Who endorses whom: the cross-endorsement network of the slate and its "unity score".

Nodes are current slate candidates (always, so isolated ones show), former slate candidates and outside
endorsers (officials, organizations) that appear in an endorsement. An edge points from endorser to
endorsed candidate. Only edges between two distinct *current* slate candidates are cross-endorsements.

Unity score: of all the cross-endorsements that could exist, the share that do. With n current slate
candidates, each may endorse each of the others, so n*(n-1) ordered pairs are possible (A endorsing B and
B endorsing A count as two). Per candidate, the possible ones are the 2*(n-1) endorsements they could
give to or receive from the others; the score counts given plus received.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..data.slate import Slate
from ..i18n import N_, _, number_text, percent_text
from .members import current_members

# Node kinds, in the order the page explains them.
SLATE, FORMER, OFFICIAL, ORGANIZATION = "slate", "former", "official", "organization"
NODE_KINDS = {  # shown with _()
    SLATE: N_("Slate candidate"),
    FORMER: N_("Former slate candidate (lost or withdrew)"),
    OFFICIAL: N_("Outside endorser: an official"),
    ORGANIZATION: N_("Outside endorser: an organization"),
}


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    kind: str  # one of NODE_KINDS
    race_id: str | None = None  # slate and former candidates only


@dataclass(frozen=True)
class Edge:
    endorser_id: str
    candidate_id: str
    cross: bool  # both ends are distinct current slate candidates
    source_id: str
    date: object = None
    approximate: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Network:
    version: str
    members: tuple[str, ...]  # current slate candidate ids
    nodes: dict[str, Node]
    edges: tuple[Edge, ...]

    # Edges by candidate, grouped once per network: a scan per candidate made the page quadratic (issue 27).
    @cached_property
    def cross_edges(self) -> tuple[Edge, ...]:
        return tuple(e for e in self.edges if e.cross)

    @cached_property
    def _by_end(self) -> dict[tuple[str, str], list[Edge]]:
        found: dict[tuple[str, str], list[Edge]] = {}
        for e in self.edges:
            if e.cross:
                found.setdefault(("given", e.endorser_id), []).append(e)
                found.setdefault(("received", e.candidate_id), []).append(e)
            elif e.endorser_id != e.candidate_id:
                found.setdefault(("outside", e.candidate_id), []).append(e)
        return found

    def given(self, candidate_id: str) -> list[Edge]:
        """Cross-endorsements this candidate gave to other current slate candidates."""
        return list(self._by_end.get(("given", candidate_id), ()))

    def received(self, candidate_id: str) -> list[Edge]:
        """Cross-endorsements this candidate received from other current slate candidates."""
        return list(self._by_end.get(("received", candidate_id), ()))

    def outside(self, candidate_id: str) -> list[Edge]:
        """Endorsements received from outside endorsers or former slate candidates (a self-endorsement is no one's)."""
        return list(self._by_end.get(("outside", candidate_id), ()))

    def isolated(self) -> list[str]:
        """Current slate candidates with no cross-endorsement given or received."""
        linked = {e.endorser_id for e in self.cross_edges} | {e.candidate_id for e in self.cross_edges}
        return [m for m in self.members if m not in linked]


def _endorser_node(slate: Slate, endorsement, members: set[str]) -> Node:
    if endorsement.endorser_kind == "slate" and endorsement.endorser_id in slate.candidates:
        person = slate.candidates[endorsement.endorser_id]
        return Node(person.id, person.name, SLATE if person.id in members else FORMER, person.race_id)
    # An endorser marked "slate" whose id is not a candidate of this version is shown as an outside official.
    kind = ORGANIZATION if endorsement.endorser_kind == "organization" else OFFICIAL
    return Node(endorsement.endorser_id, endorsement.endorser_name, kind)


def build_network(slate: Slate) -> Network:
    members = tuple(c.id for c in current_members(slate))
    member_set = set(members)
    nodes = {m: Node(m, slate.candidates[m].name, SLATE, slate.candidates[m].race_id) for m in members}
    edges = []
    for e in slate.endorsements:
        endorser = _endorser_node(slate, e, member_set)
        nodes.setdefault(endorser.id, endorser)
        endorsed = slate.candidates[e.candidate_id]
        nodes.setdefault(endorsed.id, Node(endorsed.id, endorsed.name, FORMER, endorsed.race_id))
        cross = endorser.kind == SLATE and e.candidate_id in member_set and endorser.id != e.candidate_id
        edges.append(Edge(endorser.id, e.candidate_id, cross, e.source_id, e.date, e.approximate, e.note))
    return Network(slate.version, members, nodes, tuple(edges))


@dataclass(frozen=True)
class Unity:
    existing: int
    possible: int

    @property
    def share(self) -> float | None:
        return self.existing / self.possible if self.possible else None

    def describe(self) -> str:
        if not self.possible:
            return _("not defined (fewer than two slate candidates)")
        return _("{existing} of {possible} possible ({share})").format(
            existing=self.existing, possible=self.possible, share=self.share_text())

    def share_text(self) -> str:
        """The share as the visitor's language writes a percentage with one decimal ('1.8%', '1,8 %')."""
        return percent_text(self.share, 1) if self.share is not None else _("n/a")


def slate_unity(network: Network) -> Unity:
    """Existing cross-endorsements over the n*(n-1) ordered pairs of distinct current slate candidates."""
    n = len(network.members)
    pairs = {(e.endorser_id, e.candidate_id) for e in network.cross_edges}
    return Unity(len(pairs), n * (n - 1))


def candidate_unity(network: Network, candidate_id: str) -> Unity:
    """Given plus received cross-endorsements over the 2*(n-1) this candidate could have."""
    n = len(network.members)
    if candidate_id not in network.members:
        return Unity(0, 0)
    return Unity(len(network.given(candidate_id)) + len(network.received(candidate_id)), 2 * (n - 1))


@dataclass(frozen=True)
class UnityChange:
    old_version: str
    new_version: str
    before: Unity
    after: Unity
    added: tuple[tuple[str, str], ...]  # cross-endorsements counted now and not before (endorser, endorsed)
    dropped: tuple[tuple[str, str], ...]  # counted before and not now
    joined: tuple[str, ...]  # candidate ids in the current slate now and not before
    left: tuple[str, ...]

    @property
    def points(self) -> float | None:
        """Change of the share in percentage points."""
        if self.before.share is None or self.after.share is None:
            return None
        return (self.after.share - self.before.share) * 100

    def points_text(self) -> str | None:
        """The change with its sign, in the visitor's language: '+1.5 points' / '+1,5 puntos'."""
        if self.points is None:
            return None
        signed = ("+" if self.points >= 0 else "-") + number_text(abs(self.points), 1)
        return _("{points} points").format(points=signed)

    def describe(self, names: dict[str, str]) -> str:
        """One plain paragraph: the change and why, so a denominator effect is never taken for unity."""
        name = lambda i: names.get(i, i)  # noqa: E731
        pairs = lambda found: "; ".join(f"{name(a)} → {name(b)}" for a, b in found)  # noqa: E731
        people = lambda found: ", ".join(name(i) for i in found)  # noqa: E731
        parts = [_("From {old} to {new} the unity score went from {before} to {after}.").format(
            old=self.old_version, new=self.new_version, before=self.before.describe(), after=self.after.describe())]
        if self.added:
            parts.append(_("New cross-endorsements: {pairs}.").format(pairs=pairs(self.added)))
        else:
            parts.append(_("No new cross-endorsement was recorded."))
        if self.dropped:
            parts.append(_("No longer counted: {pairs}.").format(pairs=pairs(self.dropped)))
        if self.left:
            parts.append(_("Left the slate (lost or withdrew): {names}.").format(names=people(self.left)))
        if self.joined:
            parts.append(_("Joined the slate: {names}.").format(names=people(self.joined)))
        if not self.added and not self.dropped and self.before.possible != self.after.possible:
            parts.append(_("The score moved only because the number of possible cross-endorsements changed."))
        return " ".join(parts)


def unity_change(old: Slate, new: Slate) -> UnityChange:
    before, after = build_network(old), build_network(new)
    old_pairs = {(e.endorser_id, e.candidate_id) for e in before.cross_edges}
    new_pairs = {(e.endorser_id, e.candidate_id) for e in after.cross_edges}
    return UnityChange(
        old.version, new.version, slate_unity(before), slate_unity(after),
        tuple(sorted(new_pairs - old_pairs)), tuple(sorted(old_pairs - new_pairs)),
        tuple(m for m in after.members if m not in before.members),
        tuple(m for m in before.members if m not in after.members),
    )
