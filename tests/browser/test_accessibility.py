"""Every page, in both languages, in a real browser: an axe-core WCAG 2.2 AA audit, no sideways
scrolling at phone width (with screenshots for people to look at), and a keyboard-only journey.

axe-core comes from the npm registry (package.json, pinned; scripts/vendor-js.sh installs it).
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import ROOT, wait_for_app

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "tests" / "artifacts"
PAGES = ["/", "/map", "/find", "/agenda", "/majority", "/share", "/data"]
LANGS = ["en", "es"]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# No rule is switched off and no element is excused: every violation axe reported, including those in
# Streamlit's own chrome (caption opacity, code highlighting), was fixed from the app.


def open_page(page, app_url: str, path: str | None, lang: str) -> None:
    """Open path?lang=... (None: the page is already loading) and wait until it has finished drawing."""
    if path is not None:
        page.goto(f"{app_url}{path}?lang={lang}")
    wait_for_app(page)
    # Components (the map, the share widgets) draw in iframes after the script run, and on a cold load
    # widgets show grey skeletons until their code arrives: audit and measure only the finished page.
    page.wait_for_load_state("networkidle", timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stSkeleton], [data-testid=stSkeletonElement]')",
        timeout=30_000)
    page.wait_for_timeout(500)


def run_axe(frame) -> list[dict]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run scripts/vendor-js.sh (npm ci) first")
    frame.add_script_tag(path=str(AXE))
    result = frame.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(' ')),
                why: v.nodes.map(n => (n.any.concat(n.all, n.none)[0] || {}).message || '')}));
        }""",
        WCAG_AA,
    )
    return result


def wait_for_map_frame(page) -> None:
    """Wait until a map frame is in the page, at any depth (the share page's preview frames the embed)."""
    for _ in range(60):
        if any("streamlit_folium" in f.url for f in page.frames):
            page.wait_for_timeout(500)
            return
        page.wait_for_timeout(500)
    pytest.fail(f"no map frame appeared in {page.url}")


def audit(page) -> tuple[int, str]:
    """axe on the page and on every frame in it (the map, an embed preview): (documents audited, report)."""
    frames = [page.main_frame] + [f for f in page.frames if f != page.main_frame and f.url.startswith("http")]
    report = [f"{f.url}:\n{describe(problems)}" for f in frames if (problems := run_axe(f))]
    return len(frames), "\n".join(report)


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n    "
        + "\n    ".join(f"{t}  [{w}]" for t, w in list(zip(v["targets"], v["why"]))[:8])
        for v in violations
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag_violations(page, app_url, path, lang):
    open_page(page, app_url, path, lang)
    if path in ("/map", "/share"):
        wait_for_map_frame(page)  # audited too
    _, problems = audit(page)
    assert not problems, f"axe on {path}?lang={lang}:\n{problems}"


# States a visitor reaches by acting on a page (a chosen race, a found district, every race won, a plank):
# they draw cards, tables and charts the first view does not have.
STATES = ["/map?race=ny-14-2026", "/find?district=NY-14", "/majority?wins=all&plank=medicare-for-all",
          "/agenda?plank=green-new-deal&former=true", "/agenda?candidate=alexandria-ocasio-cortez"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("state", STATES)
def test_axe_finds_no_wcag_violations_after_a_choice(page, app_url, state, lang):
    path, query = state.split("?")
    page.goto(f"{app_url}{path}?{query}&lang={lang}")
    open_page(page, app_url, None, lang)
    _, problems = audit(page)
    assert not problems, f"axe on {state}&lang={lang}:\n{problems}"


# What a campaign site frames: the live embed (a race card, or the whole map), map frame included.
EMBEDS = ["/map?embed=true&race=il-09-2026", "/map?embed=true&level=us_senate"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("embed", EMBEDS)
def test_axe_on_the_embed_views(page, app_url, embed, lang):
    page.goto(f"{app_url}{embed}&lang={lang}")
    open_page(page, app_url, None, lang)
    wait_for_map_frame(page)
    documents, problems = audit(page)
    assert documents >= 2, f"{embed}: the map frame was not audited"
    assert not problems, f"axe on {embed}&lang={lang}:\n{problems}"


@pytest.mark.parametrize("lang", LANGS)
def test_axe_on_the_exported_site(page, site_url, lang):
    """The static export is a site of its own (both languages): its map page and a race page."""
    prefix = "" if lang == "en" else f"{lang}/"
    for path in (f"{prefix}index.html", f"{prefix}races/il-09-2026.html"):
        page.goto(f"{site_url}/{path}")
        page.wait_for_function("() => document.body.getAttribute('data-districts-drawn')", timeout=30_000)
        assert page.evaluate("document.documentElement.lang") == lang
        problems = run_axe(page)
        assert not problems, f"axe on the exported {path}:\n{describe(problems)}"


# Streamlit scrolls its main block, not the document: measure both, and say which one is too wide.
WIDEST = """() => {
    const boxes = [['the page', document.scrollingElement],
                   ['the main block', document.querySelector('[data-testid="stMain"]')],
                   ['the app view', document.querySelector('[data-testid="stAppViewContainer"]')]];
    let widest = [0, window.innerWidth, ''];
    for (const [name, el] of boxes) {
        if (el && el.scrollWidth > widest[0]) widest = [el.scrollWidth, window.innerWidth, name];
    }
    return widest;
}"""


@pytest.mark.parametrize("path", PAGES)
def test_phone_width_has_no_sideways_scrolling(browser, app_url, path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = path.strip("/") or "home"
    widths = {}
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport, device_scale_factor=1,
                                      is_mobile=label == "phone", has_touch=label == "phone")
        page = context.new_page()
        try:
            open_page(page, app_url, path, "en")
            widths[label] = page.evaluate(WIDEST)
            # Streamlit scrolls stMain, so a "full page" shot is one screen: grow the window to the content.
            tall = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
            page.set_viewport_size({"width": viewport["width"], "height": min(max(tall, viewport["height"]), 9000)})
            page.wait_for_timeout(300)
            page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"))
        finally:
            context.close()
    scroll, inner, where = widths["phone"]
    assert scroll <= inner + 1, f"{path} scrolls sideways at 375 px: {where} is {scroll} px wide in a {inner} px window"


def test_keyboard_only_find_journey(page, app_url):
    """Tab to the district box, type a district, press Enter: the result appears. No mouse."""
    open_page(page, app_url, "/find", "en")
    result = page.get_by_text("Alexandria Ocasio-Cortez", exact=False)
    assert result.count() == 0, "the result must not be on the page before the search"
    box = page.get_by_label("District", exact=True)
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement && document.activeElement.outerHTML.slice(0, 200)")
        if box.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail(f"Tab never reached the district box; focus ended on {focused}")
    page.keyboard.type("NY-14")
    page.keyboard.press("Enter")
    wait_for_app(page)
    result.first.wait_for(timeout=30_000)
    assert page.evaluate("() => new URL(location.href).searchParams.get('district')") == "NY-14"


def tab_until(page, locator, presses: int = 80) -> None:
    """Press Tab until locator has the focus (fail naming where the focus ended)."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    focused = page.evaluate("() => document.activeElement && document.activeElement.outerHTML.slice(0, 200)")
    pytest.fail(f"Tab never reached {locator}; focus ended on {focused}")


def test_keyboard_only_race_card_from_the_list_of_links(page, app_url):
    """Without the map or a mouse: open the list of race links, Tab to IL-09, press Enter: its card opens."""
    open_page(page, app_url, "/map?state=IL", "en")
    card = page.get_by_role("heading", name="IL-09: U.S. Representative, Illinois's 9th district")
    assert card.count() == 0, "no race card before the choice"
    summary = page.get_by_text("The same races as a list of links")
    tab_until(page, page.locator("summary", has=summary))
    page.keyboard.press("Enter")
    link = page.get_by_role("link", name="IL-09: U.S. Representative, Illinois's 9th district", exact=False)
    link.wait_for(timeout=10_000)
    tab_until(page, link)
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('race=il-09-2026')", timeout=20_000)
    wait_for_app(page)
    card.wait_for(timeout=20_000)


def test_keyboard_only_race_card_from_the_map(page, app_url):
    """On the map: Tab reaches the slate's districts only (not all 437), Enter opens the card."""
    open_page(page, app_url, "/map", "en")
    wait_for_map_frame(page)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_function("() => document.body.getAttribute('data-districts-drawn')", timeout=30_000)
    stops = frame.evaluate("document.querySelectorAll('path[tabindex=\"0\"]').length")
    assert stops == frame.evaluate("Object.keys(window.slateMap.info).length") == 10
    district = frame.locator('path[role="button"][aria-label^="IL-09"]')
    tab_until(page, district, presses=60)
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('race=il-09-2026')", timeout=20_000)
    wait_for_app(page)
    page.get_by_role("heading", name="IL-09: U.S. Representative, Illinois's 9th district").wait_for(timeout=20_000)


@pytest.mark.parametrize("lang", LANGS)
def test_axe_on_the_printable_voter_guide(page, lang):
    """The downloaded guide is a page of its own: it must pass the same audit."""
    from slate_explorer.data.versions import load_slate
    from slate_explorer.guide.voter_guide import guide_html
    from slate_explorer.i18n import set_language

    set_language(lang)
    try:
        html = guide_html(load_slate("2025-11-25").slate, ["NY-14", "NY", "NYC"])
    finally:
        set_language("en")
    page.set_content(html)
    assert "Ocasio-Cortez" in page.inner_text("body")
    problems = run_axe(page)
    assert not problems, f"axe on the voter guide ({lang}):\n{describe(problems)}"
