"""Debian's Chromium for Playwright, a live app to point it at, and waiting for Streamlit's script run."""

from __future__ import annotations

import subprocess

from .procs import spawn_streamlit, wait_healthy

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def start_streamlit(env_extra: dict | None = None, log_name: str = "streamlit") -> tuple[str, subprocess.Popen]:
    """`streamlit run app.py` on a free loopback port (the settings ./run.sh uses), once healthy."""
    app = spawn_streamlit(env=env_extra, log_name=log_name)
    wait_healthy(app.base, app.process)
    return app.base, app.process


def wait_for_app(page) -> None:
    """Wait until Streamlit has finished running the script (no 'running' indicator, main block shown)."""
    page.wait_for_selector('[data-testid="stMain"]', timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )
