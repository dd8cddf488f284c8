"""The table under the map: the same races as plain rows (the text alternative), and link words for each.

Public:
- `table_rows(slate, races, today=None) -> list[dict]`: one row per race, columns in reading order, the
  status as shown on `today` (display_status.py). No link column: the page lists real links under the table.
- `table_html(rows, caption) -> str`: those rows as an escaped HTML table. Not Streamlit's data grid: a
  real table is read by screen readers header by cell (the grid is a canvas with a hidden copy), and the
  grid's Arrow and grid code (about 1.2 MB of JavaScript) was evaluated before the map frame was
  created: 0.4 s of the map's first draw (bench/bench_first_draw.py).
- `link_label(slate, race, today=None) -> str`: one race as a short sentence (plain text), for a link to it.
"""

from __future__ import annotations

import datetime as dt

from .. import labels
from ..data.slate import Slate
from ..race_day import SlateOnDay
from ..i18n import _, date_text
from ..text import html_escape


def table_rows(slate: Slate, races, today: dt.date | None = None) -> list[dict]:
    rows, day = [], SlateOnDay(slate, today)
    for race in races:
        label, _meaning, _colour, letter = labels.STATUS[day.status(race)]
        rows.append({
            _("District"): race.district,
            _("Office"): race.office,
            _("Status"): f"{_(label)} ({_(letter)})",
            _("Slate candidates"): day.slate_names(race),
            _("Incumbent"): race.incumbent or _("not recorded"),
            _("Primary"): date_text(race.primary_date),
            _("General election"): date_text(race.general_date),
            _("Cycle"): race.cycle,
        })
    return rows


# Scoped to the table's class. On a phone each row becomes a block of "header: value" lines (the header
# comes from the cell's data-label), so every column is read without scrolling sideways; the explicit roles
# keep the table's semantics for screen readers when CSS changes its display. The caption names the table
# for screen readers only: the heading above it says the same on screen.
TABLE_CSS = (
    "<style>.se-table{overflow-x:auto;margin:0 0 1rem}.se-table table{border-collapse:collapse;width:100%;"
    "font-size:.875rem}.se-table caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
    "white-space:nowrap}"
    ".se-table th,.se-table td{border-bottom:1px solid #d0d0d0;padding:.3rem .5rem;text-align:left;"
    "vertical-align:top}.se-table th{background:#f0f2f6;white-space:nowrap}"
    "@media (max-width:640px){.se-table thead{position:absolute;width:1px;height:1px;overflow:hidden;"
    "clip:rect(0 0 0 0)}.se-table tr{display:block;border-bottom:1px solid #d0d0d0;padding:.3rem 0}"
    ".se-table td{display:block;border:0;padding:.05rem 0}"
    ".se-table td::before{content:attr(data-label) \": \";font-weight:600}}</style>"
)


def table_html(rows: list[dict], caption: str) -> str:
    """The rows (dicts sharing their keys, in column order) as one escaped HTML table with a caption."""
    head = "".join(f'<th scope="col" role="columnheader">{html_escape(name)}</th>' for name in rows[0])
    body = "".join('<tr role="row">' + "".join(f'<td role="cell" data-label="{html_escape(name)}">{html_escape(value)}</td>'
                                               for name, value in row.items()) + "</tr>" for row in rows)
    # A focusable region: keyboard users can scroll the table where a screen is a little narrower than it.
    return (f'{TABLE_CSS}<div class="se-table" role="region" tabindex="0" aria-label="{html_escape(caption)}">'
            f'<table role="table"><caption>{html_escape(caption)}</caption>'
            f'<thead role="rowgroup"><tr role="row">{head}</tr></thead><tbody role="rowgroup">{body}</tbody></table></div>')


def link_label(slate: Slate, race, today: dt.date | None = None) -> str:
    """One race as words for a link to it (an address alone reads as a string of letters to a screen reader)."""
    day = SlateOnDay(slate, today)
    label, _meaning, _colour, letter = labels.STATUS[day.status(race)]
    return _("{district}: {office}. {status} ({letter}); slate: {candidates}").format(
        district=race.district, office=race.office, status=_(label), letter=_(letter),
        candidates=day.slate_names(race))
