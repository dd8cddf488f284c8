"""`python -m slate_explorer agenda`: the same figures as the page, for both shipped versions."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "slate_explorer", "agenda", *args], capture_output=True, text=True, cwd=ROOT)


def test_json_on_both_versions_with_change():
    july = json.loads(cli("--version", "2025-07-10", "--json").stdout)
    assert july["unity"] == {"existing": 1, "possible": 56, "share": 1 / 56}
    assert "change" not in july  # nothing older to compare with
    november = json.loads(cli("--version", "2025-11-25", "--json").stdout)
    assert november["unity"] == {"existing": 1, "possible": 42, "share": 1 / 42}
    assert november["candidate_unity"]["zohran-mamdani"] == {"existing": 1, "possible": 12, "share": 1 / 12}
    assert len(november["isolated"]) == 5 and november["coordination"] == {
        "joint_event": [], "joint_fundraiser": [], "shared_media": []}
    assert november["change"]["from"] == "2025-07-10" and november["change"]["left"] == ["deja-foxx"]


def test_text_and_bad_compare():
    result = cli("--version", "2025-11-25", "--compare", "none")
    assert result.returncode == 0 and "Unity score: 1 of 42 possible cross-endorsements (2.4%)" in result.stdout
    assert "From 2025-07-10" not in result.stdout
    bad = cli("--compare", "1999-01-01")
    assert bad.returncode == 1 and "cannot compare with version '1999-01-01'" in bad.stderr and "Traceback" not in bad.stderr
