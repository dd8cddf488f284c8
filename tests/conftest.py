"""Shared test setup: every test uses the offline geodata mirror, never the internet."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("SLATE_GEODATA_MIRROR", str((ROOT / ".." / "shared" / "geodata").resolve()))
