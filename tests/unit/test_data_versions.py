"""The validator and the version loader, on the fixture versions (tests/versions.py) and on broken copies."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from slate_explorer.data.validate import validate_folder
from slate_explorer.data.versions import list_versions, load_slate

from tests.versions import FIXTURES, ROOT


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "slate_explorer", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    """A copy of the newest version with a missing field, a dangling reference, a duplicate id and a javascript: link."""
    folder = tmp_path / "2025-11-25"
    shutil.copytree(FIXTURES / "2025-11-25", folder)
    races = (folder / "races.csv").read_text().splitlines()
    races[1] = races[1].replace(",us_house,AZ-07,AZ,", ",us_house,AZ-07,,", 1)  # state blank: required
    races.append(races[2])  # duplicate of il-09-2026
    (folder / "races.csv").write_text("\n".join(races) + "\n")
    cands = (folder / "candidates.csv").read_text().replace("kat-abughazaleh,Kat Abughazaleh,il-09-2026", "kat-abughazaleh,Kat Abughazaleh,il-99-2026")
    cands = cands.replace("https://www.zohranfornyc.com/", "javascript:alert(1)")
    (folder / "candidates.csv").write_text(cands)
    return folder


def test_both_fixture_versions_validate():
    assert list_versions() == ["2025-07-10", "2025-11-25"]  # tests/conftest.py points SLATE_DATA_DIR at them
    for version in list_versions(FIXTURES):
        slate, problems = validate_folder(FIXTURES / version)
        assert problems == [], [str(p) for p in problems]
        assert slate.version == version


def test_cli_validate_green_on_the_fixture_versions():
    result = cli("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("2 version(s) valid")


def test_validator_names_every_problem_with_file_and_row(broken_copy: Path):
    _, problems = validate_folder(broken_copy)
    lines = [str(p) for p in problems]
    assert "races.csv:2: state: required" in lines
    assert "races.csv:14: id: duplicate id 'il-09-2026' (first on row 3)" in lines
    assert "candidates.csv:3: race_id: refers to unknown races id 'il-99-2026'" in lines
    assert any(line.startswith("candidates.csv:8: website: links must be https://") for line in lines), lines
    # Edited files no longer match the published checksums.
    assert any(line.startswith("races.csv: hash: checksum") for line in lines), lines


def test_cli_validate_reports_and_exits_1(broken_copy: Path):
    result = cli("validate", str(broken_copy))
    assert result.returncode == 1
    assert f"{broken_copy}/races.csv:2: state: required" in result.stdout
    assert f"{broken_copy}/candidates.csv:8: website: links must be https://" in result.stdout
    assert result.stdout.strip().endswith("1 of 1 version(s) failed validation")


def test_broken_newest_version_falls_back_to_last_valid(tmp_path: Path, broken_copy: Path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "2025-07-10", root / "2025-07-10")
    shutil.copytree(broken_copy, root / "2025-11-25")
    loaded = load_slate(root=root)
    assert loaded.slate is not None and loaded.slate.version == "2025-07-10"
    assert "2025-11-25" in loaded.skipped
    assert any("last valid version" in n for n in loaded.notices)


def test_pinned_version_and_unknown_pin(tmp_path: Path):
    assert load_slate("2025-07-10", root=FIXTURES).slate.version == "2025-07-10"
    loaded = load_slate("1999-01-01", root=FIXTURES)
    assert loaded.slate.version == "2025-11-25"
    assert any("does not exist" in n for n in loaded.notices)


def test_invalid_json_descriptor_is_reported(tmp_path: Path):
    folder = tmp_path / "2025-11-25"
    shutil.copytree(FIXTURES / "2025-11-25", folder)
    (folder / "datapackage.json").write_text("{not json")
    _, problems = validate_folder(folder)
    assert str(problems[0]).startswith("datapackage.json:1: (whole file): not valid JSON")


def test_descriptor_records_schema_and_foreign_keys():
    meta = json.loads((FIXTURES / "2025-11-25" / "datapackage.json").read_text())
    races = next(r for r in meta["resources"] if r["name"] == "races")
    assert races["hash"].startswith("sha256:")
    assert {"fields": "candidate_id", "reference": {"resource": "candidates", "fields": "id"}} in next(
        r for r in meta["resources"] if r["name"] == "positions"
    )["schema"]["foreignKeys"]


def test_races_json_lists_races():
    result = cli("races", "--json", "--version", "2025-07-10")
    data = json.loads(result.stdout)
    by_id = {r["id"]: r for r in data["races"]}
    assert by_id["ca-11-2026"]["status"] == "challenger"
    assert by_id["mi-sen-2026"]["candidates"] == ["Abdul El-Sayed", "Mallory McMorrow"]


def test_publish_then_validate_a_new_version(tmp_path: Path):
    folder = tmp_path / "2026-01-15"
    shutil.copytree(FIXTURES / "2025-11-25", folder)
    races = (folder / "races.csv").read_text().replace("Open seat: Rep. Jan Schakowsky", "Open seat (edited): Rep. Jan Schakowsky")
    (folder / "races.csv").write_text(races)
    assert validate_folder(folder)[1], "an edit must break the old checksums"
    result = cli("publish", str(folder), "--title", "A test version")
    assert result.returncode == 0, result.stdout
    slate, problems = validate_folder(folder)
    assert problems == [] and slate.title == "A test version"
    assert slate.races["il-09-2026"].status_note.startswith("Open seat (edited)")


def test_previous_valid_skips_a_broken_version_between(tmp_path: Path):
    """One rule for "the previous version" (data page, agenda page, agenda CLI): the newest older one that validates."""
    from slate_explorer.data.versions import previous_valid
    from tests.hostile_data import broken_copy, copy_version

    copy_version(tmp_path, "2025-07-10")
    broken_copy(tmp_path, "2025-09-01", from_version="2025-07-10")
    (tmp_path / "2025-11-25").mkdir()
    assert previous_valid("2025-11-25", root=tmp_path).version == "2025-07-10"
    assert previous_valid("2025-07-10", root=tmp_path) is None


def test_cli_agenda_compares_with_the_previous_valid_version(tmp_path: Path):
    from tests.hostile_data import broken_copy, copy_version

    copy_version(tmp_path, "2025-07-10")
    broken_copy(tmp_path, "2025-09-01", from_version="2025-07-10")
    copy_version(tmp_path, "2025-11-25")
    result = subprocess.run([sys.executable, "-m", "slate_explorer", "agenda", "--json"], capture_output=True, text=True,
                            cwd=ROOT, env={**__import__("os").environ, "SLATE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["change"]["from"] == "2025-07-10"


def test_new_version_copies_the_newest_valid_unpublished_and_never_overwrites(tmp_path: Path):
    import os

    copy = shutil.copytree(FIXTURES, tmp_path / "data")
    env = {**os.environ, "SLATE_DATA_DIR": str(copy)}
    run = lambda *a: subprocess.run([sys.executable, "-m", "slate_explorer", *a], capture_output=True, text=True, cwd=ROOT, env=env)  # noqa: E731
    result = run("new-version", "2026-02-01")
    assert result.returncode == 0, result.stderr
    new = copy / "2026-02-01"
    assert sorted(p.name for p in new.iterdir()) == sorted(p.name for p in (copy / "2025-11-25").iterdir() if p.name != "datapackage.json")
    assert (new / "races.csv").read_bytes() == (copy / "2025-11-25" / "races.csv").read_bytes()
    assert "publish" in result.stdout
    again = run("new-version", "2026-02-01")
    assert again.returncode == 1 and "never overwritten" in again.stderr
    assert run("new-version", "2025-01-01").returncode == 1  # not after the newest
    assert run("new-version", "2026-02-30").returncode == 2  # not a date
    assert run("publish", str(new), "--title", "February").returncode == 0
    diff = run("diff", "2025-11-25", "2026-02-01")
    assert diff.returncode == 0 and diff.stdout.strip() == "2025-11-25 → 2026-02-01: 0 changes"


def test_a_failed_newest_version_writes_one_operator_log_line_and_no_instruction_for_voters(tmp_path, capsys):
    """Issue 26: visitors saw a notice, operators nothing; with no valid version voters read `validate` advice."""
    from tests.hostile_data import broken_copy as broken_version, copy_version

    copy_version(tmp_path, "2025-07-10")
    broken_version(tmp_path, "2025-11-25")
    loaded = load_slate(root=tmp_path)
    assert loaded.slate.version == "2025-07-10"
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and lines[0]["event"] == "data_version_failed"
    assert lines[0]["version"] == "2025-11-25" and lines[0]["serving"] == "2025-07-10"
    assert 1 <= len(lines[0]["first_problems"]) <= 3 and lines[0]["problem_count"] >= len(lines[0]["first_problems"])
    assert lines[0]["first_problems"][0] == str(loaded.skipped["2025-11-25"][0])
    load_slate(root=tmp_path)  # the next page run: the same broken version is not logged again
    assert "data_version_failed" not in capsys.readouterr().err

    shutil.rmtree(tmp_path / "2025-07-10")
    nothing = load_slate(root=tmp_path)
    assert nothing.slate is None and nothing.notices == ("No valid data version was found.",)
    logged = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert logged["serving"] is None and logged["version"] == "2025-11-25"
