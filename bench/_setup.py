"""Shared bench setup: import the package from the repository and find the offline mirror."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("SLATE_GEODATA_MIRROR") and (ROOT / ".." / "shared" / "geodata").is_dir():
    os.environ["SLATE_GEODATA_MIRROR"] = str((ROOT / ".." / "shared" / "geodata").resolve())
