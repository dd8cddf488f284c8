"""Which districts of a level hold slate races, and the tooltip each shows (escaped HTML).

Data text (names, offices) is escaped here, once, because Leaflet and streamlit-folium put tooltip
content into the page as HTML. District names of quiet districts come from the official layer and
are escaped in the browser script.

Public:
- `DistrictRace`: district, race id, status, pattern letter, tooltip HTML.
- `district_races(slate, view, names=None, today=None) -> dict[district_id, DistrictRace]`: the districts
  the map colours, each with its status as shown on `today` (display_status.py).
- `tooltip_html(slate, race, district_name=None, today=None) -> str`
- `also_here(slate, level, today=None) -> dict[district_id, str]`: a tooltip line (escaped HTML) naming the
  slate races of the other levels in each district, so the map tells what the district finder tells there.
- `browser_info(districts, points) -> dict`: the small {district_id: {...}} the map script styles by.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import labels
from ..data.models import Race
from ..data.slate import Slate
from ..race_day import SlateOnDay
from ..i18n import _, language
from ..text import html_escape
from . import geometry
from .filters import MapState, races_matching


@dataclass(frozen=True)
class DistrictRace:
    district: str
    race_id: str
    status: str
    letter: str
    tooltip: str  # escaped HTML


def district_races(
    slate: Slate, view: MapState, names: dict[str, str] | None = None, today: dt.date | None = None
) -> dict[str, DistrictRace]:
    """The newest matching race of each district on the view's level (once per filter, day and language:
    a map click reruns the page with the same districts)."""
    key = ("map.district_races", view.level, view.state, tuple(view.statuses), today, language(), names is not None)
    return dict(slate.cached(key, lambda: _district_races(slate, view, names, today)))


def _district_races(slate: Slate, view: MapState, names: dict[str, str] | None, today: dt.date | None) -> dict[str, DistrictRace]:
    found: dict[str, DistrictRace] = {}
    day = SlateOnDay(slate, today)
    for race in sorted(races_matching(slate, view, today=today), key=lambda r: -r.cycle):
        if race.district in found:
            continue
        status = day.status(race)
        found[race.district] = DistrictRace(
            race.district, race.id, status, labels.status_letter(status),
            tooltip_html(slate, race, (names or {}).get(race.district), today, day),
        )
    return found


def tooltip_html(slate: Slate, race: Race, district_name: str | None = None, today: dt.date | None = None,
                 day: SlateOnDay | None = None) -> str:
    """District, incumbent and slate candidate(s), with the status in words and letter (`day`: the page's
    SlateOnDay, built once; else one is built for `today`)."""
    day = day or SlateOnDay(slate, today)
    slate_line = html_escape(day.slate_names(race))
    label, _meaning, _colour, letter = labels.STATUS[day.status(race)]
    lines = [
        f"<b>{html_escape(race.district)}</b> {html_escape(district_name or race.office)}",
        _("Status: {status} ({letter}), {cycle}").format(status=html_escape(_(label)), letter=html_escape(_(letter)), cycle=race.cycle),
        _("Incumbent: {incumbent}").format(incumbent=_incumbent(race)),
        _("Slate: {candidates}").format(candidates=slate_line),
    ]
    return "<br>".join(lines)


def _incumbent(race: Race) -> str:
    if not race.incumbent:
        return html_escape(_("not recorded"))
    party = f" ({html_escape(race.incumbent_party)})" if race.incumbent_party else ""
    return html_escape(race.incumbent) + party


def also_here(slate: Slate, level: str, today: dt.date | None = None) -> dict[str, str]:
    return dict(slate.cached(("map.also_here", level, today, language()), lambda: _also_here(slate, level, today)))


def _also_here(slate: Slate, level: str, today: dt.date | None) -> dict[str, str]:
    found: dict[str, list[Race]] = {}
    newest: dict[str, Race] = {}
    day = SlateOnDay(slate, today)
    for race in sorted(slate.races.values(), key=lambda r: (r.level.value, r.district, -r.cycle)):
        if race.level.value != level:
            newest.setdefault(f"{race.level.value}:{race.district}", race)
    for race in newest.values():
        for district in geometry.districts_overlapping(level, race.level.value, race.district):
            found.setdefault(district, []).append(race)
    return {
        district: _("Also here: {races}").format(races="; ".join(
            f"{html_escape(r.office)} ({html_escape(labels.status_label(day.status(r)))})"
            for r in races))
        for district, races in sorted(found.items())
    }


def browser_info(districts: dict[str, DistrictRace], points: dict[str, tuple[float, float]]) -> dict:
    """{district: {"s": status, "t": tooltip, "p": [lat, lon] or None}}: all the script needs to style."""
    return {
        d.district: {"s": d.status, "t": d.tooltip, "p": list(points[d.district]) if d.district in points else None}
        for d in districts.values()
    }
