"""The small data version the dates tests read: tests/fixtures/dates/2026-09-01 (not real results).

Built from the shipped 2025-11-25 version: IL-09 lost (primary, 17 March 2026); MI-13 and the Michigan
Senate race past their primaries (won_primary; McMorrow withdrew), general on 3 November 2026; CA-11 still
"running" after its 2 June primary; a target race NY-15 in 2028 added. As of 1 September 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from slate_explorer.data.validate import load_folder

DATA_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "dates"
SLATE = load_folder(DATA_DIR / "2026-09-01")
BEFORE_NOVEMBER = dt.date(2026, 10, 1)
AFTER_NOVEMBER = dt.date(2026, 12, 2)
