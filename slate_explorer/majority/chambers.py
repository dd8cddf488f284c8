"""Chambers as the arithmetic sees them: seats, vacancies, parties and caucuses, blocs, and executives.

Built from a Slate. Voting bodies (kind lower/upper/unicameral) become `ChamberView`s; executives
(president, governor, mayor) are signing steps, kept apart as `Executive`s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping

from ..data.models import RaceStatus
from ..data.slate import Slate
from .terms import ASSUMED, SET, Term, term_filled, term_of

VOTING_KINDS = ("lower", "upper", "unicameral")
PROGRESSIVE = "progressive"
HOME_CAUCUS = "D"  # the caucus progressive blocs sit in (an independent like Sen. Sanders caucuses with D)


@dataclass(frozen=True)
class BlocInfo:
    id: str
    name: str
    party: str
    members: int | None  # None: size not known
    stance: str
    approximate: bool
    note: str | None = None


@dataclass(frozen=True)
class ChamberView:
    """One voting chamber today, as the data version describes it."""

    id: str
    name: str
    jurisdiction: str
    kind: str
    seats: int
    vacancies: int
    parties: dict[str, int]  # party -> seats
    caucus_of: dict[str, str]  # party -> caucus it votes with ("D", "R" or "none")
    majority_party: str | None
    vp_tiebreak: bool
    vp_party: str | None  # party of whoever breaks ties (the executive of the same jurisdiction)
    approximate: bool
    as_of: str
    blocs: tuple[BlocInfo, ...] = ()
    rules: tuple[tuple[str, str, int | None], ...] = ()  # (action, rule, fixed count)
    rule_notes: dict[str, str] = field(default_factory=dict)
    slate_holders: int = 0  # slate members holding a seat today who sit in none of the progressive blocs
    term: Any = None  # terms.Term the counts describe (None: the chamber has no listed terms)
    counts: str = "recorded"  # terms.RECORDED / ASSUMED / SET: where the term's seat counts come from
    counts_from: Any = None  # the recorded term whose split is assumed (or replaced by the visitor's)

    @property
    def sworn(self) -> int:
        return self.seats - self.vacancies

    def caucus_seats(self, caucus: str, parties: dict[str, int] | None = None) -> int:
        parties = self.parties if parties is None else parties
        return sum(n for p, n in parties.items() if self.caucus_for(p) == caucus)

    def caucus_for(self, party: str) -> str:
        return self.caucus_of.get(party, party if party in ("D", "R") else "none")

    @cached_property  # a view is never changed: dataclasses.replace makes a new one
    def progressive_blocs(self) -> tuple[BlocInfo, ...]:
        return tuple(b for b in self.blocs if b.stance == PROGRESSIVE)

    @cached_property
    def progressive_baseline(self) -> int | None:
        """Members of the chamber's progressive bloc(s) today; None when no bloc or any size is unknown."""
        blocs = self.progressive_blocs
        if not blocs or any(b.members is None for b in blocs):
            return None
        return sum(b.members for b in blocs)

    @cached_property
    def bloc_today(self) -> int:
        """The bloc as the arithmetic counts it: its recorded members (0 when unknown) and the slate's own
        members holding seats outside it."""
        return (self.progressive_baseline or 0) + self.slate_holders

    @cached_property
    def progressive_bloc_id(self) -> str | None:
        blocs = self.progressive_blocs
        return blocs[0].id if blocs else None


@dataclass(frozen=True)
class Executive:
    """An office that signs or vetoes what the chambers pass (or acts alone, like a mayor's appointments)."""

    id: str
    name: str
    jurisdiction: str
    holder: str | None
    party: str | None


def chambers_from_slate(slate: Slate) -> dict[str, ChamberView]:
    """Every voting chamber of the data version, in file order."""
    executives = executives_from_slate(slate)
    out = {}
    for chamber in slate.chambers.values():
        if chamber.kind not in VOTING_KINDS:
            continue
        parties = slate.parties_of(chamber.id)
        out[chamber.id] = ChamberView(
            id=chamber.id,
            name=chamber.name,
            jurisdiction=chamber.jurisdiction,
            kind=chamber.kind,
            seats=chamber.seats,
            vacancies=chamber.vacancies,
            parties={p.party: p.seats for p in parties},
            caucus_of={p.party: p.caucus for p in parties},
            majority_party=chamber.majority_party,
            vp_tiebreak=chamber.vp_tiebreak,
            vp_party=_tiebreaker_party(chamber, executives) if chamber.vp_tiebreak else None,
            approximate=chamber.approximate or any(p.approximate for p in parties),
            as_of=chamber.as_of.isoformat(),
            blocs=tuple(_bloc_info(b) for b in slate.blocs_of(chamber.id)),
            rules=tuple((r.action, r.rule, r.count) for r in slate.rules_of(chamber.id)),
            rule_notes={r.action: r.note for r in slate.rules_of(chamber.id) if r.note},
            slate_holders=len(slate_holders_outside_blocs(slate, chamber.id, chamber.as_of)),
            term=term_of(chamber.id, chamber.as_of),
        )
    return out


def slate_holders_outside_blocs(slate: Slate, chamber_id: str, on: dt.date) -> list[str]:
    """Races for a seat of the chamber the slate holds in the term sitting on `on` (a slate incumbent, or a
    race won for that term or an earlier one) whose member is counted in none of the chamber's progressive
    blocs: they count in the bloc on top of its recorded size."""
    sitting = term_of(chamber_id, on)
    progressive = {b.id for b in slate.blocs_of(chamber_id) if b.stance == PROGRESSIVE}
    out = []
    for race in slate.races_of(chamber_id):
        if race.status not in (RaceStatus.won, RaceStatus.slate_incumbent):
            continue
        filled = term_filled(race) if race.status == RaceStatus.won else None
        if filled and sitting and filled > sitting:
            continue  # won for a later term: not seated yet
        members = [c for c in slate.candidates_in(race.id) if c.outcome in ("won", "incumbent")]
        in_bloc = {race.incumbent_bloc} if race.status == RaceStatus.slate_incumbent else set()
        in_bloc |= {c.joins_bloc for c in members}
        if not in_bloc & progressive:
            out.append(race.id)
    return out


def executives_from_slate(slate: Slate) -> dict[str, Executive]:
    return {
        c.id: Executive(c.id, c.name, c.jurisdiction, c.holder, c.majority_party)
        for c in slate.chambers.values()
        if c.kind == "executive"
    }


def _bloc_info(bloc) -> BlocInfo:
    return BlocInfo(bloc.id, bloc.name, bloc.party, bloc.members, bloc.stance, bloc.approximate, bloc.note)


def _tiebreaker_party(chamber, executives: dict[str, Executive]) -> str | None:
    """The Vice President's party: that of the executive of the same jurisdiction (the President for Congress)."""
    same = [e for e in executives.values() if e.jurisdiction == chamber.jurisdiction]
    return same[0].party if same else None


def chamber_source_ids(slate: Slate, chamber_id: str) -> list[str]:
    """A body's seat counts: the body, its parties, its blocs and its rules."""
    return [slate.chambers[chamber_id].source_id, *(p.source_id for p in slate.parties_of(chamber_id)),
            *(b.source_id for b in slate.blocs_of(chamber_id)), *(r.source_id for r in slate.rules_of(chamber_id))]


def recorded_term(view: ChamberView) -> Term | None:
    return term_of(view.id, dt.date.fromisoformat(view.as_of))


def term_view(slate: Slate, view: ChamberView, term: Term | None, split: Mapping[str, int] | None = None) -> ChamberView:
    """The chamber's counts in `term`: recorded when the data's counts describe it; otherwise the last
    recorded party split, assumed, or `split` (party -> seats; the seats it leaves out are vacant). The
    slate's members won for that term count in its bloc."""
    recorded = recorded_term(view)
    if term is None or recorded is None or term <= recorded:
        return dataclasses.replace(view, term=term)
    holders = len(slate_holders_outside_blocs(slate, view.id, term.start))
    if not split:
        return dataclasses.replace(view, term=term, counts=ASSUMED, counts_from=recorded, slate_holders=holders)
    parties = {p: n for p, n in split.items() if n}
    return dataclasses.replace(view, term=term, counts=SET, counts_from=recorded, parties=parties, slate_holders=holders,
                               caucus_of={p: view.caucus_for(p) for p in parties},
                               vacancies=view.seats - sum(parties.values()))
