"""Where tests find data versions.

Tests that need particular facts read the frozen fixture versions under `tests/fixtures/versions/`
(copies of the 2025 versions, published by the project's own `publish`): tests/conftest.py points
SLATE_DATA_DIR there, so the app, the CLI and `load_slate()` see them by default. The shipped
versions under `slate_data/` are only checked for what holds for any valid version
(tests/unit/test_shipped_versions.py, tests/apptest/test_shipped_pages.py), so adding a version
breaks no test.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "versions"
SHIPPED = ROOT / "slate_data"
OLDER, NEWER = "2025-07-10", "2025-11-25"  # the two fixture versions (the letter; after November 2025)
