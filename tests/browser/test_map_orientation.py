"""A map a voter can steer by (issue 15): place labels and state names drawn from the app's own files, the
lower 48 filling the frame with Alaska, Hawaii and Puerto Rico a button away, New York City's status letters
spread apart, a tap that zooms to its district and brings the race card into view on a phone (and says so
to screen readers), tooltips that name the other levels' races, and a first view after a restart that
does not wait for the layers to be built."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from urllib.parse import urlparse

import pytest

from tests.browser.conftest import ROOT, start_streamlit, wait_for_app
from tests.browser.test_map import open_map

pytestmark = pytest.mark.browser
LOWER_48 = "L.latLngBounds([[24.4, -124.8], [49.4, -66.9]])"


def labels(frame) -> list[str]:
    return frame.evaluate("[...document.querySelectorAll('.slate-place')].map(e => e.textContent)")


def test_the_national_map_fills_its_frame_with_places_to_steer_by(page, app_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname)
            if urlparse(request.url).scheme in ("http", "https", "ws", "wss") else None)  # not blob:/data: URLs
    frame = open_map(page, f"{app_url}/map")
    share = frame.evaluate(f"""(() => {{ const m = window.slateMap.map, b = {LOWER_48};
        const a = m.latLngToContainerPoint(b.getSouthWest()), c = m.latLngToContainerPoint(b.getNorthEast());
        return (c.x - a.x) / m.getSize().x; }})()""")
    assert share > 0.8, f"the lower 48 fill {share:.0%} of the frame's width"
    shown = labels(frame)
    assert {"Los Angeles", "Chicago"} & set(shown) and any(name.isupper() or name in ("Texas", "Montana") for name in shown)
    assert "GeoNames" in frame.inner_text(".leaflet-control-attribution")
    # Closer in, towns appear (fetched then, from the app's own files)
    frame.evaluate("window.slateMap.map.setView([42.05, -87.75], 10, {animate: false})")
    frame.wait_for_function("() => [...document.querySelectorAll('.slate-place')].some(e => e.textContent === 'Evanston')",
                            timeout=10_000)
    # Alaska, Hawaii and Puerto Rico are a button away
    frame.get_by_role("button", name="Hawaii").click()
    assert frame.evaluate("window.slateMap.map.getBounds().contains([21.3, -157.85])")  # Honolulu
    frame.get_by_role("button", name="Lower 48").click()
    assert frame.evaluate(f"window.slateMap.map.getBounds().contains({LOWER_48})")
    # and so is New York City, where most slate seats are: its districts become big enough to tap
    frame.get_by_role("button", name="New York City").click()
    frame.wait_for_function("() => window.slateMap.map.getZoom() >= 10")
    assert frame.evaluate("window.slateMap.map.getBounds().contains(window.slateMap.byId['NY-14'].getBounds())")
    assert hosts == {"127.0.0.1"}


def test_new_york_city_status_letters_do_not_pile_up(page, app_url):
    frame = open_map(page, f"{app_url}/map")
    boxes = frame.evaluate("[...document.querySelectorAll('.slate-letter')].map(e => { const r = e.getBoundingClientRect();"
                           " return [r.left, r.top, r.right, r.bottom]; })")
    assert len(boxes) == 10
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap = max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))
            assert overlap < 0.1 * (a[2] - a[0]) * (a[3] - a[1]), f"letters overlap: {a} {b}"
    assert int(frame.evaluate("document.body.getAttribute('data-letters-spread')")) >= 4  # NY-08/14/15/16 at least


def test_a_tooltip_in_brooklyn_names_the_citywide_race(page, app_url):
    frame = open_map(page, f"{app_url}/map")
    tip = frame.evaluate("window.slateMap.byId['NY-10'].getTooltip().getContent()")
    assert "Mayor of New York City" in tip and "No slate race here" not in tip


def test_a_tap_on_a_phone_zooms_to_the_district_and_brings_its_card_into_view(browser, app_url):
    context = browser.new_context(viewport={"width": 375, "height": 812}, has_touch=True, is_mobile=True)
    page = context.new_page()
    try:
        frame = open_map(page, f"{app_url}/map")
        page.locator('iframe[title="streamlit_folium.st_folium"]').scroll_into_view_if_needed()
        before = frame.evaluate("window.slateMap.map.getZoom()")
        x, y = frame.evaluate("(() => { const m = window.slateMap.map;"
                              " const p = m.latLngToContainerPoint(window.slateMap.info['CA-11'].p); return [p.x, p.y]; })()")
        frame.locator(".leaflet-container").tap(position={"x": x, "y": y})
        heading = page.get_by_role("heading", name=re.compile("^CA-11: "))
        heading.wait_for(timeout=20_000)
        frame.wait_for_function(f"() => window.slateMap.map.getZoom() >= {before + 3}", timeout=10_000)
        page.wait_for_function("() => { const h = [...document.querySelectorAll('h3')].find(e => e.textContent.startsWith('CA-11'));"
                               " const r = h && h.getBoundingClientRect(); return r && r.top >= 0 && r.bottom <= innerHeight; }",
                               timeout=10_000)
        said = page.evaluate("(() => { for (const host of document.querySelectorAll('*')) { const root = host.shadowRoot;"
                             " const s = root && root.querySelector('[role=status][aria-live=polite]');"
                             " if (s) return s.textContent; } return null; })()")
        assert said and said.startswith("Race card: CA-11")
        # the "Go to" buttons wrap beside the zoom buttons, never over them
        zoom, jumps = (frame.locator(css).bounding_box() for css in (".leaflet-control-zoom", ".slate-jumps"))
        assert zoom["x"] + zoom["width"] <= jumps["x"] or zoom["y"] + zoom["height"] <= jumps["y"], (zoom, jumps)
    finally:
        context.close()


def test_first_view_after_a_restart_is_quick_with_the_layers_prebuilt(browser):
    """What run.sh does before starting Streamlit (its `geodata` line), then a fresh server: the first
    visitor's map draws in under 5 s (it waited about 19 s while the first visit built the layers)."""
    setup = next(line for line in (ROOT / "run.sh").read_text().splitlines() if "slate_explorer geodata" in line)
    assert setup.startswith(".venv/bin/python -m slate_explorer geodata")
    subprocess.run([sys.executable, "-m", "slate_explorer", "geodata"], cwd=ROOT, check=True, capture_output=True)
    built = (ROOT / "geodata" / "build" / "build.json").stat().st_mtime
    base, process = start_streamlit(log_name="first-view")
    try:
        first, warm = drawn_after(browser, f"{base}/map"), drawn_after(browser, f"{base}/map")
    finally:
        process.terminate()
        process.wait(timeout=20)
    print(f"first view after a restart {first:.1f} s, a warm view {warm:.1f} s")
    assert (ROOT / "geodata" / "build" / "build.json").stat().st_mtime == built  # the visit built nothing
    # 5 s on a quiet machine. On a loaded one (2 cores shared with other work) every view slows: then the
    # first may cost a few warm views (the new process's first imports), never a layer build on top (7.6 s
    # on a quiet machine, about 19 s under load), which is what the first visitor used to wait for.
    assert first < 5 or first < 3 * warm, f"first view after a restart {first:.1f} s, a warm view {warm:.1f} s"


def drawn_after(browser, url: str) -> float:
    """Seconds from opening url in a fresh browser context to the map's districts drawn."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=60_000)
        frame = next(f for f in page.frames if "streamlit_folium" in f.url)
        frame.wait_for_function("() => document.body.getAttribute('data-districts-drawn')", timeout=60_000)
        seconds = time.perf_counter() - started
        wait_for_app(page)
        return seconds
    finally:
        context.close()
