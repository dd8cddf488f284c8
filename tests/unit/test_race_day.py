"""One object for a race on a day (race_day.SlateOnDay) and the words it gives every renderer: a race held with
no slate candidate (NY-08) and a slate incumbent who lost (NY-16, 2024) never read "yet" anywhere, stories
take the tense of the day, and a race with no recorded result names its state's official results.

Fixture: tests/fixtures/story/2026-12-07 (the 2025-11-25 fixture read after the 2026 general, with the real
official results pages and key dates, and no 2026 result recorded)."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from slate_explorer import i18n
from slate_explorer.data.validate import load_folder
from slate_explorer.data_text import translated
from slate_explorer.findview.serving import serving_note
from slate_explorer.geo.district_answer import DistrictAnswer
from slate_explorer.guide.voter_guide import guide_html
from slate_explorer.mapview import card, features, publish, table
from slate_explorer.race_day import SlateOnDay
from slate_explorer.race_story import official_line, official_text, story_lines
from slate_explorer.share.export import export_site

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "fixtures" / "story" / "2026-12-07"
SLATE = load_folder(FOLDER)
DECEMBER, JANUARY, JULY = dt.date(2026, 12, 7), dt.date(2027, 1, 5), dt.date(2026, 7, 1)
HELD_NO_CANDIDATE, LOST_INCUMBENT = "ny-08-2026", "ny-16-2024"
YET = re.compile(r"\byet\b|\baún\b|todavía", re.IGNORECASE)


def renderer_words(slate, race_id: str, day: dt.date) -> dict[str, str]:
    """What each package renderer says of one race on `day` (the pages draw these same view models)."""
    race = slate.races[race_id]
    c = card.race_card(slate, race_id, day)
    return {
        "card": " ".join(filter(None, [c.status_label, c.status_meaning, c.no_candidate, *c.story])),
        "map table": " ".join(map(str, table.table_rows(slate, [race], day)[0].values())),
        "link label": table.link_label(slate, race, day),
        "tooltip": features.tooltip_html(slate, race, None, day),
        "guide": guide_html(slate, [race.district], today=day),
    }


@pytest.mark.parametrize("lang", sorted(i18n.LANGUAGES))
@pytest.mark.parametrize("race_id", [HELD_NO_CANDIDATE, LOST_INCUMBENT])
def test_no_renderer_says_yet_of_a_race_already_held(race_id, lang):
    with i18n.in_language(lang):
        said = renderer_words(translated(SLATE), race_id, DECEMBER)
    assert {name: text for name, text in said.items() if YET.search(text)} == {}


def test_the_cli_says_no_yet_of_a_race_already_held():
    out = subprocess.run([sys.executable, "-m", "slate_explorer", "races", "--data", str(FOLDER), "--today", "2026-12-07"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith((HELD_NO_CANDIDATE, LOST_INCUMBENT))]
    assert lines and not [line for line in lines if YET.search(line)]
    assert "no slate candidate was named" in lines[0]
    rows = {r["id"]: r for r in json.loads(subprocess.run(
        [sys.executable, "-m", "slate_explorer", "races", "--json", "--data", str(FOLDER), "--today", "2026-12-07"],
        capture_output=True, text=True, cwd=ROOT, check=True).stdout)["races"]}
    assert rows["az-07-2025"]["results"][0] == {"stage": "primary", "date": "2025-07-15", "winner": "Adelita Grijalva",
                                                "share": 0.615, "certified": False, "approximate": True,
                                                "source": rows["az-07-2025"]["results"][0]["source"]}
    assert rows[HELD_NO_CANDIDATE]["results"] == [] and rows[HELD_NO_CANDIDATE]["official_results"].startswith(
        "Result not in this version. Official results: New York State Board of Elections")
    assert (f"{HELD_NO_CANDIDATE}: Result not in this version. Official results: New York State Board of Elections, "
            "certified by 15 December 2026 (https://elections.ny.gov/election-results)") in lines


@pytest.mark.skipif(bool(publish.vendor_missing()), reason="run scripts/vendor-js.sh first")
def test_the_export_index_and_race_pages_say_no_yet(tmp_path):
    export_site(SLATE, tmp_path, today=DECEMBER)
    pages = [tmp_path / "index.html", tmp_path / "es" / "index.html"] + [
        tmp_path / lang / "races" / f"{race}.html" for lang in ("", "es") for race in (HELD_NO_CANDIDATE, LOST_INCUMBENT)]
    said = {str(p.relative_to(tmp_path)): re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")) for p in pages}
    assert {page: YET.findall(text) for page, text in said.items() if YET.search(text)} == {}
    assert "No slate candidate was named for this race." in said[f"races/{HELD_NO_CANDIDATE}.html"]
    assert "Official results:" in said[f"races/{HELD_NO_CANDIDATE}.html"]


def test_before_the_election_the_same_race_is_still_to_be_named():
    day = SlateOnDay(SLATE, JULY)
    assert day.slate_names(HELD_NO_CANDIDATE) == "no slate candidate named yet"
    assert day.no_candidate_sentence(HELD_NO_CANDIDATE) == "No slate candidate is named for this race yet."


def test_a_story_takes_the_tense_of_the_day():
    race = SLATE.races["mi-sen-2026"]
    assert story_lines(SlateOnDay(SLATE, JULY), race) == [
        "The primary is on 4 August 2026.", "The general election is on 3 November 2026."]
    assert story_lines(SlateOnDay(SLATE, DECEMBER), race) == [
        "The primary was held on 4 August 2026; its result is not in this version.",
        "The general election was held on 3 November 2026; its result is not in this version."]


def test_recorded_results_are_told_with_share_and_whether_certified():
    lines = story_lines(SlateOnDay(SLATE, DECEMBER), SLATE.races["az-07-2025"])
    assert lines[0].startswith("15 July 2025: Adelita Grijalva won the primary (about 61.5%, reported, approximate).")
    assert lines[1] == "23 September 2025: Adelita Grijalva won the general election (reported)."
    assert official_line(SlateOnDay(SLATE, DECEMBER), SLATE.races["az-07-2025"]) is None  # its result is recorded


def test_a_race_without_its_result_names_the_official_results_and_certification():
    line = official_line(SlateOnDay(SLATE, DECEMBER), SLATE.races[HELD_NO_CANDIDATE])
    assert official_text(line) == ("Result not in this version. Official results: New York State Board of Elections, "
                                   "certified by 15 December 2026 (https://elections.ny.gov/election-results)")
    assert official_line(SlateOnDay(SLATE, JULY), SLATE.races[HELD_NO_CANDIDATE]) is None  # nothing held yet
    after_primary = official_line(SlateOnDay(SLATE, dt.date(2026, 9, 1)), SLATE.races["mi-sen-2026"])
    assert after_primary.publisher == "Michigan Department of State" and after_primary.certified is None  # the general's date
    older = official_line(SlateOnDay(SLATE, DECEMBER), SLATE.races[LOST_INCUMBENT])
    assert older.publisher == "New York State Board of Elections" and older.certified is None  # 2026's date, not 2024's


def test_dates_ahead_come_from_the_data_and_pass_with_the_day():
    december = [(d.date.isoformat(), d.title) for d in SlateOnDay(SLATE, DECEMBER).dates_ahead(states={"NY"})]
    assert december[:2] == [("2027-01-01", "New York Assembly and Senate terms begin"),
                            ("2027-01-03", "The 120th Congress convenes at noon")]
    assert ("2028-06-27", "New York primary") in december and ("2028-08-08", "Michigan primary") not in december
    january = SlateOnDay(SLATE, JANUARY).dates_ahead()
    assert [d.date.year for d in january] == [2028, 2028] and all(d.approximate for d in january)


def test_find_says_which_term_its_members_serve_and_who_serves_next():
    answer = DistrictAnswer(None, {"us_house": "NY-08"})
    december = serving_note(answer, SLATE, DECEMBER)
    assert december.term.startswith("These are the members serving now; the next term begins on 3 January 2027")
    assert december.next_member == "The member for the next term was elected on 3 November 2026; this version does not record who."
    assert december.official.publisher == "New York State Board of Elections"
    january = serving_note(answer, SLATE, JANUARY)
    assert january.term.startswith("This list is the roster of the term that ended on 3 January 2027")
    assert serving_note(answer, SLATE, JULY).next_member is None  # no election held for that term yet


def test_the_two_won_sets_mean_different_things():
    from slate_explorer import display_status, phase

    assert display_status.SEAT_WON == {"won"}  # wins the race itself
    assert phase.PAST_PRIMARY == {"won_primary", "won", "incumbent"}  # goes on to the general


def test_the_calendar_holds_the_key_dates_ahead_with_their_sources():
    from icalendar import Calendar

    from slate_explorer.guide.calendar import ics_bytes

    days = SlateOnDay(SLATE, DECEMBER).dates_ahead([HELD_NO_CANDIDATE], states={"NY"})
    events = {str(e["uid"]): e for e in Calendar.from_ical(ics_bytes(SLATE, days)).walk("VEVENT")}
    congress = events["us-congress-120-convenes-term_begins-2027-01-03@slate-explorer"]
    assert str(congress["summary"]) == "The 120th Congress convenes at noon"
    assert str(congress["url"]) == "https://constitution.congress.gov/constitution/amendment-20/"
    assert str(events["ny-primary-2028-primary-2028-06-27@slate-explorer"]["summary"]) == "New York primary (approximate)"
    assert not [uid for uid in events if uid.startswith(HELD_NO_CANDIDATE)]  # its elections have passed
