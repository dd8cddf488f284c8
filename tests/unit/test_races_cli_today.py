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


def test_table_shows_the_phase_and_a_bad_day_is_refused():
    out = races("--today", "2026-10-01")
    line = next(l for l in out.stdout.splitlines() if l.startswith("mi-13-2026"))
    assert "upcoming" in line and "general 2026-11-03" in line
    bad = races("--today", "2 December")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
