"""Embedding, in a real browser: a plain page on one loopback port frames (a) the live app's embed layout
focused on IL-09 and (b) an exported race page served from a second port. Both draw the districts and
show the IL-09 card; the embed has no navigation or share bar; no request leaves 127.0.0.1. The Spanish
copy of the exported page draws them too."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.geo.build import ensure_layers
from slate_explorer.i18n import in_language
from slate_explorer.labels import status_label
from slate_explorer.share.export import export_site
from tests.browser.conftest import serve

pytestmark = pytest.mark.browser

RACE = "il-09-2026"
CANDIDATE = "Kat Abughazaleh"


@pytest.fixture
def hosts(tmp_path_factory, served_url, site_url):
    """A campaign's page on its own port framing the live embed (direct or through nginx) and an exported page."""
    app_url = served_url
    host = tmp_path_factory.mktemp("host")
    (host / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A campaign site</title></head><body>'
        f'<iframe id="live" title="live" src="{app_url}/map?race={RACE}&amp;embed=true&amp;accent=c0392b" '
        'style="width:900px;height:900px"></iframe>'
        f'<iframe id="static" title="static" src="{site_url}/races/{RACE}.html" style="width:900px;height:900px"></iframe>'
        "</body></html>", encoding="utf-8")
    host_url, host_server = serve(host)
    yield host_url, site_url
    host_server.shutdown()


def frame_with(page, prefix: str, selector: str, timeout_ms: int = 60_000):
    """The first frame whose URL starts with prefix and holds selector (frames load asynchronously)."""
    for _ in range(timeout_ms // 500):
        for frame in page.frames:
            if frame.url.startswith(prefix) and frame.locator(selector).count():
                return frame
        page.wait_for_timeout(500)
    raise AssertionError(f"no frame under {prefix} shows {selector}: {[f.url for f in page.frames]}")


def test_live_embed_and_exported_page_both_show_il09(page, hosts, served_url):
    app_url = served_url
    host_url, site_url = hosts
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(host_url + "/index.html")

    # (a) the live app: its app frame shows the card; the map (a nested component frame) draws districts.
    live = frame_with(page, app_url, '[data-testid="stMain"]')
    live.get_by_text(CANDIDATE, exact=False).first.wait_for(timeout=60_000)
    assert "IL-09" in live.locator('[data-testid="stMain"]').inner_text()
    live.get_by_text("Open full slate explorer").first.wait_for(timeout=10_000)
    live.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)
    page.wait_for_timeout(1500)  # the share bar, when drawn, comes last in the run
    drawn = frame_with(page, app_url, "body[data-districts-drawn]")
    assert drawn.locator("body").get_attribute("data-districts-drawn") not in ("error", "0")
    assert drawn.locator("path.leaflet-interactive").count() > 400  # every House district
    assert live.locator('[data-testid="stNavigation"], [data-testid="stSidebarNav"], [data-testid="stTopNavLinkContainer"]').count() == 0
    assert live.get_by_text("Share this view").count() == 0
    # The compact layout: no filters and no table.
    assert live.locator('[data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stDataFrame"]').count() == 0
    assert live.locator("h1").inner_text().startswith("IL-09")

    # (b) the exported page, from the second port.
    exported = frame_with(page, site_url, "body[data-districts-drawn]")
    assert exported.locator("body").get_attribute("data-districts-drawn") not in ("error", "0")
    assert exported.locator("path.leaflet-interactive").count() > 400
    card = exported.locator("main").inner_text()
    assert "IL-09" in card and CANDIDATE in card
    # Exported without --base-url: opened from its host, the page's own snippet names its full address.
    assert f'src="{site_url}/races/{RACE}.html?embed=true"' in exported.locator("#snippet").input_value()

    page.wait_for_timeout(1000)
    outside = [u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).hostname != "127.0.0.1"]
    assert not outside, outside


def test_spanish_exported_race_page_draws_the_districts(page, site_url):
    page.goto(f"{site_url}/es/races/{RACE}.html")
    page.wait_for_selector("body[data-districts-drawn]", timeout=30_000)
    assert page.locator("body").get_attribute("data-districts-drawn") not in ("error", "0")
    assert page.locator("path.leaflet-interactive").count() > 400
    assert page.locator("html").get_attribute("lang") == "es"
    race = load_slate().slate.races[RACE]
    with in_language("es"):
        status = status_label(race.status)
    assert status != status_label(race.status) and status in page.locator("main").inner_text()  # the Spanish label
    page.get_by_role("link", name="English").click()  # the language link leads to the same race in English
    page.wait_for_url(f"{site_url}/races/{RACE}.html")
    assert page.locator("html").get_attribute("lang") == "en"


def test_exported_pages_of_hostile_data_run_no_payload(page, tmp_path):
    """The injection check of test_injection.py, on every exported page (both languages) of a hostile data version."""
    from slate_explorer.data.validate import load_folder
    from tests.browser.test_injection import LIVE_MARKUP
    from tests.hostile_data import hostile_version

    ensure_layers()
    slate = load_folder(hostile_version(tmp_path / "data"))
    export_site(slate, tmp_path / "site")
    site_url, server = serve(tmp_path / "site")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tooltips = 0
    try:
        names = ["index.html", *(f"races/{r}.html" for r in slate.races)]
        for path in [folder + name for folder in ("", "es/") for name in names]:  # English and Spanish
            page.goto(f"{site_url}/{path}")
            page.wait_for_selector("body[data-districts-drawn]", timeout=30_000)
            box = page.locator("#map").bounding_box()  # hover the middle (a race page's district): its tooltip
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(150)
            tooltips += page.locator(".leaflet-tooltip").count()
            live = page.evaluate(LIVE_MARKUP)
            assert live == {"pwned": False, "imgs": 0, "svgs": 0, "jsLinks": 0, "srcdoc": 0, "scripts": 0}, path
            assert page.locator("body").get_attribute("data-districts-drawn") not in ("error", "0"), path
        assert "<img src=x onerror=window.__pwned=1>" in page.locator("main").inner_text()
        assert tooltips >= len(slate.races) // 2  # the hostile tooltips were really drawn
    finally:
        server.shutdown()
    assert dialogs == []


def test_a_slate_district_on_the_exported_map_opens_its_race_page(page, site_url):
    """No server to tell in a static site: Enter on a slate district (a Tab stop) or a click goes to its page."""
    page.goto(f"{site_url}/es/index.html")
    page.wait_for_selector("body[data-districts-drawn]", timeout=30_000)
    assert page.locator('path[tabindex="0"]').count() == page.evaluate("Object.keys(window.slateMap.info).length")
    district = page.locator('path[role="button"][aria-label^="IL-09"]')
    district.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/es/races/{RACE}.html", timeout=10_000)
    page.wait_for_selector("body[data-districts-drawn]", timeout=30_000)
    page.goto(f"{site_url}/index.html")  # a mouse click, on the English national map
    page.wait_for_selector("body[data-districts-drawn]", timeout=30_000)
    page.evaluate("window.slateMap.map.setView(window.slateMap.info['MI-13'].p, 9, {animate: false})")  # zoomed in
    x, y = page.evaluate("(() => { const S = window.slateMap, p = S.map.latLngToContainerPoint(S.info['MI-13'].p); "
                         "const r = S.map.getContainer().getBoundingClientRect(); return [r.x + p.x, r.y + p.y]; })()")
    page.mouse.click(x, y)
    page.wait_for_url(f"{site_url}/races/mi-13-2026.html", timeout=10_000)
