"""Build data versions for attack and failure drills in a temporary folder (never in slate_data/).

`hostile_version` copies the newest fixture version, writes HTML/JS/markdown payloads into every
text field a page shows (names, offices, notes, summaries, titles), and republishes it with
`python -m slate_explorer publish`, so it is a valid version the app serves. `broken_copy` makes a
newer version that fails validation. Payloads go only in text fields: link fields must be https://
(a `javascript:` link is rejected by validation, which tests/unit checks).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

from tests.versions import FIXTURES, NEWER, ROOT

NEWEST = NEWER

# Each payload sets window.__pwned or opens a dialog if it ever runs; the marker shows it as text.
PAYLOADS = (
    "<img src=x onerror=window.__pwned=1>",
    "<script>window.__pwned=1</script>",
    "<svg onload=alert(1)>",
    "[click me](javascript:window.__pwned=1)",
    "<a href=\"javascript:window.__pwned=1\">link</a>",
    "javascript:window.__pwned=1",
    "<iframe srcdoc=\"<script>parent.__pwned=1</script>\">",
    "**bold** :red[red] $x$",
)
MARKER = "window.__pwned=1"

# table -> text columns that pages show. Every row of these gets a payload appended.
TEXT_FIELDS = {
    "races": ("office", "status_note", "incumbent"),
    "candidates": ("name", "summary"),
    "planks": ("title", "summary"),
    "chambers": ("name", "note"),
    "sources": ("title", "publisher", "note"),
    "blocs": ("name", "note"),
    "endorsements": ("endorser_name", "note"),
}


def _rewrite(path: Path, edit) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for i, row in enumerate(rows):
        edit(i, row)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def publish(folder: Path, title: str, description: str = "") -> None:
    result = subprocess.run(
        [sys.executable, "-m", "slate_explorer", "publish", str(folder), "--title", title, "--description", description],
        cwd=ROOT, capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"publish failed:\n{result.stdout}\n{result.stderr}")


def hostile_version(root: Path, version: str = NEWEST) -> Path:
    """root/<version>: the shipped data with payloads in every shown text field, published."""
    folder = Path(root) / version
    shutil.copytree(FIXTURES / version, folder)
    for table, columns in TEXT_FIELDS.items():
        def edit(i, row, columns=columns):
            for column in columns:
                if column in row and row[column] is not None:
                    row[column] = f"{row[column]} {PAYLOADS[i % len(PAYLOADS)]}".strip()
        _rewrite(folder / f"{table}.csv", edit)
    publish(folder, f"Hostile test data {PAYLOADS[0]}", f"Description {PAYLOADS[1]}")
    return folder


def broken_copy(root: Path, version: str, from_version: str = NEWEST) -> Path:
    """root/<version>: a copy of a fixture version edited after publishing, so it fails validation."""
    folder = Path(root) / version
    shutil.copytree(FIXTURES / from_version, folder)
    _rewrite(folder / "races.csv", lambda i, row: row.update(office=row["office"] + " (edited)"))
    return folder


def copy_version(root: Path, version: str) -> Path:
    folder = Path(root) / version
    shutil.copytree(FIXTURES / version, folder)
    return folder
