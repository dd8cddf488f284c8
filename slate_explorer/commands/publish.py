"""`publish FOLDER`: write datapackage.json (schemas, foreign keys, checksums) for a new version."""

from __future__ import annotations

import json
from pathlib import Path

from ..data.publish import publish
from ..data.validate import DESCRIPTOR, validate_folder

HELP = "record schemas and checksums of a new data version (then it is frozen)"


def add_arguments(parser) -> None:
    parser.add_argument("folder", type=Path, help="the new version folder, named YYYY-MM-DD")
    parser.add_argument("--title", help="one line: what this version is (default: keep the current title)")
    parser.add_argument("--description", help="what changed and why (default: keep the current one)")


def run(args) -> int:
    current = {}
    if (args.folder / DESCRIPTOR).is_file():
        current = json.loads((args.folder / DESCRIPTOR).read_text(encoding="utf-8"))
    title = args.title or current.get("title")
    if not title:
        print("a new version needs --title")
        return 2
    publish(args.folder, title, args.description or current.get("description", ""), current.get("sources", []))
    _, problems = validate_folder(args.folder)
    for problem in problems:
        print(f"{args.folder}/{problem}")
    print(f"published {args.folder.name}" if not problems else f"{len(problems)} problem(s): fix them and publish again")
    return 1 if problems else 0
