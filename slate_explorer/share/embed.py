"""What the Share & embed page offers (embed targets and their URLs), and the embed layout's accent colour.

Public:
- `EmbedTarget`, `embed_targets(slate)`, `default_target(slate, targets, today)`, `embed_url(...)`,
  `embed_snippet(...)`: a snippet pins a data version only when the person chose to (`version=None`: the
  embed follows the newest version), as "Share this view" links keep `v` only when the page's link has it.
- `static_site_url()`, `static_page(...)`, `EmbedChoice`, `embed_choices(...)`: where the static export is
  published (SLATE_STATIC_URL), its race pages are the default iframe (plain files: they draw about ten
  times sooner and cost the app's server nothing); the live embed stays for what the export lacks.
- `accent_colour(value) -> '#rrggbb' | None`: the ?accent= value, checked again (never raw input).
- `embed_css(accent) -> str`: the embed layout's small <style>: tight spacing, a thin accent top border.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

from ..data.slate import Slate
from ..i18n import DEFAULT, _
from ..labels import LEVELS, level_label
from ..majority.scenario import contestable_races
from ..race_day import SlateOnDay
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


def default_target(slate: Slate, targets: list[EmbedTarget], today: dt.date | None) -> EmbedTarget:
    """What /share offers first: of the races whose deciding election is still ahead on `today`, the one
    decided soonest (a campaign that can use the embed), else the national House map."""
    day = SlateOnDay(slate, today)
    ahead = {}
    for target in targets:
        race = slate.races.get(getattr(target.state, "race", None) or "")
        if race and today and day.still_ahead(race):
            ahead[target.key] = (day.phase(race).date or dt.date.max, len(ahead))
    if ahead:
        return next(t for t in targets if t.key == min(ahead, key=ahead.get))
    return next(t for t in targets if t.key == "level:us_house")


def embed_url(base: str, target: EmbedTarget, version: str | None, accent: str | None = None, lang: str = DEFAULT) -> str:
    """`version`: the data version the embed keeps showing, None to follow the newest; `lang`: the language
    of the page the snippet was made on, so the embed speaks it too."""
    common = Common(v=version, lang=None if lang == DEFAULT else lang, embed=True,
                    accent=accent.lstrip("#").lower() if accent else None)
    return link(target.route, target.state, common, base)


def embed_snippet(base: str, target: EmbedTarget, version: str | None, accent: str | None = None, height: int = 560,
                  lang: str = DEFAULT) -> str:
    return iframe_snippet(embed_url(base, target, version, accent, lang), f"Slate Explorer — {target.label}", height)


def static_site_url() -> str | None:
    """The static export's published address (SLATE_STATIC_URL, e.g. https://slate.example.org/static-site),
    or None when the operator has not published one."""
    return os.environ.get("SLATE_STATIC_URL", "").strip().rstrip("/") or None


def static_page(static_base: str, target: EmbedTarget, lang: str = DEFAULT) -> str | None:
    """The exported page that shows `target`, or None when the export has none (other levels, scenarios).

    `?embed=true` is ignored by a static host; behind the project's nginx it is what lets other sites frame it.
    """
    if not isinstance(target.state, MapState):
        return None
    if target.state.race:
        page = f"races/{target.state.race}.html"
    elif target.state.level == "us_house":
        page = "index.html"
    else:
        return None
    folder = "" if lang == DEFAULT else f"{lang}/"
    return f"{static_base}/{folder}{page}?embed=true"


@dataclass(frozen=True)
class EmbedChoice:
    kind: str  # "static" or "live"
    label: str
    url: str
    snippet: str
    note: str


def embed_choices(app_base: str, static_base: str | None, target: EmbedTarget, version: str | None,
                  accent: str | None = None, height: int = 560, lang: str = DEFAULT) -> list[EmbedChoice]:
    """The iframes offered for a target, the recommended first: the static page where one is published."""
    title = f"Slate Explorer — {target.label}"
    live_url = embed_url(app_base, target, version, accent, lang)
    live = EmbedChoice("live", _("Live app"), live_url, iframe_snippet(live_url, title, height),
                       _("Drawn by the app's server on every visit; follows the data version in the link and your "
                         "accent colour."))
    page = static_page(static_base, target, lang) if static_base else None
    if not page:
        return [live]
    static = EmbedChoice("static", _("Static page (recommended)"), page, iframe_snippet(page, title, height),
                         _("Plain files from the published static copy: they draw about ten times sooner and cost "
                           "the app's server nothing however many visitors a campaign sends. They show the data "
                           "version the copy was exported from, in its own colours."))
    return [static, live]


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
