"""AppTest helpers: run app.py, switch to a page with query parameters, return the finished run."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def run_page(page: str, timeout: float = 60, **params: str) -> AppTest:
    """Run views/<page>.py through app.py (so navigation and the shell are real) with ?params."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for name, value in params.items():
        at.query_params[name] = value
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """All markdown, captions, titles and headers of a run as one string (for 'is it shown' checks)."""
    parts = [e.value for kind in ("title", "header", "subheader", "markdown", "caption") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts).replace("\\", "")


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
