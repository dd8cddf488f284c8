"""Real-browser fixtures: `streamlit run app.py` on a loopback port, driven by Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import threading
from pathlib import Path

import pytest

from devtools import browser as devtools_browser
from devtools.browser import CHROMIUM, CHROMIUM_ARGS, wait_for_app

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "ROOT", "start_streamlit", "wait_for_app", "serve"]
PINNED_DAY = "2025-12-01"  # the day the browser tests read the site on, unless a test (or SLATE_TODAY) pins one


def pinned_day() -> dict:
    return {"SLATE_TODAY": os.environ.get("SLATE_TODAY", PINNED_DAY)}


def start_streamlit(env_extra: dict | None = None, log_name: str = "streamlit") -> tuple[str, subprocess.Popen]:
    """`streamlit run app.py` on a free loopback port, on the pinned day."""
    return devtools_browser.start_streamlit({**pinned_day(), **(env_extra or {})}, log_name=log_name)


@pytest.fixture(scope="session")
def app_url():
    base, process = start_streamlit()
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="session")
def nginx_url():
    """The app through the deployment layout: nginx, with its real headers, in front of one app process.

    Other loopback ports may frame embed views (the embed test's host page stands for a campaign site).
    """
    from deploy.layout import cluster

    with cluster(1, env=pinned_day(), embed_ancestors="'self' https: http://127.0.0.1:*", log_name="browser-nginx") as running:
        yield running.url


@pytest.fixture(params=["direct", pytest.param("nginx", marks=pytest.mark.deploy)])
def served_url(request):
    """A feature test runs against plain Streamlit and through nginx: a header that breaks it fails there."""
    return request.getfixturevalue("app_url" if request.param == "direct" else "nginx_url")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (the test command does this)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, width: int, height: int):
    """A page in a fresh context (no cache, no cookies) of this viewport; the context closes after the test."""
    context = browser.new_context(viewport={"width": width, "height": height})
    yield context.new_page()
    context.close()


@pytest.fixture
def page(browser):
    yield from open_page(browser, 1280, 900)


@pytest.fixture
def phone(browser):
    yield from open_page(browser, 375, 800)


def serve(folder) -> tuple[str, http.server.ThreadingHTTPServer]:
    """A plain static file server for folder on a free loopback port (an exported site, a host page)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """The static export of the shipped data, served from its own loopback port."""
    from slate_explorer.data.versions import load_slate
    from slate_explorer.geo.build import ensure_layers
    from slate_explorer.share.export import export_site

    ensure_layers()
    site = tmp_path_factory.mktemp("site")
    export_site(load_slate().slate, site)
    url, server = serve(site)
    yield url
    server.shutdown()
