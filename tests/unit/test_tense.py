"""Notes that state a dated event as ahead are flagged: `validate` and `publish` warn by file, row and field,
and the newest shipped version carries none (data/tense.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys

from slate_explorer.data.tense import folder_ahead_problems
from slate_explorer.data.versions import list_versions
from tests.versions import FIXTURES, ROOT, SHIPPED


def cli(*args):
    return subprocess.run([sys.executable, "-m", "slate_explorer", *args], capture_output=True, text=True, cwd=ROOT)


def test_the_newest_shipped_version_states_no_dated_event_as_ahead():
    newest = list_versions(SHIPPED)[-1]
    assert [str(p) for p in folder_ahead_problems(SHIPPED / newest)] == []


def test_a_future_tense_note_is_named_by_file_row_and_field_when_published(tmp_path):
    folder = tmp_path / "2026-12-08"
    shutil.copytree(FIXTURES / "2025-11-25", folder)
    (folder / "datapackage.json").unlink()
    races = folder / "races.csv"
    races.write_text(races.read_text(encoding="utf-8").replace(
        "Open seat: Rep. Jan Schakowsky is not seeking re-election",
        "Open seat: the primary is on 17 March 2026; Rep. Jan Schakowsky did not seek re-election"), encoding="utf-8")
    (problem,) = [p for p in folder_ahead_problems(folder) if p.row == 3]
    assert (problem.file, problem.field) == ("races.csv", "status_note") and "'is on'" in problem.message
    out = cli("publish", str(folder), "--title", "t")
    assert out.returncode == 0 and "races.csv:3: status_note: states a dated event as ahead ('is on')" in out.stderr


def test_validate_only_warns_of_a_published_version_with_such_notes():
    out = cli("validate", str(FIXTURES / "2025-11-25"))
    assert out.returncode == 0 and out.stdout.startswith("1 version(s) valid")
    assert "states a dated event as ahead" in out.stderr  # the 2025 notes were written in the tense of 2025
