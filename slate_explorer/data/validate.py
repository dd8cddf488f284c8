"""Validate one data version folder and build its Slate: every problem is reported, one per line."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

from pydantic import ValidationError

from .models import FOREIGN_KEYS, PRIMARY_KEYS, TABLES, Row
from .problems import DataError, Problem
from .slate import Slate, index_by_district

DESCRIPTOR = "datapackage.json"
REQUIRED_META = ("name", "title", "version", "as_of", "created", "licenses", "resources")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_descriptor(folder: Path) -> tuple[dict, list[Problem]]:
    path = folder / DESCRIPTOR
    if not path.is_file():
        return {}, [Problem(DESCRIPTOR, None, "-", f"missing in {folder}")]
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return {}, [Problem(DESCRIPTOR, getattr(exc, "lineno", None), "-", f"not valid JSON: {exc}")]
    problems = [Problem(DESCRIPTOR, None, key, "required") for key in REQUIRED_META if key not in meta]
    if meta.get("version") and meta.get("version") != folder.name:
        problems.append(Problem(DESCRIPTOR, None, "version", f"is {meta['version']!r}, folder is {folder.name!r}"))
    return meta, problems


def check_resources(folder: Path, meta: dict) -> list[Problem]:
    """Each table has a resource entry whose sha256 matches the file (a published version is frozen)."""
    problems = []
    listed = {r.get("name"): r for r in meta.get("resources", []) if isinstance(r, dict)}
    for table in TABLES:
        resource = listed.get(table)
        if resource is None:
            problems.append(Problem(DESCRIPTOR, None, f"resources.{table}", "not listed"))
            continue
        path = folder / resource.get("path", f"{table}.csv")
        if not path.is_file():
            problems.append(Problem(f"{table}.csv", None, "-", "file missing"))
            continue
        expected = str(resource.get("hash", "")).removeprefix("sha256:")
        actual = file_sha256(path)
        if expected != actual:
            problems.append(
                Problem(path.name, None, "hash", f"checksum {actual[:12]}… does not match datapackage.json ({expected[:12] or 'none'}…): publish a new version instead of editing")
            )
    return problems


def read_rows(path: Path, model: type[Row]) -> tuple[list[tuple[int, Row]], list[Problem]]:
    """Parse a CSV into typed rows; row numbers are file line numbers (header = 1)."""
    rows, problems = [], []
    if not path.is_file():
        return rows, problems
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = set(reader.fieldnames or [])
        for missing in sorted(set(model.model_fields) - columns):
            if model.model_fields[missing].is_required():
                problems.append(Problem(path.name, 1, missing, "required column missing"))
        for line, record in enumerate(reader, start=2):
            extra = record.pop(None, None)
            if extra:
                problems.append(Problem(path.name, line, "-", f"{len(extra)} cell(s) more than the header has"))
            record = {k: v for k, v in record.items() if v is not None and v.strip() != ""}  # blank = not known
            try:
                rows.append((line, model.model_validate(record)))
            except ValidationError as exc:
                for err in exc.errors():
                    name = ".".join(str(p) for p in err["loc"]) or "-"
                    problems.append(Problem(path.name, line, name, _message(err)))
    return rows, problems


def _message(err: dict) -> str:
    if err["type"] == "missing":
        return "required"
    if err["type"] == "extra_forbidden":
        return "unknown column"
    msg = err["msg"].removeprefix("Value error, ")
    return f"{msg} (got {err['input']!r})" if err.get("input") not in (None, "") else msg


def check_keys(tables: dict[str, list[tuple[int, Row]]]) -> list[Problem]:
    problems = []
    for table, key in PRIMARY_KEYS.items():
        seen: dict[tuple, int] = {}
        for line, row in tables[table]:
            value = tuple(getattr(row, k) for k in key)
            if value in seen:
                problems.append(Problem(f"{table}.csv", line, "+".join(key), f"duplicate id {'/'.join(map(str, value))!r} (first on row {seen[value]})"))
            else:
                seen[value] = line
    ids = {t: {getattr(r, PRIMARY_KEYS[t][0]) for _, r in rows} for t, rows in tables.items()}
    for table, refs in FOREIGN_KEYS.items():
        for line, row in tables[table]:
            for column, target in refs.items():
                values = getattr(row, column)
                for value in values if isinstance(values, list) else [values]:
                    if value is not None and value not in ids[target]:
                        problems.append(Problem(f"{table}.csv", line, column, f"refers to unknown {target} id {value!r}"))
    return problems


def check_invariants(tables: dict[str, list[tuple[int, Row]]]) -> list[Problem]:
    """The arithmetic's inputs must be coherent: party seats + vacancies = seats; blocs fit their chamber."""
    problems = []
    chambers = {r.id: r for _, r in tables["chambers"]}
    for line, chamber in tables["chambers"]:
        parties = [p for _, p in tables["chamber_parties"] if p.chamber_id == chamber.id]
        if chamber.kind != "executive" and parties:
            total = sum(p.seats for p in parties) + chamber.vacancies
            if total != chamber.seats:
                problems.append(Problem("chambers.csv", line, "seats", f"{chamber.id}: party seats + vacancies = {total}, not {chamber.seats}"))
    for line, bloc in tables["blocs"]:
        chamber = chambers.get(bloc.chamber_id)
        if chamber and bloc.members is not None and bloc.members > chamber.seats:
            problems.append(Problem("blocs.csv", line, "members", f"{bloc.members} exceeds the {chamber.seats} seats of {chamber.id}"))
    for line, rule in tables["rules"]:
        if (rule.rule == "fixed_count") != (rule.count is not None):
            problems.append(Problem("rules.csv", line, "count", "a count is given for fixed_count rules, and only for them"))
    for line, race in tables["races"]:
        if race.primary_date and race.general_date and race.primary_date > race.general_date:
            problems.append(Problem("races.csv", line, "primary_date", "is after general_date"))
    return problems


def validate_folder(folder: Path) -> tuple[Slate | None, list[Problem]]:
    """Read and check a version folder; returns the Slate only when there is no problem."""
    folder = Path(folder)
    meta, problems = read_descriptor(folder)
    if meta:
        problems += check_resources(folder, meta)
    tables: dict[str, list[tuple[int, Row]]] = {}
    for table, model in TABLES.items():
        tables[table], found = read_rows(folder / f"{table}.csv", model)
        problems += found
    problems += check_keys(tables) + check_invariants(tables)
    if problems:
        return None, problems
    return build_slate(folder, meta, tables), []


def build_slate(folder: Path, meta: dict, tables: dict[str, list[tuple[int, Row]]]) -> Slate:
    rows = {t: [r for _, r in v] for t, v in tables.items()}
    by_id = {t: {r.id: r for r in rows[t]} for t in ("sources", "chambers", "blocs", "races", "candidates", "planks")}
    return Slate(
        version=folder.name,
        path=folder,
        meta=meta,
        chamber_parties=tuple(rows["chamber_parties"]),
        rules=tuple(rows["rules"]),
        positions=tuple(rows["positions"]),
        endorsements=tuple(rows["endorsements"]),
        coordination=tuple(rows["coordination"]),
        _by_district=index_by_district(by_id["races"]),
        **by_id,
    )


def load_folder(folder: Path) -> Slate:
    slate, problems = validate_folder(folder)
    if problems:
        raise DataError(folder, problems)
    return slate
