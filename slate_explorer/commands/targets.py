"""`targets [--min-share 0.65] [--any-democrat] [--json]`: the primaries nobody has called, as /map's power
view lists them: Democratic House seats held by New Democrats or Blue Dogs where the 2024 Democratic share
is at least the threshold, safest first, with the slate's 2026 challenge there and how it went."""

from __future__ import annotations

import argparse

from .. import labels
from ..house.dates import counts_note, lines_caveat, roster_date
from ..house.targets import DEFAULT_MIN_SHARE, targets
from ._common import add_today_argument, add_version_arguments, print_json, slate_from_args

HELP = "list Democratic House seats held by New Democrats or Blue Dogs, safest first (the primaries nobody has called)"


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"a share between 0 and 1 (0.65 for 65%), not {text!r}")
    return value


def add_arguments(parser) -> None:
    add_version_arguments(parser)
    parser.add_argument("--min-share", type=_share, default=DEFAULT_MIN_SHARE,
                        help=f"lowest 2024 Democratic share, 0 to 1 (default {DEFAULT_MIN_SHARE})")
    parser.add_argument("--any-democrat", action="store_true", help="also list Democrats in no caucus (outside the Progressive Caucus)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_today_argument(parser, "the day each slate race's status is read on")


def target_row(slate, target) -> dict:
    seat, result = target.seat, target.seat.result
    return {
        "district": seat.district, "member": seat.name, "caucuses": [slate.blocs[b].name for b in seat.blocs],
        "dem_share": round(seat.dem_share, 4), "dem_pct": result.dem_pct, "rep_pct": result.rep_pct,
        "redrawn_2026": result.redrawn, "slate_challenger": target.challenger,
        "slate_race": target.race.id if target.race else None, "slate_candidates": list(target.candidates),
        "result": target.status, "result_text": labels.status_label(target.status) if target.status else None,
    }


def run(args) -> int:
    slate = slate_from_args(args)
    if not slate.house_members:
        print(f"data version {slate.version} has no House members table")
        return 1
    rows = [target_row(slate, t) for t in targets(slate, args.today, args.min_share, args.any_democrat)]
    if args.json:
        print_json({"version": slate.version, "today": args.today.isoformat(), "min_share": args.min_share,
                    "members_as_of": roster_date(slate).isoformat(), "seats": rows,
                    "notes": [counts_note(slate), lines_caveat(slate)]})
        return 0
    for row in rows:
        race = f"{', '.join(row['slate_candidates'])}: {row['result_text']}" if row["slate_challenger"] else "no slate challenger"
        print(f"{row['district']:<6} {row['dem_pct']:>5g}%  {row['member']:<28} {'; '.join(row['caucuses']):<60} {race}")
    print(f"\n{len(rows)} seats. {counts_note(slate)} {lines_caveat(slate)}")
    return 0
