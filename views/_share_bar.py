"""The bar at the top of every page: language switch and the Share control for this exact view, side by
side, and the phone's page menu (a labelled button that closes after a page is chosen)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from slate_explorer.i18n import LANGUAGES, _, set_language
from slate_explorer import routes
from slate_explorer.share.links import qr_png, share_text
from views._shell import public_here, shown_view, write_params


HERE = Path(__file__).parent


@st.cache_resource(show_spinner=False)
def _menu_component():
    """A few lines of the app's own JS (st.components.v2), registered once per process."""
    return st.components.v2.component("slate_menu", js=(HERE / "_menu.js").read_text(encoding="utf-8"))


def bar_style_and_menu() -> None:
    """The bar's CSS (a row; copy buttons visible without hover) and the phone menu's label and closing."""
    label = _("Menu")
    css = (HERE / "_top_bar.css").read_text(encoding="utf-8")
    quoted = '"' + label.replace("\\", "\\\\").replace('"', '\\"').replace("<", "") + '"'  # a CSS string
    st.html(f"<style>:root{{--slate-menu-label:{quoted}}}{css}</style>")
    _menu_component()(data={"open": _("Menu: the site's pages"), "skip": _("Skip to main content")}, key="slate-menu")


def language_switch() -> None:
    """Drawn before the page runs, so the page draws in the chosen language."""
    current = st.query_params.get("lang") if st.query_params.get("lang") in LANGUAGES else "en"
    choice = st.segmented_control(
        "Language / Idioma", list(LANGUAGES), default=current, format_func=LANGUAGES.get,
        key="language", label_visibility="collapsed",
    ) or current
    if choice != current:  # only a visitor's choice rewrites the link (a bad ?lang= is noted by the page)
        write_params({"lang": choice}, names=("lang",))
    set_language(choice)


def share_bar(route_id: str, title: str) -> None:
    """Drawn after the page ran, so the link includes what the visitor selected there: the page's link as
    it was read once at its start (views/_shell.start), with the choices the page made since."""
    shown = shown_view(route_id)
    if shown is None:
        return
    link = routes.link(route_id, shown.state, shown.common.with_(embed=False), public_here().base)
    with st.popover(_("Share this view"), icon=":material/share:"):
        st.markdown(_("**Link to exactly what you see** (copy it with the button on the right):"))
        st.code(link, language=None, wrap_lines=True)
        st.markdown(_("**Text to post or send:**"))
        st.code(share_text(_("Slate Explorer: {page}").format(page=title), link), language=None, wrap_lines=True)
        png = qr_png(link)
        st.image(png, caption=_("QR code of this link, for printed flyers"), width=180)
        st.download_button(_("Download the QR code (PNG)"), png, file_name="slate-explorer-qr.png", mime="image/png")
