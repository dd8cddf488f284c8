"""Share & embed: links to every view."""

import streamlit as st

from pages._shell import start

page = start("share")
slate = page.slate

st.title("Share & embed")
for race in slate.races.values():
    st.markdown(f"- {race.district}: `/map?race={race.id}&v={slate.version}`")
