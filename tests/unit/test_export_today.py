"""The static export read on a given day (`export --today`): finished races say "Result not recorded"."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from slate_explorer.geo.build import ensure_layers
from slate_explorer.mapview import publish
from slate_explorer.share.export import export_site

from .dates_fixture import AFTER_NOVEMBER, BEFORE_NOVEMBER, DATA_DIR, SLATE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(bool(publish.vendor_missing()), reason="run scripts/vendor-js.sh first")


@pytest.fixture(scope="module")
def december(tmp_path_factory):
    ensure_layers()
    out = tmp_path_factory.mktemp("site-december")
    export_site(SLATE, out, today=AFTER_NOVEMBER)
    return out


def test_race_page_and_index_after_the_election(december):
    race = (december / "races" / "mi-13-2026.html").read_text(encoding="utf-8")
    assert "<strong>Result not recorded</strong> (R)" in race
    assert "Challenger</strong>" not in race and "Won the primary" not in race and "Running" not in race
    index = (december / "index.html").read_text(encoding="utf-8")
    # Issue 24: each page says it in one line with a link; the index lists the elections held since.
    assert "4 elections have taken place since; their results are not recorded in this version." in race
    assert 'href="../index.html#held">Which elections</a>' in race and race.count("<li>") < index.count("<li>")
    held = index.split('<section id="held"', 1)[1].split("</section>", 1)[0]
    assert held.count("<li>") == 4
    assert "Resultado no registrado" in (december / "es" / "races" / "mi-13-2026.html").read_text(encoding="utf-8")
    assert re.search(r'"MI-13":\{[^}]*"s":"result_not_recorded"', (december / "races" / "level-us_house.js").read_text(encoding="utf-8"))
    assert "4 elections have taken place since" in race  # counted on a race page, listed on the index


def test_before_the_election_nothing_changes(tmp_path):
    export_site(SLATE, tmp_path, today=BEFORE_NOVEMBER)
    race = (tmp_path / "races" / "mi-13-2026.html").read_text(encoding="utf-8")
    assert "<strong>Challenger</strong>" in race and "taken place since" not in race and 'id="held"' not in race


def test_cli_takes_today(tmp_path):
    out = subprocess.run([sys.executable, "-m", "slate_explorer", "export", "--data", str(DATA_DIR / "2026-09-01"),
                          "--out", str(tmp_path), "--today", "2026-12-02"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "Result not recorded" in (tmp_path / "races" / "ca-11-2026.html").read_text(encoding="utf-8")
