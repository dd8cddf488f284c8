"""The as-of line every page shows, and the elections held since the version (fixture version)."""

from slate_explorer import i18n
from slate_explorer.freshness import freshness, freshness_markdown

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, SLATE


def test_quiet_when_nothing_has_passed():
    f = freshness(SLATE, BEFORE_NOVEMBER)
    assert f.quiet and freshness_markdown(f, "/data") == "The data is as of 1 September 2026."


def test_names_the_elections_held_since_in_words_with_a_link_to_the_data_page():
    f = freshness(SLATE, AFTER_NOVEMBER)
    assert not f.quiet and len(f.passed) == 4
    assert f.passed[0] == "U.S. Representative, California's 11th district: general election, 3 November 2026"
    text = freshness_markdown(f, "/data?v=2026-09-01")
    assert text.startswith("The data is as of 1 September 2026. Since then, 4 elections have been held: ")
    assert "results not recorded in this version ([see the data page](/data?v=2026-09-01))" in text
    assert "ca-11-2026" not in text  # words, not ids


def test_in_spanish():
    with i18n.in_language("es"):
        text = freshness_markdown(freshness(SLATE, AFTER_NOVEMBER), "/data")
    assert text.startswith("Los datos son al 1 de septiembre de 2026. Desde entonces se han celebrado 4 elecciones:")
    assert "elección general" in text or "elecciones generales" in text
