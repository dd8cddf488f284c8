"""Validate one data version folder and build its Slate: every problem is reported, one per line.

Any failure while reading a file (unreadable, empty, not UTF-8, broken quoting, bad JSON) becomes a
problem of that version, never an exception: the site then keeps serving the last valid version.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
from pathlib import Path

from pydantic import ValidationError

from .house_checks import check_house
from .seat_checks import check_seats
from .models import FOREIGN_KEYS, OPTIONAL_TABLES, PRIMARY_KEYS, TABLES, Row
from .problems import WHOLE_FILE, DataError, Problem, errors
from .results_check import check_results
from .slate import Slate, index_by_district

DESCRIPTOR = "datapackage.json"
ENCODING = "utf-8"
PASS_BILL = "pass-bill"  # the rule every voting chamber needs: the calculator's majority
REQUIRED_META = ("name", "title", "version", "as_of", "created", "licenses", "resources")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    """The file's text, or None with the problem that stops it being read (never raises). A UTF-8 byte-order
    mark (Excel's "CSV UTF-8" writes one) is dropped, with a warning."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(path.name, None, WHOLE_FILE, f"cannot be read: {exc.strerror or exc}")]
    warnings = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        first = _column_name(data.split(b"\n", 1)[0].decode(ENCODING, "replace"), 0) if path.suffix == ".csv" else WHOLE_FILE
        warnings.append(Problem(path.name, 1, first, "starts with a UTF-8 byte-order mark (as Excel's “CSV UTF-8” "
                                                     "saves it): read without it", warning=True))
    if not data.strip():
        return None, [Problem(path.name, None, WHOLE_FILE, "file is empty")]
    try:
        return data.decode(ENCODING), warnings
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        where = _cell_column(data, exc.start, path) if path.suffix == ".csv" else WHOLE_FILE
        return None, warnings + [Problem(path.name, line, where, f"byte 0x{data[exc.start]:02x} at offset {exc.start} is "
                                         f"not valid {ENCODING.upper()}: save the file as {ENCODING.upper()}")]


def _cell_column(data: bytes, offset: int, path: Path) -> str:
    """The header's name of the column whose cell holds byte `offset`, counted from the start of its line."""
    start = data.rfind(b"\n", 0, offset) + 1
    before = data[start:offset].decode(ENCODING, errors="replace")
    index = len(next(csv.reader([before]), [""])) - 1 if before else 0
    return _column_name(data.split(b"\n", 1)[0].decode(ENCODING, errors="replace"), index, header=start == 0)


def _column_name(header_line: str, index: int, header: bool = False) -> str:
    columns = next(csv.reader([header_line]), [])
    if header:
        return f"header, column {index + 1}"
    return columns[index] if index < len(columns) else f"cell {index + 1} (the header has {len(columns)} columns)"


def read_descriptor(folder: Path) -> tuple[dict, list[Problem]]:
    path = folder / DESCRIPTOR
    if not path.is_file():
        return {}, [Problem(DESCRIPTOR, None, WHOLE_FILE, f"missing in {folder}")]
    text, problems = read_text(path)
    if text is None:
        return {}, problems
    try:
        meta = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        return {}, problems + [Problem(DESCRIPTOR, getattr(exc, "lineno", None), WHOLE_FILE, f"not valid JSON: {exc}")]
    if not isinstance(meta, dict):
        return {}, problems + [Problem(DESCRIPTOR, None, WHOLE_FILE, f"must be a JSON object, not {type(meta).__name__}")]
    problems += [Problem(DESCRIPTOR, None, key, "required") for key in REQUIRED_META if key not in meta]
    if meta.get("version") and meta.get("version") != folder.name:
        problems.append(Problem(DESCRIPTOR, None, "version", f"is {meta['version']!r}, folder is {folder.name!r}"))
    if not isinstance(meta.get("resources", []), list):
        problems.append(Problem(DESCRIPTOR, None, "resources", "must be a list"))
        meta = {**meta, "resources": []}
    return meta, problems


def check_resources(folder: Path, meta: dict) -> list[Problem]:
    """Each table has a resource entry whose sha256 matches the file (a published version is frozen)."""
    problems = []
    listed = {r.get("name"): r for r in meta.get("resources", []) if isinstance(r, dict)}
    for table in TABLES:
        resource = listed.get(table)
        if resource is None and table in OPTIONAL_TABLES and not (folder / f"{table}.csv").exists():
            continue  # a table added after this version was made: empty
        if resource is None:
            problems.append(Problem(DESCRIPTOR, None, f"resources.{table}", "not listed"))
            continue
        name = resource.get("path", f"{table}.csv")
        if name != f"{table}.csv":  # a plain name in the folder: never a path that leaves it
            problems.append(Problem(DESCRIPTOR, None, f"resources.{table}.path", f"must be {table}.csv, not {str(name)[:60]!r}"))
            continue
        path = folder / name
        if not path.is_file():
            problems.append(Problem(f"{table}.csv", None, WHOLE_FILE, "file missing"))
            continue
        expected = str(resource.get("hash", "")).removeprefix("sha256:")
        try:
            actual = file_sha256(path)
        except OSError:
            continue  # read_rows reports the file as unreadable
        if expected != actual:
            problems.append(
                Problem(path.name, None, "hash", f"checksum {actual[:12]}… does not match datapackage.json ({expected[:12] or 'none'}…): publish a new version instead of editing")
            )
    return problems


def read_rows(path: Path, model: type[Row]) -> tuple[list[tuple[int, Row]], list[Problem], bool]:
    """Parse a CSV into typed rows; row numbers are file line numbers (header = 1). The flag says whether the
    file was read to its end (else the other tables' references to it cannot be checked)."""
    if not path.is_file():
        return [], [], True
    text, problems = read_text(path)
    if text is None:
        return [], problems, False
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, Row]] = []
    start = 1
    try:
        _check_columns(path, reader, model, problems)
        start = reader.line_num + 1
        while (record := next(reader, None)) is not None:
            _read_row(path, start, record, model, rows, problems)
            start = reader.line_num + 1  # a quoted cell may span lines: name the line the row starts on
    except csv.Error as exc:  # broken quoting, e.g. a file cut off inside a quoted cell
        rest = "".join(text.splitlines(keepends=True)[start - 1:])
        index = len(next(csv.reader(io.StringIO(rest, newline="")), [""])) - 1
        field = _column_name(text.split("\n", 1)[0], index, header=start == 1)
        problems.append(Problem(path.name, start, field, f"not a readable CSV row: {exc}"))
        return rows, problems, False
    return rows, problems, True


def _check_columns(path: Path, reader: csv.DictReader, model: type[Row], problems: list[Problem]) -> None:
    columns = set(reader.fieldnames or [])
    for missing in sorted(set(model.model_fields) - columns):
        if model.model_fields[missing].is_required():
            problems.append(Problem(path.name, 1, missing, "required column missing"))


def _read_row(path, line, record, model, rows, problems) -> None:
    extra = record.pop(None, None)
    if extra:
        width = len(record)
        problems.append(Problem(path.name, line, f"cell {width + 1}", f"{len(extra)} cell(s) more than the header's "
                                                                      f"{width} columns"))
    record = {k: v for k, v in record.items() if v is not None and v.strip() != ""}  # blank = not known
    try:
        rows.append((line, model.model_validate(record)))
    except ValidationError as exc:
        for err in exc.errors():
            name = ".".join(str(p) for p in err["loc"]) or "(row)"  # a rule across the row's fields
            problems.append(Problem(path.name, line, name, _message(err)))


def _message(err: dict) -> str:
    if err["type"] == "missing":
        return "required"
    if err["type"] == "extra_forbidden":
        return "unknown column"
    msg = err["msg"].removeprefix("Value error, ")
    return f"{msg} (got {err['input']!r})" if err.get("input") not in (None, "") else msg


def check_keys(tables: dict[str, list[tuple[int, Row]]], unreadable: frozenset[str] = frozenset()) -> list[Problem]:
    """Duplicate ids, and references to ids that do not exist; references into a table that could not be read
    to its end collapse into one line that names the cause (not one line per reference)."""
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
    unchecked: dict[str, int] = {}
    for table, refs in FOREIGN_KEYS.items():
        for line, row in tables[table]:
            for column, target in refs.items():
                values = getattr(row, column)
                for value in values if isinstance(values, list) else [values]:
                    if value is not None and target in unreadable:
                        unchecked[target] = unchecked.get(target, 0) + 1
                    elif value is not None and value not in ids[target]:
                        problems.append(Problem(f"{table}.csv", line, column, f"refers to unknown {target} id {value!r}"))
    return problems + [Problem(f"{target}.csv", None, WHOLE_FILE, f"{target}.csv is unreadable, so {count} reference(s) "
                                                                  "to it cannot be checked")
                       for target, count in sorted(unchecked.items())]


def check_invariants(tables: dict[str, list[tuple[int, Row]]]) -> list[Problem]:
    """The arithmetic's inputs must be coherent: party seats + vacancies = seats; blocs fit their chamber."""
    problems = []
    chambers = {r.id: r for _, r in tables["chambers"]}
    ruled = {r.chamber_id for _, r in tables["rules"] if r.action == PASS_BILL}
    for line, chamber in tables["chambers"]:
        if chamber.kind == "executive":
            continue
        parties = [(n, p) for n, p in tables["chamber_parties"] if p.chamber_id == chamber.id]
        problems += _seat_total(line, chamber, parties)
        # A chamber whose seats are counted needs its majority rule (with no seats known, the calculator
        # counts nothing and assumes a majority of those voting, saying so).
        if parties and chamber.id not in ruled:
            problems.append(Problem("chambers.csv", line, "id", f"{chamber.id} has no {PASS_BILL} rule in rules.csv: "
                                                               "the majority it takes to pass a bill must be given"))
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


def _seat_total(line: int, chamber, parties: list) -> list[Problem]:
    """Party seats + vacancies = seats, naming the chamber_parties.csv rows added up (none known: unchecked)."""
    if not parties:
        return []
    total = sum(p.seats for _, p in parties) + chamber.vacancies
    if total == chamber.seats:
        return []
    terms = " + ".join(f"{p.seats} {p.party} (row {n})" for n, p in parties)
    return [Problem("chambers.csv", line, "seats", f"{chamber.id}: chamber_parties.csv {terms} + {chamber.vacancies} "
                                                   f"vacancies = {total}, not {chamber.seats}")]


def validate_folder(folder: Path) -> tuple[Slate | None, list[Problem]]:
    """Read and check a version folder; returns the Slate only when there is no error (the problems it returns
    with a Slate are warnings). Never raises."""
    folder = Path(folder)
    reading = DESCRIPTOR
    try:
        meta, problems = read_descriptor(folder)
        if meta:
            problems += check_resources(folder, meta)
        tables: dict[str, list[tuple[int, Row]]] = {}
        unreadable = set()
        for table, model in TABLES.items():
            reading = f"{table}.csv"
            tables[table], found, whole = read_rows(folder / reading, model)
            problems += found
            unreadable |= set() if whole else {table}
        reading = WHOLE_FILE
        problems += check_keys(tables, frozenset(unreadable)) + _cross_checks(tables, unreadable)
        if errors(problems):
            return None, problems
        return build_slate(folder, meta, tables), problems  # warnings only
    except Exception as exc:  # noqa: BLE001 - whatever a file holds, the version is invalid, the site stays up
        return None, [Problem(reading, None, WHOLE_FILE, f"could not be read: {type(exc).__name__}: {exc}")]


def _cross_checks(tables, unreadable: set[str]) -> list[Problem]:
    """The checks that add tables up (seat totals, rules, caucuses, results against outcomes): with a table unread, one line says they
    were not run, instead of a false problem for every row that table would have matched."""
    if unreadable:
        names = ", ".join(f"{t}.csv" for t in sorted(unreadable))
        return [Problem(f"{sorted(unreadable)[0]}.csv", None, WHOLE_FILE, f"the checks across tables (seat totals, "
                        f"rules, caucuses) were not run: {names} could not be read to the end")]
    return check_invariants(tables) + check_house(tables) + check_seats(tables) + check_results(tables)


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
        **{table: tuple(rows[table]) for table in OPTIONAL_TABLES},
        **by_id,
    )


def load_folder(folder: Path) -> Slate:
    slate, problems = validate_folder(folder)
    if slate is None:
        raise DataError(folder, errors(problems))
    return slate
