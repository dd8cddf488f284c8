"""The races map's logic: view/URL state, coloured districts, escaped tooltips, race cards, the map script."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
import shapely
import shapely.geometry
import streamlit_folium

from slate_explorer.data.versions import load_slate
from slate_explorer.geo.build import ensure_layers
from slate_explorer.geo import layers, places
from slate_explorer.mapview import build, card, features, filters, geometry, publish, styles, table
from slate_explorer.routes import Common, Here, MapState, link

HOSTILE = "<img src=x onerror=alert(1)>"
CDN = re.compile(r"cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|unpkg\.com|code\.jquery\.com|https?://")


@pytest.fixture(scope="module")
def slate():
    return load_slate("2025-11-25").slate


@pytest.fixture(scope="module")
def layers_built():
    ensure_layers()


@pytest.fixture
def hostile_slate(slate):
    """The shipped slate with a hostile candidate name, incumbent and office in MI-13."""
    candidates = {
        cid: c.model_copy(update={"name": HOSTILE}) if c.race_id == "mi-13-2026" else c
        for cid, c in slate.candidates.items()
    }
    races = dict(slate.races)
    races["mi-13-2026"] = races["mi-13-2026"].model_copy(update={"incumbent": HOSTILE, "office": HOSTILE})
    return dataclasses.replace(slate, candidates=candidates, races=races)


# --- view and URL state ---------------------------------------------------------------------------

def test_race_decides_the_level_and_says_so_when_the_link_disagrees(slate):
    view, notes = MapState.parse({"race": "mi-sen-2026", "level": "us_house"}, slate)
    assert view.level == "us_senate" and view.race == "mi-sen-2026"
    assert len(notes) == 1 and "U.S. Senate" in notes[0]
    assert MapState.parse({}, slate) == (MapState(), [])


def test_url_round_trip_reproduces_the_view(slate):
    for view in (
        MapState(race="il-09-2026", state="IL", statuses=("open_seat",)),
        MapState(level="city"),
        MapState(level="us_senate", state="MI"),
        MapState(state="NY", statuses=("target", "lost")),
    ):
        again, notes = MapState.parse(view.to_params(), slate)
        assert again == view and notes == []
    assert MapState().to_params() == {}
    assert link("map", MapState(race="ny-14-2026"), Common(v="2025-07-10")) == "/map?race=ny-14-2026&v=2025-07-10"


def test_filters_select_the_races_of_a_level_state_and_status(slate):
    house = filters.races_matching(slate, MapState())
    assert {r.district for r in house} == {"AZ-07", "IL-09", "CA-11", "MI-13", "NY-14", "NY-15", "NY-08", "MA-01", "NY-16", "MO-01"}
    assert [r.district for r in filters.races_matching(slate, MapState(state="NY"))] == ["NY-08", "NY-14", "NY-15", "NY-16"]
    targets = filters.races_matching(slate, MapState(statuses=("target",)))
    assert {r.district for r in targets} == {"NY-15", "NY-08", "MA-01"}
    assert [r.id for r in filters.races_matching(slate, MapState(level="us_senate"))] == ["mi-sen-2026"]
    assert filters.races_matching(slate, MapState(level="state_house")) == []
    counts = filters.counts_by_level(slate, MapState(state="MI"))
    assert counts == {"us_house": 1, "us_senate": 1, "state_house": 0, "state_senate": 0, "city": 0}


def test_a_click_is_read_from_the_component_value_and_anything_else_is_ignored():
    value = {"last_active_drawing": {"type": "Feature", "geometry": None, "properties": {"id": "MI-13", "at": 17}}}
    assert filters.clicked_district(value) == ("MI-13", 17)
    for junk in (None, {}, {"last_active_drawing": None}, {"last_active_drawing": {"properties": {"id": 5}}}, "x", []):
        assert filters.clicked_district(junk) is None


# --- districts, tooltips, styles --------------------------------------------------------------------

def test_only_matching_slate_districts_are_coloured(slate):
    shown = features.district_races(slate, MapState(statuses=("lost",)))
    assert set(shown) == {"AZ-07", "NY-16", "MO-01"}
    assert {d.letter for d in shown.values()} == {"L"}
    info = features.browser_info(shown, {"AZ-07": (32.4, -112.9)})
    assert info["AZ-07"]["p"] == [32.4, -112.9] and info["NY-16"]["p"] is None
    assert info["MO-01"]["s"] == "lost"


def test_tooltip_names_district_incumbent_and_slate_candidates(slate):
    tip = features.tooltip_html(slate, slate.races["mi-sen-2026"], "Michigan")
    assert "<b>MI</b> Michigan" in tip and "Gary Peters (D)" in tip
    assert "Abdul El-Sayed" in tip and "Mallory McMorrow" in tip and "Open seat (O)" in tip
    assert "no slate candidate named yet" in features.tooltip_html(slate, slate.races["ma-01-2026"])


def test_hostile_names_are_escaped_in_tooltips_and_in_the_map_script(hostile_slate):
    shown = features.district_races(hostile_slate, MapState())
    tip = shown["MI-13"].tooltip
    assert HOSTILE not in tip and "&lt;img src=x onerror=alert(1)&gt;" in tip
    script = build.script_json(features.browser_info(shown, {}))
    assert "<" not in script and ">" not in script  # cannot close the <script> element or open a tag
    assert json.loads(script)["MI-13"]["t"] == tip
    html = table.table_html(table.table_rows(hostile_slate, hostile_slate.races.values()), f"Races {HOSTILE}")
    assert HOSTILE not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_legend_pairs_every_colour_with_a_label_and_a_letter():
    entries = styles.legend()
    assert [e.letter for e in entries] == ["I", "C", "O", "T", "W", "L", "?", "R", "N"]
    assert len({e.colour for e in entries}) == len(entries)
    html = styles.legend_html()
    for entry in entries:
        assert f">{entry.letter}</span> {entry.label}" in html
    assert "No slate race" in html
    assert styles.legend(["won"])[0].label == "Won"


# --- race card and table ------------------------------------------------------------------------------

def test_card_holds_candidates_incumbent_dates_and_only_https_links(slate):
    c = card.race_card(slate, "nyc-mayor-2025")
    assert c.status_label == "Won" and c.letter == "W" and c.incumbent == "Eric Adams"
    assert [p.name for p in c.candidates] == ["Zohran Mamdani"]
    links = c.candidates[0].links
    assert links and all(link.url.startswith("https://") for link in links)
    assert str(c.general_date) == "2025-11-04" and "nyc-boe" in c.source_ids
    ny14 = card.race_card(slate, "ny-14-2026")
    assert ny14.incumbent_bloc and "Progressive" in ny14.incumbent_bloc
    assert card.race_card(slate, "ny-15-2026").candidates == ()
    assert card.incumbent_line(card.race_card(slate, "il-09-2026")) == "Jan Schakowsky (D), since 1999"
    assert card.incumbent_line(ny14).endswith(f"since 2019; {ny14.incumbent_bloc}")


def test_card_drops_links_that_are_not_https(slate):
    candidate = next(iter(slate.candidates.values()))
    unsafe = candidate.model_construct(**{**candidate.model_dump(), "website": "javascript:alert(1)",
                                           "donate": "http://example.org/", "volunteer": "https://example.org/v"})
    assert [(l.label, l.url) for l in card.https_links(unsafe)] == [("Volunteer", "https://example.org/v")]


def test_card_lists_the_planks_each_candidate_backs(slate):
    backed = {(p.candidate_id, slate.planks[p.plank_id].title) for p in slate.positions if p.stance.value == "backs"}
    assert backed, "the shipped data records positions"
    candidate_id, title = sorted(backed)[0]
    race_id = slate.candidates[candidate_id].race_id
    person = next(p for p in card.race_card(slate, race_id).candidates if p.id == candidate_id)
    assert title in person.backs


def test_table_rows_are_words_with_no_link_cells(slate):
    """A grid's link cell keeps its address in the hidden table a screen reader reads: no links, no race ids."""
    rows = table.table_rows(slate, filters.races_matching(slate, MapState(state="MI")))
    assert not any(re.search(r"[a-z]{2}-[0-9]{2}-20[0-9]{2}|map\?", str(value)) for row in rows for value in row.values())
    assert rows[0]["Status"] == "Challenger (C)" and rows[0]["Slate candidates"] == "Donavan McKinney"


# --- geometry and the folium map -----------------------------------------------------------------------

def test_layers_publish_once_to_content_addressed_static_files(layers_built):
    url = publish.layer_url("us_house")
    name = url.rsplit("/", 1)[1]
    assert url.startswith("../../app/static/build/geo/us_house-") and name.endswith(".geojson")
    path = publish.STATIC_DIR / "build" / "geo" / name
    assert path.read_text(encoding="utf-8") == geometry.drawing_text("us_house")
    assert len(json.loads(path.read_text())["features"]) == 437
    assert publish.layer_url("us_house") == url


def test_label_points_fall_inside_their_districts_and_bounds_are_leaflet_ordered(layers_built):
    points = geometry.label_points("us_house")
    shapes = {f["properties"]["id"]: shapely.geometry.shape(f["geometry"])
              for f in json.loads(geometry.drawing_text("us_house"))["features"]}
    for district_id, (lat, lon) in points.items():
        # inside, and not hugging an edge (a click there must hit the district)
        assert shapes[district_id].contains(shapely.Point(lon, lat).buffer(0.005)), district_id
    lat, lon = points["MI-13"]
    (south, west), (north, east) = geometry.bounds_of("MI-13")
    assert south <= lat <= north and west <= lon <= east
    assert geometry.bounds_of("ZZ-99") is None
    assert any("119th Congress" in note for note in geometry.boundaries_notes("us_house"))
    assert any("TX" in note for note in geometry.boundaries_notes("us_house"))


def test_new_york_city_is_a_button_away_on_the_maps_that_draw_its_districts(layers_built):
    def jumps(level):
        return {label: box for label, box in (build.browser_config(level)["jumps"] or ())}

    (south, west), (north, east) = jumps("us_house")["New York City"]
    for district in ("NY-07", "NY-10", "NY-13", "NY-14", "NY-15"):  # the slate's city seats, in full
        (s, w), (n, e) = geometry.bounds_of(district)
        assert south <= s and n <= north and west <= w and e <= east, district
    assert north - south < 0.5  # close enough that a district is more than a few pixels
    assert set(jumps("state_house")) == set(jumps("state_senate")) == {"All of New York", "New York City"}
    assert "New York City" not in jumps("us_senate") and "Hawaii" in jumps("us_senate")
    assert build.browser_config("city")["jumps"] is None


def test_map_loads_everything_from_the_app_and_embeds_no_geometry(layers_built):
    m = build.build_map("us_house")
    m.get_root().render()
    script = streamlit_folium._get_map_string(m)
    header = streamlit_folium._get_header(m)
    assert not CDN.search(script + header)
    assert [src for _name, src in m.default_js] == ["../../app/static/vendor/leaflet/leaflet.js"]
    assert [href for _name, href in m.default_css] == ["../../app/static/vendor/leaflet/leaflet.css"]
    assert '"coordinates":' not in script and len(script) < 16_000  # no embedded GeoJSON (map.js itself: ~12 KB)


def test_map_script_is_the_same_across_reruns_so_the_iframe_is_not_remounted(layers_built):
    def script_hash():
        m = build.build_map("us_house")
        m.get_root().render()
        return streamlit_folium.generate_js_hash(streamlit_folium._get_map_string(m), "races_map")

    assert script_hash() == script_hash()


def test_street_tiles_are_off_unless_configured():
    assert build.config_from_env({}) == build.MapConfig()
    config = build.config_from_env({"SLATE_MAP_TILES": "https://tiles.example.org/{z}/{x}/{y}.png"})
    assert config.tiles.startswith("https://tiles.example.org/") and "tiles.example.org" in config.attribution


def test_selection_script_carries_state_safely():
    group = build.selection_layer({"MI-13": {"s": "challenger", "t": "&lt;b&gt;", "p": None}}, "MI-13", ((1, 2), (3, 4)))
    code = next(iter(group._children.values())).code
    state = json.loads(code[code.index("(") + 1: code.rindex(")")])
    assert state == {"info": {"MI-13": {"s": "challenger", "t": "&lt;b&gt;", "p": None}}, "selected": "MI-13",
                     "fit": [[1, 2], [3, 4]], "also": {}}


def test_the_map_tells_other_levels_races_in_a_district(slate):
    """A Brooklyn district with no slate House race still names the city's mayoral race (as Find does);
    every Michigan district names the Senate race; districts mostly outside the city name nothing."""
    also = features.also_here(slate, "us_house")
    assert "Mayor of New York City" in also["NY-10"] and "Mayor of New York City" in also["NY-14"]
    assert "Michigan" in also["MI-12"] and "NY-01" not in also and "IL-09" not in also
    assert features.also_here(slate, "us_senate") == {}  # a state is not mostly inside any race's district
    assert "<" not in also["NY-10"].replace("<br>", "")  # data text arrives escaped


def test_the_national_first_view_stays_within_600_kb(layers_built, slate):
    """Districts, the national place labels, the map script and the first selection: the labels must not
    blow the budget (bench/bench_map.py prints the figures)."""
    m = build.build_map("us_house", text=build.map_text())
    m.get_root().render()
    info = features.browser_info(features.district_races(slate, MapState()), geometry.label_points("us_house"))
    group = build.selection_layer(info, None, None, features.also_here(slate, "us_house"))
    sent = [streamlit_folium._get_map_string(m), streamlit_folium._get_header(m), streamlit_folium._get_html(m),
            streamlit_folium._get_feature_group_string(group, m), geometry.drawing_text("us_house"),
            layers.places_text("national")]
    assert sum(len(text.encode("utf-8")) for text in sent) <= 600_000


def test_place_labels_are_built_with_the_layers_in_two_tiers():
    national = json.loads(layers.places_text("national"))
    local = json.loads(layers.places_text("local"))
    names = {row[0] for row in national}
    assert {"New York City", "Los Angeles", "Chicago", "Michigan", "Alaska", "Puerto Rico"} <= names
    assert "Evanston" in {row[0] for row in local} and all(row[3] >= places.NATIONAL_ZOOM for row in local)
    assert len(json.dumps(national)) < 8_000  # part of the national map's first bytes (600 KB budget)


def test_a_new_level_or_an_excluding_filter_drops_the_selection_but_a_deep_link_keeps_it(slate):
    selected = MapState(race="mi-13-2026")
    assert filters.after_change(None, selected.with_(state="NY"), slate).race == "mi-13-2026"  # a link says so
    assert filters.after_change(selected, selected.with_(state="NY"), slate).race is None
    assert filters.after_change(selected, selected.with_(state="MI"), slate).race == "mi-13-2026"
    assert filters.after_change(selected, selected.with_(statuses=("target",)), slate).race is None
    assert filters.after_change(selected, selected.with_(level="city"), slate).race is None


def test_the_map_zooms_only_when_the_visitor_asked_for_it(slate):
    il09, ny = MapState(race="il-09-2026"), MapState(state="NY")
    assert filters.zoom_target(None, il09, slate) == "IL-09"  # deep link
    assert filters.zoom_target(None, ny, slate) == "NY"
    assert filters.zoom_target(None, MapState(), slate) is None
    assert filters.zoom_target(MapState(), il09, slate, clicked="IL-09") == "IL-09"  # a click zooms to the district
    assert filters.zoom_target(MapState(), MapState(), slate, clicked="IL-05") == "IL-05"  # no slate race there too
    assert filters.zoom_target(il09, il09.with_(statuses=("open_seat",)), slate) is None
    assert filters.zoom_target(MapState(), ny, slate) == "NY"
    assert filters.zoom_target(ny, MapState(), slate) == filters.LEVEL


def test_spanish_words_reach_the_map_script_and_tooltips(slate, layers_built):
    from slate_explorer import i18n

    i18n.set_language("es")
    try:
        m = build.build_map("us_house", build.MapConfig(), build.map_text())
        m.get_root().render()
        script = streamlit_folium._get_map_string(m)
        tip = features.tooltip_html(slate, slate.races["mi-13-2026"])
        legend = styles.legend_html()
    finally:
        i18n.set_language("en")
    assert "Aqu\\u00ed no hay contienda de la lista" in script and "No slate race here" not in script
    assert "Aspirante" in script  # status labels for the script, too
    assert "Situación: Aspirante (A), 2026" in tip and "Lista: Donavan McKinney" in tip
    assert "Titular actual: Shri Thanedar (D)" in tip
    assert 'aria-label="Leyenda"' in legend


def test_a_race_link_reads_as_a_sentence_in_the_visitors_language(slate):
    from slate_explorer.i18n import in_language

    race = slate.races["il-09-2026"]
    text = table.link_label(slate, race)
    assert text.startswith("IL-09: U.S. Representative, Illinois's 9th district. Open seat (O); slate: ")
    assert "Kat Abughazaleh" in text and "map?" not in text
    with in_language("es"):
        spanish = table.link_label(slate, race)
    assert "lista: " in spanish and "Kat Abughazaleh" in spanish and "slate:" not in spanish
