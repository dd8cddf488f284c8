"""A chamber's seats as an accessible SVG bar: bloc, rest of its caucus, other caucuses, vacancies.

Seats run left to right in that order, one segment per group with its width proportional to its seats,
so a threshold line at N seats shows how far the bloc (and the bloc with its caucus) reaches. Colour is
never the only signal: every group also has a pattern, its count written in the bar and a legend line;
every threshold line carries its number and the vote it is for. Data text is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data_text import with_chamber
from ..i18n import _, number_text
from ..text import html_escape
from .explain import caucus_name, party_name
from .scenario import ChamberOutcome, SeatGroup, ThresholdResult

WIDTH = 600  # viewBox units; the drawing scales to the column (fonts stay readable at 375 px wide)
BAR_HEIGHT = 60
ROW = 28  # height of one row of threshold labels
LEGEND_ROW = 28
PAD = 4
FONT = 20
CHAR = 0.56 * FONT  # rough width of one character, to fit labels

# group -> (fill colour, pattern id suffix or None); Okabe-Ito colours, each paired with a pattern.
STYLE = {
    "bloc": ("#0072B2", None),
    "caucus_rest": ("#56B4E9", "stripes"),
    "caucus": ("#E69F00", "dots"),
    "vacant": ("#FFFFFF", "empty"),
}


def short_action(action: str) -> str:
    """A threshold's name short enough to sit next to its line."""
    return {
        "elect-speaker": _("Speaker"),
        "pass-bill": _("bills"),
        "discharge-petition": _("discharge petition"),
        "override-veto": _("veto override"),
        "impeach": _("impeachment"),
        "convict": _("conviction"),
        "invoke-cloture": _("cloture"),
        "elect-caucus-leader": _("caucus majority"),  # one name for the threshold, as on the home picture
    }.get(action, action.replace("-", " "))


FRACTIONS = {
    "three_fifths_sworn": "3/5",
    "two_thirds_voting": "2/3",
    "two_thirds_present": "2/3",
    "two_thirds_elected": "2/3",
}


def group_label(group: SeatGroup, bloc_seats: int = 1) -> str:
    """The group's name; with no bloc seat drawn, "the rest of the caucus" is the whole caucus."""
    if group.group == "bloc":
        return _("Progressive bloc")
    if group.group == "caucus_rest" and not bloc_seats:
        return capital(caucus_name(group.party))
    if group.group == "caucus_rest":
        return _("Rest of the {caucus}").format(caucus=caucus_name(group.party))
    if group.group == "vacant":
        return _("Vacant seats")
    if group.party in ("D", "R"):
        return capital(caucus_name(group.party))
    return capital(party_name(group.party))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Mark:
    """One threshold line: every rule of the chamber needing the same number of seats shares it."""

    needed: int
    label: str  # "217: Speaker, bills, impeachment"


def threshold_marks(thresholds: tuple[ThresholdResult, ...], seats: int) -> list[Mark]:
    """One mark per distinct number needed, within the chamber, in ascending order."""
    by_needed: dict[int, list[str]] = {}
    for t in thresholds:
        if 0 < t.needed <= seats:
            name = short_action(t.action)
            fraction = FRACTIONS.get(t.rule)
            by_needed.setdefault(t.needed, []).append(f"{name} ({fraction})" if fraction else name)
    return [
        Mark(n, f"{number_text(n)}: {', '.join(dict.fromkeys(names))}") for n, names in sorted(by_needed.items())
    ]


def seat_chart_svg(outcome: ChamberOutcome) -> str:
    """The chamber as an SVG: <title> and <desc> say everything the drawing shows."""
    seats = max(outcome.seats, 1)
    marks = threshold_marks(outcome.thresholds, outcome.seats)
    placed = place_labels(marks, seats)
    groups = [g for g in outcome.seat_groups if g.seats > 0]
    top = PAD + ROW * sum(len(p.lines) for p in placed)
    legend_top = top + BAR_HEIGHT + 14
    height = legend_top + LEGEND_ROW * len(groups) + PAD
    uid = "".join(ch if ch.isalnum() else "-" for ch in outcome.chamber_id)
    title = with_chamber(_("Seats of the {chamber}"), outcome.name)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="seat-title-{uid} seat-desc-{uid}" class="seat-chart" '
        f'data-chamber="{html_escape(outcome.chamber_id)}" data-seats-total="{outcome.seats}" '
        f'style="max-width:640px;height:auto;font-family:sans-serif">',
        f'<title id="seat-title-{uid}">{html_escape(title)}</title>',
        f'<desc id="seat-desc-{uid}">{html_escape(chart_description(outcome, marks))}</desc>',
        _patterns(uid),
    ]
    x, counts = 0.0, []
    for g in groups:
        w = WIDTH * g.seats / seats
        parts.append(_segment(uid, g, x, top, w))
        counts.append(_count(g, x, top, w))
        x += w
    # Lines first, then every label on a white plate, so no line runs through a label's text.
    parts += [_line(p, top) for p in placed]
    parts += [_mark_label(p) for p in placed]
    parts += counts
    for i, g in enumerate(groups):
        parts.append(_legend(uid, g, legend_top + i * LEGEND_ROW, bloc_seats(outcome)))
    parts.append("</svg>")
    return "".join(parts)


def chart_description(outcome: ChamberOutcome, marks: list[Mark]) -> str:
    bloc = bloc_seats(outcome)
    groups = "; ".join(f"{group_label(g, bloc)}: {number_text(g.seats)}" for g in outcome.seat_groups if g.seats)
    text = _("{seats} seats, left to right: {groups}.").format(seats=number_text(outcome.seats), groups=groups)
    if marks:
        text += " " + _("Lines mark the votes needed: {marks}.").format(marks="; ".join(m.label for m in marks))
    if outcome.approximate:
        text += " " + _("The seat counts are approximate.")
    return text


def _patterns(uid: str) -> str:
    rest, other = STYLE["caucus_rest"][0], STYLE["caucus"][0]
    return (
        "<defs>"
        f'<pattern id="stripes-{uid}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="8" height="8" fill="{rest}"/>'
        '<line x1="0" y1="0" x2="0" y2="8" stroke="#003A5C" stroke-width="3"/></pattern>'
        f'<pattern id="dots-{uid}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f'<rect width="8" height="8" fill="{other}"/><circle cx="4" cy="4" r="1.8" fill="#4D3300"/></pattern>'
        "</defs>"
    )


def _fill(uid: str, group: str) -> str:
    colour, pattern = STYLE.get(group, STYLE["caucus"])
    if pattern in ("stripes", "dots"):
        return f"url(#{pattern}-{uid})"
    return colour


def _segment(uid: str, g: SeatGroup, x: float, top: int, w: float) -> str:
    dash = ' stroke-dasharray="4 3"' if g.group == "vacant" else ""
    return (
        f'<g class="seat-group" data-group="{html_escape(g.group)}" data-party="{html_escape(g.party or "")}" '
        f'data-seats="{g.seats}"><rect x="{x:.2f}" y="{top}" width="{w:.2f}" height="{BAR_HEIGHT}" '
        f'fill="{_fill(uid, g.group)}" stroke="#222" stroke-width="1"{dash}/></g>'
    )


def _count(g: SeatGroup, x: float, top: int, w: float) -> str:
    """The group's count inside its segment (white on a dark plate) when it fits; the legend always has it."""
    label = number_text(g.seats)
    plate = CHAR * len(label) + 10
    if w < plate + 4:
        return ""
    cx, cy = x + w / 2, top + BAR_HEIGHT / 2
    return (
        f'<rect x="{cx - plate / 2:.2f}" y="{cy - 13:.2f}" width="{plate:.2f}" height="26" rx="3" fill="#1A1A1A"/>'
        f'<text x="{cx:.2f}" y="{cy + 6:.2f}" font-size="{FONT}" fill="#FFFFFF" text-anchor="middle">{label}</text>'
    )


@dataclass(frozen=True)
class PlacedLabel:
    """A mark's label laid out: its rows above the bar, on the side of the line with room for it."""

    mark: Mark
    x: float  # the line's position
    row: int  # the first row the label takes
    lines: tuple[str, ...]
    anchor: str  # "start": the text runs right of the line; "end": left of it


def place_labels(marks: list[Mark], seats: int) -> list[PlacedLabel]:
    """Each label on one row when it fits beside its line, else wrapped on the wider side, so no label
    runs past the drawing's edge (a long Spanish label was cut at the left before)."""
    placed, row = [], 0
    for mark in marks:
        x = WIDTH * mark.needed / seats
        right, left = WIDTH - x - 6, x - 6
        width = CHAR * len(mark.label)
        if width <= right:
            lines, anchor = (mark.label,), "start"
        elif width <= left:
            lines, anchor = (mark.label,), "end"
        else:
            anchor = "start" if right >= left else "end"
            lines = wrap(mark.label, max(right, left))
        placed.append(PlacedLabel(mark, x, row, lines, anchor))
        row += len(lines)
    return placed


def wrap(text: str, room: float) -> tuple[str, ...]:
    """Words into lines of at most `room` viewBox units (a single over-long word keeps its own line)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and CHAR * len(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return tuple(lines)


def _line(p: PlacedLabel, top: int) -> str:
    y = PAD + ROW * p.row + 4
    return (
        f'<line class="threshold" data-needed="{p.mark.needed}" x1="{p.x:.2f}" y1="{y}" x2="{p.x:.2f}" '
        f'y2="{top + BAR_HEIGHT + 8}" stroke="#000" stroke-width="2.5" stroke-dasharray="6 3"/>'
    )


def _mark_label(p: PlacedLabel) -> str:
    width = max(CHAR * len(line) for line in p.lines)
    tx = p.x + 4 if p.anchor == "start" else p.x - 4
    left = p.x + 2 if p.anchor == "start" else p.x - 6 - width
    y = PAD + ROW * p.row + FONT + 1
    rows = "".join(
        f'<tspan x="{tx:.2f}" y="{y + ROW * i}">{html_escape(line)}</tspan>' for i, line in enumerate(p.lines)
    )
    return (
        f'<g class="threshold-label" data-needed="{p.mark.needed}">'
        f'<rect x="{max(0.0, left):.2f}" y="{y - FONT + 2}" width="{width + 4:.2f}" '
        f'height="{ROW * (len(p.lines) - 1) + FONT + 4}" fill="#FFFFFF"/>'
        f'<text font-size="{FONT}" fill="#000" text-anchor="{p.anchor}">{rows}</text>'
        "</g>"
    )


def bloc_seats(outcome: ChamberOutcome) -> int:
    return sum(g.seats for g in outcome.seat_groups if g.group == "bloc")


def _legend(uid: str, g: SeatGroup, y: int, bloc_seats: int) -> str:
    dash = ' stroke-dasharray="4 3"' if g.group == "vacant" else ""
    return (
        f'<g class="legend"><rect x="0" y="{y}" width="30" height="20" fill="{_fill(uid, g.group)}" stroke="#222"{dash}/>'
        f'<text x="38" y="{y + 16}" font-size="{FONT}" fill="#000">'
        f"{html_escape(group_label(g, bloc_seats))}: {number_text(g.seats)}</text></g>"
    )
