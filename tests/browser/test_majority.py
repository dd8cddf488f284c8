"""The majority calculator in a real browser: the seat charts and the plank list from ?wins=all, and a
toggled race rewriting the URL."""

import re
from pathlib import Path

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def test_scenario_from_link_shows_seat_charts_and_planks(page, app_url):
    page.goto(app_url + "/majority?wins=all&v=2025-11-25")
    wait_for_app(page)
    house = page.get_by_role("img", name="Seats of the U.S. House of Representatives (119th Congress)")
    house.wait_for(timeout=30_000)
    assert house.locator('g.seat-group[data-group="bloc"]').get_attribute("data-seats") == "101"
    assert page.locator("svg.seat-chart").count() == 4  # US House, US Senate, NY Assembly, NY Senate
    labels = house.locator("g.threshold-label text").all_text_contents()
    assert "218: discharge petition" in labels and "288: veto override (2/3)" in labels
    senate = page.get_by_role("img", name="Seats of the U.S. Senate (119th Congress)")
    assert "60: cloture (3/5)" in senate.locator("g.threshold-label text").all_text_contents()
    plank = page.get_by_text("Freeze the rent for stabilized tenants: would pass", exact=False).first
    plank.click()  # each plank's detail opens on demand
    page.get_by_text("Freeze the rent for stabilized tenants would pass", exact=False).first.wait_for(timeout=30_000)
    assert page.get_by_text("Medicare for All is blocked in the U.S. House", exact=False).count() >= 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "majority-all.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_toggling_a_race_changes_the_url(page, app_url):
    page.goto(app_url + "/majority?wins=all&v=2025-11-25")
    wait_for_app(page)
    page.get_by_text(re.compile(r"Choose races one by one")).click()  # the picker folds on every width
    toggle = page.get_by_role("switch", name=re.compile("Michigan's 13th district"))
    toggle.wait_for(timeout=30_000)
    wait_for_app(page)  # a click during the first run's last moments is redrawn away
    assert toggle.is_checked()
    for _ in range(3):  # a click the page drops while it settles is retried; the link is what is tested
        toggle.click(force=True)  # Streamlit draws the switch over the input
        page.wait_for_timeout(3_000)
        if not toggle.is_checked():
            break
    page.wait_for_url(re.compile(r"wins=[^&]*mi-sen-2026"), timeout=30_000)  # every other open race stays chosen
    assert "mi-13-2026" not in page.url and "il-09-2026" in page.url
    wait_for_app(page)
    house = page.get_by_role("img", name="Seats of the U.S. House of Representatives (119th Congress)")
    assert house.locator('g.seat-group[data-group="bloc"]').get_attribute("data-seats") == "100"
