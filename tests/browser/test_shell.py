"""The app shell in a real browser: short page URLs work and bad links show a friendly note."""

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path, heading",
    [("/", "Slate Explorer"), ("/map", "Every slate race"), ("/find", "Find your district"),
     ("/agenda", "Shared agenda"), ("/majority", "What a coordinated majority would pass"),
     ("/share", "Share & embed"), ("/data", "Data")],
)
def test_short_page_urls(page, app_url, path, heading):
    page.goto(app_url + path)
    wait_for_app(page)
    page.get_by_role("heading", name=heading, exact=False).first.wait_for(timeout=30_000)


def test_bad_parameter_shows_note_not_traceback(page, app_url):
    page.goto(app_url + "/map?v=not-a-version&zzz=%3Cscript%3Ealert(1)%3C/script%3E")
    wait_for_app(page)
    page.get_by_text("is not used on this page and was ignored", exact=False).first.wait_for(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
