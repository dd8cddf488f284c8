"""Find your district, run through app.py: typed ids, deep links, ZIPs, addresses (a local fake Census
geocoder), a geocoder that is down, no slate race nearby, Spanish, and the downloads.

Privacy checks: the typed address never reaches the URL (at.query_params) nor any text on the page;
only the Census's matched address is shown.
"""

from __future__ import annotations

import socket
import time

import pytest

from tests.apptest.conftest import run_page, submit, texts
from tests.fakes.census import match_at, running_census

ADDRESS = "90-15 Roosevelt Ave, Jackson Heights, NY 11372"  # typed by the test "voter"
MATCHED = "90-15 ROOSEVELT AVE, JACKSON HEIGHTS, NY, 11372"
QUEENS = (-73.87, 40.75)  # Jackson Heights, Queens: NY-14, Assembly 34, State Senate 13



def warnings(at) -> str:
    return "\n".join(w.value for w in at.warning).replace("\\", "")


def test_typed_district_shows_the_race_and_the_representative():
    at = run_page("find")
    at = submit(at, "find_district", "ny14", 2)
    shown = texts(at)
    assert "NY-14: U.S. Representative, New York's 14th district (2026)" in shown
    assert "Representative (NY-14): **[Alexandria Ocasio-Cortez](https://ocasio-cortez.house.gov)**" in shown
    assert "Senator (NY): **[Charles E. Schumer]" in shown
    assert "Backs: [Green New Deal](/agenda?plank=green-new-deal)" in shown
    assert "(/map?race=ny-14-2026)" in shown
    assert "119th Congress" in shown and "Not covered: AL, CA, FL, LA, MO, NC, OH, TN, TX and UT" in shown
    assert at.query_params["district"] == "NY-14"


def test_deep_link_to_a_district():
    at = run_page("find", district="MI-13")
    shown = texts(at)
    assert "MI-13: U.S. Representative, Michigan's 13th district (2026)" in shown
    assert "Donavan McKinney" in shown and "Representative (MI-13): **[Shri Thanedar]" in shown
    assert "U.S. Senator from Michigan" in shown  # a House district's state: its Senate race too
    assert "Abdul El-Sayed" in shown


def test_an_unknown_district_in_the_link_is_a_clear_message():
    at = run_page("find", district="NY-99")
    assert "NY-99 is not a district in the boundaries this site uses." in warnings(at)
    assert "district" not in at.query_params


def test_zip_lists_every_candidate_district_with_the_note():
    at = submit(run_page("find"), "find_zip", "11201", 1)
    shown = texts(at)
    for district in ("NY-07", "NY-08", "NY-10"):
        assert f"**{district}**, New York, congressional district {int(district[3:])}" in shown
    assert "U.S. Representative, New York's 8th district (Target)" in shown  # the slate's race in NY-08
    note = "\n".join(i.value for i in at.info).replace("\\", "")
    assert "touches 3 congressional districts (NY-07, NY-08, NY-10)" in note and "street address" in note
    assert "Your districts" not in shown  # never silently one district
    assert "district" not in at.query_params
    # the voter picks one explicitly
    at.button(key="find_zip_NY-08").click().run()
    assert "NY-08: U.S. Representative, New York's 8th district (2026)" in texts(at)
    assert at.query_params["district"] == "NY-08"


def test_a_bad_zip_is_a_clear_message():
    at = submit(run_page("find"), "find_zip", "1120", 1)
    assert "Enter a 5-digit ZIP code" in warnings(at)


@pytest.fixture
def census(monkeypatch):
    with running_census() as server:
        monkeypatch.setenv("SLATE_GEOCODER_URL", server.url)
        yield server


def test_address_finds_every_district_and_never_reaches_the_url(census):
    census.matches = match_at(*QUEENS, MATCHED)
    at = submit(run_page("find"), "find_address", ADDRESS, 0)
    shown = texts(at)
    assert census.requests and census.requests[-1]["query"]["address"] == [ADDRESS]
    assert f"**Matched address:** {MATCHED}" in shown
    for line in ("**U.S. House:** NY-14", "**NY Assembly:** NY-AD-34", "**NY Senate:** NY-SD-13",
                 "**City:** NYC — New York City"):
        assert line in shown
    assert "NY-14: U.S. Representative, New York's 14th district (2026)" in shown
    assert "Representative (NY-14): **[Alexandria Ocasio-Cortez]" in shown
    assert "Mayor of New York City (2025)" in shown  # the city race, with its result
    params = str(dict(at.query_params))
    assert at.query_params["district"] == "NY-14"
    assert "Roosevelt" not in params and "11372" not in params and "40.75" not in params and "-73.87" not in params
    assert "Roosevelt" not in shown.replace(MATCHED, "")  # the typed address is not echoed back


def test_geocoder_down_is_a_clear_message_and_other_lookups_still_work(monkeypatch):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("SLATE_GEOCODER_URL", f"http://127.0.0.1:{port}/geocoder")
    started = time.monotonic()
    at = submit(run_page("find"), "find_address", ADDRESS, 0)
    assert time.monotonic() - started < 15
    message = warnings(at)
    assert "The US Census address service could not be reached." in message and "ZIP code" in message
    assert ADDRESS not in message and "district" not in at.query_params
    at = submit(at, "find_zip", "11201", 1)
    assert "NY-07" in texts(at)
    at = submit(at, "find_district", "IL-09", 2)
    assert "IL-09: U.S. Representative, Illinois's 9th district (2026)" in texts(at)


def test_no_slate_race_lists_the_nearest_open_ones(census):
    census.matches = match_at(-100.0, 40.0, "1 MAIN ST, SOMEWHERE, KS")  # KS-01: no slate race in Kansas
    at = submit(run_page("find"), "find_address", "1 Main St, Somewhere, KS", 0)
    shown = texts(at)
    assert "No slate race is recorded in your districts in this data version." in shown
    assert "The nearest open slate races, and how to help" in shown
    assert "**IL-09**: U.S. Representative, Illinois's 9th district (Open seat;" in shown
    assert "about 1,004 km away" in shown and "[Race card](/map?race=il-09-2026)" in shown


def test_typed_district_without_a_race_lists_the_nearest_too():
    shown = texts(run_page("find", district="KS-01"))
    assert "The nearest open slate races, and how to help" in shown and "**IL-09**" in shown


def test_spanish():
    at = run_page("find", district="NY-14", lang="es")
    shown = texts(at)
    assert "Encuentre su distrito" in shown and "Sus distritos" in shown and "Fechas electorales" in shown
    assert "**Cámara de EE. UU.:** NY-14 — Nueva York, distrito 14 del Congreso" in shown  # state names in Spanish
    assert "Representante (NY-14): **[Alexandria Ocasio-Cortez]" in shown and "(demócrata)" in shown
    assert "Senador o senadora (NY): **[Charles E. Schumer]" in shown  # a person by office, not "Senado" (issue 24)
    assert "Representante de EE. UU. por el distrito 14 de Nueva York" in shown  # from data.po
    assert "- La elección general es el 3 de noviembre de 2026." in shown
    assert "Distritos del 119.º Congreso" in shown
    for english in ("Your districts", "Election dates", "Slate races where you vote", "Backs:", "Primary:"):
        assert english not in shown
    labels = {b.proto.label for b in at.get("download_button")}
    assert labels - {"Descargar el código QR (PNG)"} == {"Descargar el calendario (.ics)", "Descargar la guía electoral para imprimir (HTML)"}


def test_calendar_and_guide_downloads():
    at = run_page("find", district="IL-09")
    buttons = {b.proto.label: b.proto for b in at.get("download_button")}
    assert buttons["Download the calendar (.ics)"].url.endswith(".ics")
    assert buttons["Download the printable voter guide (HTML)"].url.endswith(".html")
    assert "17 March 2026: Primary: U.S. Representative, Illinois's 9th district" in texts(at)


def test_without_boundaries_the_page_says_what_is_missing_and_typed_ids_still_answer(monkeypatch, tmp_path):
    from slate_explorer.findview import setup

    (tmp_path / "mirror").mkdir()  # neither the internet nor the files: an empty mirror
    monkeypatch.setenv("SLATE_GEODATA_MIRROR", str(tmp_path / "mirror"))
    monkeypatch.setenv("SLATE_GEODATA_BUILD", str(tmp_path / "build"))
    monkeypatch.setattr(setup, "_current", False)
    at = run_page("find", district="NY-14")
    assert "addresses, ZIP codes, locations and map clicks cannot be looked up" in warnings(at)
    captions = " ".join(c.value.replace("\\", "") for c in at.caption)
    assert "missing or damaged: build.json" in captions
    assert "SLATE_GEODATA_MIRROR" not in captions  # what operators do goes to the log (slate_explorer.oplog)
    shown = texts(at)
    assert "NY-14: U.S. Representative, New York's 14th district (2026)" in shown
    assert "the races below come from the slate data" in shown
    at = submit(at, "find_zip", "11201", 1)
    assert "Type a district id instead" in warnings(at)


def test_spanish_zip_note_and_input_errors():
    at = submit(run_page("find", lang="es"), "find_zip", "11201", 1)
    note = "\n".join(i.value for i in at.info).replace("\\", "")
    assert "El código postal 11201 toca 3 distritos del Congreso (NY-07, NY-08, NY-10)" in note
    at = submit(at, "find_district", "zz-9-9", 2)
    assert "no es un código de distrito" in warnings(at)
