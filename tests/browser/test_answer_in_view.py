"""Issue 24: the answer comes into view. After a question (Find by ZIP, by district, a click on Find's map; a
preset on /majority), its answer is on screen, holds the keyboard focus, and a polite live region says what
it is, on a 375 px phone and at 1280 px. Before, on a phone, the answer started 400-620 px below the screen."""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_page, wait_for_app

pytestmark = pytest.mark.browser

SIZES = [(375, 667), (1280, 800)]

# The live region is inside the announcer component's shadow root.
STATUS = """(key) => { const inside = root => root.querySelector('[role=status]')
    || [...root.querySelectorAll('*')].map(e => e.shadowRoot && inside(e.shadowRoot)).find(Boolean);
  const host = document.querySelector('.st-key-' + key); return host ? inside(host) : null; }"""
IN_VIEW = f"""([target, status, words]) => {{
  const box = document.querySelector('.st-key-' + target), said = ({STATUS})(status);
  if (!box || !said) return false;
  const top = box.getBoundingClientRect().top;
  return top >= 0 && top < window.innerHeight * 0.7 && box.contains(document.activeElement) && said.textContent.includes(words);
}}"""


def answer_in_view(page, target: str, status: str, words: str) -> str:
    """Wait until the answer's container is on screen with the focus and the live region has said `words`."""
    page.wait_for_function(IN_VIEW, arg=[target, status, words], timeout=20_000)
    return page.evaluate(f"(key) => ({STATUS})(key).textContent", status)


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}px")
def screen(request, browser):
    yield from open_page(browser, *request.param)


def open_find(page, app_url):
    page.goto(f"{app_url}/find")
    wait_for_app(page)
    page.get_by_label("ZIP code").wait_for(timeout=30_000)


def test_a_zip_answer_comes_into_view(screen, app_url):
    open_find(screen, app_url)
    screen.get_by_label("ZIP code").fill("11201")
    screen.get_by_role("button", name="Look up ZIP").click()
    answer_in_view(screen, "find_answer", "find_announcer", "11201")
    show = screen.get_by_role("button", name="Show NY-10")
    show.wait_for(timeout=10_000)  # the answer's last lines may arrive just after the announcement
    show.click()  # the visitor's choice is a new question
    answer_in_view(screen, "find_answer", "find_announcer", "NY-10")


def test_a_district_answer_comes_into_view(screen, app_url):
    open_find(screen, app_url)
    screen.get_by_label("District", exact=True).fill("NY-14")
    screen.get_by_role("button", name="Show district").click()
    answer_in_view(screen, "find_answer", "find_announcer", "NY-14")
    assert screen.get_by_role("heading", name="Your districts").is_visible()


def test_a_majority_preset_brings_the_chambers_into_view(screen, app_url):
    screen.goto(f"{app_url}/majority")
    wait_for_app(screen)
    preset = screen.get_by_text("Every slate race won", exact=False).first
    preset.wait_for(timeout=30_000)
    preset.click()
    answer_in_view(screen, "maj-chambers", "maj_announcer", "Every slate race won. ")
