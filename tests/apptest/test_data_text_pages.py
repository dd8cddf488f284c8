"""Spanish pages show the data's text in Spanish: no English text that the data catalogue translates is
left on any page (headings, markdown, tables, widget labels and options), and English pages keep the data
as recorded. Source titles and publishers are citations and stay as published, so they are set aside."""

from __future__ import annotations

import pytest

from slate_explorer import data_text
from slate_explorer.data.versions import list_versions, load_slate
from slate_explorer.i18n import catalogue
from tests.apptest.conftest import html_tables, run_page, texts

NEWEST = list_versions()[-1]
WIDGETS = ("selectbox", "multiselect", "radio", "checkbox", "toggle", "pills", "expander", "metric")
PAGES = [  # page, its parameters: each shows a share of the data text
    ("home", {}),
    ("map", {"race": "IL-09"}),
    ("find", {"district": "NY-14"}),
    ("agenda", {"plank": "rent-freeze", "candidate": "zohran-mamdani"}),
    ("majority", {"wins": "all", "plank": "medicare-for-all"}),
    ("share", {}),
    ("data", {"v": "2025-07-10"}),  # the first version: no changelog, which quotes the published rows
]


def everything_shown(at) -> str:
    parts = [texts(at)]
    for kind in WIDGETS:
        for widget in getattr(at, kind):
            parts += [str(getattr(widget, "label", "")), *map(str, getattr(widget, "options", None) or ())]
    for frame in [*(d.value for d in at.dataframe), *(t.value for t in at.table), *html_tables(at)]:
        parts += [str(v) for v in frame.to_numpy().ravel()]
    return "\n".join(parts).replace("\\", "")


def without_citations(text: str, slate) -> str:
    for source in slate.sources.values():
        text = text.replace(source.title, "").replace(source.publisher, "")
    return text


@pytest.mark.parametrize("page,params", PAGES, ids=[p for p, _ in PAGES])
def test_spanish_page_shows_no_english_data_text(page, params):
    params = {"v": NEWEST, **params}
    slate = load_slate(params["v"]).slate
    words = catalogue("es", "data")
    shown = without_citations(everything_shown(run_page(page, lang="es", **params)), slate)
    left = [text for text in data_text.entries([slate]) if words.get(text, text) != text and text in shown]
    assert not left, f"English data text on the Spanish {page} page:\n" + "\n".join(left)
    assert any(words[text] in shown for text in data_text.entries([slate])), "the page shows no data text at all"


def test_spanish_home_lists_offices_and_status_notes_in_spanish(monkeypatch):
    monkeypatch.setenv("SLATE_TODAY", "2026-01-10")  # before the primaries: the recorded status stands
    shown = texts(run_page("home", lang="es", v=NEWEST))
    assert ("**Representante de EE. UU. por el distrito 9 de Illinois** (2026): Kat Abughazaleh — *Escaño abierto*. "
            "Escaño abierto: la representante Jan Schakowsky no busca la reelección (lo anunció en mayo de 2025).") in shown


def test_english_pages_keep_the_data_as_recorded(monkeypatch):
    monkeypatch.setenv("SLATE_TODAY", "2026-01-10")
    shown = texts(run_page("home", v=NEWEST))
    assert ("**U.S. Representative, Illinois's 9th district** (2026): Kat Abughazaleh — *Open seat*. "
            "Open seat: Rep. Jan Schakowsky is not seeking re-election (announced May 2025).") in shown
    assert "Representante de EE. UU." not in shown


def test_spanish_data_page_says_the_downloads_stay_as_published():
    at = run_page("data", lang="es", v=NEWEST)
    shown = texts(at)
    assert "Versión 2025-11-25: La lista a finales de noviembre de 2025" in shown
    assert "las descargas son los archivos publicados, en inglés" in shown
    assert "Representante de EE. UU. por el distrito 9 de Illinois" in set(at.dataframe[5].value["office"])
    # the changelog in words, its notes in the page's language
    assert "nota sobre el estado: ahora “Adelita Grijalva ganó" in shown
    assert "(antes “Escaño abierto: el representante Raúl Grijalva murió el 13 de marzo de 2025.”)" in shown
