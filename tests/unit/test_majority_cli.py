"""`python -m slate_explorer scenario` on both shipped versions, on any folder, and on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .majority_packages import make_package

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    """The command read on 10 July 2025 unless a test says otherwise: the shipped versions' races are all
    still ahead then, so the figures below do not change with the day the tests run."""
    day = () if "--today" in args else ("--today", "2025-07-10")
    return subprocess.run(
        [sys.executable, "-m", "slate_explorer", "scenario", *args, *day], capture_output=True, text=True, cwd=ROOT
    )


@pytest.mark.parametrize(("version", "house_all"), [("2025-07-10", 102), ("2025-11-25", 101)])
def test_json_on_both_shipped_versions(version, house_all):
    result = cli("--version", version, "--wins", "all", "--prob", "mi-sen-2026=0.4", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["version"] == version
    house = data["chambers"]["us_house"]
    assert house["bloc_after"] == house_all
    speaker = next(t for t in house["thresholds"] if t["action"] == "elect-speaker")
    assert speaker["needed"] == 217 and speaker["short_by"] == 217 - house_all
    assert data["chamber_probabilities"]["us_senate"]["bloc_distribution"] == [
        [1, pytest.approx(0.6)],
        [2, pytest.approx(0.4)],
    ]
    assert data["model"]["caucus_rest_yes"] == 0.5
    assert set(data["sentences"]) >= {"chambers", "planks", "what_it_takes", "model", "notes", "probabilities"}
    assert {p["plank_id"] for p in data["planks"]} == {
        "medicare-for-all",
        "green-new-deal",
        "fare-free-buses",
        "rent-freeze",
        "universal-childcare",
    }
    assert all(isinstance(n["code"], str) for n in data["notes"])


def test_readable_summary():
    result = cli("--wins", "il-09-2026,ca-11-2026,mi-13-2026")
    assert result.returncode == 0, result.stderr
    assert "grows from 95 to 98: 46% of the 213 Democrats." in result.stdout
    assert "Freeze the rent for stabilized tenants would pass" in result.stdout
    assert "This scenario on the site: http://localhost:8501/majority?wins=il-09-2026,ca-11-2026,mi-13-2026&v=" in result.stdout


def test_bad_ids_exit_2_with_a_clear_message():
    result = cli("--wins", "il-09-2026,nowhere-2026,az-07-2025")
    assert result.returncode == 2
    assert "Unknown race id(s): nowhere-2026." in result.stderr
    assert "Already decided (lost, or their election is over), so they cannot be won in a scenario: az-07-2025." in result.stderr
    assert "Races you can choose: il-09-2026" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("prob", ["il-09-2026", "il-09-2026=high", "il-09-2026=1.5", "nowhere=0.3", "ny-14-2026=0.5"])
def test_bad_probabilities_exit_2(prob):
    result = cli("--prob", prob)
    assert result.returncode == 2 and result.stderr.strip() and "Traceback" not in result.stderr


def test_any_data_package_folder(tmp_path):
    folder, _ = make_package(
        tmp_path, replace={"blocs.csv": [("us_house,D,95,progressive", "us_house,D,110,progressive")]}
    )
    result = cli("--data", str(folder), "--wins", "none", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["version"] == folder.name and data["chambers"]["us_house"]["bloc_after"] == 110
    assert data["chambers"]["us_house"]["caucus_majority_met"] is True


@pytest.mark.parametrize("wins", ["today", "TODAY", "all", "none", "il-09-2026,ny-14-2026", "mi-sen-2026,IL-09-2026"])
def test_wins_means_what_the_link_means(wins):
    from slate_explorer.data.versions import load_slate
    from slate_explorer.routes import MajorityState

    result = cli("--version", "2025-11-25", "--wins", wins, "--json")
    assert result.returncode == 0, result.stderr
    state, _notes = MajorityState.parse({"wins": wins}, load_slate("2025-11-25").slate)
    assert tuple(json.loads(result.stdout)["wins"]) == state.wins
