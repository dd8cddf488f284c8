"""The validated, in-memory slate of one data version, with the look-ups pages need."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
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
    # Look-ups by key, built on first use (never copied by dataclasses.replace: init=False).
    _index: dict = field(default_factory=dict, init=False, repr=False, compare=False)

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

    def cached(self, key, make):
        """make(), once per Slate and key: look-ups derived from the (immutable) rows."""
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = make()
        return found

    def _grouped(self, name: str, rows, key) -> dict:
        """rows grouped by key(row), in file order, once per Slate: look-ups stay linear at any size."""

        def group() -> dict:
            out: dict = {}
            for row in rows:
                out.setdefault(key(row), []).append(row)
            return out

        return self.cached(("grouped", name), group)

    def candidates_in(self, race_id: str) -> list[Candidate]:
        return list(self._grouped("candidates", self.candidates.values(), lambda c: c.race_id).get(race_id, ()))

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
        return list(self._events_by_race.get(race_id, ()))

    @cached_property
    def _events_by_race(self) -> dict[str, tuple[RaceEvent, ...]]:
        found: dict[str, list[RaceEvent]] = {}
        for event in sorted(self.race_events, key=lambda e: e.date):
            found.setdefault(event.race_id, []).append(event)
        return {race_id: tuple(events) for race_id, events in found.items()}

    def official_results_for(self, jurisdiction: str) -> OfficialResults | None:
        """Where a state (or NYC) publishes its official results."""
        return next((o for o in self.official_results if o.jurisdiction == jurisdiction), None)

    def source_of(self, row) -> Source:
        return self.sources[row.source_id]

    def positions_of(self, candidate_id: str) -> dict[str, Position]:
        rows = self._grouped("positions", self.positions, lambda p: p.candidate_id).get(candidate_id, ())
        return {p.plank_id: p for p in rows}

    def parties_of(self, chamber_id: str) -> list[ChamberParty]:
        return list(self._grouped("parties", self.chamber_parties, lambda p: p.chamber_id).get(chamber_id, ()))

    def blocs_of(self, chamber_id: str) -> list[Bloc]:
        return list(self._grouped("blocs", self.blocs.values(), lambda b: b.chamber_id).get(chamber_id, ()))

    def rules_of(self, chamber_id: str) -> list[Rule]:
        return list(self._grouped("rules", self.rules, lambda r: r.chamber_id).get(chamber_id, ()))

    def races_of(self, chamber_id: str) -> list[Race]:
        """Every race for a seat of (or the office of) a chamber, in file order."""
        return list(self._grouped("races", self.races.values(), lambda r: r.chamber_id).get(chamber_id, ()))

    def __hash__(self) -> int:  # versions are immutable: the folder and version identify one
        return hash((str(self.path), self.version))


def index_by_district(races: dict[str, Race]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for race in races.values():
        index.setdefault(race.district.upper(), []).append(race.id)
    return index
