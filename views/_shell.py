"""What every page does first: read the URL, set the language, load the data version, show notices.

Thin Streamlit glue: validation and loading live in slate_explorer; this only draws.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import streamlit as st

from slate_explorer.data.slate import Slate
from slate_explorer.data.versions import Loaded, load_slate
from slate_explorer.agenda.links import app_href
from slate_explorer.data_text import translated
from slate_explorer.freshness import freshness, freshness_html
from slate_explorer.i18n import _, set_language
from slate_explorer.share.urlstate import COMMON, ViewState, parse_params
from slate_explorer.text import md_escape


@dataclass(frozen=True)
class Page:
    slate: Slate  # its free text in the visitor's language (loaded.slate: as published)
    loaded: Loaded
    view: ViewState
    today: dt.date  # read once per run; the package never reads the clock

    @property
    def embed(self) -> bool:
        return embedded()


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


def carry_common_params() -> None:
    """st.query_params is cleared on page switch: restore v/lang/embed/accent from the session."""
    carried = st.session_state.setdefault("_carried_params", {})
    for name in COMMON:
        if name in st.query_params:
            carried[name] = st.query_params[name]
        elif name in carried:
            st.query_params[name] = carried[name]


def start(page: str) -> Page:
    """Parse this page's URL, load the (pinned) data version, and show what the visitor must know."""
    carry_common_params()
    st.session_state.pop(CITED, None)  # a run cut short (a click mid-run) leaves no sources behind
    set_language(st.query_params.get("lang"))  # first: the notices below are written in it
    loaded = load_slate(st.query_params.get("v"))
    view = parse_params(page, st.query_params.to_dict(), loaded.slate)
    for note in loaded.notices:
        st.warning(md_escape(note), icon=":material/info:")
    for note in view.notes:
        st.info(md_escape(note), icon=":material/link_off:")
    if loaded.slate is None:
        st.error(_("The slate data could not be loaded. The site's maintainers have been shown why."))
        st.stop()
    page = Page(translated(loaded.slate), loaded, view, today())
    show_freshness(page)
    return page


def show_freshness(page: Page) -> None:
    """Once per page, near the top, in small type (a notice box, or an expander, would take a phone's
    first screen): the data's as-of date, how many elections were held since, and which in a <details>."""
    f = freshness(page.slate, page.today)
    st.markdown(freshness_html(f, app_href("/data", page.view.values)), unsafe_allow_html=True)


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
    names = [slate.sources[s] for s in dict.fromkeys(source_ids) if s in slate.sources]
    parts = [f"[{md_escape(s.title)}]({s.url})" if s.url else md_escape(s.title) for s in names]
    line = _("Data version {version} (as of {as_of}).").format(version=slate.version, as_of=slate.as_of)
    if parts:
        line += " " + _("Sources:") + " " + "; ".join(parts) + "."
    # Small type at full strength, not st.caption: a caption is drawn at 60% opacity, which leaves its
    # source links at 3:1 contrast (WCAG AA asks 4.5:1) whatever the link colour.
    st.divider()
    st.markdown(f":small[{line}]")
