"""Slates for the seat arithmetic alone, built in memory from a real version: no files, no boundaries.

    grown(slate, races) -> Slate          # the version's races, copied in its own proportions up to `races`
    with_races(slate, specs) -> Slate     # the version with its open races replaced by generated ones

The probability benchmark (bench/bench_arithmetic.py) grows a version to 1,000 races; the oracle tests
(tests/unit/test_probability_oracle.py) make small random cases and enumerate every win set. Versions
with files and real district ids, for the pages, are devtools/synthetic.py's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from slate_explorer.data.models import Candidate, Position, Race, RaceStatus, Stance
from slate_explorer.data.slate import Slate, index_by_district

OPEN = (RaceStatus.challenger, RaceStatus.open_seat, RaceStatus.target)


@dataclass(frozen=True)
class RaceSpec:
    """One generated race: its chamber, its incumbent, and the planks its candidate backs."""

    chamber_id: str
    incumbent_party: str | None  # None: no incumbent named (the seat may be vacant)
    incumbent_bloc: str | None = None
    backs: tuple[str, ...] = ()
    status: RaceStatus = RaceStatus.challenger


def with_races(slate: Slate, specs: list[RaceSpec]) -> Slate:
    """The version with every race still open replaced by `specs` (races already decided are kept)."""
    kept = {r.id: r for r in slate.races.values() if r.status not in OPEN and r.status != RaceStatus.unknown}
    template = next(r for r in slate.races.values() if r.chamber_id == "us_house")
    races, people = dict(kept), {c.id: c for c in slate.candidates.values() if c.race_id in kept}
    stances = [p for p in slate.positions if p.candidate_id in people]
    for n, spec in enumerate(specs):
        race = _race(template, f"gen-{n}", spec)
        races[race.id] = race
        person = Candidate(id=f"gen-person-{n}", name=f"Person {n}", race_id=race.id, party="D", outcome="running",
                           source_id=template.source_id)
        people[person.id] = person
        stances += [Position(candidate_id=person.id, plank_id=p, stance=Stance.backs, source_id=template.source_id)
                    for p in spec.backs]
    return dataclasses.replace(slate, races=races, candidates=people, positions=tuple(stances),
                               _by_district=index_by_district(races))


def grown(slate: Slate, races: int) -> Slate:
    """The version with copies of its open races (and their candidates' stances) until it holds `races`."""
    open_races = [r for r in slate.races.values() if r.status in OPEN and r.chamber_id in slate.chambers
                  and slate.chambers[r.chamber_id].kind != "executive"]
    specs = []
    for n in range(max(0, races - len(slate.races))):
        race = open_races[n % len(open_races)]
        people = slate.candidates_in(race.id)
        backs = tuple(p for c in people[:1] for p, s in slate.positions_of(c.id).items() if s.stance == Stance.backs)
        party = race.incumbent_party if n % 3 else "R"  # a third of them Republican seats, as at scale
        specs.append(RaceSpec(race.chamber_id, party if race.incumbent else None, None, backs, race.status))
    kept_open = [RaceSpec(r.chamber_id, r.incumbent_party if r.incumbent else None, r.incumbent_bloc,
                          tuple(p for c in slate.candidates_in(r.id)[:1] for p, s in slate.positions_of(c.id).items()
                                if s.stance == Stance.backs), r.status) for r in open_races]
    return with_races(slate, kept_open + specs)


def _race(template: Race, race_id: str, spec: RaceSpec) -> Race:
    level = {"us_house": "us_house", "us_senate": "us_senate", "ny_assembly": "state_house",
             "ny_senate": "state_senate"}.get(spec.chamber_id, template.level.value)
    return template.model_copy(update={
        "id": race_id, "chamber_id": spec.chamber_id, "level": level, "status": spec.status,
        "incumbent": f"Incumbent of {race_id}" if spec.incumbent_party else None,
        "incumbent_party": spec.incumbent_party, "incumbent_bloc": spec.incumbent_bloc,
        "election_type": "regular", "cycle": 2026, "primary_date": dt.date(2026, 6, 23),
        "general_date": dt.date(2026, 11, 3),
    })
