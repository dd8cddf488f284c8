"""Failure drills on every page (AppTest): broken data versions, missing geodata with no mirror.

- The newest data version is broken: every page stays up on the last valid version and says so.
- Every version is broken, or there is no data at all: a clear message, no traceback.
- Geodata missing and no mirror (empty mirror and build folders, and no network: any download
  goes to a closed local proxy port): pages other than the map work as usual, the map page does not
  crash. (The map and the lookup are being built on the geo/map branches; see the report.)
- The Census geocoder is down (a closed loopback port) or hangs (a local server that answers later
  than the timeout): the find page says so within timeout x (retries + 1), and ZIP and typed-district
  lookups still answer.
"""

from __future__ import annotations

import contextlib
import inspect
import socket
import time

import pytest

from slate_explorer.findview import query

from slate_explorer.routes import PAGES
from tests.apptest.conftest import run_page, submit, texts
from tests.fakes.census import running_census
from tests.hostile_data import NEWEST, broken_copy, copy_version

OLDER = "2025-07-10"
PARAMS = {"map": {"race": "il-09-2026"}, "find": {"district": "NY-14"}, "majority": {"wins": "all"}}


@pytest.fixture
def newest_broken(tmp_path, monkeypatch):
    copy_version(tmp_path, OLDER)
    broken_copy(tmp_path, NEWEST)
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("page", PAGES)
def test_newest_version_broken_site_serves_the_last_valid_one(newest_broken, page):
    at = run_page(page, **PARAMS.get(page, {}))
    warnings = " ".join(w.value for w in at.warning).replace("\\", "")
    assert f"{NEWEST} failed validation" in warnings and f"showing {OLDER}" in warnings
    assert at.title and not at.error
    if page != "share":  # every other page names the version it shows
        assert OLDER in texts(at)


@pytest.mark.parametrize("page", PAGES)
def test_no_valid_version_gives_a_clear_message(tmp_path, monkeypatch, page):
    broken_copy(tmp_path, NEWEST)
    broken_copy(tmp_path, OLDER, from_version=OLDER)
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))
    at = run_page(page)
    assert [e.value for e in at.error] == ["The slate data cannot be shown right now. Please try again later."]
    assert [w.value.replace("\\", "") for w in at.warning] == ["No valid data version was found."]  # no operator advice


def test_no_data_folder_at_all_gives_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path / "missing"))
    at = run_page("home")
    assert at.error and "cannot be shown right now" in at.error[0].value


@pytest.fixture
def no_geodata(tmp_path, monkeypatch):
    for name in ("mirror", "build"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("SLATE_GEODATA_MIRROR", str(tmp_path / "mirror"))
    monkeypatch.setenv("SLATE_GEODATA_BUILD", str(tmp_path / "build"))
    # No internet either: any download attempt fails at once instead of waiting on the network.
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(proxy, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)


@pytest.mark.parametrize("page", [p for p in PAGES if p != "map"])
def test_geodata_missing_other_pages_work(no_geodata, page):
    at = run_page(page, **PARAMS.get(page, {}))
    assert at.title and not at.error


def test_geodata_missing_map_page_does_not_crash(no_geodata):
    at = run_page("map", race="il-09-2026", timeout=90)  # asserts no exception element
    assert at.title
    # After the map branch merges: assert the page says the boundaries are unavailable (clear
    # message naming SLATE_GEODATA_MIRROR) and still lists the races as text.
    assert "IL-09" in texts(at)


ADDRESS = "90-15 Roosevelt Ave, Jackson Heights, NY 11372"
DEFAULTS = inspect.signature(query.address_query).parameters
TIMEOUT, RETRIES = DEFAULTS["timeout"].default, DEFAULTS["retries"].default
RERUN_SLACK = 5.0  # one rerun of the find page on a loaded 2-core machine


@contextlib.contextmanager
def closed_port():
    with socket.socket() as sock:  # bound, never listening: connections are refused at once
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/geocoder", None


@contextlib.contextmanager
def hanging_census():
    with running_census() as server:
        server.mode, server.delay = "slow", TIMEOUT + 2  # answers only after the page has given up
        yield server.url, server



@pytest.mark.parametrize("geocoder, message", [
    (closed_port, "The US Census address service could not be reached."),
    (hanging_census, "The US Census address service did not answer in time."),
], ids=["closed-port", "hangs"])
def test_geocoder_failure_is_a_clear_message_in_bounded_time(geocoder, message, monkeypatch):
    with geocoder() as (url, server):
        monkeypatch.setenv("SLATE_GEOCODER_URL", url)
        at = run_page("find")
        started = time.monotonic()
        at = submit(at, "find_address", ADDRESS, 0)
        waited = time.monotonic() - started
        if server is not None:
            assert len(server.requests) == RETRIES + 1 and waited >= TIMEOUT * (RETRIES + 1) - 0.5
        assert waited < TIMEOUT * (RETRIES + 1) + RERUN_SLACK
        shown = "\n".join(w.value for w in at.warning).replace("\\", "")
        assert message in shown and "ZIP code" in shown and ADDRESS not in shown
        assert "district" not in at.query_params
        at = submit(at, "find_zip", "11201", 1)
        assert "NY-07" in texts(at) and "NY-08" in texts(at)
        at = submit(at, "find_district", "IL-09", 2)
        assert "IL-09: U.S. Representative, Illinois's 9th district (2026)" in texts(at)
