"""Pages read on 7 December 2026 over the story fixture (tests/fixtures/story: no 2026 result recorded): the
home list, Find and the map's card say nothing "yet" of races already held, name the official results, and
list the dates ahead from the data (the 120th Congress, Albany, the 2028 primaries) instead of none."""

import re
from pathlib import Path

import pytest

from .conftest import run_page, texts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "story"
NOT_YET = re.compile(r"(slate candidate|candidate named)[^.\n]*\byet\b", re.IGNORECASE)  # not the map's coverage note


@pytest.fixture
def december(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(FIXTURE))
    monkeypatch.setenv("SLATE_TODAY", "2026-12-07")


@pytest.mark.parametrize("lang, yet", [("en", "yet"), ("es", "aún")])
def test_home_lists_held_races_without_yet_and_the_dates_ahead(december, lang, yet):
    shown = texts(run_page("home", lang=lang))
    listing = [line for line in shown.splitlines() if "New York's 8th" in line or "distrito 8 de Nueva York" in line]
    assert listing and not [line for line in listing if yet in line.lower()]
    if lang == "en":
        assert "- 3 January 2027: The 120th Congress convenes at noon" in shown
        assert "No election dates ahead" not in shown


def test_find_names_the_official_results_and_who_serves_next(december):
    shown = texts(run_page("find", district="NY-08"))
    assert "No slate candidate was named for this race." in shown and not NOT_YET.search(shown)
    assert ("Result not in this version. Official results: [New York State Board of Elections]"
            "(https://elections.ny.gov/election-results), certified by 15 December 2026") in shown
    assert "These are the members serving now; the next term begins on 3 January 2027" in shown
    assert "The member for the next term was elected on 3 November 2026; this version does not record who." in shown
    assert "- 3 January 2027: The 120th Congress convenes at noon" in shown  # the dates ahead, not "none"


def test_the_map_card_of_a_race_held_with_no_slate_candidate_says_no_yet(december):
    shown = texts(run_page("map", race="ny-08-2026"))
    assert "No slate candidate was named for this race." in shown and not NOT_YET.search(shown)
