"""The agenda page in a real browser: ?plank= and ?candidate= links applied, the network drawn offline."""

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser

PAIRS = "Each slate candidate's recorded stance on each plank, with its source"


def requests_elsewhere(page, app_url) -> list[str]:
    """Collect every request the page makes that does not go to the app itself."""
    outside = []
    page.on("request", lambda r: None if r.url.startswith((app_url, "data:", "blob:")) else outside.append(r.url))
    return outside


def pair_rows(page):
    table = page.get_by_role("table", name=PAIRS)
    table.wait_for(timeout=30_000)
    return table.locator("tbody tr")


def test_plank_link_opens_plank_with_backers(page, app_url):
    page.goto(app_url + "/agenda?plank=medicare-for-all")
    wait_for_app(page)
    page.get_by_role("heading", name="Plank: Medicare for All").wait_for(timeout=30_000)
    focus = page.get_by_text("slate candidates: Abdul El-Sayed, Alexandria Ocasio-Cortez", exact=False).first
    focus.wait_for(timeout=30_000)
    assert focus.locator("strong").all_inner_texts() == ["Abdul El-Sayed", "Alexandria Ocasio-Cortez"]
    rows = pair_rows(page)  # only this plank's recorded stances; the candidates with none are one folded line
    assert set(rows.locator("td:nth-child(2)").all_inner_texts()) == {"Medicare for All"}
    assert rows.locator("td:nth-child(3)").all_inner_texts()[:2] == ["Backs", "Backs"]  # backers first
    assert page.get_by_text("stances not recorded: see all").count() == 1
    assert page.get_by_role("combobox", name="Plank", exact=True).input_value() == "Medicare for All"
    assert page.locator('[data-testid="stExpander"] details[open]').count() == 2  # its platform entry, its stances


def test_candidate_link_highlights_in_matrix_and_network(page, served_url):
    outside = requests_elsewhere(page, served_url)
    page.goto(served_url + "/agenda?candidate=zohran-mamdani")
    wait_for_app(page)
    page.get_by_role("heading", name="Highlighted: Zohran Mamdani").wait_for(timeout=30_000)
    rows = pair_rows(page)
    first_cells = rows.locator("td:nth-child(1)").all_inner_texts()  # his recorded stances first
    his = first_cells.count("Zohran Mamdani — selected")
    assert his and first_cells[:his] == ["Zohran Mamdani — selected"] * his
    # The network is drawn in the browser by Streamlit's bundled Graphviz WebAssembly, with no CDN.
    svg = page.locator('[data-testid="stGraphVizChart"] svg')
    svg.wait_for(timeout=30_000)
    box = svg.bounding_box()  # a content-security policy that blocks the WebAssembly leaves a 0x0 box
    assert box and box["width"] > 100 and box["height"] > 100, box
    assert svg.locator("g.node").count() == 8  # 7 slate candidates and Sen. Sanders
    assert svg.locator("g.edge").count() == 2
    node = svg.locator("g.node", has=page.locator("title", has_text="zohran-mamdani"))
    assert "selected" in node.text_content()
    assert node.locator("a").first.get_attribute("href").startswith("/map?race=nyc-mayor-2025")  # its race card
    assert page.get_by_role("combobox", name="Highlight a candidate").input_value() == "Zohran Mamdani"
    assert "Isolated: no cross-endorsement" in svg.locator("g.cluster").text_content()
    assert page.locator('[data-testid="stException"]').count() == 0
    assert outside == []


def test_plank_click_goes_to_majority_calculator(page, app_url):
    page.goto(app_url + "/agenda?plank=rent-freeze")
    wait_for_app(page)
    page.get_by_role("heading", name="Plank: Freeze the rent for stabilized tenants").wait_for(timeout=30_000)
    page.get_by_role("link", name="What passing it needs").first.click()
    page.wait_for_url("**/majority?plank=rent-freeze*", timeout=30_000)


def test_bound_filters_follow_and_write_the_link(page, app_url):
    """The state filter and the former-candidates toggle are bound to the link by Streamlit itself."""
    import re

    page.goto(app_url + "/agenda?v=2025-11-25&state=MI&former=true")
    wait_for_app(page)
    state = page.get_by_role("combobox", name="State", exact=True)
    state.wait_for(timeout=30_000)
    assert state.input_value() == "MI"
    former = page.get_by_role("switch", name=re.compile("Also list former slate candidates"))
    assert former.is_checked()
    former.click(force=True)  # Streamlit draws the switch over the input
    page.wait_for_function("() => !location.search.includes('former=')", timeout=30_000)
    assert "state=MI" in page.url
    state.click()
    page.get_by_role("option", name="NY", exact=True).click()
    page.wait_for_url(re.compile(r"state=NY"), timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
