"""The election calendar imports into a standard parser; the voter guide is escaped and complete."""

import datetime as dt
import shutil

import html5lib
from icalendar import Calendar

from slate_explorer import i18n
from slate_explorer.data.validate import load_folder
from slate_explorer.data.versions import load_slate
from slate_explorer.data_text import translated
from slate_explorer.guide.calendar import ics_bytes
from slate_explorer.guide.voter_guide import guide_html
from slate_explorer.race_day import SlateOnDay
from tests.versions import FIXTURES

SLATE = load_slate("2025-11-25").slate


def test_election_days_for_a_voter_in_michigan():
    days = SlateOnDay(SLATE, dt.date(2025, 11, 26)).dates_ahead(["mi-13-2026", "mi-sen-2026"], states=())
    assert [(d.date, d.kind, d.race_id) for d in days] == [
        (dt.date(2026, 8, 4), "primary", "mi-13-2026"), (dt.date(2026, 8, 4), "primary", "mi-sen-2026"),
        (dt.date(2026, 11, 3), "general", "mi-13-2026"), (dt.date(2026, 11, 3), "general", "mi-sen-2026"),
    ]


def test_ics_parses_with_icalendar_and_has_all_day_events():
    days = SlateOnDay(SLATE, None).dates_ahead(["il-09-2026"], states=())
    parsed = Calendar.from_ical(ics_bytes(SLATE, days))
    events = list(parsed.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [dt.date(2026, 3, 17), dt.date(2026, 11, 3)]
    assert str(events[0]["summary"]) == "Primary: U.S. Representative, Illinois's 9th district"
    assert str(events[0]["uid"]) == "il-09-2026-primary-2026-03-17@slate-explorer"
    assert events[0].decoded("dtend") == dt.date(2026, 3, 18)


def test_guide_lists_races_candidates_planks_and_dates():
    page = guide_html(SLATE, ["NYC", "NY-14"])
    html5lib.HTMLParser(strict=True).parse(page)  # well-formed HTML5
    assert "Zohran Mamdani" in page and "Alexandria Ocasio-Cortez" in page
    assert "Backs: Fast and free city buses; Freeze the rent for stabilized tenants; Universal free childcare" in page
    assert 'href="https://www.zohranfornyc.com/"' in page
    assert "<script" not in page


def test_guide_in_spanish_uses_spanish_data_fields():
    with i18n.in_language("es"):
        page = guide_html(translated(SLATE), ["NYC"])
    assert 'lang="es"' in page and "Autobuses rápidos y gratuitos" in page  # the plank's own title_es
    assert "Alcaldía de la Ciudad de Nueva York (2025)" in page  # the office, from the data catalogue
    assert "Ganó la elección general a la alcaldía del 4 de noviembre de 2025" in page
    assert "Mayor of New York City" not in page and "Won the general election" not in page


def test_calendar_in_spanish_titles_events_in_spanish():
    with i18n.in_language("es"):
        slate = translated(SLATE)
        events = list(Calendar.from_ical(ics_bytes(slate, SlateOnDay(slate, None).dates_ahead(["il-09-2026"], states=()))).walk("VEVENT"))
    assert str(events[0]["summary"]) == "Primarias: Representante de EE. UU. por el distrito 9 de Illinois"
    assert str(events[1]["summary"]) == "Elección general: Representante de EE. UU. por el distrito 9 de Illinois"
    assert str(events[0]["description"]).startswith("Fuente: Illinois State Board of Elections")  # titles as published


def test_guide_escapes_hostile_data(tmp_path):
    folder = tmp_path / "2025-11-25"
    shutil.copytree(FIXTURES / "2025-11-25", folder)
    cands = folder / "candidates.csv"
    cands.write_text(cands.read_text().replace("Zohran Mamdani,nyc-mayor-2025", '"<img src=x onerror=alert(1)>",nyc-mayor-2025'))
    from slate_explorer.data.publish import publish

    publish(folder, "hostile", "", created=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    page = guide_html(load_folder(folder), ["NYC"])
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_guide_with_no_race_says_so():
    assert "No slate race is recorded in these districts" in guide_html(SLATE, ["WY-AL"])
