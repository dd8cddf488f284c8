"""The findview package (the Find page's logic): questions -> answers, what the page shows, the confirmation map's parts, setup."""

from __future__ import annotations

import datetime as dt
import json
import socket

import pytest

from slate_explorer import i18n
from slate_explorer.data.versions import load_slate
from slate_explorer.findview import answer as view
from slate_explorer.findview import confirm, query, setup
from slate_explorer.geo.fetch import GeodataError
from slate_explorer.geo.lookup import Locator
from tests.fakes.census import match_at, running_census

SLATE = load_slate("2025-11-25").slate
JACKSON_HEIGHTS = (-73.87, 40.75)  # NY-14, Assembly 34, State Senate 13, NYC
KANSAS = (-100.0, 40.0)  # KS-01: no slate race


@pytest.fixture(scope="module")
def locator(built_layers) -> Locator:
    return Locator.load(built_layers)


@pytest.fixture(scope="module")
def built_layers():
    from slate_explorer.geo.build import ensure_layers

    return ensure_layers()


def resolved(q, locator):
    assert isinstance(q, query.Query), q
    return query.resolve(q, SLATE, locator)


# --- questions ---------------------------------------------------------------------------------------------

def test_district_ids_are_read_forgivingly_and_bad_ones_explained():
    assert query.district_query(" ny14 ") == query.Query("district", "NY-14")
    assert query.district_query("ny ad 34").text == "NY-AD-34"
    problem = query.district_query("<b>Main Street 12</b> and a very long tail")
    assert isinstance(problem, str) and "is not a district id" in problem and "NY-14" in problem
    assert "very long tail" not in problem  # what the voter typed is echoed short


def test_zip_and_point_questions():
    assert query.zip_query("11201-1234") == query.Query("zip", "11201")
    assert "5-digit ZIP" in query.zip_query("112")
    assert query.point_query("-73.87", 40.75, "click") == query.Query("point", lon=-73.87, lat=40.75, how="click")
    assert "could not be read" in query.point_query(float("nan"), 40, "click")
    assert "could not be read" in query.point_query(40.75, -173.87 * 2, "location")


def test_an_address_becomes_the_point_it_matched(monkeypatch, built_layers):
    with running_census() as census:
        census.matches = match_at(*JACKSON_HEIGHTS, "90-15 ROOSEVELT AVE, JACKSON HEIGHTS, NY, 11372")
        monkeypatch.setenv("SLATE_GEOCODER_URL", census.url)
        q = query.address_query("90-15 Roosevelt Ave, Queens")
    assert q == query.Query("point", lon=-73.87, lat=40.75, how="address",
                            matched="90-15 ROOSEVELT AVE, JACKSON HEIGHTS, NY, 11372")


def test_an_unreachable_geocoder_is_a_message_without_the_address(monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("SLATE_GEOCODER_URL", f"http://127.0.0.1:{port}/geocoder")
    monkeypatch.setattr("slate_explorer.geo.geocode._backoff", lambda attempt: None)
    problem = query.address_query("90-15 Roosevelt Ave, Queens")
    assert problem.startswith("The US Census address service could not be reached.") and "ZIP code" in problem
    assert "Roosevelt" not in problem


def test_messages_follow_the_visitor_language(monkeypatch):
    monkeypatch.setattr(i18n, "catalogue", lambda lang: {"Enter a 5-digit ZIP code, for example 11201.": "ES"}
                        if lang == "es" else {})
    i18n.set_language("es")
    try:
        assert query.zip_query("1") == "ES"
    finally:
        i18n.set_language("en")


# --- answers -----------------------------------------------------------------------------------------------

def test_a_point_in_queens_answers_every_level(locator):
    result = resolved(query.point_query(*JACKSON_HEIGHTS, "click"), locator)
    assert result.answer.districts == {"us_house": "NY-14", "us_senate": "NY", "state_house": "NY-AD-34",
                                       "state_senate": "NY-SD-13", "city": "NYC"}
    lines = view.district_lines(result.answer, view.state_names(locator))
    assert [(line.id, line.name) for line in lines] == [
        ("NY-14", "New York, congressional district 14"), ("NY", "New York"),
        ("NY-AD-34", "New York State Assembly District 34"), ("NY-SD-13", "New York State Senate District 13"),
        ("NYC", "New York City"),
    ]
    assert view.share_district(result) == "NY-14"
    assert view.guide_districts(result.answer) == ["NY-14", "NY", "NY-AD-34", "NY-SD-13", "NYC"]
    assert view.typed_note(result.answer) is None


def test_a_point_outside_every_district_is_a_problem(locator):
    result = resolved(query.point_query(0.0, 0.0, "click"), locator)
    assert result.answer is None and "outside every district" in result.problem
    assert view.share_district(result) is None


def test_a_zip_answer_shares_no_district(locator):
    result = resolved(query.zip_query("11201"), locator)
    assert result.zip.districts == ("NY-07", "NY-08", "NY-10") and result.answer is None
    assert view.share_district(result) is None


def test_a_zip_needs_the_layers():
    result = query.resolve(query.Query("zip", "11201"), SLATE, None)
    assert result.zip is None and "Type a district id instead" in result.problem


def test_typed_districts(locator):
    result = resolved(query.district_query("mi-13"), locator)
    assert [race.id for race in result.answer.races] == ["mi-13-2026", "mi-sen-2026"]
    assert view.share_district(result) == "MI-13" and view.typed_note(result.answer)
    assert "not a district in the boundaries" in resolved(query.district_query("NY-99"), locator).problem


def test_names_of_at_large_and_numbered_districts():
    names = {"WY": "Wyoming", "NY": "New York"}
    assert view.district_name("us_house", "WY-AL", names) == "Wyoming, at-large congressional district"
    assert view.district_name("us_house", "NY-07", names) == "New York, congressional district 7"
    assert view.district_name("us_senate", "NY", names) == "New York"
    assert view.district_name("us_house", "ZZ-01", {}) == "ZZ, congressional district 1"


def test_a_typed_district_without_layers_still_answers_from_the_data(monkeypatch, tmp_path):
    monkeypatch.setenv("SLATE_GEODATA_BUILD", str(tmp_path))  # an empty build folder
    result = query.resolve(query.Query("district", "NY-14"), SLATE, None)
    assert [race.id for race in result.answer.races] == ["ny-14-2026"]
    assert result.answer.representatives == {} and "not available" in result.answer.notes[0]


def test_race_views_carry_links_dates_and_backed_planks(locator):
    result = resolved(query.district_query("NY-14"), locator)
    values = {"v": "2025-11-25", "lang": "es"}
    (race,) = view.race_views(result.answer, SLATE, values, today=dt.date(2026, 1, 1))
    assert race.open and race.map_href == "/map?race=ny-14-2026&v=2025-11-25&lang=es"
    assert race.card.story == ("The general election is on 3 November 2026.",)  # no primary date recorded
    planks = race.planks["alexandria-ocasio-cortez"]
    assert [p.id for p in planks] == ["green-new-deal", "medicare-for-all"]
    assert planks[0].href == "/agenda?plank=green-new-deal&v=2025-11-25&lang=es"
    assert all(link.url.startswith("https://") for link in race.card.candidates[0].links)
    later = view.race_views(result.answer, SLATE, {}, today=dt.date(2026, 11, 4))[0]
    assert later.card.story == ("The general election was held on 3 November 2026; its result is not in this version.",)


def test_members_of_congress():
    answer = query.resolve(query.Query("district", "NY-14"), SLATE, None).answer
    reps = view.representation_views(answer)
    assert [(r.district, [m.name for m in r.members]) for r in reps] == [
        ("NY-14", ["Alexandria Ocasio-Cortez"]), ("NY", ["Charles E. Schumer", "Kirsten E. Gillibrand"])]
    assert reps[0].members[0].role == "Representative" and reps[0].members[0].url.startswith("https://")


def test_nearest_open_races_when_there_is_none_where_you_vote(locator):
    point = resolved(query.point_query(*KANSAS, "click"), locator)
    near = view.nearby_races(point.answer, SLATE, locator, {})
    assert [n.race.id for n in near] == ["il-09-2026", "mi-sen-2026", "mi-13-2026"]
    assert near[0].km == pytest.approx(1004.2) and near[0].map_href == "/map?race=il-09-2026"
    assert near[0].candidates == ("Kat Abughazaleh",) and near[0].help_links == ()  # no links in this data
    typed = resolved(query.district_query("KS-01"), locator)
    assert view.nearby_races(typed.answer, SLATE, locator, {})[0].race.id == "il-09-2026"


def test_no_nearest_races_once_every_election_has_passed(locator):
    """Read after every election in the data, no finished race is offered as one to help with."""
    point = resolved(query.point_query(*KANSAS, "click"), locator)
    assert view.nearby_races(point.answer, SLATE, locator, {}, today=dt.date(2031, 1, 1)) == []


def test_help_links_are_https_only_and_name_the_candidate():
    from types import SimpleNamespace

    person = SimpleNamespace(name="A. B.", volunteer="https://example.org/v", donate="javascript:alert(1)",
                             website="http://insecure.example")
    links = [(link.label, link.url) for link in view.help_links(person)]
    assert links == [("Volunteer with A. B.", "https://example.org/v")]


def test_no_nearest_when_an_open_race_is_there(locator):
    answer = resolved(query.district_query("NY-14"), locator).answer
    assert view.has_open_race(answer, SLATE) and view.nearby_races(answer, SLATE, locator, {}) == []


def test_decided_races_only_still_point_to_open_ones(locator):
    answer = resolved(query.district_query("NY-16"), locator).answer  # the 2024 race was lost
    assert [r.status.value for r in answer.races] == ["lost"] and not view.has_open_race(answer, SLATE)
    assert view.nearby_races(answer, SLATE, locator, {})[0].race.district in {"NY-14", "NY-15", "NY-08"}


def test_calendar_and_file_names(locator):
    answer = resolved(query.district_query("IL-09"), locator).answer
    assert [(d.date, d.kind) for d in view.calendar_days(answer, SLATE)] == [
        (dt.date(2026, 3, 17), "primary"), (dt.date(2026, 11, 3), "general")]
    assert view.file_stem("NY-AD-34") == "NY-AD-34" and view.file_stem("../x y") == "xy"
    assert view.file_stem(None) == "districts"


# --- the confirmation map ----------------------------------------------------------------------------------

def test_outlines_of_the_voters_districts(locator):
    answer = resolved(query.point_query(*JACKSON_HEIGHTS, "address"), locator).answer
    collection = confirm.outline_collection(answer.districts)
    assert [(f["id"], f["properties"]["level"]) for f in collection["features"]] == [
        ("NYC", "city"), ("NY-SD-13", "state_senate"), ("NY-AD-34", "state_house"), ("NY-14", "us_house")]
    import folium

    html = confirm.overlay(answer).add_to(folium.Map()).get_root().render()
    assert '"pane": "shadowPane"' in html and '"interactive": false' in html
    assert "L.circleMarker([40.75, -73.87]" in html
    (south, west), (north, east) = confirm.fit_bounds(answer)
    assert south <= 40.75 <= north and west <= -73.87 <= east


def test_clicks_and_locations_are_read_safely():
    wrapped = {"last_clicked": {"lat": 40.75, "lng": -73.87 - 360}}  # a click one world to the west
    assert confirm.clicked_point(wrapped) == pytest.approx((-73.87, 40.75))
    assert confirm.clicked_point({"last_clicked": None}) is None
    assert confirm.clicked_point({"last_clicked": {"lat": "x", "lng": 1}}) is None
    assert confirm.clicked_point(None) is None
    assert confirm.located_point({"lat": 40.75, "lon": -73.87, "accuracy": 20}) == (-73.87, 40.75, 20.0)
    assert "did not allow" in confirm.located_point({"error": 1})
    assert "took too long" in confirm.located_point({"error": 3})
    assert "cannot share its location" in confirm.located_point({"error": "unsupported"})
    assert "sent no location" in confirm.located_point({"lat": 99, "lon": 0})
    assert "sent no location" in confirm.located_point("40,-73")


# --- setup -------------------------------------------------------------------------------------------------

def test_without_internet_or_mirror_operators_read_what_to_do_and_visitors_what_is_missing(monkeypatch, tmp_path,
                                                                                              capsys):
    empty_mirror = tmp_path / "mirror"
    empty_mirror.mkdir()
    monkeypatch.setenv("SLATE_GEODATA_MIRROR", str(empty_mirror))
    monkeypatch.setenv("SLATE_GEODATA_BUILD", str(tmp_path / "build"))
    monkeypatch.setattr(setup, "_current", False)
    assert not setup.layers_current()
    with pytest.raises(GeodataError) as error:
        setup.prepare()
    logged = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert logged["event"] == "geodata_unavailable" and "SLATE_GEODATA_MIRROR" in logged["see"]
    assert "is not in the mirror folder" in logged["error"]
    visitors = setup.unavailable_text(error.value)
    assert visitors == ("The district boundaries are not available on this server right now (missing or damaged: "
                        "build.json).")


def test_markdown_links_keep_data_text_plain_and_addresses_whole():
    assert view.md_link("A *b* [c]", "https://x.org/a_(b) c") == r"[A \*b\* \[c\]](https://x.org/a_%28b%29%20c)"


def test_a_zips_districts_are_outlined_and_framed(locator):
    import folium

    html = confirm.zip_overlay(("NY-07", "NY-08", "NY-10")).add_to(folium.Map()).get_root().render()
    assert html.count('"pane": "shadowPane"') == 3
    (south, west), (north, east) = confirm.districts_bounds(("NY-07", "NY-08", "NY-10"))
    assert south < 40.69 < north and west < -73.99 < east  # downtown Brooklyn, ZIP 11201
    assert confirm.districts_bounds(("XX-99",)) is None
