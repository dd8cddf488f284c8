"""Shared agenda: the planks and who backs them."""

import streamlit as st

from pages._shell import data_footer, start
from slate_explorer.text import md_escape

page = start("agenda")
slate = page.slate

st.title("Shared agenda")
for plank in slate.planks.values():
    backers = [slate.candidates[p.candidate_id].name for p in slate.positions if p.plank_id == plank.id and p.stance.value == "backs"]
    st.subheader(md_escape(plank.title))
    st.markdown(md_escape(plank.summary))
    st.markdown(f"Backed by: {md_escape(', '.join(backers)) if backers else 'no slate candidate on record'}")
data_footer(slate, *(p.source_id for p in slate.planks.values()))
