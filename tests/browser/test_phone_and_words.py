"""A voter's first minute on a phone, and words instead of ids (issue 15, the pages' part): the page menu is
labelled and closes after a page is chosen, language and Share share one row, copy buttons show without
hover, no race id is shown as text on any page in either language, the Spanish seat chart's labels stay
inside the drawing, the Spanish printable guide has no English labels, and an embed snippet made on a
Spanish page asks for Spanish."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser

PAGES = ["/", "/map", "/find", "/agenda", "/majority", "/share", "/data"]
RACE_ID = re.compile(r"[a-z]{2}-[0-9]{2}-20[0-9]{2}")


def settle(page) -> None:
    """Streamlit finished its run and the page drew (the last elements arrive just after the status clears)."""
    wait_for_app(page)
    page.wait_for_timeout(1500)
    wait_for_app(page)


def visible_words(page) -> str:
    """The main area's visible text, without code blocks (addresses and snippets to copy, not prose), plus
    the cells of the data grids in view (drawn on a canvas, so their text is in the grid's hidden table)."""
    return page.evaluate(
        """() => { const main = document.querySelector('[data-testid="stMain"]');
                   const copy = main.cloneNode(true);
                   copy.querySelectorAll('[data-testid="stCode"]').forEach(e => e.remove());
                   document.body.appendChild(copy); const text = copy.innerText; copy.remove();
                   const grids = [...main.querySelectorAll('[data-testid="stDataFrame"]')]
                     .filter(g => g.getClientRects().length).map(g => g.textContent);
                   return [text, ...grids].join('\\n'); }"""
    )


def test_phone_menu_is_labelled_and_closes_after_a_page_is_chosen(phone, app_url):
    phone.goto(app_url + "/?lang=es")
    settle(phone)
    menu = phone.get_by_role("button", name="Menú: las páginas del sitio")
    menu.wait_for(timeout=30_000)
    assert "Menú" in menu.evaluate("e => getComputedStyle(e, '::after').content")  # a word one can see
    menu.click()
    sidebar = phone.locator('[data-testid="stSidebar"]')
    phone.wait_for_function("() => document.querySelector('[data-testid=stSidebar]').dataset.collapsed === 'false'")
    sidebar.locator("a", has_text="Datos").click()
    settle(phone)
    assert phone.url.split("?")[0].endswith("/data")
    phone.wait_for_function("() => document.querySelector('[data-testid=stSidebar]').dataset.collapsed === 'true'",
                            timeout=5_000)
    assert sidebar.bounding_box()["x"] + sidebar.bounding_box()["width"] <= 0  # off the screen


def test_language_and_share_sit_in_one_row_above_the_title(phone, app_url):
    phone.goto(app_url + "/majority")
    settle(phone)
    switch = phone.locator(".st-key-language").bounding_box()
    share = phone.get_by_role("button", name="Share this view").bounding_box()
    title = phone.get_by_role("heading", name="What a coordinated majority would pass").bounding_box()
    as_of = phone.locator(".se-asof").first.bounding_box()  # the data's date line (issue 13) sits above the title
    assert abs(switch["y"] - share["y"]) < 12  # side by side
    assert title["y"] - as_of["height"] < 160, title  # it was about 215 px down with the two controls stacked


def test_copy_buttons_show_without_hover(phone, app_url):
    phone.goto(app_url + "/share")
    settle(phone)
    phone.mouse.move(0, 0)
    code = phone.locator('[data-testid="stCode"]').first
    code.wait_for(timeout=30_000)
    button = code.get_by_role("button", name="Copy to clipboard")
    assert button.evaluate(
        """b => { for (let e = b; e; e = e.parentElement) { const s = getComputedStyle(e);
                  if (s.visibility === 'hidden' || s.opacity === '0' || s.display === 'none') return false; }
                  return true; }"""
    )


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_no_race_id_in_the_text_a_visitor_reads(page, app_url, path, lang):
    page.goto(f"{app_url}{path}?lang={lang}")
    settle(page)
    if path == "/map":  # its race table comes after the map's boundaries are ready
        page.locator(".se-table").first.wait_for(timeout=60_000)
    words, previous = visible_words(page), None
    for _attempt in range(20):  # the map's frame and its table arrive last: read once the text stops changing
        if words == previous:
            break
        page.wait_for_timeout(1000)
        words, previous = visible_words(page), words
    found = sorted(set(RACE_ID.findall(words)))
    assert not found, f"{path} ({lang}) shows race ids: {found}"


@pytest.mark.parametrize("width", [375, 1280])
def test_spanish_seat_chart_labels_stay_inside_the_drawing(browser, app_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(app_url + "/majority?lang=es")
        settle(page)
        page.locator("svg.seat-chart").first.wait_for(timeout=30_000)
        outside = page.evaluate(
            """() => [...document.querySelectorAll('svg.seat-chart')].flatMap(svg => {
                 const box = svg.viewBox.baseVal;
                 return [...svg.querySelectorAll('.threshold-label text')].map(t => [t.textContent, t.getBBox()])
                   .filter(([_, b]) => b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5)
                   .map(([text, b]) => `${text} (${Math.round(b.x)}..${Math.round(b.x + b.width)})`); })"""
        )
        assert page.locator("svg.seat-chart .threshold-label").count() > 0
        assert not outside, outside
    finally:
        context.close()


def test_spanish_printable_guide_has_no_english_labels(page, app_url):
    page.goto(app_url + "/find?district=NY-14&lang=es")
    settle(page)
    with page.expect_download(timeout=30_000) as download:
        page.get_by_role("button", name=re.compile("guía")).click()
    html = open(download.value.path(), encoding="utf-8").read()
    assert '<html lang="es">' in html
    english = [w for w in ("Districts:", "Incumbent:", "Backs:", "Source:", ">Dates<", "No slate") if w in html]
    assert not english, english
    assert "Distritos:" in html and "Fuente:" in html


def test_embed_snippet_made_on_a_spanish_page_asks_for_spanish(page, app_url):
    page.goto(app_url + "/share?lang=es")
    settle(page)
    snippet = page.locator('[data-testid="stCode"]').first.inner_text()
    assert "<iframe" in snippet and "lang=es" in snippet, snippet
    assert "lang=es" in page.locator("iframe").first.get_attribute("src")


@pytest.mark.parametrize("width, drawn", [(375, False), (1280, True)])
def test_agenda_network_gives_way_to_its_table_on_a_phone(browser, app_url, width, drawn):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(app_url + "/agenda")
        settle(page)
        page.get_by_text("Who endorses whom, as a table", exact=True).click()  # folded under the drawing (issue 24)
        table = page.get_by_role("table", name=re.compile("Who each slate candidate endorses"))
        table.wait_for(timeout=30_000)
        assert page.locator('[data-testid="stGraphVizChart"]').is_visible() is drawn
        assert page.get_by_text("too small to read", exact=False).is_visible() is not drawn
    finally:
        context.close()
