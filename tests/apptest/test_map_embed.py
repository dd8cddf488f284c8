"""The map's embed layout (?embed=true): map, the race card when a race is given, a link out, no filters."""

from __future__ import annotations

import pytest

from tests.apptest.conftest import html_tables, run_page, texts


@pytest.fixture(autouse=True)
def embedded(monkeypatch):
    """Streamlit keeps ?embed= out of st.query_params, also under AppTest: say the page is embedded."""
    import views._shell

    monkeypatch.setattr(views._shell, "embedded", lambda: True)


def test_embed_shows_the_race_card_and_no_filters_or_table():
    at = run_page("map", race="il-09-2026", embed="true", accent="C0FFEE")
    shown = texts(at)
    assert "IL-09" in shown and "Kat Abughazaleh" in shown
    assert not at.title  # no page title, filters or table: the compact layout
    assert not at.selectbox and not at.multiselect and not at.dataframe and not html_tables(at)
    css = "\n".join(str(h.proto.body) for h in at.get("html"))
    assert "border-top:4px solid #c0ffee" in css and "<h1" in css and "IL-09: U.S. Representative" in css
    assert "Races on this map, as a list" in [e.label for e in at.expander]  # the sources fold above it


def test_embed_link_opens_the_same_view_without_embed():
    at = run_page("map", race="il-09-2026", embed="true", v="2025-11-25")
    button = at.get("link_button")[0]
    assert button.proto.label == "Open full slate explorer"
    assert button.proto.url.endswith("/map?race=il-09-2026&v=2025-11-25")
    assert "embed" not in button.proto.url


def test_embed_without_a_race_is_the_map_only_and_bad_accent_is_ignored():
    at = run_page("map", level="us_senate", embed="true", accent="red;}body{x")
    assert not at.subheader and not at.dataframe and not html_tables(at)
    css = "\n".join(str(h.proto.body) for h in at.get("html"))
    assert "red;}" not in css and "#1f1f1f" in css
    assert any("accent" in str(i.value) for i in at.info)  # the friendly note about the ignored value


def test_majority_embed_shows_only_the_chamber_summaries():
    at = run_page("majority", wins="all", embed="true", accent="336699")
    assert not at.title and not at.toggle and not at.radio and not at.slider and not at.selectbox
    assert len(at.subheader) >= 2  # one per chamber
    html = "\n".join(str(h.proto.body) for h in at.get("html"))
    assert "border-top:4px solid #336699" in html and "<h1" in html
    url = at.get("link_button")[0].proto.url
    assert url.endswith("/majority?wins=all") and "embed" not in url
