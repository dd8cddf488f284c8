"""The naive baseline for the first-draw benchmark: a minimal plain-folium page (one st_folium map of the
national House districts, embedded the usual way) and nothing else."""

import streamlit as st
from streamlit_folium import st_folium

from devtools.baselines import plain_map

st.title("Minimal map")
st_folium(plain_map("us_house"), height=520, use_container_width=True, returned_objects=[])
