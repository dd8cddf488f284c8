"""Election calendar: the dates still ahead (race_day.SlateOnDay.dates_ahead) as an iCalendar (.ics) file."""

from __future__ import annotations

import datetime as dt
from icalendar import Calendar, Event

from ..data.slate import Slate
from ..i18n import _
from ..race_day import DateAhead

PRODID = "-//Slate Explorer//Election calendar//EN"


def ics_bytes(slate: Slate, days: list[DateAhead]) -> bytes:
    """An all-day event per election day, with a stable UID so re-imports update instead of duplicating."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Slate Explorer election dates"))
    stamp = dt.datetime.combine(dt.date.fromisoformat(slate.as_of), dt.time(0, 0), tzinfo=dt.timezone.utc)
    for day in days:
        event = Event()
        event.add("uid", f"{day.key}-{day.kind}-{day.date.isoformat()}@slate-explorer")
        event.add("dtstamp", stamp)
        event.add("dtstart", day.date)
        event.add("dtend", day.date + dt.timedelta(days=1))
        event.add("summary", day.title + (" " + _("(approximate)") if day.approximate else ""))
        source = slate.sources[day.source_id]
        description = _("Source: {source}. Data version {version}; check your election office for polling places and hours.")
        event.add("description", description.format(source=source.title, version=slate.version))
        if source.url:
            event.add("url", source.url)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
