"""The House power view of /map (`?layer=power`): every district coloured by its member's caucus, the
slate's races marked on top, a legend with each caucus's count and date, a seat card, and the list of
the primaries nobody has called (with its CSV).

The seats (caucus kind, member, 2024 result) go to the browser as one small JSON file per data version,
published beside the drawing layers and cached (`seats_url`), so a click re-sends nothing new; map.js
builds each tooltip from it and escapes the text.

Public:
- `power_config(slate, static_base) -> dict`: what map.js reads under `cfg.power`.
- `legend_html(slate) -> str`: the caucus legend with counts, dates and the caveat (escaped HTML).
- `seat_lines(slate, district, today) -> list[str]`: the seat card (Markdown, escaped).
- `target_rows(slate, today, min_share, any_dem) -> list[dict]`, `targets_csv(rows) -> bytes`,
  `targets_block(slate, today, min_share, any_dem) -> (caption, html, csv)`: the page's list, remembered.
"""

from __future__ import annotations

import csv
import functools
import datetime as dt
import io
import json

from .. import labels
from ..data.slate import Slate
from ..race_day import SlateOnDay
from ..house import blocs, dates, targets
from ..house.seats import Seat, kind_counts, seats
from ..house.sentence import caucus_names, result_clause
from ..i18n import N_, _, date_text, language, number_text
from ..text import html_escape, md_escape
from . import publish

KINDS = list(blocs.KINDS)
WORDS = {  # map.js's words for the power tooltips, translated per page
    "result": N_("2024: {dem} {dem_pct}%, {rep} {rep_pct}%"),
    "oldLines": N_("(119th-Congress lines; redrawn for 2026)"),
    "noResult": N_("No 2024 result recorded"),
    "vacant": N_("Vacant seat"),
    "notVoting": N_("A non-voting delegate's seat: not counted"),
}


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


@functools.lru_cache(maxsize=8)
def seats_json(slate: Slate) -> str:
    """{kinds, dem, rep, seats: {district: [kind index, member, dem %, rep %, redrawn 0/1]}}, compact."""
    found = seats(slate)
    any_result = next((s.result for s in found.values() if s.result), None)
    rows = {
        d: [KINDS.index(s.kind), s.name or "", *(([_number(s.result.dem_pct), _number(s.result.rep_pct), int(s.result.redrawn)])
                                                  if s.result else [None, None, 0])]
        for d, s in found.items()
    }
    last = (lambda name: name.split()[-1]) if any_result else (lambda _name: "")
    return json.dumps({"kinds": KINDS, "dem": last(any_result.dem_candidate) if any_result else "",
                       "rep": last(any_result.rep_candidate) if any_result else "", "seats": rows},
                      ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def seats_url(slate: Slate, static_base: str = publish.COMPONENT_STATIC_BASE) -> str:
    return publish.json_url(f"power_{slate.version}", seats_json(slate), static_base)


def power_config(slate: Slate, static_base: str = publish.COMPONENT_STATIC_BASE) -> dict:
    return {"url": seats_url(slate, static_base), "fills": [blocs.kind_colour(k) for k in KINDS],
            "labels": [blocs.kind_label(k) for k in KINDS], **{key: _(text) for key, text in WORDS.items()}}


def legend_html(slate: Slate) -> str:
    """Each caucus's colour and count of seats, the dates behind the counts and the lines caveat."""
    return _legend_html(slate, language())


@functools.lru_cache(maxsize=16)
def _legend_html(slate: Slate, _lang: str) -> str:
    counts = kind_counts(slate)
    swatch = ('<span aria-hidden="true" style="display:inline-block;width:1.1em;height:1.1em;border:1px solid #555;'
              'vertical-align:-0.2em;background:{fill}"></span>')
    items = "".join(
        f'<span role="listitem" style="white-space:nowrap;margin-right:1em" data-kind="{kind}" data-count="{counts.get(kind, 0)}">'
        f'{swatch.format(fill=blocs.kind_colour(kind))} {html_escape(blocs.kind_label(kind))}: {counts.get(kind, 0)}</span>'
        for kind in KINDS if counts.get(kind) or kind != "independent"
    )
    title = _("House seats by caucus, {date} ({count} seats)").format(
        date=date_text(dates.roster_date(slate)), count=sum(counts.values()))
    notes = f"{dates.counts_note(slate)} {dates.lines_caveat(slate)}"
    return (f'<div role="list" aria-label="{html_escape(title)}" data-power-legend="1"><strong>{html_escape(title)}</strong><br>'
            f'{items}</div><p style="font-size:0.85em;margin:0.4em 0 0">{html_escape(notes)}</p>')


def seat_lines(slate: Slate, district: str, today: dt.date) -> list[str]:
    """The seat card: member, caucuses, 2024 result (with the lines caveat where redrawn), the slate's race."""
    seat = seats(slate).get(district)
    if seat is None:
        return []
    lines = [_("**Member:** {name}").format(name=md_escape(seat.name or _("vacant seat"))),
             _("**Caucus:** {kind}").format(kind=md_escape(_caucuses(slate, seat)))]
    lines.append(_("**2024:** {result}").format(result=md_escape(result_clause(seat))))
    if seat.result is not None and seat.result.redrawn:
        lines.append(md_escape(_("{district}'s state voted on new lines in 2026: this result is for the district's "
                                 "119th-Congress lines.").format(district=district)))
    race = targets.slate_race(slate, district)
    if race is not None:
        lines.append(_("**Slate race in {year}:** {race}").format(year=targets.CHALLENGE_CYCLE, race=md_escape(
            f"{labels.race_name(race)}: {labels.status_label(SlateOnDay(slate, today).status(race))}")))
    lines.append(md_escape(_("Members as of {date}.").format(date=date_text(seat.member.as_of))))
    return lines


def _caucuses(slate: Slate, seat: Seat) -> str:
    return caucus_names(slate, seat) or blocs.kind_label(seat.kind)


COLUMNS = (N_("District"), N_("Member"), N_("Caucuses"), N_("2024 Democratic share"), N_("Slate challenger in 2026"),
           N_("How it went"))


def targets_block(slate: Slate, today: dt.date, min_share: float, any_dem: bool) -> tuple[str, str, bytes]:
    """(caption, HTML table, CSV) of the list: remembered per view and language, so a click on the map
    builds nothing again. The caption gives the count and the roster's date."""
    return _targets_block(slate, today, min_share, any_dem, language())


@functools.lru_cache(maxsize=64)
def _targets_block(slate, today, min_share, any_dem, _lang) -> tuple[str, str, bytes]:
    rows = target_rows(slate, today, min_share, any_dem)
    caption = _("{count} seats at {share}% or more (members as of {date})").format(
        count=len(rows), share=number_text(round(min_share * 100, 1)), date=date_text(dates.roster_date(slate)))
    return caption, targets_html(rows, caption), targets_csv(rows)


def target_rows(slate: Slate, today: dt.date, min_share: float, any_dem: bool) -> list[dict]:
    """The primaries nobody has called, as table rows in the page's language (data text unescaped)."""
    rows = []
    for t in targets.targets(slate, today, min_share, any_dem):
        went = labels.status_label(t.status) if t.challenger else ""
        rows.append(dict(zip((_(c) for c in COLUMNS), (
            t.seat.district, t.seat.name, _caucuses(slate, t.seat), f"{number_text(_number(t.seat.result.dem_pct))}%",
            ", ".join(t.candidates) if t.challenger else _("none"), went))))
    return rows


def targets_csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def targets_html(rows: list[dict], caption: str) -> str:
    """The list as an HTML table (header cells read with each cell), every value escaped."""
    if not rows:
        return ""
    head = "".join(f'<th scope="col">{html_escape(c)}</th>' for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html_escape(v)}</td>" for v in row.values()) + "</tr>" for row in rows)
    return (f'<table style="width:100%;border-collapse:collapse;font-size:0.9em"><caption style="text-align:left">'
            f'{html_escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
