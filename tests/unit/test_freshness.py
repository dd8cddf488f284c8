"""The as-of line every page shows, and the elections held since the version (fixture version)."""

from slate_explorer import i18n
from slate_explorer.freshness import Freshness, freshness, freshness_html, freshness_summary

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE


def test_quiet_when_nothing_has_passed():
    f = freshness(SLATE, BEFORE_NOVEMBER)
    assert f.quiet and freshness_summary(f) == "Data as of 1 September 2026."
    html = freshness_html(f, "/data")
    assert '<a href="/data">See the data page</a>' in html and "<details>" not in html


def test_names_the_elections_held_since_in_words_with_a_link_to_the_data_page():
    f = freshness(SLATE, AFTER_NOVEMBER)
    assert not f.quiet and len(f.passed) == 4
    assert f.passed[0] == "U.S. Representative, California's 11th district: general election, 3 November 2026"
    assert freshness_summary(f) == ("Data as of 1 September 2026. 4 elections have taken place since; their "
                                    "results are not recorded in this version.")  # one line: no list
    html = freshness_html(f, "/data?v=2026-09-01&lang=en")
    line, listing = html.split("<details>", 1)
    assert '<a href="/data?v=2026-09-01&amp;lang=en">See the data page</a>.' in line and "<li>" not in line
    assert listing.startswith("<summary>Elections held since (4)</summary>") and listing.count("<li>") == 4
    assert "<li>U.S. Representative, California&#x27;s 11th district: general election, 3 November 2026</li>" in listing
    assert "ca-11-2026" not in html  # words, not ids


def test_data_text_is_escaped():
    import datetime as dt

    html = freshness_html(Freshness(dt.date(2026, 9, 1), ("<img src=x onerror=alert(1)>: primary",)), "/data")
    assert "<img" not in html and "&lt;img src=x" in html


def test_in_spanish():
    with i18n.in_language("es"):
        f = freshness(SLATE, AFTER_NOVEMBER)
        text, html = freshness_summary(f), freshness_html(f, "/data")
    assert text.startswith("Datos al 1 de septiembre de 2026. Desde entonces se han celebrado 4 elecciones;")
    assert "elección general" in html and "Elecciones celebradas desde entonces (4)" in html
