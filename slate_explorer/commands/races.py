"""`races [--json] [--today YYYY-MM-DD] [--lang es]`: list the races of a data version, with where each stands
on that day. The table has a header row and the map page's own words (its races table, mapview/table.py),
with each race's id first, the name `scenario --wins` and the links take."""

from __future__ import annotations

import datetime as dt

from .. import i18n
from ..data_text import translated
from ..mapview.table import table_rows
from ..race_day import SlateOnDay
from ..race_story import official_line, official_text
from ._common import add_today_argument, add_version_arguments, print_json, slate_from_args

HELP = "list the races of a data version"
WHAT = {"primary": "primary", "general election": "general"}  # phase.PRIMARY / GENERAL, as JSON words


def add_arguments(parser) -> None:
    add_version_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_today_argument(parser, "the day each race's phase is read on")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default=i18n.DEFAULT, help="language of the table's words")


def race_rows(slate, today: dt.date) -> list[dict]:
    """Each race with its phase on `today`: upcoming, awaiting_result (held, result not in this
    version) or decided, the date of the election that decides (or decided) it and which one, the slate's
    candidates in words, its recorded results (winner, share when sourced, certified or reported, source),
    and, when its latest election has no recorded result, where the official results are."""
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
            "results": [{"stage": e.kind.removesuffix("_result"), "date": e.date.isoformat(), "winner": e.who,
                         "share": e.share, "certified": e.certified, "approximate": e.approximate,
                         "source": slate.sources[e.source_id].url or slate.sources[e.source_id].title}
                        for e in slate.events_of(race.id) if e.kind.endswith("_result")],
            "official_results": official_text(official) if official else None,
        })
    return rows


def run(args) -> int:
    slate = slate_from_args(args)
    if args.json:
        print_json({"version": slate.version, "today": args.today.isoformat(), "races": race_rows(slate, args.today)})
        return 0
    with i18n.in_language(args.lang):
        print_table(text_rows(translated(slate), args.today))
        for line in official_lines(slate, args.today):
            print(line)
    return 0


def official_lines(slate, today: dt.date) -> list[str]:
    """Under the table: for each race whose latest election has no recorded result, where the official results are."""
    day = SlateOnDay(slate, today)
    found = [(race.id, official_line(day, race)) for race in slate.races.values()]
    return [f"{race_id}: {official_text(line)}" for race_id, line in found if line]


def text_rows(slate, today: dt.date) -> list[dict]:
    """The map's table rows on `today`, each led by the race's id."""
    races = list(slate.races.values())
    return [{i18n._("Race"): race.id, **row} for race, row in zip(races, table_rows(slate, races, today))]


def print_table(rows: list[dict]) -> None:
    """A header row, then one line per row, columns padded to their widest cell (the last one not)."""
    if not rows:
        return
    names = list(rows[0])
    widths = [max(len(str(cell)) for cell in [name, *(row[name] for row in rows)]) for name in names[:-1]]
    for cells in [names, *([str(row[name]) for name in names] for row in rows)]:
        print("  ".join([c.ljust(w) for c, w in zip(cells, widths)] + [str(cells[-1])]).rstrip())
