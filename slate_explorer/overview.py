"""The slate at a glance: counts and the next election dates, for the home page and the CLI."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .data.slate import Slate
from .i18n import N_

LETTER_SUMMARY = (
    N_("Progressive candidates keep winning elections but losing power, because each runs a siloed "
    "campaign with no shared platform and no plan for what they would do if several of them won."),
    N_("Five to ten coordinated House wins could shift the Democratic caucus, a couple of Senate wins could "
    "block a corporate nominee, and a mayor backed by a slate in Albany could govern: this site shows that picture."),
)


@dataclass(frozen=True)
class Dated:
    date: dt.date
    what: str  # N_("primary") or N_("general election"): translate where shown
    race_id: str


def status_counts(slate: Slate, cycles: set[int] | None = None) -> Counter:
    return Counter(r.status.value for r in slate.races.values() if cycles is None or r.cycle in cycles)


def election_dates(slate: Slate, after: dt.date) -> list[Dated]:
    """Every recorded primary and general election date strictly after `after`, soonest first."""
    found = []
    for race in slate.races.values():
        for what, day in ((N_("primary"), race.primary_date), (N_("general election"), race.general_date)):
            if day and day > after:
                found.append(Dated(day, what, race.id))
    return sorted(found, key=lambda d: (d.date, d.race_id))


def as_of_date(slate: Slate) -> dt.date:
    return dt.date.fromisoformat(slate.as_of)
