"""Find your district in a real browser: a ZIP lists its districts, a click on the map finds the clicked
point's districts, a district link works, and no request leaves 127.0.0.1 (nor carries a location)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'


def open_find(page, url: str):
    """Open the page; return the map's frame once its background layer is drawn."""
    page.goto(url)
    wait_for_app(page)
    page.wait_for_selector(MAP_IFRAME, timeout=30_000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => document.body.getAttribute('data-districts-drawn')", timeout=30_000)
    assert frame.evaluate("document.body.getAttribute('data-districts-drawn')") != "error"
    return frame


def click_map_at(page, frame, lat: float, lon: float) -> None:
    """A real mouse click on the map where (lat, lon) is drawn."""
    x, y = frame.evaluate("([lat, lon]) => { const p = window.map.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }",
                          [lat, lon])
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})  # container-relative: no layout race


def test_a_zip_lists_every_district_it_touches(page, app_url):
    frame = open_find(page, f"{app_url}/find")
    page.get_by_label("ZIP code").fill("11201")
    page.get_by_role("button", name="Look up ZIP").click()
    page.get_by_text("touches 3 congressional districts (NY-07, NY-08, NY-10)").wait_for(timeout=20_000)
    for district in ("NY-07", "NY-08", "NY-10"):
        page.get_by_role("button", name=f"Show {district}").wait_for(timeout=10_000)
    assert "district=" not in page.url and "11201" not in page.url
    frame.wait_for_function("() => document.querySelectorAll('.leaflet-shadow-pane path').length === 3",
                            timeout=10_000)  # the three districts outlined on the map


def test_a_click_on_the_map_finds_the_clicked_points_districts(page, app_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname)
            if urlparse(request.url).scheme in ("http", "https", "ws", "wss") else None)  # not data: URLs
    frame = open_find(page, f"{app_url}/find")
    click_map_at(page, frame, 38.5, -100.0)  # western Kansas, far from any district or state line
    page.get_by_text("The point you clicked on the map.").wait_for(timeout=20_000)
    page.get_by_text("KS-01 — Kansas, congressional district 1").wait_for(timeout=10_000)
    page.get_by_text("The nearest open slate races, and how to help").wait_for(timeout=10_000)
    page.wait_for_function("() => location.search.includes('district=KS-01')", timeout=10_000)
    assert set(parse_qs(urlparse(page.url).query)) == {"district"}  # no coordinates in the link
    frame.wait_for_function("() => document.querySelectorAll('.leaflet-marker-pane path').length === 1",
                            timeout=10_000)  # the looked-up point, drawn on the map
    assert hosts == {"127.0.0.1"}


def test_a_district_link_shows_the_race_and_outlines_the_district(page, served_url):
    frame = open_find(page, f"{served_url}/find?district=NY-14")
    page.get_by_text("NY-14: U.S. Representative, New York's 14th district (2026)").wait_for(timeout=10_000)
    page.get_by_text("Alexandria Ocasio-Cortez").first.wait_for(timeout=10_000)
    frame.wait_for_function("() => document.querySelectorAll('.leaflet-shadow-pane path').length === 1",
                            timeout=10_000)
    # zoomed to New York City: a click in Jackson Heights finds the state and city districts too
    click_map_at(page, frame, 40.75, -73.87)
    page.get_by_text("NY-AD-34 — New York State Assembly District 34").wait_for(timeout=20_000)
    page.get_by_text("NY-SD-13 — New York State Senate District 13").wait_for(timeout=10_000)


def test_use_my_location_asks_the_browser_and_finds_the_districts(browser, served_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, permissions=["geolocation"],
                                  geolocation={"latitude": 40.75, "longitude": -73.87})
    page = context.new_page()
    try:
        open_find(page, f"{served_url}/find")
        page.get_by_role("button", name="Use my location").click()
        page.get_by_text("Your browser's location.").wait_for(timeout=20_000)
        page.get_by_text("NY-AD-34 — New York State Assembly District 34").wait_for(timeout=10_000)
        page.wait_for_function("() => location.search === '?district=NY-14'", timeout=10_000)
    finally:
        context.close()


def test_an_address_stays_out_of_the_url_and_the_server_log(browser):
    from tests.browser.conftest import ROOT, start_streamlit
    from tests.fakes.census import match_at, running_census

    address = "90-15 Roosevelt Ave, Jackson Heights, NY 11372"
    with running_census() as census:
        census.matches = match_at(-73.87, 40.75, "90-15 ROOSEVELT AVE, JACKSON HEIGHTS, NY, 11372")
        base, process = start_streamlit({"SLATE_GEOCODER_URL": census.url}, log_name="find-address")
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        urls = []
        page.on("request", lambda request: urls.append(request.url))
        try:
            open_find(page, f"{base}/find")
            page.get_by_label("Street address").fill(address)
            page.get_by_role("button", name="Find my districts").click()
            page.get_by_text("Matched address: 90-15 ROOSEVELT AVE").wait_for(timeout=30_000)
            page.wait_for_function("() => location.search === '?district=NY-14'", timeout=10_000)
        finally:
            page.close()
            process.terminate()
            process.wait(timeout=20)
        assert census.requests[-1]["query"]["address"] == [address]  # the server asked the (fake) Census
    assert not any("Roosevelt" in url or "11372" in url for url in urls)  # no browser request carries it
    log = (ROOT / "tests" / "artifacts" / f"find-address-{urlparse(base).port}.log").read_text()
    assert "Roosevelt" not in log and "ROOSEVELT" not in log and "11372" not in log
