"""The calendar and the voter guide hold only dates still ahead; with none they say so (fixture version)."""

import datetime as dt

from slate_explorer.guide.voter_guide import guide_html
from slate_explorer.race_day import SlateOnDay

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE


def test_election_days_from_today_on():
    days = SlateOnDay(SLATE, BEFORE_NOVEMBER).dates_ahead(["mi-13-2026", "ca-11-2026"], states=())
    assert [(d.date, d.race_id) for d in days] == [(dt.date(2026, 11, 3), "ca-11-2026"), (dt.date(2026, 11, 3), "mi-13-2026")]
    assert SlateOnDay(SLATE, AFTER_NOVEMBER).dates_ahead(["mi-13-2026"], states=()) == []
    on_the_day = SlateOnDay(SLATE, dt.date(2026, 11, 3)).dates_ahead(["mi-13-2026"], states=())
    assert [d.date for d in on_the_day] == [dt.date(2026, 11, 3)]  # election day itself is still ahead


def dates_section(page: str) -> str:
    return page.split("<h2>Dates</h2>", 1)[1] if "<h2>Dates</h2>" in page else ""


def test_guide_after_the_last_date_says_so_and_points_to_the_data_page():
    page = guide_html(SLATE, ["MI-13"], today=AFTER_NOVEMBER, data_url="https://slate.example.org/data")
    assert "<li>" not in dates_section(page)
    assert "No election date still ahead on 2 December 2026" in page
    assert '<a href="https://slate.example.org/data">The data page</a>' in page
    assert "Result not recorded. As of 1 September 2026: Challenger against Rep. Shri Thanedar" in page


def test_guide_before_the_election_lists_the_dates_ahead_only():
    dates = dates_section(guide_html(SLATE, ["IL-09", "MI-13"], today=BEFORE_NOVEMBER))
    assert "<li>3 November 2026: General election: U.S. Representative, Michigan&#x27;s 13th district</li>" in dates
    assert "17 March 2026" not in dates and "4 August 2026" not in dates  # primaries behind
    assert "No election date still ahead" not in dates


def test_guide_later_races_keep_their_dates():
    dates = dates_section(guide_html(SLATE, ["NY-15"], today=AFTER_NOVEMBER))
    assert "7 November 2028" in dates and "3 November 2026" not in dates
