"""Links from the agenda page to a race card, the majority calculator and back, carrying v and lang.

Markdown links open a fresh page load, which loses session state, so the pinned version and
language travel in the link itself.
"""

from __future__ import annotations

from typing import Mapping
from urllib.parse import urlencode

CARRIED = ("v", "lang")


def app_href(path: str, view_values: Mapping[str, str], **params: str | None) -> str:
    query = {k: v for k, v in params.items() if v}
    query.update({k: view_values[k] for k in CARRIED if view_values.get(k)})
    return path + ("?" + urlencode(query) if query else "")


def race_href(race_id: str, view_values: Mapping[str, str]) -> str:
    """The race card on the map page."""
    return app_href("/map", view_values, race=race_id)


def plank_href(plank_id: str, view_values: Mapping[str, str]) -> str:
    """What passing the plank needs, on the majority calculator."""
    return app_href("/majority", view_values, plank=plank_id)


def agenda_href(view_values: Mapping[str, str], plank: str | None = None, candidate: str | None = None) -> str:
    return app_href("/agenda", view_values, plank=plank, candidate=candidate)
