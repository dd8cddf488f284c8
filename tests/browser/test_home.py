"""Home in Chromium: at 375 px the first screen shows the chamber picture with its thresholds."""

from __future__ import annotations

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser
PHONE = {"width": 375, "height": 667}  # an iPhone SE's screen: the smallest common phone


def first_screen_boxes(page) -> list[dict]:
    """Every chamber strip's box and its threshold ticks, in page coordinates."""
    return page.evaluate("""() => [...document.querySelectorAll('svg[data-chamber]')].map(svg => {
        const box = svg.getBoundingClientRect();
        return {chamber: svg.dataset.chamber, top: box.top, bottom: box.bottom, width: box.width,
                ticks: svg.querySelectorAll('line').length, label: svg.getAttribute('aria-label')};
    })""")


def test_phone_first_screen_shows_the_chambers_and_their_thresholds(browser, app_url):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{app_url}/")
        wait_for_app(page)
        page.wait_for_selector("svg[data-chamber]", timeout=30_000)
        boxes = first_screen_boxes(page)
        chambers = [b["chamber"] for b in boxes]
        assert {"us_house", "us_senate"} <= set(chambers)
        for box in boxes[:2]:  # the two houses of Congress, at least, above the fold
            assert 0 <= box["top"] and box["bottom"] <= PHONE["height"], (box, PHONE)
            assert box["ticks"] >= 3 and box["width"] > 250, box
        house = next(b for b in boxes if b["chamber"] == "us_house")
        assert "217" in house["label"] or "218" in house["label"]
        senate = next(b for b in boxes if b["chamber"] == "us_senate")
        assert "60: " in senate["label"]
    finally:
        context.close()
