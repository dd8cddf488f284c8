"""Map of races (the interactive map is drawn by the map module; this is its text alternative)."""

import streamlit as st

from pages._shell import data_footer, start
from slate_explorer import labels
from slate_explorer.text import md_escape

page = start("map")
slate = page.slate

st.title("Every slate race")
selected = page.view.get("race")
for race in sorted(slate.races.values(), key=lambda r: (r.level.value, r.district)):
    names = ", ".join(c.name for c in slate.candidates_in(race.id)) or "no slate candidate yet"
    marker = " ← selected" if race.id == selected else ""
    st.markdown(f"- **{race.district}** {md_escape(race.office)}: {labels.status_label(race.status)}; {md_escape(names)}{marker}")
data_footer(slate, *(r.source_id for r in slate.races.values()))
