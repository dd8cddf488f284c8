"""Majority calculator: the chambers the slate would change."""

import streamlit as st

from pages._shell import data_footer, start
from slate_explorer.text import md_escape

page = start("majority")
slate = page.slate

st.title("What a coordinated majority would pass")
for chamber in slate.chambers.values():
    if chamber.kind == "executive":
        continue
    parties = ", ".join(f"{p.party} {p.seats}" for p in slate.parties_of(chamber.id))
    approx = " (approximate)" if chamber.approximate else ""
    st.markdown(f"- **{md_escape(chamber.name)}**: {chamber.seats} seats; {parties}; vacant {chamber.vacancies}{approx}")
data_footer(slate, *(c.source_id for c in slate.chambers.values()))
