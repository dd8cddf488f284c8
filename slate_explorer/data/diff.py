"""What changed between two data versions, row by row and field by field; `slate_explorer/changelog.py` says it in words."""

from __future__ import annotations

from dataclasses import dataclass

from .models import TABLES, Row
from .slate import Slate

UNCOMPARED = {"as_of"}  # a new date alone is not a change


@dataclass(frozen=True)
class Change:
    table: str
    key: str  # the row's primary key (never shown to visitors)
    kind: str  # "added", "removed" or "changed"
    fields: tuple[tuple[str, object, object], ...] = ()  # (field, old, new) for "changed"
    before: Row | None = None  # the row in the older version (removed, changed)
    after: Row | None = None  # the row in the newer version (added, changed)


def _rows(slate: Slate, table: str) -> dict[str, Row]:
    return {Slate.row_key(table, r): r for r in slate.rows_of(table)}


def diff(old: Slate, new: Slate, tables=tuple(TABLES)) -> list[Change]:
    changes = []
    for table in tables:
        before, after = _rows(old, table), _rows(new, table)
        for key in sorted(after.keys() - before.keys()):
            changes.append(Change(table, key, "added", after=after[key]))
        for key in sorted(before.keys() - after.keys()):
            changes.append(Change(table, key, "removed", before=before[key]))
        for key in sorted(before.keys() & after.keys()):
            a, b = before[key].model_dump(), after[key].model_dump()
            fields = tuple((f, a[f], b[f]) for f in a if a[f] != b[f] and f not in UNCOMPARED)
            if fields:
                changes.append(Change(table, key, "changed", fields, before[key], after[key]))
    return changes
