"""Every page and every static export page of the newest shipped version, read in Chromium on 7 December 2026
and on 5 January 2027, in English and Spanish, with every expander open: no line states a date that has
passed as still ahead ("The
primary is on ...", "Las primarias son el ...", the dates listed under "What comes next" or "Election
dates"), and every export race card whose latest election has no recorded result links the official results.
The day is pinned with SLATE_TODAY for the app and `export_site(today=)` for the export."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.race_day import SlateOnDay
from slate_explorer.race_story import official_line
from slate_explorer.share.export import export_site
from tests.browser.conftest import serve, start_streamlit, wait_for_app
from tests.versions import SHIPPED

pytestmark = pytest.mark.browser
DAYS = ("2026-12-07", "2027-01-05")
PAGES = ("", "map", "find?district=NY-14", "majority", "agenda", "data", "share")
MONTHS = {name: n for n, names in enumerate(
    [("january", "enero"), ("february", "febrero"), ("march", "marzo"), ("april", "abril"), ("may", "mayo"),
     ("june", "junio"), ("july", "julio"), ("august", "agosto"), ("september", "septiembre"),
     ("october", "octubre"), ("november", "noviembre"), ("december", "diciembre")], start=1) for name in names}
DATE = r"(\d{1,2}) (?:de )?([A-Za-z]+) (?:de )?(\d{4})"
STATED_AHEAD = re.compile(r"\b(?:is on|are on|es el|son el|begins on|comienza el)\s+" + DATE)
LISTS = ("What comes next", "Lo que viene", "Election dates", "Fechas electorales")  # lists of dates ahead
LISTED = re.compile(r"^(?:- )?" + DATE + ":")


def as_date(day: str, month: str, year: str) -> dt.date | None:
    number = MONTHS.get(month.lower())
    return dt.date(int(year), number, int(day)) if number else None


def passed_dates_said_ahead(text: str, today: dt.date) -> list[str]:
    """Lines that state a date before `today` as ahead, or list one among the dates ahead. Text in curly
    quotes is a quotation (the data page's changelog quotes an older note: “...” (was “...”)), not a claim."""
    text = re.sub(r"“[^”]*”", "“”", text)
    wrong = [m.group(0) for m in STATED_AHEAD.finditer(text) if (d := as_date(*m.groups())) and d < today]
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip() in LISTS:
            for item in lines[i + 1:i + 25]:
                found = LISTED.match(item.strip())
                if found and (d := as_date(*found.groups())) and d < today:
                    wrong.append(item.strip())
    return wrong


@pytest.fixture(scope="module", params=DAYS)
def day_app(request):
    base, process = start_streamlit({"SLATE_DATA_DIR": str(SHIPPED), "SLATE_TODAY": request.param},
                                    log_name=f"walk-{request.param}")
    try:
        yield base, dt.date.fromisoformat(request.param)
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_page_states_a_passed_date_as_ahead(page, day_app, lang):
    base, today = day_app
    found = {}
    for path in PAGES:
        joiner = "&" if "?" in path else "?"
        page.goto(f"{base}/{path}" + (f"{joiner}lang=es" if lang == "es" else ""))
        wait_for_app(page)
        page.wait_for_timeout(500)  # a page's last elements after the script run
        for summary in page.locator('[data-testid="stExpander"] summary').all():
            summary.click()  # open every expander: home's list of every race carries each race's note
        page.wait_for_timeout(300)
        wrong = passed_dates_said_ahead(page.inner_text('[data-testid="stMain"]'), today)
        if wrong:
            found[path or "home"] = wrong
    assert found == {}


@pytest.mark.parametrize("day", DAYS)
def test_no_export_page_states_a_passed_date_as_ahead_and_held_races_link_official_results(page, tmp_path, day):
    today = dt.date.fromisoformat(day)
    slate = load_slate(root=SHIPPED).slate
    export_site(slate, tmp_path, today=today)
    url, server = serve(tmp_path)
    try:
        found, unlinked = {}, []
        on_day = SlateOnDay(slate, today)
        for lang_dir in ("", "es/"):
            for path in ["index.html", *(f"races/{race_id}.html" for race_id in slate.races)]:
                page.goto(f"{url}/{lang_dir}{path}", wait_until="domcontentloaded")  # the text, not the map
                wrong = passed_dates_said_ahead(page.inner_text("main"), today)
                if wrong:
                    found[lang_dir + path] = wrong
                race_id = path.removeprefix("races/").removesuffix(".html")
                line = official_line(on_day, slate.races[race_id]) if race_id in slate.races else None
                if line and line.url and not page.locator(f'a[href="{line.url}"]').count():
                    unlinked.append(lang_dir + path)
        assert found == {} and unlinked == []
    finally:
        server.shutdown()


def test_the_checker_catches_a_passed_date_stated_as_ahead():
    today = dt.date(2026, 12, 7)
    assert passed_dates_said_ahead("The primary is on 4 August 2026.", today) == ["is on 4 August 2026"]
    assert passed_dates_said_ahead("Las primarias son el 4 de agosto de 2026.", today)
    assert passed_dates_said_ahead("What comes next\n- 3 November 2026: General election: X", today)
    assert passed_dates_said_ahead("Status note was “The primary is on 4 August 2026.”", today) == []
    assert passed_dates_said_ahead("The primary was held on 4 August 2026; its result is not in this version.\n"
                                   "What comes next\n- 3 January 2027: The 120th Congress convenes", today) == []
