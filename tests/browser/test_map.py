"""The races map in a real browser: districts drawn from the app's own files, a click opens a race card,
a deep link selects and zooms to its race, and no request leaves 127.0.0.1."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser


def open_map(page, url: str):
    """Open the map page; return the Leaflet iframe once its districts are drawn."""
    page.goto(url)
    wait_for_app(page)
    page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=30_000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => document.body.getAttribute('data-districts-drawn')", timeout=30_000)
    assert frame.evaluate("document.body.getAttribute('data-districts-drawn')") != "error"
    return frame


def district_paths(frame) -> int:
    return frame.evaluate("document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length")


def test_house_map_draws_every_district_from_the_app_itself(page, app_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname)
            if urlparse(request.url).scheme in ("http", "https", "ws", "wss") else None)  # not blob: (menu, card announcer)
    frame = open_map(page, f"{app_url}/map")
    assert district_paths(frame) >= 400
    assert frame.evaluate("Object.keys(window.slateMap.info).length") == 10  # the slate's House races
    assert frame.evaluate("document.querySelectorAll('.slate-letter').length") == 10
    assert hosts == {"127.0.0.1"}


def test_clicking_a_slate_district_opens_its_race_card(page, served_url):
    frame = open_map(page, f"{served_url}/map?state=MI")
    # A real mouse click on a point inside MI-13 (the point its status letter sits on).
    x, y = frame.evaluate(
        "(() => { const p = window.map.latLngToContainerPoint(window.slateMap.info['MI-13'].p); return [p.x, p.y]; })()"
    )
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})  # container-relative: no layout race
    page.get_by_role("heading", name="MI-13: U.S. Representative, Michigan's 13th district").wait_for(timeout=20_000)
    assert page.get_by_text("Donavan McKinney").first.is_visible()
    page.wait_for_function("() => location.search.includes('race=mi-13-2026')", timeout=10_000)
    frame.wait_for_function("() => window.slateMap.selected === 'MI-13'", timeout=10_000)


def test_deep_link_selects_and_zooms_to_the_race(page, app_url):
    frame = open_map(page, f"{app_url}/map?race=IL-09")
    assert page.get_by_role("heading", name="IL-09: U.S. Representative, Illinois's 9th district").is_visible()
    assert frame.evaluate("window.slateMap.selected") == "IL-09"
    assert frame.evaluate("window.map.getZoom()") >= 8
    center_inside = frame.evaluate(
        "window.slateMap.byId['IL-09'].getBounds().contains(window.map.getCenter())"
    )
    assert center_inside
    assert frame.evaluate("window.slateMap.byId['IL-09'].options.weight") == 3.5


def test_tooltip_text_is_plain_text(page, app_url):
    frame = open_map(page, f"{app_url}/map?race=NY-14")
    tip = frame.evaluate("window.slateMap.byId['NY-14'].getTooltip().getContent()")
    assert "Alexandria Ocasio-Cortez" in tip and "<img" not in tip


@pytest.mark.parametrize("level, districts, coloured", [("us_senate", 52, ["MI"]), ("state_house", 150, []), ("city", 1, ["NYC"])])
def test_every_level_draws_its_own_layer(page, app_url, level, districts, coloured):
    frame = open_map(page, f"{app_url}/map?level={level}")
    assert district_paths(frame) == districts
    assert sorted(frame.evaluate("Object.keys(window.slateMap.info)")) == coloured


def test_panning_and_zooming_do_not_rerun_the_app(page, app_url):
    sent = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda data: sent.append(len(data))))
    frame = open_map(page, f"{app_url}/map?state=MI")
    page.wait_for_timeout(1000)
    sent.clear()
    frame.evaluate("window.map.panBy([200, 100], {animate: false}); window.map.setView(window.slateMap.info['MI-13'].p, 8, {animate: false})")
    page.wait_for_timeout(1500)  # streamlit-folium reports a move after 250 ms (debounced)
    assert sent == []
    # The positive control: on a fresh page the same socket does carry a click (so the map is not dead).
    frame = open_map(page, f"{app_url}/map?state=MI")
    x, y = frame.evaluate(
        "(() => { const p = window.map.latLngToContainerPoint(window.slateMap.info['MI-13'].p); return [p.x, p.y]; })()"
    )
    sent.clear()
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})  # container-relative: no layout race
    page.get_by_role("heading", name="MI-13: U.S. Representative, Michigan's 13th district").wait_for(timeout=20_000)
    assert sent, "a click on a district does send its id (the test above would pass on a dead map otherwise)"


def test_a_click_on_the_national_map_opens_the_card(page, app_url):
    # The national map's lower part starts below the fold: Leaflet's focus-on-mousedown used to scroll the page
    # between the button going down and coming up, so the browser sent no click at all. 800 px high: with the
    # top bar in one row the map starts higher, and at 900 px it would fit entirely.
    page.set_viewport_size({"width": 1280, "height": 800})
    frame = open_map(page, f"{app_url}/map")
    assert page.evaluate("document.querySelector('iframe[title=\"streamlit_folium.st_folium\"]').getBoundingClientRect().bottom") > page.viewport_size["height"]
    x, y = frame.evaluate(
        "(() => { const p = window.map.latLngToContainerPoint(window.slateMap.info['MI-13'].p); return [p.x, p.y]; })()"
    )
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})
    page.get_by_role("heading", name="MI-13: U.S. Representative, Michigan's 13th district").wait_for(timeout=20_000)
    frame.wait_for_function("() => window.slateMap.selected === 'MI-13'", timeout=10_000)


def test_a_tap_on_a_phone_opens_the_card(browser, app_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    try:
        frame = open_map(page, f"{app_url}/map")
        # On a phone-wide national map IL-09 is a pixel wide: a visitor zooms in first (zooming sends nothing).
        frame.evaluate("window.map.setView(window.slateMap.info['IL-09'].p, 9, {animate: false})")
        x, y = frame.evaluate(
            "(() => { const p = window.map.latLngToContainerPoint(window.slateMap.info['IL-09'].p); return [p.x, p.y]; })()"
        )
        frame.locator(".leaflet-container").tap(position={"x": x, "y": y})
        page.get_by_role("heading", name="IL-09: U.S. Representative, Illinois's 9th district").wait_for(timeout=20_000)
        page.wait_for_function("() => location.search.includes('race=il-09')", timeout=10_000)
    finally:
        context.close()
