"""AppTest: every page runs on the newest shipped version (slate_data/), and the data page on each shipped
version, with no exception or error: what holds for any valid version (facts: tests on the fixtures)."""

from __future__ import annotations

import pytest

from slate_explorer.data.versions import list_versions
from slate_explorer.routes import PAGES
from tests.apptest.conftest import run_page, texts
from tests.versions import SHIPPED

VERSIONS = list_versions(SHIPPED)


@pytest.fixture(autouse=True)
def shipped(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(SHIPPED))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_newest_shipped_version(page):
    at = run_page(page)  # asserts no exception
    assert at.title and not at.error


@pytest.mark.parametrize("version", VERSIONS)
def test_the_data_page_on_each_shipped_version(version):
    at = run_page("data", v=version)
    assert not at.error and f"[{version}](/data?v={version}): shown now" in texts(at)
    if version != VERSIONS[0]:
        assert "What changed since" in texts(at)
