"""What changed between two data versions, row by row and field by field (the changelog)."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import N_, _
from .models import TABLES
from .slate import Slate


KINDS = {"added": N_("{table}: {key} added"), "removed": N_("{table}: {key} removed")}


@dataclass(frozen=True)
class Change:
    table: str
    key: str
    kind: str  # "added", "removed" or "changed"
    fields: tuple[tuple[str, object, object], ...] = ()  # (field, old, new) for "changed"

    def describe(self) -> str:
        """In the visitor's language; table, key, field names and values stay as published."""
        if self.kind != "changed":
            return _(KINDS[self.kind]).format(table=self.table, key=self.key)
        parts = "; ".join(f"{f}: {_show(old)} → {_show(new)}" for f, old, new in self.fields)
        return _("{table}: {key} changed ({fields})").format(table=self.table, key=self.key, fields=parts)


def _show(value) -> str:
    if value is None:
        return _("(blank)")
    return str(getattr(value, "value", value))


def _rows(slate: Slate, table: str) -> dict[str, object]:
    return {Slate.row_key(table, r): r for r in slate.rows_of(table)}


def diff(old: Slate, new: Slate, tables=tuple(TABLES)) -> list[Change]:
    changes = []
    for table in tables:
        before, after = _rows(old, table), _rows(new, table)
        for key in sorted(after.keys() - before.keys()):
            changes.append(Change(table, key, "added"))
        for key in sorted(before.keys() - after.keys()):
            changes.append(Change(table, key, "removed"))
        for key in sorted(before.keys() & after.keys()):
            a, b = before[key].model_dump(), after[key].model_dump()
            fields = tuple((f, a[f], b[f]) for f in a if a[f] != b[f] and f != "as_of")
            if fields:
                changes.append(Change(table, key, "changed", fields))
    return changes
