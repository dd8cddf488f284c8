"""A race card on a page: the race card (slate_explorer.race_card, the words every medium draws) with the
page's links: the plank links and the race's map link (carrying the pinned version and language).

Public:
- `PlankLink(id, title, href)`, `RaceView(card, open, planks, map_href)`;
  `race_view(slate, race_id, here, today, day=None) -> RaceView`; `open`: the deciding election is still ahead.
- Re-exported from slate_explorer.race_card for the pages that draw a card: `RaceCard`, `Link`, `HTTPS`,
  `race_card`, `incumbent_line`, `https_links`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from ..agenda.links import agenda_href, race_href
from ..data.slate import Slate
from ..race_card import HTTPS, Link, RaceCard, https_links, incumbent_line, race_card  # noqa: F401 (re-exported for the pages)
from ..race_day import SlateOnDay
from ..routes import Here


@dataclass(frozen=True)
class PlankLink:
    id: str
    title: str
    href: str


@dataclass(frozen=True)
class RaceView:
    card: RaceCard
    open: bool  # its deciding election is still ahead on the page's day (race_day.SlateOnDay.still_ahead)
    planks: dict[str, tuple[PlankLink, ...]]  # candidate id -> the planks they back
    map_href: str


def race_view(slate: Slate, race_id: str, here: Here | Mapping[str, str], today: dt.date,
              day: SlateOnDay | None = None) -> RaceView:
    day = day or SlateOnDay(slate, today)
    c = race_card(slate, race_id, day=day)
    planks = {person.id: _backed(slate, person.id, here) for person in c.candidates}
    return RaceView(c, day.still_ahead(race_id), planks, race_href(race_id, here))


def _backed(slate: Slate, candidate_id: str, here) -> tuple[PlankLink, ...]:
    return tuple(
        PlankLink(plank_id, slate.planks[plank_id].title, agenda_href(here, plank=plank_id))
        for plank_id, position in slate.positions_of(candidate_id).items()
        if position.stance.value == "backs" and plank_id in slate.planks
    )
