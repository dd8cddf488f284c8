"""The map read on 2 December 2026 over the fixture version: a race whose election is over is drawn in the
"Result not recorded" style (its own colour, letter and dashed outline) and named so in the legend and tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import start_streamlit
from tests.browser.test_map import open_map

pytestmark = pytest.mark.browser
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "dates"


@pytest.fixture(scope="module")
def december_url():
    base, process = start_streamlit({"SLATE_DATA_DIR": str(FIXTURE), "SLATE_TODAY": "2026-12-02"}, log_name="dates")
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_finished_race_has_its_own_map_style_legend_and_tooltip(page, december_url):
    frame = open_map(page, f"{december_url}/map?race=mi-13-2026")
    assert frame.evaluate("window.slateMap.info['MI-13'].s") == "result_not_recorded"
    assert frame.evaluate("window.slateMap.byId['CA-11'].options.dashArray") == "4 3"
    assert frame.evaluate("window.slateMap.byId['CA-11'].options.fillColor") == "#F0E442"
    assert frame.evaluate("window.slateMap.byId['NY-15'].options.dashArray") is None  # 2028: still ahead
    tip = frame.evaluate("window.slateMap.byId['MI-13'].getTooltip().getContent()")
    assert "Result not recorded (R)" in tip and "Challenger" not in tip
    legend = page.get_by_role("list", name="Legend")
    assert "Result not recorded" in legend.inner_text()
    assert page.get_by_text("4 elections have taken place since").first.is_visible()
