"""The table under the map: the same races as plain rows (the text alternative), and link words for each.

Public:
- `table_rows(slate, races, today=None) -> list[dict]`: one row per race, columns in reading order, the
  status as shown on `today` (display_status.py). No link column: the grid's hidden table (what a screen
  reader reads) holds a link cell's address, race id and all; the page lists real links under the grid.
- `link_label(slate, race, today=None) -> str`: one race as a short sentence (plain text), for a link to it.
"""

from __future__ import annotations

import datetime as dt

from .. import labels
from ..data.slate import Slate
from ..display_status import on_day, shown_status
from ..i18n import _, date_text


def table_rows(slate: Slate, races, today: dt.date | None = None) -> list[dict]:
    rows = []
    for race in races:
        label, _meaning, _colour, letter = labels.STATUS[shown_status(slate, race, on_day(slate, today))]
        rows.append({
            _("District"): race.district,
            _("Office"): race.office,
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
