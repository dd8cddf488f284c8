"""Slate Explorer: the entry point. `streamlit run app.py`. Pages live in pages/, logic in slate_explorer/."""

from pathlib import Path

import streamlit as st

from pages._share_bar import share_bar

# A local icon: a :material/...: icon would make every visitor's browser fetch it from Google's servers.
FAVICON = Path(__file__).parent / "static" / "favicon.png"
st.set_page_config(page_title="Slate Explorer", page_icon=str(FAVICON), layout="wide")

PAGES = [
    st.Page("pages/home.py", title="Home", icon=":material/home:", default=True),
    st.Page("pages/map.py", title="Map", icon=":material/map:", url_path="map"),
    st.Page("pages/find.py", title="Find your district", icon=":material/search:", url_path="find"),
    st.Page("pages/agenda.py", title="Shared agenda", icon=":material/checklist:", url_path="agenda"),
    st.Page("pages/majority.py", title="Majority calculator", icon=":material/calculate:", url_path="majority"),
    st.Page("pages/share.py", title="Share & embed", icon=":material/share:", url_path="share"),
    st.Page("pages/data.py", title="Data", icon=":material/database:", url_path="data"),
]

embedded = st.query_params.get("embed") == "true"
current = st.navigation(PAGES, position="hidden" if embedded else "top")
share_slot = st.container()
current.run()
if not embedded:
    with share_slot:
        share_bar(current.url_path or "home", current.title)
