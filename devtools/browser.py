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


# Whichever element scrolls (stMain on desktop, the document on a phone), the content's full height.
PAGE_HEIGHT = """() => Math.round(Math.max(document.scrollingElement.scrollHeight,
    ...[...document.querySelectorAll('[data-testid=stMain], [data-testid=stAppViewContainer]')].map(e => e.scrollHeight),
    document.querySelector('[data-testid=stMainBlockContainer]').getBoundingClientRect().bottom + window.scrollY))"""


def settled_height(page, footer: bool = True) -> int:
    """The page's full height once it has finished drawing: the script run is over, the data footer's rule is
    drawn (`footer`: pages that cite sources end with it) and the height held still for a second (tables and
    the map's frame arrive after the run)."""
    wait_for_app(page)
    if footer:
        page.wait_for_selector('[data-testid="stMain"] hr', timeout=90_000)
    previous = None
    for _ in range(30):
        page.wait_for_timeout(1000)
        wait_for_app(page)
        height = page.evaluate(PAGE_HEIGHT)
        if height == previous:
            return height
        previous = height
    return previous
