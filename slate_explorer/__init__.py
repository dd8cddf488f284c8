"""Slate Explorer: plain-Python core of the voter-facing slate dashboard (never imports streamlit)."""

__version__ = "0.1.0"
