"""A data root of its own for the home-page tests: one copy of the 2025-11-25 fixture version (tests/versions.py;
published versions never change), so the facts these tests assert hold whatever newer versions the project ships."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.versions import FIXTURES

VERSION = "2025-11-25"


def home_data_root(tmp_path: Path) -> Path:
    root = tmp_path / "slate_data"
    shutil.copytree(FIXTURES / VERSION, root / VERSION)
    return root
