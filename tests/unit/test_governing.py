"""The home page's picture as data: every number is the scenario arithmetic's, every date still ahead."""

from __future__ import annotations

import datetime as dt
import struct

import pytest

from slate_explorer import governing, picture_html, picture_png
from slate_explorer.data.validate import load_folder
from slate_explorer.data_text import translated
from slate_explorer.findview import onebox, query
from slate_explorer.i18n import in_language
from slate_explorer.majority import compute_scenario
from slate_explorer.routes import MajorityState
from tests.home_fixture import home_data_root, VERSION

DECEMBER = dt.date(2026, 12, 6)  # after the 2026 general: the four open races await results
JANUARY = dt.date(2026, 1, 10)  # before the 2026 primaries


@pytest.fixture(scope="module")
def slate(tmp_path_factory):
    return load_folder(home_data_root(tmp_path_factory.mktemp("home")) / VERSION)


def test_each_chamber_shows_the_scenario_numbers(slate):
    pic = governing.governing_picture(slate, DECEMBER)
    now, then = compute_scenario(slate, (), today=DECEMBER), compute_scenario(slate, pic.wins, today=DECEMBER)
    assert [c.chamber_id for c in pic.chambers] == ["us_house", "us_senate", "ny_assembly", "ny_senate"]
    for c in pic.chambers:
        assert c.bloc_today == now.chambers[c.chamber_id].bloc_after
        assert c.bloc_then == then.chambers[c.chamber_id].bloc_after
        assert c.marks[0].needed in {m.needed for m in c.marks}
        needed = {m.needed for m in c.marks}
        assert then.chambers[c.chamber_id].caucus_majority_needed in needed
        assert then.chambers[c.chamber_id].threshold("pass-bill").needed in needed
    house = pic.chambers[0]
    assert (house.bloc_today, house.bloc_then, house.seats) == (95, 98, 435)
    assert {m.needed for m in pic.chambers[1].marks} >= {60, 67}  # cloture and two-thirds
    assert {m.needed for m in pic.chambers[2].marks} >= {76} and {m.needed for m in pic.chambers[3].marks} >= {32}
    assert pic.chambers[2].bloc_known is False  # no NY bloc in this version: said, not drawn as 0
    assert "not recorded" in picture_html.bloc_sentence(pic.chambers[2])


def test_the_scenario_is_the_races_still_open_with_unknown_results_labelled(slate):
    december = governing.governing_picture(slate, DECEMBER)
    assert december.wins == ("il-09-2026", "ca-11-2026", "mi-13-2026", "mi-sen-2026")
    assert december.awaiting == december.wins  # elections over, no result in this version
    assert "if the slate won the 4 races already held whose results are not recorded (assumed won)." in (
        picture_html.picture_html(december))
    january = governing.governing_picture(slate, JANUARY)
    assert set(january.wins) > set(december.wins) and january.awaiting == ()  # targets still open too
    assert "ny-15-2026" in january.wins and "ny-15-2026" not in december.wins  # primary passed, nobody ran
    assert "assumed won" not in picture_html.picture_html(january)
    assert "ny-14-2026" not in december.wins  # held today (a slate incumbent): not a gain


def test_the_lead_speaks_of_held_races_in_the_past_and_of_the_rest_as_ahead(slate):
    """Between Illinois's primary (17 March 2026) and the others: one race held with no result, the rest ahead."""
    march = governing.governing_picture(slate, dt.date(2026, 3, 20))
    assert march.awaiting == ("il-09-2026",) and len(march.wins) > 1
    ahead = len(march.wins) - 1
    assert (f"Today, and if the slate wins the {ahead} races still ahead and won the 1 race already held whose "
            "result is not recorded (assumed won).") in picture_html.picture_html(march)
    january = picture_html.picture_html(governing.governing_picture(slate, JANUARY))
    assert "races still ahead." in january and " won the " not in january


@pytest.mark.parametrize("day", [DECEMBER, JANUARY])
def test_the_picture_counts_what_the_majority_page_counts_on_the_same_day(slate, day):
    """Home's scenario is /majority's "all" read on the same day, with the same races labelled assumed won."""
    pic, result = governing.governing_picture(slate, day), compute_scenario(slate, "all", today=day)
    assert pic.wins == result.wins
    assumed = [dict(n.params).get("offices", ()) for n in result.notes if n.code == "assumed_won"]
    assert [slate.races[r].office for r in pic.awaiting] == list(assumed[0] if assumed else ())


def test_a_majority_scenario_picture_labels_its_races_awaiting_a_result(slate):
    pic = governing.picture_for(slate, ("mi-sen-2026",), DECEMBER)  # the /majority PNG's picture
    assert pic.awaiting == ("mi-sen-2026",)
    assert "if the slate won the 1 race already held whose result is not recorded (assumed won)." in (
        picture_html.picture_html(pic))
    assert governing.picture_for(slate, ("mi-sen-2026",), JANUARY).awaiting == ()


def test_plank_lines_are_the_scenario_results(slate):
    pic = governing.governing_picture(slate, DECEMBER)
    results = {p.plank_id: p for p in compute_scenario(slate, pic.wins, today=DECEMBER).planks}
    for line in pic.planks:
        assert line.passes == results[line.plank_id].passes
        if not line.passes:
            assert line.short_by == results[line.plank_id].short_by
            assert f"short by {line.short_by} votes" in line.text
    assert pic.passing == 1 and next(p for p in pic.planks if p.passes).plank_id == "rent-freeze"


def test_links_open_the_same_scenario_with_version_and_language(slate):
    pic = governing.governing_picture(slate, DECEMBER, {"v": VERSION, "lang": "es", "race": "x"})
    wins = "all"  # every race still open: one word, however many races the slate runs
    assert MajorityState.parse({"wins": wins}, slate, DECEMBER)[0].wins == pic.wins
    assert pic.href == f"/majority?wins={wins}&v={VERSION}&lang=es"
    assert all(c.href == pic.href for c in pic.chambers)
    assert pic.planks[0].href == f"/majority?plank={pic.planks[0].plank_id}&wins={wins}&v={VERSION}&lang=es"
    assert pic.team.href == f"/agenda?v={VERSION}&lang=es"


def test_team_sentence_counts_cross_endorsements_honestly(slate):
    team = governing.governing_picture(slate, DECEMBER).team
    assert (team.existing, team.possible, len(team.members)) == (1, 42, 7)
    assert team.sentence.startswith("1 of 42 possible cross-endorsement")
    assert "5 of them have neither given nor received one" in team.sentence
    assert team.links == (("alexandria-ocasio-cortez", "zohran-mamdani"),)


def test_dates_ahead_are_never_in_the_past(slate):
    assert governing.governing_picture(slate, DECEMBER).dates_ahead == ()
    ahead = governing.governing_picture(slate, JANUARY).dates_ahead
    assert ahead and all(d.date >= JANUARY for d in ahead)
    assert [d.date for d in ahead] == sorted(d.date for d in ahead)
    on_the_day = governing.dates_ahead(slate, ahead[0].date)
    assert on_the_day[0].date == ahead[0].date  # the day itself is still ahead


def test_the_mayor_is_an_office_held(slate):
    (office,) = governing.governing_picture(slate, DECEMBER).offices
    assert office.office_id == "nyc_mayor" and office.slate_holds_today
    assert "held by the slate (Zohran Mamdani)" in picture_html.office_sentence(office)


def test_drawing_escapes_data_text(slate):
    pic = governing.governing_picture(slate, DECEMBER)
    bad = "<img src=x onerror=alert(1)>"
    chamber = governing.ChamberPicture(**{**pic.chambers[0].__dict__, "name": bad})
    html = picture_html.chamber_html(chamber)
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "\n\n" not in picture_html.picture_html(pic)  # one raw-HTML block: markdown never reads inside


@pytest.mark.parametrize("lang, words", [("en", "today → "), ("es", "hoy → ")])
def test_png_in_both_languages_says_the_scenario_numbers(slate, lang, words):
    with in_language(lang):
        pic = governing.governing_picture(translated(slate), DECEMBER)
        png = picture_png.picture_png(pic)
        texts = [t.get_text() for t in picture_png.picture_figure(pic).texts]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and struct.unpack(">II", png[16:24]) == (1200, 630)
    then = compute_scenario(slate, pic.wins, today=DECEMBER)
    house = then.chambers["us_house"]
    assert any(t.startswith(f"95 {words}{house.bloc_after} ") for t in texts), texts
    assert any(VERSION in t and "2025" in t for t in texts)  # the footer: version and as-of date


def test_scenario_png_draws_the_chosen_wins(slate):
    png = picture_png.scenario_png(slate, ("mi-sen-2026",), DECEMBER, title="Scenario")
    assert png.startswith(b"\x89PNG")
    pic = governing.picture_for(slate, ("mi-sen-2026",), DECEMBER)
    assert [c.bloc_then for c in pic.chambers[:2]] == [95, 2]


@pytest.mark.parametrize("text, kind", [("10001", "zip"), ("10001-1234", "zip"), ("ny-14", "district"),
                                        ("NY-AD-36", "district"), ("1 Main St, Springfield, IL", "address"),
                                        ("  ", "empty")])
def test_one_box_tells_a_zip_a_district_and_an_address_apart(text, kind):
    assert onebox.kind_of(text) == kind


def test_one_box_geocodes_only_addresses():
    asked = []
    fake = lambda address: asked.append(address) or query.Query("point", lon=-73.9, lat=40.7, how="address")  # noqa: E731
    assert onebox.one_box_query("NY-14", fake) == query.Query("district", "NY-14")
    assert onebox.one_box_query("10001", fake) == query.Query("zip", "10001")
    assert onebox.one_box_query("1 Main St", fake).kind == "point" and asked == ["1 Main St"]
    assert isinstance(onebox.one_box_query("", fake), str)
