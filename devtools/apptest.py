"""AppTest helpers: run app.py, switch to a page with query parameters, return the finished run."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from .procs import ROOT


def run_page(page: str, timeout: float = 60, **params: str) -> AppTest:
    """Run views/<page>.py through app.py (so navigation and the shell are real) with ?params."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for name, value in params.items():
        at.query_params[name] = value
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
