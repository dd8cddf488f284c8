"""AppTest: the data page shows the real data of the (fixture) version asked for (the home page: test_home.py)."""

from tests.apptest.conftest import run_page, texts


def test_data_page_lists_versions_changelog_and_downloads():
    at = run_page("data")
    shown = texts(at)
    assert "[2025-11-25](/data?v=2025-11-25): shown now" in shown and "[2025-07-10](/data?v=2025-07-10): an earlier version" in shown
    assert "What changed since 2025-07-10" in shown
    assert "Mayor of New York City: status is now Won (was Open seat)" in shown
    assert "CA-11: status is now Open seat (was Challenger)" in shown
    assert "nyc-mayor-2025" not in shown and "open_seat" not in shown and "status:" not in shown
    assert len([b for b in at.get("download_button") if (b.key or "").startswith("dl-")]) == 11


def test_unknown_version_pin_shows_notice_and_newest():
    at = run_page("data", v="2030-01-01")
    assert any("does not exist" in w.value for w in at.warning)
    assert "[2025-11-25](/data?v=2025-11-25): shown now" in texts(at)


def test_malformed_parameter_is_ignored_with_a_note():
    at = run_page("home", lang="xx", foo="bar")
    notes = " ".join(i.value for i in at.info).replace("\\", "")
    assert "lang=“xx”" in notes and "“foo” is not used on this page" in notes


def test_data_page_changelog_in_spanish():
    page = texts(run_page("data", lang="es"))
    assert "CA-11: estado de la contienda: ahora Escaño abierto (antes Aspirante)" in page
    assert "Nueva fuente: Nancy Pelosi announces" in page and " is now " not in page and "pelosi-2025" not in page


def test_data_page_version_links_keep_the_language_and_the_base_path():
    from streamlit import config

    before = config.get_option("server.baseUrlPath")
    config.set_option("server.baseUrlPath", "slate")
    try:
        at = run_page("data", v="2025-11-25", lang="es")
    finally:
        config.set_option("server.baseUrlPath", before)
    shown = "\n".join(m.value for m in at.markdown)
    assert "](/slate/data?v=2025-07-10&lang=es)" in shown and "](/slate/data?v=2025-11-25&lang=es)" in shown


def test_data_page_compare_picks_the_version_or_says_why_not():
    at = run_page("data", v="2025-11-25", compare="2025-07-10")
    assert any("2025-07-10" in s.value for s in at.subheader if "changed" in s.value)
    assert not at.info
    at = run_page("data", v="2025-11-25", compare="2025-11-25")
    assert any("not an earlier valid version" in i.value for i in at.info)
    assert any("2025-07-10" in s.value for s in at.subheader if "changed" in s.value)  # the previous one instead
