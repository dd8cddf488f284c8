"""Helpers shared by commands: choosing a data version from --version / --data."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from ..data.problems import DataError
from ..data.validate import load_folder
from ..data.versions import data_root, load_slate


def add_version_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", help="data version (folder name, YYYY-MM-DD); default: newest valid")
    parser.add_argument("--data", type=Path, help="a data-package folder to use instead of slate_data/")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def add_today_argument(parser: argparse.ArgumentParser, meaning: str) -> None:
    """--today YYYY-MM-DD, defaulting to the day the command runs: the command layer reads the clock,
    the package never does."""
    parser.add_argument("--today", type=_day, default=dt.date.today(), help=f"{meaning} (default: today's date)")


def slate_from_args(args):
    """The Slate the command should use, or exit 1 with every problem when it is invalid."""
    try:
        if args.data:
            return load_folder(args.data)
        if args.version:
            return load_folder(data_root() / args.version)
    except DataError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(1)
    loaded = load_slate()
    for notice in loaded.notices:
        print(notice, file=sys.stderr)
    if loaded.slate is None:
        raise SystemExit(1)
    return loaded.slate


def print_json(value) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
