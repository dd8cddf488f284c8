"""The as-of line every page shows, and the elections held since the version (fixture version)."""

from slate_explorer import i18n
from slate_explorer.freshness import freshness, freshness_markdown, passed_markdown

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE


def test_quiet_when_nothing_has_passed():
    f = freshness(SLATE, BEFORE_NOVEMBER)
    assert f.quiet and freshness_markdown(f, "/data") == "Data as of 1 September 2026."
    assert passed_markdown(f) == ""


def test_names_the_elections_held_since_in_words_with_a_link_to_the_data_page():
    f = freshness(SLATE, AFTER_NOVEMBER)
    assert not f.quiet and len(f.passed) == 4
    assert f.passed[0] == "U.S. Representative, California's 11th district: general election, 3 November 2026"
    text = freshness_markdown(f, "/data?v=2026-09-01")
    assert text == ("Data as of 1 September 2026. 4 elections have taken place since; their results are not "
                    "recorded in this version. [See the data page](/data?v=2026-09-01).")  # one line: no list
    listing = passed_markdown(f)
    assert listing.replace("\\", "").splitlines()[0] == "- U.S. Representative, California's 11th district: general election, 3 November 2026"
    assert len(listing.splitlines()) == 4 and "ca-11-2026" not in listing  # words, not ids


def test_in_spanish():
    with i18n.in_language("es"):
        text = freshness_markdown(freshness(SLATE, AFTER_NOVEMBER), "/data")
        listing = passed_markdown(freshness(SLATE, AFTER_NOVEMBER))
    assert text.startswith("Datos al 1 de septiembre de 2026. Desde entonces se han celebrado 4 elecciones;")
    assert "elección general" in listing or "elecciones generales" in listing
