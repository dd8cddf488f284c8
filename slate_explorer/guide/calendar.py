"""Election calendar: the next dates of a voter's races as a list and as an iCalendar (.ics) file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Event

from ..data.slate import Slate
from ..i18n import _

PRODID = "-//Slate Explorer//Election calendar//EN"


@dataclass(frozen=True)
class ElectionDay:
    date: dt.date
    kind: str  # "primary" or "general"
    race_id: str
    title: str


def election_days(slate: Slate, race_ids, after: dt.date | None = None, from_day: dt.date | None = None) -> list[ElectionDay]:
    """Recorded primary and general dates of the given races (strictly after `after`, and on or after
    `from_day`: pass today so a calendar holds only dates still ahead), soonest first."""
    days = []
    for race_id in race_ids:
        race = slate.races[race_id]
        for kind, day in (("primary", race.primary_date), ("general", race.general_date)):
            if day and (after is None or day > after) and (from_day is None or day >= from_day):
                label = _("Primary: {office}") if kind == "primary" else _("General election: {office}")
                days.append(ElectionDay(day, kind, race.id, label.format(office=race.office)))
    return sorted(days, key=lambda d: (d.date, d.race_id, d.kind))


def ics_bytes(slate: Slate, days: list[ElectionDay]) -> bytes:
    """An all-day event per election day, with a stable UID so re-imports update instead of duplicating."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Slate Explorer election dates"))
    stamp = dt.datetime.combine(dt.date.fromisoformat(slate.as_of), dt.time(0, 0), tzinfo=dt.timezone.utc)
    for day in days:
        event = Event()
        event.add("uid", f"{day.race_id}-{day.kind}-{day.date.isoformat()}@slate-explorer")
        event.add("dtstamp", stamp)
        event.add("dtstart", day.date)
        event.add("dtend", day.date + dt.timedelta(days=1))
        event.add("summary", day.title)
        source = slate.source_of(slate.races[day.race_id])
        description = _("Source: {source}. Data version {version}; check your election office for polling places and hours.")
        event.add("description", description.format(source=source.title, version=slate.version))
        if source.url:
            event.add("url", source.url)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
