"""The naive baseline for the app benchmarks: the smallest Streamlit app (one title, one line)."""

import streamlit as st

st.title("Baseline")
st.write("One line of text: what any Streamlit page costs before it does anything.")
