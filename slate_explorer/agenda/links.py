"""Links from the agenda page to a race card, the majority calculator and back, carrying v and lang.

Markdown links open a fresh page load, which loses session state, so the pinned version and
language travel in the link itself. `here` is the page's `routes.Here` (a plain mapping of its
link values also works, for an app mounted at the root).
"""

from __future__ import annotations

from typing import Mapping

from ..routes import AgendaState, Here, MajorityState, MapState


def race_href(race_id: str, here: Here | Mapping[str, str]) -> str:
    """The race card on the map page."""
    return Here.of(here).to("map", MapState(race=race_id))


def plank_href(plank_id: str, here: Here | Mapping[str, str]) -> str:
    """What passing the plank needs, on the majority calculator."""
    return Here.of(here).to("majority", MajorityState(plank=plank_id))


def agenda_href(here: Here | Mapping[str, str], plank: str | None = None, candidate: str | None = None) -> str:
    return Here.of(here).to("agenda", AgendaState(plank=plank, candidate=candidate))
