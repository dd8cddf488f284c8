"""Record an election result into an unpublished version folder: a `race_events.csv` result row with its
source, the slate candidates' outcomes and the race's status that follow from it. Plain CSV edits, so the
change reads as a diff; `record-result` then checks the folder as `publish` would.

Public:
- `RecordError`: the race, stage or date does not allow the result (message for the volunteer).
- `record_result(folder, slate, race_id, stage, winner, url, share=None, certified=False) -> str`: the
  source id it added. `slate` is the folder's rows as loaded (the version it was copied from).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

from .models import RaceStatus
from .slate import Slate

EVENT_FIELDS = ["race_id", "kind", "date", "approximate", "who", "share", "certified", "source_id", "note"]
LIVE = {"running", "won_primary", "incumbent", "unknown"}  # outcomes a result settles


class RecordError(ValueError):
    pass


def _rows(path: Path) -> tuple[list[str], list[dict]]:
    if not path.is_file():
        return EVENT_FIELDS, []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _write(path: Path, fields: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _edit(path: Path, change) -> None:
    fields, rows = _rows(path)
    _write(path, fields, change(rows) or rows)


def record_result(folder: Path, slate: Slate, race_id: str, stage: str, winner: str, url: str,
                  share: float | None = None, certified: bool = False) -> str:
    race = slate.find_race(race_id)
    if race is None:
        raise RecordError(f"no race {race_id!r} in {slate.version}")
    day = race.primary_date if stage == "primary" else race.general_date
    as_of = dt.date.fromisoformat(Path(folder).name)
    if day is None or day > as_of:
        raise RecordError(f"{race.id}: its {stage} date is {day or 'not recorded'}, not on or before {as_of}")
    source_id = _add_source(Path(folder), race.id, stage, url, as_of)
    _edit(Path(folder) / "race_events.csv", lambda rows: rows + [{
        "race_id": race.id, "kind": f"{stage}_result", "date": day.isoformat(), "who": winner,
        "share": f"{share:g}" if share is not None else "", "certified": "true" if certified else "",
        "source_id": source_id}])
    won = _settle_candidates(Path(folder), slate, race.id, stage, winner, source_id)
    _settle_race(Path(folder), slate, race.id, stage, won, source_id)
    return source_id


def _add_source(folder: Path, race_id: str, stage: str, url: str, as_of: dt.date) -> str:
    taken = {row["id"] for row in _rows(folder / "sources.csv")[1]}
    source_id, n = f"{race_id}-{stage}-result", 1
    while source_id in taken:
        n += 1
        source_id = f"{race_id}-{stage}-result-{n}"
    host = urlsplit(url).hostname or url
    _edit(folder / "sources.csv", lambda rows: rows + [{
        "id": source_id, "title": f"{race_id}: {stage} result", "publisher": re.sub(r"^www\.", "", host),
        "url": url, "accessed": as_of.isoformat()}])
    return source_id


def _settle_candidates(folder: Path, slate: Slate, race_id: str, stage: str, winner: str, source_id: str) -> bool:
    """The winner's outcome becomes won (won_primary after a primary); the race's other live candidates lost.
    True when the winner is one of the slate's candidates."""
    names = {c.id: c.name for c in slate.candidates_in(race_id)}
    won = any(name.casefold() == winner.casefold() for name in names.values())

    def change(rows):
        for row in rows:
            if row["race_id"] != race_id or row["outcome"] not in LIVE:
                continue
            if row["name"].casefold() == winner.casefold():
                row["outcome"] = "won" if stage == "general" else "won_primary"
            else:
                row["outcome"] = "lost"
            row["source_id"] = source_id

    _edit(folder / "candidates.csv", change)
    return won


def _settle_race(folder: Path, slate: Slate, race_id: str, stage: str, won: bool, source_id: str) -> None:
    """A slate candidate who won the general won the race; with slate candidates and none winning, it is lost."""
    has_candidates = bool(slate.candidates_in(race_id))
    status = RaceStatus.won if won and stage == "general" else RaceStatus.lost if has_candidates and not won else None
    if status is None:
        return

    def change(rows):
        for row in rows:
            if row["id"] == race_id:
                row["status"], row["source_id"] = status.value, source_id

    _edit(folder / "races.csv", change)
