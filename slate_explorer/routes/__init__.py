"""The URL is the interface: one declared route per page, and the one way to build a link to it.

A route names its page file, URL path, title and typed state (`states.py`). `app.py` builds its navigation
from `ROUTES`; the pages parse their link with `parse`; every link in the app, the share bar, the embed
snippets, the static export and the CLI comes from `link` (which keeps `v` and `lang` and the path the
app is mounted under, `server.baseUrlPath`, passed in by the page layer: this package never imports
streamlit). A link is parsed on the day it is read (`today`: page.today, or the CLI's --today): which
races `?wins=` and `?prob=` may name depends on it (phase.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Mapping
from urllib.parse import urlencode

from ..data.versions import Loaded, load_slate
from ..i18n import N_
from .states import (AgendaState, Common, DataState, FindState, HomeState, MajorityState, MapState, ShareState,
                     State)
from .values import check_values, first


@dataclass(frozen=True)
class Route:
    id: str
    file: str  # the page script, relative to app.py
    path: str  # URL path under the app's base path ("" for home)
    title: str  # English, marked with N_: translate with _() where shown
    icon: str
    state: type[State]
    embeddable: bool = False  # has an embed layout (?embed=true): other sites may frame it (deploy/nginx)


ROUTES: dict[str, Route] = {r.id: r for r in (
    Route("home", "views/home.py", "", N_("Home"), ":material/home:", HomeState),
    Route("map", "views/map.py", "map", N_("Map"), ":material/map:", MapState, embeddable=True),
    Route("find", "views/find.py", "find", N_("Find your district"), ":material/search:", FindState),
    Route("agenda", "views/agenda.py", "agenda", N_("Shared agenda"), ":material/checklist:", AgendaState),
    Route("majority", "views/majority.py", "majority", N_("Majority calculator"), ":material/calculate:", MajorityState,
          embeddable=True),
    Route("share", "views/share.py", "share", N_("Share & embed"), ":material/share:", ShareState),
    Route("data", "views/data.py", "data", N_("Data"), ":material/database:", DataState),
)}
PAGES = tuple(ROUTES)

# Order of parameters in a link, so the same view always gives the same URL.
PARAM_ORDER = ("race", "district", "level", "state", "status", "plank", "candidate", "former", "wins", "prob", "rest",
               "other", "sign", "assume", "target", "compare", "v", "lang", "embed", "accent")


@dataclass(frozen=True)
class Parsed:
    common: Common
    state: State
    notes: tuple[str, ...]


def checkers(route_id: str) -> dict:
    """Every parameter a page understands: the common ones and its own."""
    route = ROUTES.get(route_id)
    return {**Common.PARAMS, **(route.state.PARAMS if route else {})}


VALIDATORS = {"common": Common.PARAMS, **{r.id: r.state.PARAMS for r in ROUTES.values()}}


@dataclass(frozen=True)
class Checked:
    values: dict[str, str]  # every valid parameter, in normal form
    notes: tuple[str, ...]


def parse_params(route_id: str, params: Mapping[str, object], slate=None, today: dt.date | None = None) -> Checked:
    """The first step of `parse`: each parameter's value checked on its own (unknown pages: the common ones)."""
    found, notes = check_values(checkers(route_id), params, slate, today)
    return Checked(found, tuple(notes))


def parse(route_id: str, params: Mapping[str, object], slate, today: dt.date | None = None) -> Parsed:
    """A page's link, read on `today` -> its common state, its own state and one note per thing the reader
    should know (None: statuses as recorded, no day compared)."""
    found, notes = check_values(checkers(route_id), params, slate, today)
    notes = list(notes)
    common, _none = Common.from_values({k: v for k, v in found.items() if k in Common.PARAMS}, slate)
    own = {k: v for k, v in found.items() if k not in Common.PARAMS}
    state, more = ROUTES[route_id].state.from_values(own, slate, today)
    return Parsed(common, state, tuple(notes + more))


def read(route_id: str, params: Mapping[str, object], today: dt.date | None = None) -> tuple[Loaded, Parsed | None]:
    """A page's link, read once per page run: the version it pins first (`load_slate`, whose notice says
    when `v` names no listed version; `v` is then dropped from every onward link), then everything else
    on that version's data. None for the link when no version could be loaded."""
    loaded = load_slate(first(params.get("v", "")).strip() or None)
    if loaded.slate is None:
        return loaded, None
    parsed = parse(route_id, {k: v for k, v in params.items() if k != "v"}, loaded.slate, today)
    return loaded, replace(parsed, common=parsed.common.with_(v=loaded.requested))


def params_of(state: State | None = None, common: Common | None = None) -> dict[str, str]:
    """The link's parameters in canonical order (for st.page_link, which builds its own address)."""
    params = {**(state.to_params() if state else {}), **(common.to_params() if common else {})}
    return dict(sorted(params.items(), key=lambda kv: _rank(kv[0])))


def link(route_id: str, state: State | None = None, common: Common | None = None, base: str = "") -> str:
    """The link to a page in a state. `base`: where the app is mounted ("", "/slate", or an origin with it)."""
    query = urlencode(params_of(state, common), safe=",-")
    return f"{base.rstrip('/')}/{ROUTES[route_id].path}" + (f"?{query}" if query else "")


def _rank(name: str) -> tuple[int, str]:
    return (PARAM_ORDER.index(name) if name in PARAM_ORDER else len(PARAM_ORDER), name)


def mount(origin: str, base_url_path: str | None) -> str:
    """`https://x.org` + Streamlit's `server.baseUrlPath` ("slate" or "/slate/") -> `https://x.org/slate`."""
    path = (base_url_path or "").strip("/")
    return origin.rstrip("/") + (f"/{path}" if path else "")


@dataclass(frozen=True)
class Here:
    """What links from a page keep: its version and language, and the path the app is mounted under."""

    common: Common = Common()
    base: str = ""

    @classmethod
    def of(cls, here: "Here | Mapping[str, str]") -> "Here":
        if isinstance(here, Here):
            return here
        return cls(Common(v=here.get("v"), lang=here.get("lang")))

    def to(self, route_id: str, state: State | None = None) -> str:
        return link(route_id, state, self.common.carried(), self.base)


__all__ = ["ROUTES", "PAGES", "VALIDATORS", "Route", "Parsed", "Checked", "parse_params", "Here", "parse", "read", "link", "params_of", "mount", "checkers",
           "AgendaState", "Common", "DataState", "FindState", "HomeState", "MajorityState", "MapState",
           "ShareState", "State"]
