"""`validate [PATH ...]`: check data versions; every problem on its own line as FILE:ROW: field: message.
A note that states a dated event as ahead (data/tense.py) is a warning, on standard error: published versions
stay valid, and `publish` refuses a new version that has one."""

from __future__ import annotations

import sys
from pathlib import Path

from ..data.tense import folder_ahead_problems
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
        for warning in folder_ahead_problems(folder) if slate is not None else ():
            print(f"warning: {folder}/{warning}", file=sys.stderr)
        if slate is None:
            failed += 1
        else:
            summaries.append(f"{slate.version} ({len(slate.races)} races, {len(slate.candidates)} candidates, {len(slate.planks)} planks)")
    if failed:
        print(f"{failed} of {len(folders)} version(s) failed validation")
        return 1
    print(f"{len(folders)} version(s) valid: " + "; ".join(summaries))
    return 0
