"""`record-result` records a result into a new unpublished version and checks it (data/record.py). The result
used is real: Daniel Biss won the IL-09 Democratic primary of 17 March 2026 with about 29.6% (one source)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys

import pytest

from slate_explorer.data.validate import load_folder
from slate_explorer.race_day import SlateOnDay
from slate_explorer.race_story import story_lines
from tests.versions import ROOT

STORY = ROOT / "tests" / "fixtures" / "story" / "2026-12-07"
URL = "https://noligarchy.us/articles/results-data-show-biss-carried-evanston-other-inner-suburbs-to-win"


@pytest.fixture
def data(tmp_path):
    shutil.copytree(STORY, tmp_path / STORY.name)
    return tmp_path


def record(data, *args):
    return subprocess.run([sys.executable, "-m", "slate_explorer", "record-result", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**__import__("os").environ, "SLATE_DATA_DIR": str(data)})


def rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_a_primary_result_goes_into_a_new_unpublished_version_that_checks_clean(data):
    out = record(data, "IL-09", "--stage", "primary", "--winner", "Daniel Biss", "--source", URL, "--share", "0.296",
                 "--as-of", "2026-12-08")
    assert out.returncode == 0, out.stdout + out.stderr
    folder = data / "2026-12-08"
    assert "recorded the primary result of IL-09 into" in out.stdout and not (folder / "datapackage.json").exists()
    (event,) = [r for r in rows(folder / "race_events.csv") if r["race_id"] == "il-09-2026"]
    assert (event["kind"], event["date"], event["who"], event["share"], event["certified"]) == (
        "primary_result", "2026-03-17", "Daniel Biss", "0.296", "")
    assert {r["id"]: r["outcome"] for r in rows(folder / "candidates.csv")}["kat-abughazaleh"] == "lost"
    assert {r["id"]: r["status"] for r in rows(folder / "races.csv")}["il-09-2026"] == "lost"
    source = {r["id"]: r for r in rows(folder / "sources.csv")}[event["source_id"]]
    assert (source["url"], source["publisher"]) == (URL, "noligarchy.us")
    publish = subprocess.run([sys.executable, "-m", "slate_explorer", "publish", str(folder), "--title", "IL-09"],
                             capture_output=True, text=True, cwd=ROOT)
    assert publish.returncode == 0, publish.stdout
    slate = load_folder(folder)
    assert story_lines(SlateOnDay(slate, dt.date(2026, 12, 8)), slate.races["il-09-2026"])[0] == (
        "17 March 2026: Daniel Biss won the primary (about 29.6%, reported).")


def test_a_version_older_than_the_newest_a_published_one_or_a_bad_link_is_refused(data):
    ahead = record(data, "mi-sen-2026", "--stage", "general", "--winner", "X", "--source", URL, "--as-of", "2026-10-01")
    assert ahead.returncode == 1 and "no valid data version before 2026-10-01" in ahead.stderr
    published = record(data, "IL-09", "--stage", "primary", "--winner", "Daniel Biss", "--source", URL,
                       "--as-of", "2026-12-07")
    assert published.returncode == 1 and "already published" in published.stderr
    bad = record(data, "IL-09", "--stage", "primary", "--winner", "Daniel Biss", "--source", "http://x.example",
                 "--as-of", "2026-12-10")
    assert bad.returncode == 1 and "https://" in bad.stdout  # the checked copy names the bad link


def test_validate_names_a_result_that_contradicts_the_outcomes(data):
    folder = data / STORY.name
    events = folder / "race_events.csv"
    events.write_text(events.read_text(encoding="utf-8")
                      + "il-09-2026,primary_result,2026-03-17,,Kat Abughazaleh,,,il-elections,\n", encoding="utf-8")
    publish = subprocess.run([sys.executable, "-m", "slate_explorer", "publish", str(folder)], capture_output=True,
                             text=True, cwd=ROOT)
    assert publish.returncode == 1
    assert ("race_events.csv:7: who: Kat Abughazaleh won the primary, but candidates.csv gives their outcome as "
            "'running'") in publish.stdout
