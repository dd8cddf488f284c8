"""`validate [PATH ...]`: check data versions; every problem on its own line as FILE:ROW: field: message."""

from __future__ import annotations

from pathlib import Path

from ..data.validate import validate_folder
from ..data.versions import data_root, list_versions

HELP = "check data versions (default: every version under slate_data/)"


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, help="version folders to check")


def run(args) -> int:
    folders = args.paths or [data_root() / v for v in list_versions()]
    if not folders:
        print(f"no data versions found under {data_root()}")
        return 1
    failed = 0
    summaries = []
    for folder in folders:
        slate, problems = validate_folder(folder)
        for problem in problems:  # errors, and warnings (marked) that do not stop the version
            print(f"{folder}/{problem}")
        if slate is None:
            failed += 1
        else:
            summaries.append(f"{slate.version} ({len(slate.races)} races, {len(slate.candidates)} candidates, {len(slate.planks)} planks)")
    if failed:
        print(f"{failed} of {len(folders)} version(s) failed validation")
        return 1
    print(f"{len(folders)} version(s) valid: " + "; ".join(summaries))
    return 0
