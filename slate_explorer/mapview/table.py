"""The table under the map: the same races as plain rows, each linking to its race (the text alternative).

Public:
- `table_rows(slate, races, here=Here(), today=None) -> list[dict]`: one row per race, columns in reading
  order, the status as shown on `today` (display_status.py); the "Race card" column holds the link to the
  race on the map page (keeping the page's version and language, `routes.Here`), which the page shows as a word.
- `link_label(slate, race, today=None) -> str`: one race as a short sentence (plain text), for a link to it.
"""

from __future__ import annotations

import datetime as dt

from .. import labels
from ..data.slate import Slate
from ..display_status import on_day, shown_status
from ..i18n import _, date_text
from ..routes import Here, MapState


def table_rows(slate: Slate, races, here: Here = Here(), today: dt.date | None = None) -> list[dict]:
    rows = []
    for race in races:
        label, _meaning, _colour, letter = labels.STATUS[shown_status(slate, race, on_day(slate, today))]
        rows.append({  # the link's column shows words, never the race id in its address
            _("District"): race.district,
            _("Office"): race.office,
            _("Race card"): here.to("map", MapState(race=race.id)),
            _("Status"): f"{_(label)} ({letter})",
            _("Slate candidates"): ", ".join(c.name for c in slate.candidates_in(race.id)) or _("none named yet"),
            _("Incumbent"): race.incumbent or _("not recorded"),
            _("Primary"): date_text(race.primary_date),
            _("General election"): date_text(race.general_date),
            _("Cycle"): race.cycle,
        })
    return rows


def link_label(slate: Slate, race, today: dt.date | None = None) -> str:
    """The grid's Race cell reads as a bare address to a screen reader: links need words."""
    label, _meaning, _colour, letter = labels.STATUS[shown_status(slate, race, on_day(slate, today))]
    return _("{district}: {office}. {status} ({letter}); slate: {candidates}").format(
        district=race.district, office=race.office, status=_(label), letter=letter,
        candidates=", ".join(c.name for c in slate.candidates_in(race.id)) or _("none named yet"))
