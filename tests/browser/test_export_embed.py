"""Issue 24: an exported race page works as the embed its own snippet makes. Framed 560 px high (the snippet's
height) at 960 and 375 px wide, in English and Spanish, the map and the race's status are on screen without
scrolling, and the notice of the elections held since the data's date is one line with a link (at 960 px).
Before, only that notice (a paragraph naming every election) showed. Read on 2 December 2026 from the dates
fixture (4 elections held since its 1 September date), so the notice is there."""

from __future__ import annotations

import pytest

from slate_explorer.geo.build import ensure_layers
from slate_explorer.share.export import EMBED_HEIGHT, export_site
from tests.browser.conftest import serve
from tests.unit.dates_fixture import AFTER_NOVEMBER, SLATE

pytestmark = pytest.mark.browser

RACE = "mi-13-2026"
MAP_SEEN = 150  # px of the map inside the frame at least


@pytest.fixture(scope="module")
def framed(tmp_path_factory):
    """The fixture's export on one port; host pages framing its race page (each width, each language) on another."""
    ensure_layers()
    site = tmp_path_factory.mktemp("site-embed")
    export_site(SLATE, site, today=AFTER_NOVEMBER)
    site_url, site_server = serve(site)
    host = tmp_path_factory.mktemp("host-embed")
    for lang, prefix in (("en", ""), ("es", "es/")):
        for width in (960, 375):
            (host / f"{lang}-{width}.html").write_text(
                f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>A campaign</title></head>'
                f'<body style="margin:0"><iframe title="race" src="{site_url}/{prefix}races/{RACE}.html" '
                f'style="width:{width}px;height:{EMBED_HEIGHT}px;border:0"></iframe></body></html>', encoding="utf-8")
    host_url, host_server = serve(host)
    yield host_url, site_url
    host_server.shutdown()
    site_server.shutdown()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("width", [960, 375])
def test_the_page_in_its_own_snippet_shows_the_map_and_the_status(browser, framed, lang, width):
    host_url, site_url = framed
    assert EMBED_HEIGHT == 560
    context = browser.new_context(viewport={"width": width + 40, "height": EMBED_HEIGHT + 40})
    try:
        page = context.new_page()
        page.goto(f"{host_url}/{lang}-{width}.html")
        frame = next(f for f in page.frames if f.url.startswith(site_url))
        frame.wait_for_selector("body[data-districts-drawn]", timeout=30_000)
        boxes = frame.evaluate("""() => Object.fromEntries(['#map', 'main p:has(> .swatch)', 'p[role=note]'].map(s => {
            const r = document.querySelector(s).getBoundingClientRect();
            return [s, {top: r.top, bottom: r.bottom, height: r.height,
                        line: parseFloat(getComputedStyle(document.querySelector(s)).lineHeight)}]; }))""")
        assert boxes["main p:has(> .swatch)"]["bottom"] <= EMBED_HEIGHT, boxes  # the race's status, whole
        assert boxes["#map"]["top"] <= EMBED_HEIGHT - MAP_SEEN, boxes  # a good part of the map
        if width == 960:
            notice = boxes["p[role=note]"]
            assert notice["height"] < 2 * notice["line"] + 8, notice  # one line
        assert frame.locator("p[role=note] a").get_attribute("href") == "../index.html#held"
    finally:
        context.close()
