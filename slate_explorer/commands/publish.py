"""`publish FOLDER`: write datapackage.json (schemas, foreign keys, checksums) for a new version;
`publish FOLDER --schemas-only`: rewrite only the schemas of a published one (its checksums stay)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from ..data.models import OPTIONAL_TABLES, TABLES
from ..data.publish import publish, refresh_schemas
from ..data.problems import errors
from ..data.tense import folder_ahead_problems
from ..data.validate import DESCRIPTOR, read_descriptor, validate_folder

HELP = "record schemas and checksums of a new data version (then it is frozen)"


def add_arguments(parser) -> None:
    parser.add_argument("folder", type=Path, help="the new version folder, named YYYY-MM-DD")
    parser.add_argument("--title", help="one line: what this version is (default: keep the current title)")
    parser.add_argument("--description", help="what changed and why (default: keep the current one)")
    parser.add_argument("--schemas-only", action="store_true",
                        help="a published version: rewrite only its tables' schemas from the models (files, checksums and dates stay)")


def _current(folder: Path) -> dict:
    """The descriptor being replaced, for its title and description; {} when there is none or it is broken."""
    meta, _problems = read_descriptor(folder) if (folder / DESCRIPTOR).is_file() else ({}, [])
    return meta


def run(args) -> int:
    missing = [f"{table}.csv" for table in TABLES if table not in OPTIONAL_TABLES and not (args.folder / f"{table}.csv").is_file()]
    if missing:
        print(f"{args.folder}: missing {', '.join(missing)}: a version folder holds one CSV file per table")
        return 1
    if args.schemas_only:
        return _refresh(args.folder)
    current = _current(args.folder)
    title = args.title or current.get("title")
    if not title:
        print("a new version needs --title")
        return 2
    try:
        publish(args.folder, title, args.description or current.get("description", ""), current.get("sources", []),
                created=dt.datetime.now(dt.timezone.utc))
    except OSError as exc:
        print(f"{args.folder}: cannot publish: {exc.strerror or exc}: {exc.filename}")
        return 1
    _, problems = validate_folder(args.folder)
    for problem in problems:
        print(f"{args.folder}/{problem}")
    for warning in folder_ahead_problems(args.folder):
        print(f"warning: {args.folder}/{warning}", file=sys.stderr)
    failed = errors(problems)
    print(f"published {args.folder.name}" if not failed else f"{len(failed)} problem(s): fix them and publish again")
    return 1 if failed else 0


def _refresh(folder: Path) -> int:
    if not _current(folder):
        print(f"{folder}: no readable {DESCRIPTOR}: publish the version first")
        return 1
    refresh_schemas(folder)
    _, problems = validate_folder(folder)
    for problem in problems:
        print(f"{folder}/{problem}")
    failed = errors(problems)
    print(f"schemas refreshed in {folder.name}" if not failed else f"{len(failed)} problem(s)")
    return 1 if failed else 0
