"""A data version as read on one day: the one object every page, template, export, guide and CLI command asks
where a race stands ("is it still open?", "how is it shown?", "who runs?", "what comes next?").

Build it once per page run (or per command) with `SlateOnDay(slate, today)`; nothing else decides these
things. The rules it applies live beside it: the phase of a race (`phase.py`) and the status a phase shows
(`display_status.py`); the words of a race's story and result are in `race_story.py`.

Public:
- `SlateOnDay(slate, today)`: `.phase(race)`, `.status(race)`, `.still_ahead(race)` (its deciding election is
  still to come), `.still_open(race)` (the slate can still win it as far as this version knows: still ahead,
  or held with no result recorded), `.contestable()` (races a scenario may choose), `.assumed_won(wins)`
  (wins whose election was held with no result recorded: assumed, not known), `.held_by_slate()`,
  `.slate_names(race)`, `.no_candidate_sentence(race)`, `.result(race, stage)`, `.awaiting_result(race)`
  (the election held with no result recorded), `.official_results(race)`, `.dates_ahead(race_ids, states)`.
- `DateAhead(date, title, approximate, race_id, kind, key, source_id)`: one date still ahead on the day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .data.models import OfficialResults, Race, RaceEvent, RaceStatus
from .data.slate import Slate
from .display_status import on_day, status_of
from .i18n import _
from .phase import Phase, RacePhase, race_phase

HELD_BY_SLATE = (RaceStatus.won, RaceStatus.slate_incumbent)  # already held by the slate on the version's date
CONTESTABLE = (RaceStatus.challenger, RaceStatus.open_seat, RaceStatus.target, RaceStatus.unknown)


@dataclass(frozen=True)
class DateAhead:
    date: dt.date
    title: str  # in the slate's language (pass the translated slate)
    approximate: bool
    race_id: str | None  # None for a key date (a term beginning, a session opening, a primary set in law)
    kind: str  # "primary", "general" (a race's election) or a key date's kind
    key: str  # stable: the race id or the key date's id (a calendar's UID)
    source_id: str


@dataclass(frozen=True)
class HeldElection:
    """An election of a race that has been held: which stage, when, and its recorded result (None: not in this version)."""

    stage: str  # "primary" or "general"
    date: dt.date
    result: RaceEvent | None


class SlateOnDay:
    """`slate` as read on `today` (None: a day before any election, so statuses are exactly as recorded)."""

    def __init__(self, slate: Slate, today: dt.date | None):
        self.slate = slate
        self.today = on_day(slate, today)
        self._phases: dict[str, RacePhase] = {}  # filled as asked: a tooltip asks of one race only
        self._results: dict[tuple[str, str], RaceEvent | None] = {}

    def _race(self, race: Race | str) -> Race:
        return self.slate.races[race] if isinstance(race, str) else race

    def phase(self, race: Race | str) -> RacePhase:
        race = self._race(race)
        if race.id not in self._phases:
            self._phases[race.id] = race_phase(self.slate, race, self.today)
        return self._phases[race.id]

    def status(self, race: Race | str) -> str:
        """The status key shown today (labels.STATUS): never "running" once the election is over."""
        race = self._race(race)
        return status_of(self.slate, race, self.phase(race))

    def still_ahead(self, race: Race | str) -> bool:
        return self.phase(race).phase is Phase.upcoming

    def still_open(self, race: Race | str) -> bool:
        return self.phase(race).open

    def contestable(self) -> list[str]:
        """Race ids a scenario can choose to win today, in file order."""
        return [r.id for r in self.slate.races.values() if r.status in CONTESTABLE and self.still_open(r)]

    def assumed_won(self, wins: Iterable[str]) -> list[str]:
        """Of `wins`, the races held with no result in this version: a scenario assumes them won."""
        return [r for r in wins if self.phase(r).phase is Phase.awaiting_result]

    def held_by_slate(self) -> list[str]:
        return [r.id for r in self.slate.races.values() if r.status in HELD_BY_SLATE]

    def slate_names(self, race: Race | str) -> str:
        """The race's slate candidates by name; with none, words that fit the day: not named yet while its
        election is ahead, none named once it has been held (never "yet" of a finished election)."""
        race = self._race(race)
        names = ", ".join(c.name for c in self.slate.candidates_in(race.id))
        if names:
            return names
        return _("no slate candidate named yet") if self.still_ahead(race) else _("no slate candidate was named")

    def no_candidate_sentence(self, race: Race | str) -> str:
        """The race card's sentence for a race without slate candidates, in the tense of the day."""
        if self.still_ahead(race):
            return _("No slate candidate is named for this race yet.")
        return _("No slate candidate was named for this race.")

    def result(self, race: Race | str, stage: str) -> RaceEvent | None:
        """The recorded result of the race's primary or general (the last recorded, if several)."""
        key = (self._race(race).id, stage)
        if key not in self._results:
            found = [e for e in self.slate.events_of(key[0]) if e.kind == f"{stage}_result"]
            self._results[key] = found[-1] if found else None
        return self._results[key]

    def held(self, race: Race | str) -> list[HeldElection]:
        """The race's elections held before today, oldest first, each with its recorded result."""
        race = self._race(race)
        return [HeldElection(stage, day, self.result(race, stage))
                for stage, day in (("primary", race.primary_date), ("general", race.general_date))
                if day and day < self.today]

    def awaiting_result(self, race: Race | str) -> HeldElection | None:
        """The race's latest election held with no result recorded in this version (None: none such)."""
        held = self.held(race)
        return held[-1] if held and held[-1].result is None else None

    def official_results(self, race: Race | str) -> OfficialResults | None:
        """Where the race's official results are published (New York City's own board for a city race)."""
        race = self._race(race)
        place = race.district if race.level.value == "city" else race.state
        return self.slate.official_results_for(place) or self.slate.official_results_for(race.state)

    def dates_ahead(self, race_ids: Iterable[str] | None = None, states: Iterable[str] | None = None) -> list[DateAhead]:
        """Dates on or after today, soonest first: the elections of the given races still open (None: every
        race) and the key dates (term beginnings, sessions, primaries set in law) of the given states
        (None: all; a key date of no state is everyone's)."""
        ids = list(self.slate.races) if race_ids is None else list(race_ids)
        found = [DateAhead(day, label.format(office=race.office), False, race.id, kind, race.id, race.source_id)
                 for race in (self.slate.races[i] for i in ids) if self.still_open(race)
                 for kind, day, label in (("primary", race.primary_date, _("Primary: {office}")),
                                          ("general", race.general_date, _("General election: {office}")))
                 if day and day >= self.today]
        wanted = None if states is None else set(states)
        found += [DateAhead(k.date, k.title, k.approximate, None, k.kind, k.id, k.source_id) for k in self.slate.key_dates
                  if k.date >= self.today and (wanted is None or k.state is None or k.state in wanted)]
        return sorted(found, key=lambda d: (d.date, d.race_id or "", d.kind, d.title))
