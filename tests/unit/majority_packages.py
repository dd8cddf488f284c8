"""Synthetic data-package folders for the majority tests: a fixture version with a few rows changed."""

from __future__ import annotations

import datetime as dt

import shutil
from pathlib import Path

from slate_explorer.data.publish import publish
from slate_explorer.data.validate import load_folder

from tests.versions import FIXTURES


def make_package(tmp_path: Path, base: str = "2025-11-25", name: str = "2030-01-01", replace=None, append=None):
    """Copy `base`, apply {file: [(old, new), ...]} replacements and {file: [row, ...]} appends, publish, load."""
    folder = tmp_path / name
    shutil.copytree(FIXTURES / base, folder)
    for file, pairs in (replace or {}).items():
        text = (folder / file).read_text(encoding="utf-8")
        for old, new in pairs:
            assert old in text, f"{old!r} not in {file}"
            text = text.replace(old, new)
        (folder / file).write_text(text, encoding="utf-8")
    for file, rows in (append or {}).items():
        with (folder / file).open("a", encoding="utf-8") as handle:
            handle.writelines(row.rstrip("\n") + "\n" for row in rows)
    publish(folder, "Synthetic test version", "Built by a test from a fixture version.",
            created=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    return folder, load_folder(folder)
