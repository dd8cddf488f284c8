"""Write a version's `datapackage.json` (Frictionless Data Package) from the row models and files.

Run once when a new version is ready: it records each table's schema, foreign keys and sha256, so a
later edit of a published version is caught by `validate`.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from enum import Enum
from pathlib import Path

from .models import FOREIGN_KEYS, OPTIONAL_TABLES, PRIMARY_KEYS, TABLES
from .validate import DESCRIPTOR, file_sha256

FRICTIONLESS_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", dt.date: "date", list: "array"}


def _field_type(annotation) -> str:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _field_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return _field_type(next(a for a in typing.get_args(annotation) if a is not type(None)))
    if origin is list:
        return "string"  # stored as a ';'-separated list in one cell
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "string"
    return FRICTIONLESS_TYPES.get(annotation, "string")


def table_schema(table: str) -> dict:
    model = TABLES[table]
    fields = []
    for name, info in model.model_fields.items():
        spec = {"name": name, "type": _field_type(info.annotation)}
        if info.is_required():
            spec["constraints"] = {"required": True}
        if isinstance(info.annotation, type) and issubclass(info.annotation, Enum):
            spec.setdefault("constraints", {})["enum"] = [e.value for e in info.annotation]
        fields.append(spec)
    schema = {"fields": fields, "primaryKey": list(PRIMARY_KEYS[table])}
    refs = [
        {"fields": column, "reference": {"resource": target, "fields": PRIMARY_KEYS[target][0]}}
        for column, target in FOREIGN_KEYS.get(table, {}).items()
    ]
    if refs:
        schema["foreignKeys"] = refs
    return schema


def describe(folder: Path, title: str, description: str, sources: list[dict], *, created: dt.datetime) -> dict:
    folder = Path(folder)
    resources = []
    for table in TABLES:
        path = folder / f"{table}.csv"
        if table in OPTIONAL_TABLES and not path.exists():
            continue
        resources.append(
            {
                "name": table,
                "path": path.name,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "hash": f"sha256:{file_sha256(path)}",
                "bytes": path.stat().st_size,
                "schema": table_schema(table),
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": f"slate-explorer-{folder.name}",
        "title": title,
        "description": description,
        "version": folder.name,
        "as_of": folder.name,
        "created": created.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "licenses": [{"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/", "title": "CC0 1.0"}],
        "sources": sources,
        "resources": resources,
    }


def publish(folder: Path, title: str, description: str, sources: list[dict] | None = None, *,
            created: dt.datetime) -> Path:
    """Write (or refresh) datapackage.json for a version folder that is not yet published; `created` is the
    moment of publishing (the command reads the clock; this package never does)."""
    folder = Path(folder)
    meta = describe(folder, title, description, sources or [], created=created)
    out = folder / DESCRIPTOR
    out.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
