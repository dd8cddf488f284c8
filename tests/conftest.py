"""Shared test setup: every test uses the offline geodata mirror, never the internet, and reads the
fixture data versions (tests/versions.py), never the shipped ones unless it asks for them."""

from __future__ import annotations

import os

from tests.versions import FIXTURES, ROOT

os.environ.setdefault("SLATE_GEODATA_MIRROR", str((ROOT / ".." / "shared" / "geodata").resolve()))
os.environ["SLATE_DATA_DIR"] = str(FIXTURES)
