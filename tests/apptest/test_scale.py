"""A national slate: the 1,000-race synthetic version (devtools/synthetic.py) through every page and the CLI.

The limits are generous on purpose (the budgets live in bench/bench_scale.py): they are there so that a
quadratic slip (a scan of every candidate per race, a cache that misses at scale) fails here by timing
out instead of on a visitor's phone. Measured on the 2-core development machine at load ~6: each page's
first run 1-3 s, the whole module about a minute.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time

import pytest

from devtools.synthetic import make_version
from slate_explorer.data.validate import load_folder
from slate_explorer.routes import MajorityState
from tests.apptest.conftest import ROOT, run_page, texts

RACES = 1000
PAGE_SECONDS = 30  # one page's first run under AppTest, imports and per-process caches included
FIXTURE = ROOT / "tests" / "fixtures" / "versions" / "2025-11-25"
DAY = "2026-12-07"


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    return make_version(tmp_path_factory.mktemp("national"), RACES, base=FIXTURE)


@pytest.fixture
def serve_national(national, monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(national.parent))
    monkeypatch.setenv("SLATE_TODAY", DAY)
    return national


PAGES = [
    ("home", {}, "Slate Explorer"),
    ("map", {"race": "syn-ca-01-2026"}, "CA-01"),
    ("map", {"level": "state_house"}, "NY-AD"),
    ("find", {"district": "NY-14"}, "NY-14"),
    ("agenda", {}, "Shared agenda"),
    ("majority", {"wins": "all"}, "U.S. House of Representatives"),
    ("share", {}, "Share"),
    ("data", {}, "Versions"),
]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("page, params, expected", PAGES, ids=[f"{p}-{'-'.join(q.values()) or 'plain'}" for p, q, _e in PAGES])
def test_every_page_at_1000_races(serve_national, page, params, expected):
    started = time.monotonic()
    at = run_page(page, timeout=PAGE_SECONDS, **params)
    assert expected in texts(at) or expected in str([h.proto.body for h in at.get("html")])
    at.run()  # a rerun, as a visitor's next click
    assert not at.exception
    assert time.monotonic() - started < 2 * PAGE_SECONDS


@pytest.mark.timeout(300)
@pytest.mark.parametrize("command", [
    ["validate"],
    ["races", "--json"],
    ["scenario", "--wins", "all"],
    ["agenda", "--compare", "none"],
])
def test_cli_at_1000_races(national, command):
    env = {**os.environ, "SLATE_DATA_DIR": str(national.parent)}
    args = [*command, str(national)] if command == ["validate"] else [*command, "--today", DAY] if command[0] != "agenda" else command
    done = subprocess.run([sys.executable, "-m", "slate_explorer", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert "1000 races" in done.stdout or len(done.stdout) > 1000


@pytest.mark.timeout(300)
def test_majority_picks_races_by_group_with_a_screenful_of_controls(serve_national):
    at = run_page("majority", timeout=PAGE_SECONDS)
    race_toggles = [t for t in at.toggle if t.key.startswith("maj-win-")]
    assert 0 < len(race_toggles) <= 10  # not one per open race
    at.selectbox(key="maj-filter-state").set_value("NY")
    at.selectbox(key="maj-filter-level").set_value("us_house").run()
    at.button(key="maj-mark-won").click().run()
    assert not at.exception
    wins = at.query_params["wins"]
    reading = MajorityState.parse({"wins": wins}, load_folder(serve_national), dt.date.fromisoformat(DAY))[0]
    assert len(reading.wins) > 20
    assert {(r.split("-")[1] if r.startswith("syn-") else r.split("-")[0]) for r in reading.wins} == {"ny"}
    assert f"{len(reading.wins)} of " in texts(at)
    at.text_input(key="maj-filter-search").input("NY-10").run()
    found = [t.key for t in at.toggle if t.key.startswith("maj-win-")]
    assert found and all("ny-10-" in key for key in found)  # the search keeps NY-10's races (2026 and 2028)


@pytest.mark.timeout(300)
def test_map_lists_a_page_of_race_links_not_one_per_race(serve_national):
    at = run_page("map", timeout=PAGE_SECONDS)
    links = at.get("page_link")
    assert 10 < len(links) <= 70  # 734 House races: the first 60, with how to list the others
    assert "choose a state or a status above to list the others" in texts(at)
    at = run_page("map", timeout=PAGE_SECONDS, state="NY")
    assert "list the others" not in texts(at)  # narrowed to a state, every race is listed
