"""AppTest helpers: run app.py, switch to a page with query parameters, return the finished run."""

from __future__ import annotations

import html5lib
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from devtools.apptest import run_page
from devtools.procs import ROOT

__all__ = ["ROOT", "run_page", "texts", "submit", "html_tables"]


def texts(at: AppTest) -> str:
    """All markdown, captions, titles and headers of a run as one string (for 'is it shown' checks)."""
    parts = [e.value for kind in ("title", "header", "subheader", "markdown", "caption") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts).replace("\\", "")


def html_tables(at: AppTest) -> list[pd.DataFrame]:
    """The HTML tables a run drew with st.html (the map's races table), as frames: header cells, then rows."""
    frames = []
    for element in at.get("html"):
        if "<table" not in element.proto.body:
            continue
        doc = html5lib.parse(element.proto.body, namespaceHTMLElements=False)
        rows = [[td.text or "" for td in tr.findall("td")] for tr in doc.iter("tr")]
        frames.append(pd.DataFrame([r for r in rows if r], columns=[th.text for th in doc.iter("th")]))
    return frames


@pytest.fixture(autouse=True)
def read_on_a_fixed_day(monkeypatch):
    """Pages are read on 1 December 2025 unless a test pins another day: the shipped versions' 2026 races
    are still ahead then, so what these tests check does not change with the day they run."""
    monkeypatch.setenv("SLATE_TODAY", "2025-12-01")


@pytest.fixture
def page_runner():
    return run_page


def submit(at, key: str, value: str, button: int):
    """Type into one of the page's forms and press its button (on Find: 0 address, 1 ZIP, 2 district)."""
    at.text_input(key=key).input(value)
    at.button[button].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
