"""Downloads in a real browser, directly and through nginx: a data table's CSV and the share bar's QR code
arrive as files with their content (Streamlit serves them from the session's process under /media/)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser


def test_a_data_table_downloads_as_its_published_csv(page, served_url):
    page.goto(served_url + "/data?v=2025-11-25")
    wait_for_app(page)
    page.get_by_text("For data users: the tables, with downloads").click()  # folded on the page (issue 24)
    button = page.get_by_role("button", name="Download sources.csv")
    button.wait_for(timeout=30_000)
    with page.expect_download(timeout=30_000) as download:
        button.click()
    assert download.value.suggested_filename == "slate-2025-11-25-sources.csv"
    text = open(download.value.path(), encoding="utf-8").read()
    assert text.splitlines()[0].startswith("id,") and len(text.splitlines()) > 5


def test_the_share_bar_qr_code_downloads_as_a_png(page, served_url):
    page.goto(served_url + "/agenda")
    wait_for_app(page)
    page.get_by_role("button", name="Share this view").first.click()
    button = page.get_by_role("button", name="Download the QR code (PNG)")
    button.wait_for(timeout=30_000)
    with page.expect_download(timeout=30_000) as download:
        button.click()
    assert open(download.value.path(), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
