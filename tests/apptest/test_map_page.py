"""The map page under AppTest: deep links, filters from the URL, the race card, bad parameters.

AppTest cannot render st_folium (the map itself is tested in tests/browser/test_map.py); everything
around it (card, filters, table, notes, URL) is checked here.
"""

from __future__ import annotations

import re

import pandas as pd

from tests.apptest.conftest import html_tables, run_page, texts


def param(at, name):
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) else value


def table_html(at) -> str | None:
    return next((h.proto.body for h in at.get("html") if 'class="se-table"' in h.proto.body), None)


def table_of(at) -> pd.DataFrame:
    """The table under the map, as read from its HTML."""
    (table,) = html_tables(at)
    return table


def test_race_link_shows_its_card_and_keeps_the_url():
    at = run_page("map", race="IL-09")
    shown = texts(at)
    assert "IL-09: U.S. Representative, Illinois's 9th district" in shown
    assert "Kat Abughazaleh" in shown and "Jan Schakowsky (D), since 1999" in shown
    assert "17 March 2026" in shown and "3 November 2026" in shown
    assert param(at, "race") == "il-09-2026"
    assert "119th Congress" in shown and "TX" in shown  # every map says which boundaries it uses


def test_filters_from_the_url_are_applied_to_widgets_and_table():
    at = run_page("map", state="NY", status="target")
    assert at.selectbox(key="map_state").value == "NY"
    assert at.multiselect(key="map_status").value == ["target"]
    assert sorted(table_of(at)["District"]) == ["NY-08", "NY-15"]
    assert param(at, "state") == "NY" and param(at, "status") == "target"


def test_senate_race_switches_to_the_senate_map():
    at = run_page("map", race="mi-sen-2026", level="us_house")
    assert at.pills(key="map_level").value == "us_senate"
    assert "Abdul El-Sayed" in texts(at) and "Mallory McMorrow" in texts(at)
    assert any("U.S. Senate map" in i.value.replace("\\", "") for i in at.info)
    assert list(table_of(at)["District"]) == ["MI"]


def test_ny_assembly_layer_says_honestly_there_are_no_slate_seats():
    at = run_page("map", level="state_house")
    assert any("names no New York Assembly or State Senate seats" in i.value for i in at.info)
    assert table_html(at) is None
    assert "New York State Assembly districts" in texts(at)


def test_bad_parameters_get_a_friendly_note_and_the_page_still_works():
    at = run_page("map", race="<script>", level="moon", status="maybe", colour="red")
    notes = " ".join(i.value for i in at.info)
    assert "race=" in notes and "level=" in notes and "status=" in notes and "colour" in notes
    assert "<script>" not in notes
    assert len(table_of(at)) == 10  # the national House map with every race


def test_changing_a_filter_updates_the_url():
    at = run_page("map")
    at.selectbox(key="map_state").set_value("MI").run()
    assert param(at, "state") == "MI"
    assert list(table_of(at)["District"]) == ["MI-13"]
    at.pills(key="map_level").set_value("city").run()
    assert param(at, "level") == "city"


def test_the_table_shows_words_where_it_used_to_show_race_ids():
    """Issue 15: the first column read `az-07-2025`; the table holds words only (the links are listed under it),
    as a real table with column headers and a caption, and without Streamlit's data grid (issue 16)."""
    at = run_page("map")
    html = table_html(at)
    assert "<a " not in html and '<th scope="col" role="columnheader">District</th>' in html and "<caption>" in html
    assert not at.dataframe
    assert not table_of(at).map(lambda v: bool(re.search(r"[a-z]{2}-[0-9]{2}-20[0-9]{2}", str(v)))).any().any()
    assert list(table_of(at).columns)[:3] == ["District", "Office", "Status"]


def test_pinned_version_is_kept_in_the_race_links():
    at = run_page("map", v="2025-07-10")
    links = [e.proto for e in at.get("page_link") if "race=" in e.proto.query_string]
    assert links and all("v=2025-07-10" in link.query_string for link in links)


def clicked(district: str, at_ms: int) -> dict:
    """What st_folium's on_change leaves in session state after a click (views/map.py MAP_KEY)."""
    return {"last_active_drawing": {"type": "Feature", "geometry": None, "properties": {"id": district, "at": at_ms}}}


def test_a_map_click_opens_the_card_and_a_quiet_district_says_no_race():
    at = run_page("map")
    at.session_state["races_map"] = clicked("MI-13", 1)
    at.run()
    assert "MI-13: U.S. Representative, Michigan's 13th district" in texts(at)
    assert param(at, "race") == "mi-13-2026"
    at.session_state["races_map"] = clicked("MI-12", 2)
    at.run()
    assert "no slate race here" in texts(at) and param(at, "race") is None



def test_an_old_click_is_not_applied_again_after_the_visitor_moves_on():
    at = run_page("map")
    at.session_state["races_map"] = clicked("MI-13", 1)
    at.run()
    assert param(at, "race") == "mi-13-2026"
    at.pills(key="map_level").set_value("city").run()
    assert param(at, "race") is None and param(at, "level") == "city"
    at.pills(key="map_level").set_value("us_house").run()  # the stored click is still MI-13
    assert param(at, "race") is None and "Click a coloured district" in texts(at)


def test_without_the_vendored_scripts_the_page_says_so_and_keeps_the_table(monkeypatch):
    from slate_explorer.mapview import publish

    monkeypatch.setattr(publish, "VENDOR_FILES", ("vendor/leaflet/not-installed.js",))
    at = run_page("map")
    assert any("scripts are missing on this server" in e.value for e in at.error)
    assert not any("vendor-js" in e.value for e in at.error)  # operators read that in the log
    assert len(table_of(at)) == 10


def test_spanish_map_translates_labels_card_dates_and_data_text():
    at = run_page("map", race="IL-09", lang="es")
    shown = texts(at)
    assert at.title[0].value == "Todas las contiendas de la lista"
    assert "IL-09: Representante de EE. UU. por el distrito 9 de Illinois" in shown  # from the data catalogue
    assert "Escaño abierto: la representante Jan Schakowsky no busca la reelección (lo anunció en mayo de 2025)." \
        in shown
    assert "Candidata en la primaria demócrata por el distrito 9 de Illinois." in shown
    assert "Illinois's 9th district" not in shown and "not seeking re-election" not in shown
    assert "Representante de EE. UU. por el distrito 9 de Illinois" in set(table_of(at)["Cargo"])
    assert "Jan Schakowsky (D), desde 1999" in shown and "- Titular actual:" in shown
    assert "17 de marzo de 2026" in shown and "3 de noviembre de 2026" in shown
    assert "- La elección general es el 3 de noviembre de 2026." in shown  # the race's story, in the day's tense
    assert "Contiendas de Cámara de EE. UU." in shown
    assert at.pills(key="map_level").label == "Nivel" and at.selectbox(key="map_state").label == "Estado"
    assert at.multiselect(key="map_status").label == "Situación"
    assert at.selectbox(key="map_state").options[0] == "Todos los estados"
    columns = list(table_of(at).columns)
    assert columns[:3] == ["Distrito", "Cargo", "Situación"] and "General election" not in columns
    assert "Aspirante (A)" in set(table_of(at)["Situación"])  # the letter from the Spanish word (issue 24)


def test_spanish_legend_and_notes():
    at = run_page("map", race="mi-sen-2026", level="us_house", lang="es")
    legend = next(h.proto.body for h in at.get("html") if 'role="list"' in h.proto.body)
    assert 'aria-label="Leyenda"' in legend and "Escaño abierto" in legend and "Sin contienda de la lista" in legend
    assert any("mapa de Senado de EE. UU." in i.value.replace("\\", "") for i in at.info)
    assert "Situación: Escaño abierto" not in texts(at)  # tooltips go to the map script, not the page
    assert "Las líneas están simplificadas" in texts(at)


def test_the_map_card_and_finds_card_are_one_card_marking_passed_dates(monkeypatch):
    """Issue 15: Find added "(passed)" to past dates, the map card did not. Both draw views/_race_card.py now,
    with the page's day (SLATE_TODAY pins it): each election in the tense of that day (race_story.py)."""
    monkeypatch.setenv("SLATE_TODAY", "2026-04-01")
    on_map = texts(run_page("map", race="il-09-2026"))
    on_find = texts(run_page("find", district="IL-09"))
    for shown in (on_map, on_find):
        assert "- The primary was held on 17 March 2026; its result is not in this version." in shown
        assert "- The general election is on 3 November 2026." in shown and "Primary: 17 March" not in shown
        assert "### IL-09: U.S. Representative, Illinois's 9th district (2026)" in shown or "#### IL-09" in shown
