"""Injection, in a real browser: a data version whose text fields carry HTML/JS/markdown payloads.

The app serves that version (SLATE_DATA_DIR) and every view is visited in Chromium: no payload runs
(window.__pwned stays undefined, no dialog opens), none becomes live markup (no <img src=x>, no
javascript: link, no srcdoc frame), and the payload text is shown as text.

To cover a new page, tooltip, popup or export: add one line to VIEWS (a path, and optionally an
action that opens the popup/tooltip to check).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.browser.conftest import start_streamlit, wait_for_app
from tests.hostile_data import PAYLOADS, hostile_version

pytestmark = pytest.mark.browser


def wait_for_page(page) -> None:
    """wait_for_app, and also for the page's title: right after navigation the status widget may not be up yet."""
    wait_for_app(page)
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=30_000)
    wait_for_app(page)


def open_share_popover(page) -> None:
    page.get_by_role("button", name="Share this view").first.click()
    page.wait_for_timeout(400)


def hover_and_click_the_map(page) -> None:
    """Tooltips and popups: hover, then click, a district of the map (drawn in a component iframe).

    Before the map branch merges, /map draws no map and there is nothing to hover.
    """
    page.wait_for_timeout(1500)  # the component iframe loads after the script run
    for frame in page.frames:
        target = frame.locator("path.leaflet-interactive")
        if target.count():
            target.nth(target.count() // 2).hover(force=True)
            page.wait_for_timeout(300)
            target.nth(target.count() // 2).click(force=True)
            page.wait_for_timeout(800)
            return


# (path, action after load, must the payload text be visible?)
VIEWS = [
    ("/", None, True),
    ("/", open_share_popover, True),
    ("/map", hover_and_click_the_map, True),
    ("/map?race=il-09-2026", None, True),
    ("/find?district=IL-09", None, True),
    ("/agenda", None, True),
    ("/majority?wins=all", None, True),
    ("/share", None, True),
    ("/data", None, True),
    ("/map?race=il-09-2026&embed=true", None, True),
    ("/majority?wins=all&embed=true", None, True),
]

LIVE_MARKUP = """() => ({
    pwned: typeof window.__pwned !== 'undefined' || [...document.querySelectorAll('iframe')].some(
        f => { try { return typeof f.contentWindow.__pwned !== 'undefined'; } catch (e) { return false; } }),
    imgs: document.querySelectorAll('img[src="x"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter(a => (a.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript:')).length,
    srcdoc: document.querySelectorAll('iframe[srcdoc*="__pwned"]').length,
    scripts: [...document.scripts].filter(s => s.textContent.includes('__pwned')).length,
})"""


# What a visitor can read: the page's text, the values shown in inputs (a selectbox shows its choice
# in one) and the text of same-origin frames (the share page's live embed preview).
SHOWN_TEXT = """() => [document.body.innerText,
    ...[...document.querySelectorAll('input')].map(i => i.value),
    ...[...document.querySelectorAll('iframe')].map(f => { try { return f.contentDocument.body.innerText; } catch (e) { return ''; } }),
].join('\\n')"""


@pytest.fixture(scope="module")
def hostile_app():
    root = Path(tempfile.mkdtemp(prefix="slate-hostile-"))
    hostile_version(root)
    base, process = start_streamlit({"SLATE_DATA_DIR": str(root)}, log_name="streamlit-hostile")
    yield base
    process.terminate()
    process.wait(timeout=20)
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize(("path", "action", "visible"), VIEWS, ids=[f"{p} {a.__name__ if a else ''}".strip() for p, a, _ in VIEWS])
def test_payloads_in_data_never_run(hostile_app, page, path, action, visible):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_app + path)
    wait_for_page(page)
    if action:
        action(page)
    page.wait_for_timeout(500)
    live = page.evaluate(LIVE_MARKUP)
    assert live == {"pwned": False, "imgs": 0, "svgs": 0, "jsLinks": 0, "srcdoc": 0, "scripts": 0}
    assert dialogs == []
    assert page.locator('[data-testid="stException"]').count() == 0
    if visible:  # long pages keep drawing after the first script run: wait for the data to show
        shown = "(payloads) => { const text = (" + SHOWN_TEXT + ")(); return payloads.some(p => text.includes(p)); }"
        try:
            page.wait_for_function(shown, arg=list(PAYLOADS), timeout=20_000)
        except Exception:
            pytest.fail(f"no payload is shown as text on {path}")
        assert page.evaluate(LIVE_MARKUP) == {"pwned": False, "imgs": 0, "svgs": 0, "jsLinks": 0, "srcdoc": 0, "scripts": 0}
