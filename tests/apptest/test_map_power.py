"""The map's House power view (?layer=power) under AppTest: the toggle and the URL, the caucus legend with
counts and dates, the seat card on a click, and the list of the primaries nobody has called."""

from __future__ import annotations

import pytest

from tests.apptest.conftest import html_tables, run_page, texts
from tests.unit.house_fixture import HOUSE_FIXTURE
from tests.versions import FIXTURES

MAP_KEY = "races_map"


@pytest.fixture(autouse=True)
def house_version(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(HOUSE_FIXTURE.parent))
    monkeypatch.setenv("SLATE_TODAY", "2026-12-07")


def param(at, name):
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) else value


def legend(at) -> str:
    return next(h.proto.body for h in at.get("html") if "data-power-legend" in h.proto.body)


def targets_table(at):
    return html_tables(at)[-1]  # after the races table


def test_the_power_link_turns_the_view_on_with_counts_dates_and_the_list():
    at = run_page("map", layer="power")
    assert at.toggle(key="map_power").value is True
    body = legend(at)
    for kind, count in {"progressive": 63, "both": 30, "new_dem": 80, "blue_dog": 5, "other_dem": 34,
                        "republican": 218, "vacant": 4, "independent": 1}.items():
        assert f'data-kind="{kind}" data-count="{count}"' in body
    assert "15 June 2026" in body and "about 98–101 members (July 2025 – August 2026)" in body
    assert "AL, CA, FL, LA, MO, NC, OH, TN, TX, UT" in body  # the lines caveat
    table = targets_table(at)
    assert list(table["District"][:4]) == ["GA-05", "MD-04", "NY-10", "MO-01"]
    assert table.set_index("District").loc["NY-10", "Slate challenger in 2026"] == "Brad Lander"
    assert param(at, "layer") == "power"
    assert any("23 seats at 65% or more (members as of 15 June 2026)" in h.proto.body for h in at.get("html"))


def test_the_threshold_and_the_wider_list_are_carried_in_the_url():
    at = run_page("map", layer="power", min_share="0.8")
    assert at.slider(key="map_min_share").value == 80
    assert "NY-10" not in set(targets_table(at)["District"])
    at.checkbox(key="map_any_dem").check().run()
    assert param(at, "any_dem") == "true" and param(at, "min_share") == "0.8"


def test_a_click_shows_the_seat_card():
    at = run_page("map", layer="power")
    at.session_state[MAP_KEY] = {"last_active_drawing": {"type": "Feature", "geometry": None, "properties": {"id": "MD-04", "at": 1}}}
    at.run()
    shown = texts(at)
    assert "Member:** Glenn Ivey" in shown and "Caucus:** New Democrat Coalition" in shown
    assert "Harris won this district with 85% in 2024" in shown


def test_spanish():
    at = run_page("map", layer="power", lang="es")
    assert "Bancada Progresista" in legend(at)
    assert "Porcentaje demócrata en 2024" in targets_table(at).columns


def test_a_version_without_house_tables_has_no_power_view(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(FIXTURES))
    at = run_page("map", layer="power")
    assert not [t for t in at.toggle if t.key == "map_power"]
    assert not [h for h in at.get("html") if "data-power-legend" in h.proto.body]


def test_any_threshold_a_link_gives_is_shown():
    at = run_page("map", layer="power", min_share="0.3")
    assert at.slider(key="map_min_share").value == 30 and param(at, "min_share") == "0.3"
