"""What every page does first: read the URL, set the language, load the data version, show notices.

Thin Streamlit glue: validation and loading live in slate_explorer; this only draws.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from functools import cached_property

import streamlit as st

from slate_explorer.race_day import SlateOnDay
from slate_explorer.data.slate import Slate
from slate_explorer.data.versions import Loaded
from slate_explorer.data_text import translated
from slate_explorer.freshness import freshness, freshness_html
from slate_explorer.i18n import _, language, set_language
from slate_explorer.routes import ROUTES, Common, Here, State, mount, params_of, read
from slate_explorer.share.links import public_base
from slate_explorer.text import md_escape


@dataclass(frozen=True)
class Page:
    slate: Slate  # its free text in the visitor's language (loaded.slate: as published)
    loaded: Loaded
    common: Common  # v, lang, embed, accent from the link
    state: State  # this page's own state, parsed by its route (slate_explorer/routes)
    today: dt.date  # read once per run; the package never reads the clock

    @property
    def here(self) -> Here:
        """For links inside the app: they keep v and lang and the path the app is mounted under."""
        return Here(self.common, mount("", st.get_option("server.baseUrlPath")))

    @property
    def embed(self) -> bool:
        return embedded()

    @cached_property
    def day(self) -> SlateOnDay:
        """The slate as read today: built once per page run, asked by everything the page draws."""
        return SlateOnDay(self.slate, self.today)


def embedded() -> bool:
    """?embed=true: Streamlit keeps it out of st.query_params and reports it in st.context.
    (AppTest has no browser URL, so there the query parameter itself counts.)"""
    return bool(st.context.is_embedded) or st.query_params.get("embed") == "true"


def today() -> dt.date:
    """Today's date, or SLATE_TODAY (YYYY-MM-DD) so tests and drills can pin the day a page is read on."""
    pinned = os.environ.get("SLATE_TODAY", "")
    try:
        return dt.date.fromisoformat(pinned) if pinned else dt.date.today()
    except ValueError:
        return dt.date.today()


def public_here() -> Here:
    """For links people copy: the public address, with the path the app is mounted under."""
    return Here(base=public_base(st.context.url, st.get_option("server.baseUrlPath")))


def carry_common_params() -> None:
    """st.query_params is cleared on page switch: restore v/lang/embed/accent from the session."""
    carried = st.session_state.setdefault("_carried_params", {})
    for name in Common.PARAMS:
        if name in st.query_params:
            carried[name] = st.query_params.get(name)
        elif name in carried:
            write_params({name: carried[name]}, names=(name,))


def write_params(wanted: dict[str, str], names, force: bool = False) -> None:
    """The one place the app writes the address bar: make `names` say exactly `wanted` (absent = removed).
    `force` writes even what seems to agree (a page link changes the session's parameters, not the bar)."""
    for name in names:
        if name in wanted and (force or st.query_params.get(name) != wanted[name]):
            st.query_params[name] = wanted[name]
        elif name not in wanted and (force or name in st.query_params):
            st.query_params.pop(name, None)


def write_state(route_id: str, state: State, force: bool = False, skip: tuple[str, ...] = ()) -> None:
    """After the visitor changed the view: the link says the new state (its route's parameters only;
    `skip`: those bound to a widget by Streamlit, which writes them itself)."""
    showing(route_id, state)
    write_params(params_of(state), names=[n for n in ROUTES[route_id].state.PARAMS if n not in skip], force=force)


def start(page_id: str) -> Page:
    """Parse this page's URL, load the (pinned) data version, and show what the visitor must know."""
    carry_common_params()
    st.session_state.pop(CITED, None)  # a run cut short (a click mid-run) leaves no sources behind
    set_language(st.query_params.get("lang"))  # first: the notices below are written in it
    day = today()  # what a link may ask for depends on the day it is read on (?wins=: races still open)
    loaded, parsed = read(page_id, st.query_params.to_dict(), day)  # the link's one reading in this run
    for note in loaded.notices:
        st.warning(md_escape(note), icon=":material/info:")
    for note in parsed.notes if parsed else ():
        st.info(md_escape(note), icon=":material/link_off:")
    if loaded.slate is None:
        st.error(_("The slate data cannot be shown right now. Please try again later."))
        st.stop()
    page = Page(translated(loaded.slate), loaded, parsed.common, parsed.state, day)
    st.session_state[SHOWN] = Shown(page_id, page.common, page.state)
    show_freshness(page)
    return page


SHOWN = "_page_shown"  # session key: the view the page in progress shows, for the share bar


@dataclass(frozen=True)
class Shown:
    """The view a page shows: its link as read at the start of the run, with the choices made since."""

    route_id: str
    common: Common
    state: State


def showing(route_id: str, state: State) -> None:
    """The page now shows `state` (a visitor's choice): the share bar links to it. write_state says it;
    a page whose widgets Streamlit binds to the link itself says it once they are drawn."""
    shown = st.session_state.get(SHOWN)
    if shown and shown.route_id == route_id:
        st.session_state[SHOWN] = replace(shown, state=state)


def shown_view(route_id: str) -> Shown | None:
    """The view this run drew (None when the page stopped before reading its link, or is another page's)."""
    shown = st.session_state.pop(SHOWN, None)
    return shown if shown and shown.route_id == route_id else None


def show_freshness(page: Page) -> None:
    """Once per page, near the top, in small type (a notice box, or an expander, would take a phone's
    first screen): the data's as-of date, how many elections were held since, and which in a <details>."""
    # Once per version, day and language: at 1,000 races, listing the elections held since costs ~100 ms a rerun.
    f = page.slate.cached(("freshness", page.today, language()), lambda: freshness(page.slate, page.today))
    st.markdown(freshness_html(f, page.here.to("data")), unsafe_allow_html=True)


CITED = "_page_sources"  # session key: the sources the page in progress has cited, for its one footer


def data_footer(slate: Slate, *source_ids: str) -> None:
    """Cite the sources of what was just drawn: every fact shown carries its source and 'as of' date.
    A page gets one footer, drawn after it ran (page_footer, from app.py), listing every source it cited;
    an embedded view, which may stop early, draws its footer at once."""
    if embedded():
        _draw_footer(slate, source_ids)
        return
    cited = st.session_state.setdefault(CITED, {"slate": slate, "ids": {}})
    cited["slate"] = slate
    cited["ids"].update(dict.fromkeys(source_ids))


def page_footer() -> None:
    """The page's one data footer: version, as-of date and the sources of everything it showed."""
    cited = st.session_state.pop(CITED, None)
    if cited:
        _draw_footer(cited["slate"], list(cited["ids"]))


def _draw_footer(slate: Slate, source_ids) -> None:
    """The version line in view; the sources folded under it (on the home page they were a quarter of a
    phone's scrolling), each a link, one per line."""
    names = [slate.sources[s] for s in dict.fromkeys(source_ids) if s in slate.sources]
    parts = [f"[{md_escape(s.title)}]({s.url})" if s.url else md_escape(s.title) for s in names]
    line = _("Data version {version} (as of {as_of}).").format(version=slate.version, as_of=slate.as_of)
    # Small type at full strength, not st.caption: a caption is drawn at 60% opacity, which leaves its
    # source links at 3:1 contrast (WCAG AA asks 4.5:1) whatever the link colour.
    st.divider()
    st.markdown(f":small[{line}]")
    if parts:
        with st.expander(_("Sources of this page ({count})").format(count=len(parts))):
            st.markdown("\n".join(f"- :small[{part}]" for part in parts))
