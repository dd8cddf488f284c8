"""`races --json --today`: each race's phase and the date that decides it (fixture version)."""

import json
import subprocess
import sys
from pathlib import Path

from .dates_fixture import DATA_DIR

ROOT = Path(__file__).resolve().parents[2]


def races(*args):
    return subprocess.run([sys.executable, "-m", "slate_explorer", "races", "--data", str(DATA_DIR / "2026-09-01"), *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_json_gives_phase_and_deciding_date():
    out = races("--json", "--today", "2026-12-02")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["today"] == "2026-12-02"
    rows = {r["id"]: r for r in data["races"]}
    assert (rows["il-09-2026"]["phase"], rows["il-09-2026"]["deciding_date"], rows["il-09-2026"]["deciding_election"]) == (
        "decided", "2026-03-17", "primary")
    assert (rows["mi-sen-2026"]["phase"], rows["mi-sen-2026"]["deciding_date"]) == ("awaiting_result", "2026-11-03")
    assert rows["mi-sen-2026"]["shown_status"] == "result_not_recorded"
    assert rows["ny-15-2028"]["phase"] == "upcoming"


def test_table_has_a_header_row_and_the_map_pages_words():
    out = races("--today", "2026-10-01")
    header, *lines = out.stdout.splitlines()
    assert header.split()[:3] == ["Race", "District", "Office"] and "Slate candidates" in header
    line = next(l for l in lines if l.startswith("mi-13-2026"))
    assert "MI-13" in line and "3 November 2026" in line and "Challenger (C)" in line
    held = next(l for l in races("--today", "2026-12-02").stdout.splitlines() if l.startswith("mi-sen-2026"))
    assert "Result not recorded (R)" in held and "awaiting_result" not in held


def test_table_in_spanish():
    header, *lines = races("--today", "2026-12-02", "--lang", "es").stdout.splitlines()
    assert header.startswith("Contienda") and "Candidaturas de la lista" in header
    assert "Resultado no registrado (R)" in next(l for l in lines if l.startswith("mi-sen-2026"))


def test_a_bad_day_is_refused():
    bad = races("--today", "2 December")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
