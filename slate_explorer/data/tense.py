"""Notes that state a dated event as still ahead ("The primary is on 4 August 2026", "Biss faces ...",
"runs for re-election"): true the month they were written, false once the event has passed. A race's story
belongs in race_events.csv, whose dates let each page choose the tense of the day it is read.

`validate` and `publish` report these as warnings on standard error, by FILE:ROW: field (published versions
are frozen and stay valid); tests/unit/test_tense.py keeps the newest shipped version free of them.

Public:
- `AHEAD`: the words that speak of an event as still to come.
- `ahead_problems(tables) -> list[Problem]`: one per note or summary that uses them.
- `folder_ahead_problems(folder) -> list[Problem]`: the same, read from a version folder's CSV files.
"""

from __future__ import annotations

import re
from pathlib import Path

from .models import TABLES, Row
from .problems import Problem

AHEAD = re.compile(r"\b(will|is on|are on|faces|face|is challenging|challenges|is running|are running|is retiring|"
                   r"is not seeking|runs for|running for|is scheduled|takes office)\b", re.IGNORECASE)
CHECKED = ("status_note", "summary", "note")  # free prose; never a source's note (a citation stays as published)
SKIPPED_TABLES = ("sources", "planks")  # planks describe a platform, in the present tense by nature


def ahead_problems(tables: dict[str, list[tuple[int, Row]]]) -> list[Problem]:
    problems = []
    for table, rows in tables.items():
        if table in SKIPPED_TABLES:
            continue
        for line, row in rows:
            for field in CHECKED:
                found = AHEAD.search(getattr(row, field, None) or "")
                if found:
                    problems.append(Problem(f"{table}.csv", line, field, f"states a dated event as ahead "
                                            f"({found.group(0)!r}): write it in the past tense, or as a dated row "
                                            "of race_events.csv, so pages choose the tense of the day they are read"))
    return problems


def folder_ahead_problems(folder: Path) -> list[Problem]:
    from .validate import read_rows  # validate imports nothing from here

    return ahead_problems({table: read_rows(Path(folder) / f"{table}.csv", model)[0] for table, model in TABLES.items()})
