"""AppTest of home: the numbers drawn are `scenario --json`'s for the same wins, dates are never past,
the Find box hands its question to /find without a URL, and the PNG is offered in both languages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from tests.apptest.conftest import ROOT, run_page, texts
from tests.home_fixture import home_data_root


@pytest.fixture
def december(tmp_path, monkeypatch):
    root = home_data_root(tmp_path)
    monkeypatch.setenv("SLATE_DATA_DIR", str(root))
    monkeypatch.setenv("SLATE_TODAY", "2026-12-06")
    return root


def drawn(at) -> dict[str, tuple[int, int]]:
    """chamber id -> (bloc today, bloc then) as the page's strips carry them."""
    html = "\n".join(m.value for m in at.markdown)
    found = re.findall(r'data-chamber="([a-z_]+)" data-today="(\d+)" data-then="(\d+)"', html)
    return {cid: (int(a), int(b)) for cid, a, b in found}


def scenario_json(root, wins: str, today: str = "2026-12-06") -> dict:
    """The scenario command read on the page's day (SLATE_TODAY of the fixture below)."""
    out = subprocess.run([sys.executable, "-m", "slate_explorer", "scenario", "--json", "--wins", wins, "--today", today],
                         cwd=ROOT, env={**os.environ, "SLATE_DATA_DIR": str(root)}, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


def test_home_numbers_equal_the_scenario_command(december):
    at = run_page("home")
    shown = drawn(at)
    assert list(shown) == ["us_house", "us_senate", "ny_assembly", "ny_senate"]
    link = re.search(r'href="/majority\?wins=([a-z0-9,-]+)"', "\n".join(m.value for m in at.markdown)).group(1)
    assert link == "all"  # every open race: the link says so in one word (routes/scenario_values.py)
    today, then = scenario_json(december, "none"), scenario_json(december, link)
    for cid, (bloc_today, bloc_then) in shown.items():
        assert bloc_today == today["chambers"][cid]["bloc_after"]
        assert bloc_then == then["chambers"][cid]["bloc_after"]
    page = texts(at)
    assert "95 today → 98 of 435" in page and "60: cloture (3/5)" in page
    assert "Today, and if the slate won the 4 races already held whose results are not recorded (assumed won)." in page
    assert "wins the" not in page  # every race of the picture has been held: never spoken of as to come
    (assumed,) = [n for n in then["notes"] if n["code"] == "assumed_won"]  # the command labels the same four
    assert len(assumed["offices"]) == 4
    passing = sum(p["passes"] for p in then["planks"])
    assert f"The shared agenda then: {passing} of {len(then['planks'])} planks pass" in page
    assert "1 of 42 possible cross-endorsement" in page and 'href="/agenda"' in page


def test_home_says_plainly_when_no_date_is_ahead(december):
    page = texts(run_page("home"))
    assert "No election dates ahead in this data version (as of 25 November 2025)." in page
    assert "2026: primary" not in page and "Running" not in page


def test_home_lists_only_dates_still_ahead(december, monkeypatch):
    monkeypatch.setenv("SLATE_TODAY", "2026-06-10")  # after the IL and CA primaries, before Michigan's
    page = texts(run_page("home"))
    assert "4 August 2026: Primary: U.S. Senator from Michigan" in page  # the calendar's own line
    listed = page.split("What comes next", 1)[1].split("Data version", 1)[0]  # not the sources' titles
    assert "17 March 2026" not in listed and "2 June 2026" not in listed  # past dates are never "ahead"
    dates = re.findall(r"^- (\d+ \w+ 20\d\d):", page, flags=re.M)
    assert dates and all(d.endswith("2026") for d in dates)
    assert "No election dates ahead" not in page


def test_home_in_spanish_with_its_png(december):
    at = run_page("home", lang="es")
    page = texts(at)
    assert "Lo que la lista tendría y aprobaría" in page and "95 hoy → 98 de 435" in page
    assert 'href="/majority?wins=all&amp;lang=es"' in "".join(
        m.value for m in at.markdown)
    (button,) = [b for b in at.get("download_button") if "PNG" in b.proto.label and "QR" not in b.proto.label]
    assert button.proto.label == "Descargar esta imagen (PNG)"


def test_find_box_hands_the_question_to_find_without_a_url(december):
    at = run_page("home")
    at.text_input(key="home_find").input("NY-14")
    next(b for b in at.button if b.proto.label == "Find my districts").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["find_query"].kind == "district" and at.session_state["find_query"].text == "NY-14"
    assert "New York's 14th district" in texts(at)  # /find answered it
    assert at.query_params.get("district") in (["NY-14"], "NY-14")


def test_find_box_says_what_was_wrong(december):
    at = run_page("home")
    at.text_input(key="home_find").input("   ")
    next(b for b in at.button if b.proto.label == "Find my districts").click()
    at.run()
    assert any("Type a ZIP code" in w.value for w in at.warning)
