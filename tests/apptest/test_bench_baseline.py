"""The map benchmark's naive baseline (plain st_folium, every district embedded) must keep running the real
map page: when the page calls the map builder differently, the benchmark would otherwise break unnoticed."""

from __future__ import annotations

from devtools.baselines import MAP_KEY, plain_map
from slate_explorer.mapview import build
from tests.apptest.conftest import run_page


def test_the_map_benchmark_baseline_runs_the_map_page(monkeypatch):
    monkeypatch.setattr(build, "build_map", plain_map)
    monkeypatch.setattr(build, "selection_layer", lambda *args, **kwargs: None)
    at = run_page("map", timeout=120)
    at.session_state[MAP_KEY] = {
        "last_active_drawing": {"type": "Feature", "geometry": None, "properties": {"id": "MI-13", "at": 1}}}
    at.run()
    assert not at.exception
    assert "MI-13" in " ".join(s.value for s in [*at.subheader, *at.markdown])  # the card heading is Markdown
