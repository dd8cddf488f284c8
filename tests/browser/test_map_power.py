"""The House power view in Chromium: all 435 districts coloured from the data, the legend's counts equal to
the data's, tooltips naming member, caucuses and 2024 result, the slate's races on top, and the embed."""

from __future__ import annotations

from collections import Counter

import pytest

from slate_explorer.data.validate import load_folder
from slate_explorer.house import blocs
from slate_explorer.house.seats import kind_counts
from tests.browser.conftest import start_streamlit
from tests.unit.house_fixture import HOUSE_FIXTURE

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def house_app():
    base, process = start_streamlit({"SLATE_DATA_DIR": str(HOUSE_FIXTURE.parent), "SLATE_TODAY": "2026-12-07"},
                                    log_name="streamlit-power")
    yield base
    process.terminate()
    process.wait(timeout=20)


def open_power(page, url: str):
    page.goto(url)
    page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=60_000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => document.body.getAttribute('data-power-seats')", timeout=60_000)
    return frame


def fills(frame) -> Counter:
    found = frame.evaluate("Object.values(window.slateMap.byId).map(l => l.options.fillColor)")
    return Counter(found)


def legend_counts(page) -> dict[str, int]:
    page.wait_for_selector("[data-power-legend] [data-kind]", timeout=30_000)
    return {el.get_attribute("data-kind"): int(el.get_attribute("data-count"))
            for el in page.query_selector_all("[data-power-legend] [data-kind]")}


def test_every_district_is_coloured_from_the_data_and_the_legend_counts_it(page, house_app):
    expected = kind_counts(load_folder(HOUSE_FIXTURE))
    frame = open_power(page, f"{house_app}/map?layer=power")
    assert frame.evaluate("document.body.getAttribute('data-power-seats')") == "435"
    drawn = fills(frame)
    for kind, count in expected.items():
        assert drawn[blocs.kind_colour(kind)] == count, kind
    assert sum(drawn[blocs.kind_colour(k)] for k in expected) == 435
    assert {k: v for k, v in legend_counts(page).items() if v} == dict(expected)
    tip = frame.evaluate("window.slateMap.byId['NY-10'].getTooltip().getContent()")
    assert "Daniel S. Goldman" in tip and "Progressive Caucus and New Democrat" in tip and "Harris 79%" in tip
    assert "Brad Lander" in tip  # the slate's race there, on top
    assert frame.evaluate("window.slateMap.byId['NY-10'].options.weight") == 2.4
    assert frame.evaluate("document.querySelectorAll('.slate-letter').length") >= 10


def test_new_york_city_is_one_button_away(page, house_app):
    frame = open_power(page, f"{house_app}/map?layer=power")
    frame.get_by_role("button", name="New York City").click()
    assert frame.evaluate("window.map.getZoom()") >= 9
    assert frame.evaluate("window.map.getBounds().contains(window.slateMap.byId['NY-10'].getBounds().getCenter())")


def test_the_embed_draws_the_power_view(page, house_app):
    frame = open_power(page, f"{house_app}/map?layer=power&embed=true")
    assert sum(fills(frame).values()) >= 435
    assert legend_counts(page)["new_dem"] == kind_counts(load_folder(HOUSE_FIXTURE))["new_dem"]


def test_the_static_export_draws_the_power_view(page, tmp_path):
    import datetime as dt

    from slate_explorer.share.export import export_site
    from tests.browser.conftest import serve

    out = export_site(load_folder(HOUSE_FIXTURE), tmp_path / "site", today=dt.date(2026, 12, 7)).out
    url, server = serve(out)
    try:
        page.goto(f"{url}/es/power.html")
        page.wait_for_function("() => document.body.getAttribute('data-power-seats') === '435'", timeout=30_000)
        drawn = Counter(page.evaluate("Object.values(window.slateMap.byId).map(l => l.options.fillColor)"))
        expected = kind_counts(load_folder(HOUSE_FIXTURE))
        assert all(drawn[blocs.kind_colour(k)] == n for k, n in expected.items())
        assert "Bancada Progresista" in page.evaluate("window.slateMap.byId['NY-10'].getTooltip().getContent()")
        from tests.browser.test_accessibility import describe, run_axe

        problems = run_axe(page)
        assert not problems, describe(problems)
    finally:
        server.shutdown()


@pytest.mark.parametrize("path", ["/map?layer=power", "/map?layer=power&lang=es", "/find?district=MO-01",
                                  "/map?layer=power&embed=true"])
def test_axe_finds_no_wcag_violations_on_the_power_view(page, house_app, path):
    from tests.browser.test_accessibility import audit

    if path.startswith("/map"):
        open_power(page, f"{house_app}{path}")
    else:
        page.goto(f"{house_app}{path}")
        page.wait_for_selector("text=Your member belongs", timeout=60_000)
    _, problems = audit(page)
    assert not problems, f"axe on {path}:\n{problems}"
