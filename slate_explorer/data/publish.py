"""Write a version's `datapackage.json` (Frictionless Data Package) from the row models and files.

Run once when a new version is ready: it records each table's schema, foreign keys and sha256, so a
later edit of a published version is caught by `validate`. `refresh_schemas` rewrites only the schemas of
a published version (when the models' published constraints grew): its files, checksums and dates stay.
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
    """A table's Frictionless schema, written from its row model: each field's type and every constraint
    the model enforces (required, pattern, enum, minimum, maximum, their exclusive forms), keys and foreign keys."""
    model = TABLES[table]
    json_schema = model.model_json_schema()
    fields = []
    for name, info in model.model_fields.items():
        spec = {"name": name, "type": _field_type(info.annotation)}
        constraints = field_constraints(json_schema["properties"][name], json_schema.get("$defs", {}), info.is_required())
        if constraints:
            spec["constraints"] = constraints
        fields.append(spec)
    schema = {"fields": fields, "primaryKey": list(PRIMARY_KEYS[table])}
    refs = [
        {"fields": column, "reference": {"resource": target, "fields": PRIMARY_KEYS[target][0]}}
        for column, target in FOREIGN_KEYS.get(table, {}).items()
    ]
    if refs:
        schema["foreignKeys"] = refs
    return schema


def field_constraints(prop: dict, defs: dict, required: bool) -> dict:
    """One field's constraints from the model's JSON schema (pydantic's `model_json_schema`): a blank cell
    is null, so an optional field's constraints are those of its non-null form."""
    value = next((b for b in prop.get("anyOf", [prop]) if b.get("type") != "null"), prop)
    value = defs.get(value.get("$ref", "").rsplit("/", 1)[-1], value)
    constraints = {"required": True} if required else {}
    if "enum" in value:
        constraints["enum"] = list(value["enum"])
    pattern = prop.get("pattern") or value.get("pattern")
    if value.get("type") == "array":  # a list is one cell, its items separated by ';'
        item = cell_pattern(value["items"]["pattern"])
        pattern = f"{item}(;{item})*"
    elif pattern:
        pattern = cell_pattern(pattern)
    if pattern:
        constraints["pattern"] = pattern
    for bound in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):  # Table Schema (v2) names
        if bound in value:
            constraints[bound] = value[bound]
    return constraints


def cell_pattern(pattern: str) -> str:
    """A model's anchored regex (`^...$`, matched against the whole value) as Table Schema writes one: XML
    Schema syntax, which always matches the whole value and has no anchors."""
    inner = pattern.removeprefix("^").removesuffix("$")
    return f"({inner})" if "|" in inner and not _one_group(inner) else inner


def _one_group(text: str) -> bool:
    """The whole text is one parenthesised group: '(a|b)', not '(a)|(b)'."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0) if (i == 0 or text[i - 1] != "\\") else 0
        if depth == 0 and i < len(text) - 1:
            return False
    return text.startswith("(")


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


def refresh_schemas(folder: Path) -> Path:
    """Rewrite each table's schema in a version's datapackage.json from the models, and nothing else (the
    files' checksums and sizes, the title, the dates): the data stays frozen, its description catches up."""
    out = Path(folder) / DESCRIPTOR
    meta = json.loads(out.read_text(encoding="utf-8"))
    for resource in meta["resources"]:
        if resource.get("name") in TABLES:
            resource["schema"] = table_schema(resource["name"])
    out.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
