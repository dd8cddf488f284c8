"""A data version with the House tables (members, caucus lists, stated sizes, 2024 results): the 2026-07-02
slate with the tables scripts/house_tables.py writes from ../shared/sources, frozen for tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.versions import ROOT

HOUSE_FIXTURE = ROOT / "tests" / "fixtures" / "house" / "2026-07-02"


def copy_house(tmp_path: Path) -> Path:
    return shutil.copytree(HOUSE_FIXTURE, tmp_path / HOUSE_FIXTURE.name)


def edit_rows(folder: Path, table: str, change) -> None:
    """Rewrite a table's lines (header kept) through `change(lines) -> lines`."""
    path = folder / f"{table}.csv"
    header, *lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([header, *change(lines)]) + "\n", encoding="utf-8")
