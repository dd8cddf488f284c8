"""Slate Explorer: the entry point. `streamlit run app.py`. Pages live in pages/, logic in slate_explorer/."""

from pathlib import Path

import streamlit as st

from pages._share_bar import language_switch, share_bar
from slate_explorer.i18n import _

# A local icon: a :material/...: icon would make every visitor's browser fetch it from Google's servers.
FAVICON = Path(__file__).parent / "static" / "favicon.png"
st.set_page_config(page_title="Slate Explorer", page_icon=str(FAVICON), layout="wide")

embedded = st.query_params.get("embed") == "true"
top = st.container(horizontal=True, vertical_alignment="center")
with top:
    language_switch()

PAGES = [
    st.Page("pages/home.py", title=_("Home"), icon=":material/home:", default=True),
    st.Page("pages/map.py", title=_("Map"), icon=":material/map:", url_path="map"),
    st.Page("pages/find.py", title=_("Find your district"), icon=":material/search:", url_path="find"),
    st.Page("pages/agenda.py", title=_("Shared agenda"), icon=":material/checklist:", url_path="agenda"),
    st.Page("pages/majority.py", title=_("Majority calculator"), icon=":material/calculate:", url_path="majority"),
    st.Page("pages/share.py", title=_("Share & embed"), icon=":material/share:", url_path="share"),
    st.Page("pages/data.py", title=_("Data"), icon=":material/database:", url_path="data"),
]
current = st.navigation(PAGES, position="hidden" if embedded else "top")
current.run()
if not embedded:
    with top:
        share_bar(current.url_path or "home", current.title)
