"""`agenda [--version V | --data DIR] [--compare V] [--json]`: platform counts and the unity score."""

from __future__ import annotations

from ..agenda.summary import agenda_summary
from ..data.problems import DataError
from ..data.validate import load_folder
from ..data.versions import data_root, previous_valid
from ._common import add_version_arguments, print_json, slate_from_args

HELP = "the shared agenda: who backs each plank, the unity score, isolated candidates"


def add_arguments(parser) -> None:
    add_version_arguments(parser)
    parser.add_argument("--compare", metavar="V", help="compare the unity score with this version "
                        "(default: the version before the one shown, if any; 'none' to skip)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _previous(slate, compare: str | None):
    if compare == "none" or (compare is None and slate.path.parent != data_root()):
        return None
    if compare is None:
        return previous_valid(slate.version)
    try:
        return load_folder(data_root() / compare)
    except (DataError, OSError) as err:
        raise SystemExit(f"cannot compare with version {compare!r}: {err}")


def run(args) -> int:
    slate = slate_from_args(args)
    summary = agenda_summary(slate, _previous(slate, args.compare))
    if args.json:
        print_json(summary)
        return 0
    names = {c.id: c.name for c in slate.candidates.values()}
    unity = summary["unity"]
    print(f"Data version {slate.version}: {len(summary['slate'])} slate candidates, {len(summary['planks'])} planks")
    for plank in summary["planks"]:
        print(f"  {plank['id']:<22} backed by {len(plank['backs'])} of {plank['of']}: "
              + (", ".join(names[b] for b in plank["backs"]) or "nobody on record"))
    share = f"{unity['share']:.1%}" if unity["share"] is not None else "n/a"
    print(f"Unity score: {unity['existing']} of {unity['possible']} possible cross-endorsements ({share})")
    print("Isolated: " + (", ".join(names[i] for i in summary["isolated"]) or "none"))
    if "change" in summary:
        print(summary["change"]["text"])
    return 0
