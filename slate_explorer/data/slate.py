"""The validated, in-memory slate of one data version, with the look-ups pages need."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .models import (
    PRIMARY_KEYS,
    Bloc,
    Candidate,
    CaucusCount,
    CaucusMember,
    Chamber,
    ChamberParty,
    Coordination,
    KeyDate,
    OfficialResults,
    DistrictResult,
    Endorsement,
    HouseMember,
    Plank,
    Position,
    Race,
    RaceEvent,
    Rule,
    Source,
)


@dataclass(frozen=True)
class Slate:
    version: str  # the folder name: the version's "as of" date, YYYY-MM-DD
    path: Path
    meta: dict  # datapackage.json
    sources: dict[str, Source]
    chambers: dict[str, Chamber]
    chamber_parties: tuple[ChamberParty, ...]
    blocs: dict[str, Bloc]
    rules: tuple[Rule, ...]
    races: dict[str, Race]
    candidates: dict[str, Candidate]
    planks: dict[str, Plank]
    positions: tuple[Position, ...]
    endorsements: tuple[Endorsement, ...]
    coordination: tuple[Coordination, ...]
    _by_district: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # Optional tables (models.OPTIONAL_TABLES): empty in versions made before them.
    race_events: tuple[RaceEvent, ...] = ()
    official_results: tuple[OfficialResults, ...] = ()
    key_dates: tuple[KeyDate, ...] = ()
    house_members: tuple[HouseMember, ...] = ()
    caucus_members: tuple[CaucusMember, ...] = ()
    caucus_counts: tuple[CaucusCount, ...] = ()
    district_results: tuple[DistrictResult, ...] = ()

    @property
    def as_of(self) -> str:
        return self.meta.get("as_of", self.version)

    @property
    def title(self) -> str:
        return self.meta.get("title", f"Slate data {self.version}")

    def rows_of(self, table: str) -> list:
        """Every row of a table (`races`, `positions`, ...), in file order."""
        rows = getattr(self, table)
        return list(rows.values()) if isinstance(rows, dict) else list(rows)

    @staticmethod
    def row_key(table: str, row) -> str:
        """The row's primary key as one string ("il-09-2026", or "candidate/plank" for a pair)."""
        return "/".join(str(getattr(row, k)) for k in PRIMARY_KEYS[table])

    def candidates_in(self, race_id: str) -> list[Candidate]:
        return [c for c in self.candidates.values() if c.race_id == race_id]

    def races_in_district(self, district: str) -> list[Race]:
        """Every race held in a district id (ST-NN, ST, ST-AD-N, NYC...), newest cycle first."""
        ids = self._by_district.get(district.upper(), [])
        return sorted((self.races[i] for i in ids), key=lambda r: -r.cycle)

    def find_race(self, key: str) -> Race | None:
        """A race by its id or its district id (case-insensitive): what `?race=` accepts."""
        key = (key or "").strip()
        if key.lower() in self.races:
            return self.races[key.lower()]
        found = self.races_in_district(key)
        return found[0] if found else None

    def events_of(self, race_id: str) -> list[RaceEvent]:
        """The race's dated events, oldest first (file order within a day)."""
        return sorted((e for e in self.race_events if e.race_id == race_id), key=lambda e: e.date)

    def official_results_for(self, jurisdiction: str) -> OfficialResults | None:
        """Where a state (or NYC) publishes its official results."""
        return next((o for o in self.official_results if o.jurisdiction == jurisdiction), None)

    def source_of(self, row) -> Source:
        return self.sources[row.source_id]

    def positions_of(self, candidate_id: str) -> dict[str, Position]:
        return {p.plank_id: p for p in self.positions if p.candidate_id == candidate_id}

    def parties_of(self, chamber_id: str) -> list[ChamberParty]:
        return [p for p in self.chamber_parties if p.chamber_id == chamber_id]

    def blocs_of(self, chamber_id: str) -> list[Bloc]:
        return [b for b in self.blocs.values() if b.chamber_id == chamber_id]

    def rules_of(self, chamber_id: str) -> list[Rule]:
        return [r for r in self.rules if r.chamber_id == chamber_id]

    def __hash__(self) -> int:  # versions are immutable: the folder and version identify one
        return hash((str(self.path), self.version))


def index_by_district(races: dict[str, Race]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for race in races.values():
        index.setdefault(race.district.upper(), []).append(race.id)
    return index
