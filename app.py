"""Slate Explorer: the entry point. `streamlit run app.py`. Pages live in views/ (not pages/: that name
would switch Streamlit into its legacy multipage mode), logic in slate_explorer/."""

import streamlit as st

from views._share_bar import bar_style_and_menu, language_switch, share_bar
from views._shell import embedded, page_footer
from slate_explorer.i18n import _
from slate_explorer.routes import ROUTES

# A local icon: a :material/...: icon would make every visitor's browser fetch it from Google's servers.
# Its static URL, not the file: a file is read, hashed and stored as media again on every run of every
# page (about 4% of the server's samples under load); /app/static/ is served as it is (nginx: from disk).
FAVICON = "/app/static/favicon.png"
st.set_page_config(page_title="Slate Explorer", page_icon=FAVICON, layout="wide")

in_iframe = embedded()
# Not st.container(horizontal=True): a horizontal bar here stopped the map iframe from reporting clicks.
# The row is made in CSS (views/_top_bar.css) over this plain container.
top = st.container(key="top-bar")
if not in_iframe:
    with top:
        language_switch()
        bar_style_and_menu()

PAGES = [
    st.Page(route.file, title=_(route.title), icon=route.icon, url_path=route.path or None, default=route.id == "home")
    for route in ROUTES.values()
]
current = st.navigation(PAGES, position="hidden" if in_iframe else "top")
current.run()
page_footer()  # one data footer per page, with the sources of everything the page showed
if not in_iframe:
    with top:
        share_bar(next(r.id for r in ROUTES.values() if r.path == (current.url_path or "")), current.title)
