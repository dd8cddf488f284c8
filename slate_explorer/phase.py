"""Where each race stands on a given day: still ahead, awaiting a result this version lacks, or decided.

The package never reads the clock: pages read today's date once and pass it down, so tests pin it.
A race is *decided* when the data records its result (status won/lost, or every slate candidate's
outcome final). Otherwise its *deciding election* is the next one the slate candidate faces (the general
after a recorded primary win, else the primary, else the general): before or on that day the race is
*upcoming*; after it, *awaiting_result* — the election happened and this version does not say how it went.
A target race (no slate candidate) whose deciding election has passed is decided: nobody from the slate ran.
What is still open, and everything else a page asks of a race on a day, is race_day.SlateOnDay's to say.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .data.models import Race, RaceStatus
from .data.slate import Slate
from .i18n import N_

PRIMARY, GENERAL = N_("primary"), N_("general election")
FINAL_OUTCOMES = frozenset({"won", "lost", "withdrew"})
# Outcomes that carry a candidate past the primary (to the general): a primary won, a seat won or held.
PAST_PRIMARY = frozenset({"won_primary", "won", "incumbent"})


class Phase(str, Enum):
    upcoming = "upcoming"
    awaiting_result = "awaiting_result"
    decided = "decided"


@dataclass(frozen=True)
class RacePhase:
    race_id: str
    phase: Phase
    date: dt.date | None  # the election that decides (or decided) the race, when recorded
    what: str  # PRIMARY or GENERAL (translate where shown)

    @property
    def open(self) -> bool:
        """The slate can still win it, as far as this version knows (upcoming or result unknown)."""
        return self.phase is not Phase.decided


def race_phase(slate: Slate, race: Race, today: dt.date) -> RacePhase:
    """The race's phase on `today` (see the module docstring)."""
    outcomes = [c.outcome for c in slate.candidates_in(race.id)]
    if race.status in (RaceStatus.won, RaceStatus.lost) or (outcomes and all(o in FINAL_OUTCOMES for o in outcomes)):
        date, what = _decided_by(race, outcomes)
        return RacePhase(race.id, Phase.decided, date, what)
    date, what = _next_election(race, outcomes)
    if date is None or date >= today:
        return RacePhase(race.id, Phase.upcoming, date, what)
    if race.status is RaceStatus.target and not outcomes:
        return RacePhase(race.id, Phase.decided, date, what)
    return RacePhase(race.id, Phase.awaiting_result, date, what)


@dataclass(frozen=True)
class PassedElection:
    date: dt.date
    what: str  # PRIMARY or GENERAL
    race_id: str


def elections_since(slate: Slate, today: dt.date) -> list[PassedElection]:
    """Elections held after the version's as-of date and before today, of races this version has not
    decided: their results cannot be in it. Soonest first."""
    as_of = dt.date.fromisoformat(slate.as_of)
    found = []
    for race in slate.races.values():
        if race_phase(slate, race, today).phase is Phase.decided:
            continue
        for what, day in ((PRIMARY, race.primary_date), (GENERAL, race.general_date)):
            if day and as_of < day < today:
                found.append(PassedElection(day, what, race.id))
    return sorted(found, key=lambda e: (e.date, e.race_id))


def _next_election(race: Race, outcomes: list[str]) -> tuple[dt.date | None, str]:
    if any(o == "won_primary" for o in outcomes) or race.primary_date is None:
        return race.general_date, GENERAL
    return race.primary_date, PRIMARY


def _decided_by(race: Race, outcomes: list[str]) -> tuple[dt.date | None, str]:
    """The election that settled it: the general for a win or for a loss after a primary won, else the
    first election the race had."""
    went_on = any(o in PAST_PRIMARY for o in outcomes)
    if race.status is RaceStatus.won or went_on or race.primary_date is None:
        return race.general_date or race.primary_date, GENERAL if race.general_date else PRIMARY
    return race.primary_date, PRIMARY
