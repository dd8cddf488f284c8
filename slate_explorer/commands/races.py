"""`races [--json] [--today YYYY-MM-DD]`: list the races of a data version, with where each stands on that day."""

from __future__ import annotations

import datetime as dt

from ..race_day import SlateOnDay
from ..race_story import official_line, official_text
from ._common import add_today_argument, add_version_arguments, print_json, slate_from_args

HELP = "list the races of a data version"
WHAT = {"primary": "primary", "general election": "general"}  # phase.PRIMARY / GENERAL, as JSON words


def add_arguments(parser) -> None:
    add_version_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_today_argument(parser, "the day each race's phase is read on")


def race_rows(slate, today: dt.date) -> list[dict]:
    """Each race with its phase on `today`: upcoming, awaiting_result (held, result not in this
    version) or decided, the date of the election that decides (or decided) it and which one, the slate's
    candidates in words, and, when its latest election has no recorded result, where the official results are."""
    rows, day = [], SlateOnDay(slate, today)
    for race in slate.races.values():
        phase, official = day.phase(race), official_line(day, race)
        rows.append({
            "id": race.id,
            "level": race.level.value,
            "district": race.district,
            "status": race.status.value,
            "shown_status": day.status(race),
            "phase": phase.phase.value,
            "deciding_date": phase.date.isoformat() if phase.date else None,
            "deciding_election": WHAT[phase.what],
            "cycle": race.cycle,
            "incumbent": race.incumbent,
            "candidates": [c.name for c in slate.candidates_in(race.id)],
            "slate": day.slate_names(race),
            "official_results": official_text(official) if official else None,
        })
    return rows


def run(args) -> int:
    slate = slate_from_args(args)
    rows = race_rows(slate, args.today)
    if args.json:
        print_json({"version": slate.version, "today": args.today.isoformat(), "races": rows})
        return 0
    for row in rows:
        decides = f"{row['deciding_election']} {row['deciding_date'] or '(no date)'}"
        print(f"{row['id']:<16} {row['level']:<12} {row['district']:<7} {row['status']:<16} "
              f"{row['phase']:<16} {decides:<19} {row['slate']}")
        if row["official_results"]:
            print(f"{'':<16} {row['official_results']}")
    return 0
