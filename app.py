"""Slate Explorer: the entry point. `streamlit run app.py`. Pages live in views/ (not pages/: that name
would switch Streamlit into its legacy multipage mode), logic in slate_explorer/."""

from pathlib import Path

import streamlit as st

from views._share_bar import language_switch, share_bar
from views._shell import embedded
from slate_explorer.i18n import _
from slate_explorer.routes import ROUTES

# A local icon: a :material/...: icon would make every visitor's browser fetch it from Google's servers.
FAVICON = Path(__file__).parent / "static" / "favicon.png"
st.set_page_config(page_title="Slate Explorer", page_icon=str(FAVICON), layout="wide")

in_iframe = embedded()
top = st.container()  # not horizontal: a horizontal bar here stopped the map iframe from reporting clicks
if not in_iframe:
    with top:
        language_switch()

PAGES = [
    st.Page(route.file, title=_(route.title), icon=route.icon, url_path=route.path or None, default=route.id == "home")
    for route in ROUTES.values()
]
current = st.navigation(PAGES, position="hidden" if in_iframe else "top")
current.run()
if not in_iframe:
    with top:
        share_bar(next(r.id for r in ROUTES.values() if r.path == (current.url_path or "")), current.title)
