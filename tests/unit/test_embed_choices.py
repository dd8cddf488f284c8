"""Which iframe /share offers: the published static page first where the export has the view, else the live app."""

from __future__ import annotations

import datetime as dt

from slate_explorer.data.versions import load_slate
from slate_explorer.share.embed import default_target, embed_choices, embed_targets, static_site_url

APP = "https://app.example.org"
STATIC = "https://slate.example.org/static-site"


def targets():
    return {t.key: t for t in embed_targets(load_slate("2025-11-25").slate)}


def test_race_pages_and_the_national_map_default_to_the_static_copy():
    race = embed_choices(APP, STATIC, targets()["race:il-09-2026"], "2025-11-25", "#c0392b")
    assert [c.kind for c in race] == ["static", "live"]
    assert race[0].url == f"{STATIC}/races/il-09-2026.html?embed=true"
    assert race[1].url.startswith(f"{APP}/map?race=il-09-2026") and "accent=c0392b" in race[1].url
    house = embed_choices(APP, STATIC, targets()["level:us_house"], "2025-11-25")
    assert house[0].url == f"{STATIC}/index.html?embed=true"


def test_spanish_visitors_get_the_spanish_page():
    race = embed_choices(APP, STATIC, targets()["race:il-09-2026"], "2025-11-25", lang="es")
    assert race[0].url == f"{STATIC}/es/races/il-09-2026.html?embed=true"


def test_views_the_export_lacks_and_no_published_copy_keep_the_live_app():
    for key in ("scenario:all", "level:us_senate"):
        assert [c.kind for c in embed_choices(APP, STATIC, targets()[key], "2025-11-25")] == ["live"]
    assert [c.kind for c in embed_choices(APP, None, targets()["race:il-09-2026"], "2025-11-25")] == ["live"]


def test_the_static_address_comes_from_the_operator(monkeypatch):
    monkeypatch.delenv("SLATE_STATIC_URL", raising=False)
    assert static_site_url() is None
    monkeypatch.setenv("SLATE_STATIC_URL", STATIC + "/")
    assert static_site_url() == STATIC


def test_the_default_embed_is_the_race_decided_soonest_among_those_still_ahead():
    slate = load_slate("2025-11-25").slate
    listed = embed_targets(slate)
    assert listed[0].key == "race:ca-11-2026"  # first in the list; its primary is on 2 June 2026
    assert default_target(slate, listed, dt.date(2025, 12, 1)).key == "race:il-09-2026"  # primary 17 March 2026
    assert default_target(slate, listed, dt.date(2026, 6, 3)).key == "race:mi-sen-2026"  # CA-11 was held
    assert default_target(slate, listed, dt.date(2026, 12, 7)).key == "level:us_house"  # nothing left ahead
