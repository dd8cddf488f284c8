"""What the Share & embed page offers (embed targets and their URLs), and the embed layout's accent colour.

Public:
- `EmbedTarget`, `embed_targets(slate)`, `embed_url(...)`, `embed_snippet(...)`
- `accent_colour(value) -> '#rrggbb' | None`: the ?accent= value, checked again (never raw input).
- `embed_css(accent) -> str`: the embed layout's small <style>: tight spacing, a thin accent top border.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data.slate import Slate
from ..i18n import _
from ..labels import LEVELS, level_label
from ..majority.scenario import contestable_races
from ..routes import Common, MajorityState, MapState, State, link
from .links import iframe_snippet


@dataclass(frozen=True)
class EmbedTarget:
    key: str  # "race:ca-11-2026", "level:us_house", "scenario:all"
    label: str
    route: str
    state: State


def embed_targets(slate: Slate) -> list[EmbedTarget]:
    """Every race's card and map, every map level, and the majority scenarios worth embedding."""
    targets = [
        EmbedTarget(f"race:{r.id}", _("Race: {office} ({cycle})").format(office=r.office, cycle=r.cycle), "map", MapState(level=r.level.value, race=r.id))
        for r in sorted(slate.races.values(), key=lambda r: (-r.cycle, r.district))
    ]
    targets += [EmbedTarget(f"level:{lvl.value}", _("Map: {level}").format(level=level_label(lvl)), "map", MapState(level=lvl.value)) for lvl in LEVELS]
    every = tuple(contestable_races(slate))
    targets += [
        EmbedTarget("scenario:all", _("Majority calculator: every slate race won"), "majority",
                    MajorityState(wins=every, contestable=every)),
        EmbedTarget("scenario:today", _("Majority calculator: the slate today"), "majority", MajorityState()),
    ]
    return targets


def embed_url(base: str, target: EmbedTarget, version: str, accent: str | None = None) -> str:
    common = Common(v=version, embed=True, accent=accent.lstrip("#").lower() if accent else None)
    return link(target.route, target.state, common, base)


def embed_snippet(base: str, target: EmbedTarget, version: str, accent: str | None = None, height: int = 560) -> str:
    return iframe_snippet(embed_url(base, target, version, accent), f"Slate Explorer — {target.label}", height)


ACCENT = re.compile(r"^#?([0-9a-fA-F]{6})$")
DEFAULT_ACCENT = "#1f1f1f"


def accent_colour(value: str | None) -> str | None:
    found = ACCENT.match(value or "")
    return f"#{found.group(1).lower()}" if found else None


def embed_css(accent: str | None) -> str:
    """Built only from a colour that matched ACCENT, so no URL text ever reaches the stylesheet."""
    colour = accent_colour(accent) or DEFAULT_ACCENT
    return (
        "<style>"
        f'[data-testid="stAppViewContainer"]{{border-top:4px solid {colour}}}'
        '[data-testid="stMainBlockContainer"]{padding-top:0.6rem;padding-bottom:0.6rem}'
        "</style>"
    )
