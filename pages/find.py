"""Find your district: type a district id and see the slate race there."""

import streamlit as st

from pages._shell import data_footer, start
from slate_explorer import labels
from slate_explorer.text import md_escape

page = start("find")
slate = page.slate

st.title("Find your district")
district = st.text_input("District (for example NY-14, MI or NYC)", value=page.view.get("district", ""))
if district:
    races = slate.races_in_district(district)
    if not races:
        st.markdown(f"No slate race is recorded in {md_escape(district.upper())}.")
    for race in races:
        names = ", ".join(c.name for c in slate.candidates_in(race.id)) or "no slate candidate yet"
        st.markdown(f"**{md_escape(race.office)}** — {labels.status_label(race.status)}: {md_escape(names)}")
        data_footer(slate, race.source_id)
