"""`new-version YYYY-MM-DD`: start a new data version as a copy of the newest valid one, unpublished."""

from __future__ import annotations

import datetime as dt
import shutil
import sys

from ..data.validate import DESCRIPTOR
from ..data.versions import VERSION_NAME, data_root, load_slate

HELP = "start a new data version (a copy of the newest valid one, ready to edit, not yet published)"


def add_arguments(parser) -> None:
    parser.add_argument("date", help="the new version's 'as of' date, YYYY-MM-DD (its folder name)")


def _as_of(text: str) -> dt.date | None:
    if not VERSION_NAME.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def run(args) -> int:
    if _as_of(args.date) is None:
        print(f"{args.date[:40]!r} is not a date written YYYY-MM-DD", file=sys.stderr)
        return 2
    root = data_root()
    folder = root / args.date
    if folder.exists():
        print(f"{folder} already exists: a version is never overwritten (pick another date, or edit that folder "
              "if it is not yet published)", file=sys.stderr)
        return 1
    base = load_slate(root=root).slate
    if base is None:
        print(f"no valid data version under {root} to start from (run `python -m slate_explorer validate`)", file=sys.stderr)
        return 1
    if args.date <= base.version:
        print(f"{args.date} is not after the newest valid version, {base.version}", file=sys.stderr)
        return 1
    shutil.copytree(base.path, folder, ignore=shutil.ignore_patterns(DESCRIPTOR))
    print(f"started {folder} from {base.version} (not yet published: the site skips it until it is).\n"
          f"Next: edit the CSV files, then\n"
          f"  python -m slate_explorer publish {folder} --title \"...\" --description \"...\"\n"
          f"  python -m slate_explorer diff {base.version} {args.date}\n"
          f"  python -m slate_explorer data-messages   # then translate what it lists")
    return 0
