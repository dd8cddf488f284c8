"""Share links: canonical order, round-trip through URL parsing, QR codes and iframe snippets."""

from urllib.parse import parse_qs, urlsplit

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.routes import PAGES, VALIDATORS, Common, MapState, link, mount, parse, parse_params
from slate_explorer.share.links import iframe_snippet, public_base, qr_png

SLATE = load_slate().slate

EXAMPLES = {
    "home": {"v": "2025-07-10", "lang": "es"},
    "map": {"race": "il-09-2026", "state": "IL", "status": "open_seat,challenger", "v": "2025-11-25"},
    "find": {"district": "NY-14"},
    "agenda": {"plank": "medicare-for-all", "candidate": "zohran-mamdani"},
    "majority": {"wins": "ca-11-2026,mi-13-2026", "plank": "rent-freeze", "prob": "il-09-2026:0.4,mi-sen-2026:0.25",
                 "rest": "0.8", "other": "0.1", "sign": "D,I"},
    "share": {"target": "mi-sen-2026", "embed": "true", "accent": "aa3300"},
    "data": {"compare": "2025-07-10"},
}


def test_every_page_has_an_example():
    assert set(EXAMPLES) == set(PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_link_round_trips_to_the_same_view(page):
    parsed = parse(page, EXAMPLES[page], SLATE)
    parts = urlsplit(link(page, parsed.state, parsed.common, "https://slate.example.org"))
    assert parts.path == ("/" if page == "home" else f"/{page}")
    view = parse_params(page, {k: v[0] for k, v in parse_qs(parts.query).items()}, SLATE)
    assert view.notes == ()
    assert view.values == EXAMPLES[page]


def test_canonical_order_does_not_depend_on_input_order():
    a = link("map", parse("map", {"v": "2025-11-25", "race": "ca-11-2026"}, SLATE).state, Common(v="2025-11-25"), "https://x.org")
    b = link("map", MapState(race="ca-11-2026"), Common(v="2025-11-25"), "https://x.org/")
    assert a == b == "https://x.org/map?race=ca-11-2026&v=2025-11-25"


def test_links_honour_the_base_path(monkeypatch):
    monkeypatch.delenv("SLATE_PUBLIC_URL", raising=False)
    assert mount("", "/slate/") == "/slate" and mount("https://x.org", None) == "https://x.org"
    assert public_base("https://x.org/slate/map?race=x", "slate") == "https://x.org/slate"
    assert link("home", None, Common(lang="es"), "/slate") == "/slate/?lang=es"


def test_public_base_prefers_operator_setting(monkeypatch):
    assert public_base("http://127.0.0.1:8501/map?race=x") == "http://127.0.0.1:8501"
    monkeypatch.setenv("SLATE_PUBLIC_URL", "https://slate.example.org/")
    assert public_base("http://127.0.0.1:8501/map") == "https://slate.example.org"


def test_qr_codes_encode_the_link():
    assert qr_png("https://x.org")[:8] == b"\x89PNG\r\n\x1a\n"


def test_iframe_snippet_escapes_title_and_url():
    snippet = iframe_snippet('https://x.org/map?race=a&embed=true', 'Kat "<b>"')
    assert 'src="https://x.org/map?race=a&amp;embed=true"' in snippet
    assert 'title="Kat &quot;&lt;b&gt;&quot;"' in snippet


def test_bad_values_are_noted_not_kept():
    view = parse_params("map", {"race": "zz-99", "status": "won,bogus", "level": "<script>"}, SLATE)
    assert view.values == {}
    assert len(view.notes) == 3
    assert all("<script>" not in n or "“<script>”" in n for n in view.notes)


def test_every_page_validator_set_is_declared():
    assert set(VALIDATORS) == set(PAGES) | {"common"}
