"""The table under the map: the same races as plain rows, each linking to its race (the text alternative).

Public:
- `race_link(race_id, version=None) -> str`: a relative link to the race on the map page.
- `table_rows(slate, races, version=None) -> list[dict]`: one row per race, columns in reading order.
"""

from __future__ import annotations

from .. import labels
from ..data.slate import Slate
from ..i18n import date_text
from .filters import MapView, query_string


def race_link(race_id: str, version: str | None = None) -> str:
    return "map?" + query_string(MapView(race=race_id), version)


def table_rows(slate: Slate, races, version: str | None = None) -> list[dict]:
    rows = []
    for race in races:
        label, _meaning, _colour, letter = labels.STATUS[race.status]
        rows.append({
            "Race": race_link(race.id, version),
            "District": race.district,
            "Office": race.office,
            "Status": f"{label} ({letter})",
            "Slate candidates": ", ".join(c.name for c in slate.candidates_in(race.id)) or "none named yet",
            "Incumbent": race.incumbent or "not recorded",
            "Primary": date_text(race.primary_date),
            "General election": date_text(race.general_date),
            "Cycle": race.cycle,
        })
    return rows
