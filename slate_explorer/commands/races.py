"""`races [--json]`: list the races of a data version."""

from __future__ import annotations

from ._common import add_version_arguments, print_json, slate_from_args

HELP = "list the races of a data version"


def add_arguments(parser) -> None:
    add_version_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def race_rows(slate) -> list[dict]:
    return [
        {
            "id": race.id,
            "level": race.level.value,
            "district": race.district,
            "status": race.status.value,
            "cycle": race.cycle,
            "incumbent": race.incumbent,
            "candidates": [c.name for c in slate.candidates_in(race.id)],
        }
        for race in slate.races.values()
    ]


def run(args) -> int:
    slate = slate_from_args(args)
    rows = race_rows(slate)
    if args.json:
        print_json({"version": slate.version, "races": rows})
        return 0
    for row in rows:
        names = ", ".join(row["candidates"]) or "(no candidate yet)"
        print(f"{row['id']:<16} {row['level']:<10} {row['district']:<7} {row['status']:<16} {names}")
    return 0
