"""A tiny synthetic slate built from row models, small enough to count everything by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from slate_explorer.data.models import (
    Candidate, Chamber, Coordination, Endorsement, Plank, Position, Race, Source,
)
from slate_explorer.data.slate import Slate, index_by_district

DAY = dt.date(2026, 1, 1)

# id, level, district, state, chamber
RACES = [
    ("r-ny", "us_house", "NY-10", "NY", "us_house"),
    ("r-il", "us_house", "IL-07", "IL", "us_house"),
    ("r-mi", "us_senate", "MI", "MI", "us_senate"),
    ("r-nyc", "city", "NYC", "NY", "nyc_mayor"),
    ("r-az", "us_house", "AZ-03", "AZ", "us_house"),
]
# id, name, race, outcome: e lost, so the current slate is a, b, c, d (n = 4)
CANDIDATES = [
    ("a", "Ann", "r-ny", "running"), ("b", "Ben", "r-il", "won_primary"), ("c", "Cal", "r-mi", "incumbent"),
    ("d", "Dee", "r-nyc", "won"), ("e", "Eve", "r-az", "lost"),
]
PLANKS = [("p1", "federal", "us_house;us_senate;president"), ("p2", "state", "ny_assembly;ny_senate;ny_governor"),
          ("p3", "city", "nyc_mayor")]
POSITIONS = [("a", "p1", "backs"), ("b", "p1", "opposes"), ("a", "p2", "backs"), ("c", "p1", "backs"),
             ("e", "p3", "backs"), ("d", "p3", "unknown")]
# endorser, kind, endorsed
ENDORSEMENTS = [("a", "slate", "b"), ("b", "slate", "a"), ("a", "slate", "c"), ("e", "slate", "a"),
                ("c", "slate", "e"), ("a", "slate", "a"), ("sen-x", "official", "d"), ("union-y", "organization", "a")]
CHAMBERS = [("us_house", "lower"), ("us_senate", "upper"), ("president", "executive"), ("ny_assembly", "lower"),
            ("ny_senate", "upper"), ("ny_governor", "executive"), ("nyc_mayor", "executive")]


def make_slate(version: str = "2026-01-01", candidates=CANDIDATES, endorsements=ENDORSEMENTS,
               positions=POSITIONS, coordination=()) -> Slate:
    src = "src"
    races = {r[0]: Race(id=r[0], level=r[1], district=r[2], state=r[3], office=f"Office {r[0]}", chamber_id=r[4],
                        cycle=2026, status="open_seat", source_id=src) for r in RACES}
    return Slate(
        version=version, path=Path("/synthetic"), meta={"as_of": version},
        sources={src: Source(id=src, title="Synthetic source", publisher="tests")},
        chambers={c: Chamber(id=c, name=f"Chamber {c}", jurisdiction="US", kind=k, seats=1, as_of=DAY, source_id=src)
                  for c, k in CHAMBERS},
        chamber_parties=(), blocs={}, rules=(), races=races,
        candidates={c[0]: Candidate(id=c[0], name=c[1], race_id=c[2], outcome=c[3], source_id=src) for c in candidates},
        planks={p: Plank(id=p, title=f"Plank {p}", summary=f"Summary {p}", vehicle=f"Bill {p}", path=path, level=lvl,
                         source_id=src) for p, lvl, path in PLANKS},
        positions=tuple(Position(candidate_id=c, plank_id=p, stance=s, source_id=src) for c, p, s in positions),
        endorsements=tuple(Endorsement(endorser_id=e, endorser_name=f"Endorser {e}", endorser_kind=k, candidate_id=c,
                                       source_id=src) for e, k, c in endorsements),
        coordination=tuple(coordination),
        _by_district=index_by_district(races),
    )


def coordination_row(id_, kind, day, participants) -> Coordination:
    return Coordination(id=id_, kind=kind, date=day, title=f"Event {id_}", participants=participants, source_id="src")
