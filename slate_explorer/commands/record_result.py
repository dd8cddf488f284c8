"""`record-result RACE --stage general --winner NAME --source URL [--share 0.61] [--certified] [--as-of DATE]`:
record an election result into a new, unpublished data version (a copy of the newest valid one, named by
the as-of date; an unpublished folder of that date is added to), then check it as `publish` would."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from ..data.publish import publish
from ..data.record import RecordError, record_result
from ..data.tense import folder_ahead_problems
from ..data.validate import DESCRIPTOR, load_folder, validate_folder
from ..data.versions import data_root, load_slate

HELP = "record an election result into a new unpublished data version, and check it"


def add_arguments(parser) -> None:
    parser.add_argument("race", help="the race's id or district (il-09-2026, NY-14)")
    parser.add_argument("--stage", choices=("primary", "general"), required=True, help="which election's result")
    parser.add_argument("--winner", required=True, help="the winner's name as the source gives it")
    parser.add_argument("--source", required=True, help="the https address of the result (official results, a call)")
    parser.add_argument("--share", type=float, help="the winner's vote share, 0 to 1, when the source gives it")
    parser.add_argument("--certified", action="store_true", help="the result is certified (else: reported)")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date.today(),
                        help="the new version's date, YYYY-MM-DD (default: today)")


def _target(as_of: dt.date) -> Path | str:
    """The unpublished folder to record into (made from the newest valid version), or why there is none."""
    root = data_root()
    folder = root / as_of.isoformat()
    if (folder / DESCRIPTOR).exists():
        return f"{folder} is already published, and a published version is never edited: pass a later --as-of"
    if folder.exists():
        return folder
    base = load_slate(root=root).slate
    if base is None or base.version >= folder.name:
        return f"no valid data version before {folder.name} under {root} to start from"
    shutil.copytree(base.path, folder, ignore=shutil.ignore_patterns(DESCRIPTOR))
    return folder


def _check(folder: Path) -> list[str]:
    """What `publish` would report, found on a copy (the folder itself stays unpublished)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / folder.name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(DESCRIPTOR))
        publish(copy, "check", "", created=dt.datetime.now(dt.timezone.utc))
        return [str(p) for p in validate_folder(copy)[1] + folder_ahead_problems(copy)]


def run(args) -> int:
    if args.share is not None and not 0 < args.share <= 1:
        print("--share is a fraction of the vote, above 0 and at most 1 (0.61 for 61%)", file=sys.stderr)
        return 2
    folder = _target(args.as_of)
    if isinstance(folder, str):
        print(folder, file=sys.stderr)
        return 1
    rows = _rows_of(folder)
    try:
        source = record_result(folder, rows, args.race, args.stage, args.winner, args.source, args.share, args.certified)
    except RecordError as error:
        print(error, file=sys.stderr)
        return 1
    problems = _check(folder)
    for problem in problems:
        print(f"{folder}/{problem}")
    print(f"recorded the {args.stage} result of {args.race} into {folder} (source {source}; not yet published)"
          if not problems else f"{len(problems)} problem(s) in {folder}: fix them, then publish")
    print(f"Next: python -m slate_explorer publish {folder} --title \"...\" --description \"...\"")
    return 1 if problems else 0


def _rows_of(folder: Path):
    """The folder's rows as they stand (checked on a published copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / folder.name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(DESCRIPTOR))
        publish(copy, "rows", "", created=dt.datetime.now(dt.timezone.utc))
        return load_folder(copy)
