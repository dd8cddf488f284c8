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
    assert "/map?level=us_senate&amp;embed=true&amp;accent=aa3300" in snippet  # no v: it follows the newest data
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
    assert "/map?race=il-09-2026&amp;embed=true" in snippet
    at.selectbox[0].set_value("scenario:all").run()  # the export has no scenarios: only the live app
    assert not at.radio
    assert "/majority?wins=all" in next(c.value for c in at.code if c.value.startswith("<iframe"))


# --- what /share offers first, and `v` in its snippets and in share links --------------------------------

def snippet_of(at) -> str:
    return next(c.value for c in at.code if c.value.startswith("<iframe"))


def test_the_default_embed_is_a_race_still_ahead(monkeypatch):
    """Read on 3 June 2026, CA-11 (the first race listed) held its primary the day before: the default is
    the race decided soonest among those still ahead, MI-Sen (primary 4 August)."""
    monkeypatch.setenv("SLATE_TODAY", "2026-06-03")
    at = run_page("share")
    assert at.selectbox[0].value == "race:mi-sen-2026"
    assert "/map?race=mi-sen-2026&amp;embed=true" in snippet_of(at)


def test_with_no_race_ahead_the_default_embed_is_the_national_map(monkeypatch):
    monkeypatch.setenv("SLATE_TODAY", "2026-12-07")  # every election of the version has been held
    at = run_page("share")
    assert at.selectbox[0].value == "level:us_house"
    assert 'src="http://localhost:8501/map?embed=true' in snippet_of(at)


def test_a_snippet_pins_the_version_only_when_the_person_chooses_to():
    at = run_page("share", target="il-09-2026")
    assert at.checkbox(key="share-pin").value is False and "v=" not in snippet_of(at)
    at.checkbox(key="share-pin").check().run()
    assert "/map?race=il-09-2026&amp;v=2025-11-25&amp;embed=true" in snippet_of(at)
    pinned = run_page("share", target="il-09-2026", v="2025-07-10")  # the link pins it: so does the snippet
    assert pinned.checkbox(key="share-pin").value is True and "&amp;v=2025-07-10&amp;" in snippet_of(pinned)


def test_a_version_that_is_not_listed_is_noted_once_and_left_out_of_every_link():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["v"] = "2030-01-01"  # well-formed, but no such version
    at.run()
    notes = [n.value.replace("\\", "") for n in [*at.warning, *at.info]]
    assert [n for n in notes if "2030-01-01" in n] == ["Data version “2030-01-01” does not exist; showing the newest valid version instead."]
    assert at.code[0].value == "http://localhost:8501/"  # the share link pins nothing
    assert "v=2030" not in "".join(str(m.value) for m in at.markdown)


def test_the_link_is_read_once_per_run(monkeypatch):
    """The share bar links to the page's own reading of the link; it does not parse the URL again."""
    from slate_explorer.routes import states

    calls = []
    original = states.Common.from_values.__func__
    monkeypatch.setattr(states.Common, "from_values", classmethod(lambda cls, *a, **k: calls.append(1) or original(cls, *a, **k)))
    at = run_page("map", race="il-09-2026")
    assert len(calls) == 1
    assert at.code[0].value == "http://localhost:8501/map?race=il-09-2026"


def test_the_share_link_follows_the_choices_made_on_the_page():
    """Choices made after the link was read (a widget the page mirrors, one Streamlit binds itself) reach
    the share link through the page's own state."""
    at = run_page("agenda", v="2025-11-25")
    at.selectbox(key="agenda-level").set_value("us_house").run()
    assert at.code[0].value == "http://localhost:8501/agenda?level=us_house&v=2025-11-25"
    at.toggle(key="former").set_value(True).run()
    at.selectbox(key="state").set_value("MI").run()
    assert at.code[0].value == "http://localhost:8501/agenda?level=us_house&state=MI&former=true&v=2025-11-25"
