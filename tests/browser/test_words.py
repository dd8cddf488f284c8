"""Issue 24: one word per idea, and Spanish everywhere a visitor looks. Every page, in both languages: none of
the jargon that reached voters ("District id", "slate_data/", "(approximate, check)", "— valid", a second
name for the caucus majority), no heading shown twice ("U.S. House races (16)" was the heading and the table's
caption). On /map the districts' spoken labels keep their lines apart, and in Spanish the state names and
Streamlit's skip link are Spanish; the Spanish embed and exported page carry no English chrome."""

from __future__ import annotations

import re

import pytest

from devtools.browser import settled_height
from slate_explorer import labels
from slate_explorer.i18n import in_language
from tests.browser.test_phone_and_words import PAGES, settle, visible_words

pytestmark = pytest.mark.browser

JARGON = ["District id", "slate_data/", "(approximate, check)", "— valid", "caucus leader", "líder de la bancada",
          "mayoría del grupo", "(de fuera)", "Senado de EE. UU. (NY)"]
HEADINGS = """() => [...document.querySelectorAll(['h1', 'h2', 'h3', 'caption'].map(t => '[data-testid=stMain] ' + t).join(','))].filter(e => e.getClientRects().length && getComputedStyle(e).position !== 'absolute')
  .map(e => e.innerText.trim()).filter(Boolean)"""
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def map_frame(page):
    page.wait_for_selector(MAP_FRAME, timeout=60_000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => document.body.getAttribute('data-districts-drawn')", timeout=60_000)
    return frame


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_no_jargon_and_no_doubled_heading(page, app_url, path, lang):
    extra = "?district=NY-14&" if path == "/find" else "?"
    page.goto(f"{app_url}{path}{extra}lang={lang}")
    settled_height(page, footer=path not in ("/share", "/data"))  # drawn to the end (Find answers NY-14 first)
    if path == "/map":
        page.locator(".se-table").first.wait_for(timeout=60_000)
    words = visible_words(page)
    assert len(words) > 500, words  # the page, not its first elements
    found = [w for w in JARGON if w in words]
    assert not found, f"{path} ({lang}) shows {found}"
    headings = page.evaluate(HEADINGS)
    doubled = sorted({h for h in headings if headings.count(h) > 1})
    assert not doubled, f"{path} ({lang}) shows these headings twice: {doubled}"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_map_districts_spoken_labels_keep_their_lines_apart(page, app_url, lang):
    page.goto(f"{app_url}/map?lang={lang}")
    settle(page)
    spoken = map_frame(page).evaluate(
        "() => [...document.querySelectorAll('path[role=button]')].map(p => p.getAttribute('aria-label'))")
    assert spoken
    status = "Situación" if lang == "es" else "Status"
    run_together = [s for s in spoken if re.search(r"[^\s;]" + status + ":", s)]
    assert not run_together, run_together[:3]
    assert all("; " + status + ":" in s for s in spoken), spoken[:3]


def test_spanish_map_names_states_in_spanish_and_the_skip_link_is_spanish(page, app_url):
    page.goto(f"{app_url}/map?lang=es")
    settle(page)
    assert page.locator('[data-testid="stSkipToContent"]').text_content() == "Saltar al contenido principal"
    frame = map_frame(page)
    frame.wait_for_function("() => document.querySelectorAll('.slate-state').length > 5", timeout=30_000)
    shown = set(frame.evaluate("() => [...document.querySelectorAll('.slate-state')].map(e => e.textContent)"))
    with in_language("es"):
        spanish = {name: labels.state_name(name) for name in labels.STATE_NAMES if labels.state_name(name) != name}
    assert not shown & set(spanish), f"English state names on the Spanish map: {shown & set(spanish)}"
    assert shown & set(spanish.values()), shown


ENGLISH_CHROME = ["Open full slate explorer", "Races on this map", "Data version", "Sources", "Every slate race",
                  "Embed this race", "Copy this", "Race card", "Incumbent:", "Which elections", "Skip to main content"]


def test_spanish_embed_has_no_english_chrome(page, app_url):
    page.goto(f"{app_url}/map?race=il-09-2026&embed=true&lang=es")
    settle(page)
    text = page.locator('[data-testid="stMain"]').inner_text()
    found = [w for w in ENGLISH_CHROME if w in text]
    assert not found, found


def test_spanish_exported_page_has_no_english_chrome(page, site_url):
    page.goto(f"{site_url}/es/races/il-09-2026.html")
    page.wait_for_selector("body[data-districts-drawn]", timeout=30_000)
    text = page.locator("body").inner_text()
    found = [w for w in ENGLISH_CHROME if w in text]
    assert not found, found
