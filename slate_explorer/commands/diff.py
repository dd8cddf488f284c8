"""`diff A B`: what changed from version A to version B, in the same sentences as the data page."""

from __future__ import annotations

import sys
from pathlib import Path

from .. import i18n
from ..changelog import changelog
from ..data.validate import validate_folder
from ..data.versions import data_root
from ..data_text import translated

HELP = "print the changes between two data versions, as the data page's changelog says them"


def add_arguments(parser) -> None:
    parser.add_argument("old", help="the older version (YYYY-MM-DD under slate_data/, or a folder)")
    parser.add_argument("new", help="the newer version (YYYY-MM-DD under slate_data/, or a folder)")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default=i18n.DEFAULT, help="language of the sentences")


def _load(name: str):
    folder = Path(name) if Path(name).is_dir() and not (data_root() / name).is_dir() else data_root() / name
    if not folder.is_dir():
        print(f"no data version {name!r} under {data_root()}", file=sys.stderr)
        return None
    slate, problems = validate_folder(folder)
    for problem in problems:
        print(f"{folder}/{problem}", file=sys.stderr)
    return slate


def run(args) -> int:
    old, new = _load(args.old), _load(args.new)
    if old is None or new is None:
        return 1
    with i18n.in_language(args.lang):
        sentences = changelog(translated(old), translated(new))
        print(f"{old.version} → {new.version}: " + (i18n.ngettext("{n} change", "{n} changes", len(sentences)).format(n=len(sentences))))
        for sentence in sentences:
            print(f"- {sentence}")
    return 0
