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


@pytest.mark.parametrize("day", ["2026-12-07", "2027-01-05"])
def test_majority_with_every_race_won_never_shows_more_seats_than_a_chamber_has(day, monkeypatch):
    """/majority?wins=all on the newest shipped version: each chamber's seat chart adds up to its seats (the
    Assembly once read 153 of 150), and every chamber names the term its figures describe."""
    import re

    monkeypatch.setenv("SLATE_TODAY", day)
    at = run_page("majority", wins="all")
    charts = [str(m.value) for m in at.markdown if str(m.value).startswith("<svg")]
    assert charts and not at.error
    for svg in charts:
        seats = int(re.search(r'data-seats-total="(\d+)"', svg).group(1))
        groups = [int(n) for n in re.findall(r'data-group="\w+" data-party="[^"]*" data-seats="(\d+)"', svg)]
        assert sum(groups) == seats, svg[:120]
    assert texts(at).count("The figures for the") == len(charts)
