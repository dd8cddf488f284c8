"""AppTest: the Share & embed page and the Share control."""

from streamlit.testing.v1 import AppTest

from tests.apptest.conftest import ROOT, run_page


def test_share_page_snippet_for_a_race_from_the_url():
    at = run_page("share", target="il-09-2026", v="2025-07-10")
    assert at.selectbox[0].value == "race:il-09-2026"
    snippet = next(c.value for c in at.code if c.value.startswith("<iframe"))
    assert snippet.startswith('<iframe src="http://localhost:8501/map?race=il-09-2026&amp;v=2025-07-10&amp;embed=true&amp;accent=0060a0"')
    assert 'title="Slate Explorer — Race: U.S. Representative, Illinois&#x27;s 9th district (2026)"' in snippet


def test_share_page_follows_choice_and_accent():
    at = run_page("share")
    at.selectbox[0].set_value("level:us_senate")
    at.color_picker[0].set_value("#AA3300")
    at.slider[0].set_value(700)
    at.run()
    snippet = next(c.value for c in at.code if c.value.startswith("<iframe"))
    assert "/map?level=us_senate&amp;v=2025-11-25&amp;embed=true&amp;accent=aa3300" in snippet
    assert "height:700px" in snippet


def test_share_control_links_to_the_exact_view():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["v"] = "2025-07-10"
    at.query_params["bogus"] = "1"
    at.run()
    links = [c.value for c in at.code]
    assert links[0] == "http://localhost:8501/?v=2025-07-10"  # the ignored parameter is not carried
    assert links[1].endswith(links[0]) and links[1].startswith("Slate Explorer: Home")


def test_with_a_published_static_copy_its_race_page_is_the_default_embed(monkeypatch):
    monkeypatch.setenv("SLATE_STATIC_URL", "https://slate.example.org/static-site/")
    at = run_page("share", target="il-09-2026")
    assert at.radio[0].value == "static"
    snippet = next(c.value for c in at.code if c.value.startswith("<iframe"))
    assert snippet.startswith('<iframe src="https://slate.example.org/static-site/races/il-09-2026.html?embed=true"')
    at.radio[0].set_value("live").run()
    snippet = next(c.value for c in at.code if c.value.startswith("<iframe"))
    assert "/map?race=il-09-2026&amp;v=2025-11-25&amp;embed=true" in snippet
    at.selectbox[0].set_value("scenario:all").run()  # the export has no scenarios: only the live app
    assert not at.radio
    assert "/majority?wins=all" in next(c.value for c in at.code if c.value.startswith("<iframe"))
