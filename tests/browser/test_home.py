"""Home in Chromium: at 375 px the first screen shows the chamber picture with its thresholds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import ROOT, start_streamlit, wait_for_app
from tests.home_fixture import home_data_root

pytestmark = pytest.mark.browser
PHONE = {"width": 375, "height": 667}  # an iPhone SE's screen: the smallest common phone


SHIPPED_DAY = "2025-12-01"  # the day conftest's app is read on
LATE_DAY = "2026-12-06"  # after every 2026 election of the 2025-11-25 version: nine held since, none recorded


@pytest.fixture(scope="module")
def late_app(tmp_path_factory):
    """The app over a copy of 2025-11-25 read on LATE_DAY: the as-of notice has many elections to name."""
    root = home_data_root(tmp_path_factory.mktemp("late"))
    base, process = start_streamlit({"SLATE_DATA_DIR": str(root), "SLATE_TODAY": LATE_DAY}, "streamlit-late")
    yield base, root
    process.terminate()
    process.wait(timeout=20)


def scenario_json(wins: str, today: str, data_dir=None) -> dict:
    """The scenario command read on the page's day (and data root)."""
    env = {**os.environ, **({"SLATE_DATA_DIR": str(data_dir)} if data_dir else {})}
    out = subprocess.run([sys.executable, "-m", "slate_explorer", "scenario", "--json", "--wins", wins, "--today", today],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def first_screen_boxes(page) -> list[dict]:
    """Every chamber strip's box and its threshold ticks, in page coordinates."""
    return page.evaluate("""() => [...document.querySelectorAll('svg[data-chamber]')].map(svg => {
        const box = svg.getBoundingClientRect();
        return {chamber: svg.dataset.chamber, top: box.top, bottom: box.bottom, width: box.width,
                ticks: svg.querySelectorAll('line').length, label: svg.getAttribute('aria-label'),
                then: Number(svg.dataset.then)};
    })""")


def check_phone_first_screen(browser, url: str, today: str, data_dir=None) -> dict:
    """The House and Senate strips with their thresholds inside the first 375 x 667 screen, carrying the
    scenario command's numbers for the same wins on the same day; returns what the page measured."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{url}/")
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
        # The numbers drawn are the scenario command's for the wins in the strip's own link.
        href = page.evaluate("() => document.querySelector('a.gp-row').getAttribute('href')")
        wins = parse_qs(urlsplit(href).query).get("wins", ["none"])[0]
        result = scenario_json(wins, today, data_dir)
        for box in boxes:
            assert box["then"] == result["chambers"][box["chamber"]]["bloc_after"], box
        return {"wins": wins, "result": result, "text": page.inner_text("body"),
                "height": page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")}
    finally:
        context.close()


def test_phone_first_screen_shows_the_chambers_and_their_thresholds(browser, app_url):
    check_phone_first_screen(browser, app_url, SHIPPED_DAY)


def test_phone_first_screen_holds_the_picture_when_many_elections_have_passed(browser, late_app):
    """Read long after the version (nine elections held since), the as-of notice stays one line and a
    closed list: the picture keeps the first screen, and its races are labelled assumed won as /majority does."""
    url, root = late_app
    seen = check_phone_first_screen(browser, url, LATE_DAY, root)
    assert "9 elections have taken place since; their results are not recorded in this version." in seen["text"]
    assert "Elections held since (9)" in seen["text"]
    assert "general election, 3 November 2026" not in seen["text"]  # the list stays closed until asked (innerText)
    assumed = [n for n in seen["result"]["notes"] if n["code"] == "assumed_won"]
    assert assumed and "not recorded (assumed won)" in seen["text"]


@pytest.mark.parametrize("lang, label, path", [("en", "Download this picture (PNG)", "/"),
                                               ("es", "Descargar esta imagen (PNG)", "/"),
                                               ("es", "Descargar este escenario como imagen (PNG)", "/majority")])
def test_png_downloads_in_the_visitors_language(browser, app_url, lang, label, path):
    """The deferred download really produces a 1200 x 630 PNG (made after the run, in the page's language)."""
    import struct

    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(f"{app_url}{path}?lang={lang}&wins=none" if path == "/majority" else f"{app_url}{path}?lang={lang}")
        wait_for_app(page)
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name=label).click()
        download = info.value
        data = open(download.path(), "rb").read()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and struct.unpack(">II", data[16:24]) == (1200, 630)
        assert download.suggested_filename.endswith(f"-{lang}.png")
    finally:
        context.close()
