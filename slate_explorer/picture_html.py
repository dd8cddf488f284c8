"""The governing picture drawn as compact HTML with inline SVG strips, for the home page.

One strip per chamber: the seats left to right, the bloc today (solid), the seats the slate would add
(striped), and a tick at every threshold with its number; a line under it names each threshold and
whether the bloc reaches it. Every row is a link to /majority with the scenario. Colour is never the only
signal (pattern, numbers and words say the same), and every piece of data text is escaped.
"""

from __future__ import annotations

from .governing import ChamberPicture, GoverningPicture, OfficePicture, PlankLine, TeamPicture
from .i18n import _, ngettext, number_text
from .text import html_escape

WIDTH = 600  # viewBox units; drawn at the column's width
BAR_TOP, BAR_HEIGHT = 26, 22
HEIGHT = 76
FONT = 24
TODAY_FILL, EMPTY_FILL, INK = "#0072B2", "#E8E8E8", "#000"
CSS = """<style>
.gp{font-size:0.95rem;line-height:1.3}
.gp h2{font-size:1.05rem;margin:0 0 .2rem;padding:0}
.gp p{margin:.1rem 0 .3rem}
.gp a.gp-row{display:block;color:inherit;text-decoration:none;margin:0 0 .35rem;border-radius:4px}
.gp a.gp-row:hover .gp-name,.gp a.gp-row:focus .gp-name{text-decoration:underline}
.gp .gp-name{font-weight:600}
.gp .gp-marks{font-size:.8rem;display:block}
.gp .gp-fig{white-space:normal}
.gp .gp-lead{margin:0 0 .3rem}
.gp .gp-lead h2{display:inline;font-size:1rem}
.gp svg{display:block;width:100%;height:auto;max-width:40rem}
.gp .gp-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));column-gap:1.5rem}
.gp ul{margin:.1rem 0 .3rem;padding-left:1.1rem}
.gp li{margin:0}
.gp .gp-chips{display:flex;flex-wrap:wrap;gap:.25rem;margin:.2rem 0;padding:0;list-style:none}
.gp .gp-chips li{border:1px solid #767676;border-radius:1rem;padding:0 .5rem;font-size:.85rem}
.gp .gp-chips li.gp-linked{border:2px solid #0072B2;font-weight:600}
</style>"""


def bloc_sentence(c: ChamberPicture) -> str:
    """The strip in words: today, then, and how many races are assumed won."""
    if not c.bloc_known:
        base = _("Progressive bloc: size not recorded in this data version; {n} seats.").format(n=number_text(c.seats))
        return base + (" " + _races_words(c) if c.open_races else "")
    if not c.open_races:
        return _("Progressive bloc: {today} of {seats} seats today; no slate race for this chamber is still open.").format(
            today=number_text(c.bloc_today), seats=number_text(c.seats)
        )
    return _("Progressive bloc: {today} today, {then} of {seats} seats if the slate wins {races}.").format(
        today=number_text(c.bloc_today), then=number_text(c.bloc_then), seats=number_text(c.seats), races=_races_words(c)
    )


def _races_words(c: ChamberPicture) -> str:
    words = ngettext("its {n} open race", "its {n} open races", len(c.open_races)).format(n=number_text(len(c.open_races)))
    if c.awaiting:
        words += " (" + ngettext(
            "{k} of them held with no result recorded: assumed won",
            "{k} of them held with no result recorded: assumed won",
            len(c.awaiting),
        ).format(k=number_text(len(c.awaiting))) + ")"
    return words


def marks_sentence(c: ChamberPicture) -> str:
    """'Needs: 107 caucus majority (reached), 217 bills, ...' with what the bloc would reach."""
    parts = []
    for m in c.marks:
        reached = _("reached") if m.met_then else None
        parts.append(m.label + (f" ({reached})" if reached else ""))
    return _("Thresholds: {marks}.").format(marks="; ".join(parts))


def strip_svg(c: ChamberPicture) -> str:
    """The chamber's seats as one bar with the bloc today, the bloc then and a tick per threshold."""
    seats = max(c.seats, 1)
    x = lambda n: WIDTH * min(max(n, 0), seats) / seats  # noqa: E731 - a scale, read inline
    uid = html_escape(c.chamber_id)
    label = f"{c.name}. {bloc_sentence(c)} {marks_sentence(c)}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{html_escape(label)}" data-chamber="{uid}" data-today="{c.bloc_today}" data-then="{c.bloc_then}">',
        f'<defs><pattern id="gp-gain-{uid}" width="8" height="8" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="8" height="8" fill="#fff"/>'
        f'<rect width="4" height="8" fill="{TODAY_FILL}"/></pattern></defs>',
        f'<rect x="0" y="{BAR_TOP}" width="{WIDTH}" height="{BAR_HEIGHT}" fill="{EMPTY_FILL}" stroke="#767676"/>',
    ]
    if c.bloc_known:
        parts.append(f'<rect x="0" y="{BAR_TOP}" width="{x(c.bloc_today):.1f}" height="{BAR_HEIGHT}" fill="{TODAY_FILL}"/>')
        gain = x(c.bloc_then) - x(c.bloc_today)
        if gain > 0:
            parts.append(
                f'<rect x="{x(c.bloc_today):.1f}" y="{BAR_TOP}" width="{max(gain, 3):.1f}" height="{BAR_HEIGHT}" '
                f'fill="url(#gp-gain-{uid})" stroke="{TODAY_FILL}"/>'
            )
    parts += _ticks(c, x)
    parts.append("</svg>")
    return "".join(parts)


def _ticks(c: ChamberPicture, x) -> list[str]:
    """A line per threshold; its number above the bar, or below when it would touch the previous one."""
    out, last_end = [], {True: -100.0, False: -100.0}
    for m in c.marks:
        px = x(m.needed)
        text = number_text(m.needed)
        width = 0.6 * FONT * len(text)
        anchor_x = min(max(px, width / 2), WIDTH - width / 2)
        above = anchor_x - width / 2 > last_end[True] + 4
        last_end[above] = anchor_x + width / 2
        y = BAR_TOP - 6 if above else BAR_TOP + BAR_HEIGHT + FONT
        out.append(
            f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{BAR_TOP - 4}" y2="{BAR_TOP + BAR_HEIGHT + 4}" stroke="{INK}" '
            f'stroke-width="3"/><text x="{anchor_x:.1f}" y="{y}" font-size="{FONT}" text-anchor="middle" '
            f'fill="{INK}">{html_escape(text)}</text>'
        )
    return out


def figures_text(c: ChamberPicture) -> str:
    """The strip's numbers in a few words: "95 today → 98 of 435 in the 120th Congress (seats assumed)"."""
    if not c.bloc_known:
        return _("bloc size not recorded; {seats} seats").format(seats=number_text(c.seats)) + term_words(c)
    return _("{today} today → {then} of {seats}").format(
        today=number_text(c.bloc_today), then=number_text(c.bloc_then), seats=number_text(c.seats)
    ) + term_words(c)


def term_words(c: ChamberPicture) -> str:
    """' in the 120th Congress (seats assumed)' when the scenario's figures describe a later term."""
    if not c.term_then or c.term_then == c.term_today:
        return ""
    if c.counts_then == "recorded":
        return " " + _("in {term}").format(term=_(c.term_then))
    if c.counts_then == "set":
        return " " + _("in {term} (seats as you set them)").format(term=_(c.term_then))
    return " " + _("in {term} (seats assumed)").format(term=_(c.term_then))


def chamber_html(c: ChamberPicture) -> str:
    return (
        f'<a class="gp-row" href="{html_escape(c.href)}"><span class="gp-name">{html_escape(c.name)}</span> '
        f'<span class="gp-fig">{html_escape(figures_text(c))}</span>{strip_svg(c)}'
        f'<span class="gp-marks">{html_escape(bloc_names_text(c))}{html_escape(marks_sentence(c))}</span></a>'
    )


def bloc_names_text(c: ChamberPicture) -> str:
    """'Bloc: DSA Socialists in Office. ' (the recorded group the strip counts), or nothing."""
    return _("Bloc: {names}.").format(names="; ".join(c.bloc_names)) + " " if c.bloc_names else ""


def office_sentence(o: OfficePicture) -> str:
    if o.slate_holds_today:
        return _("{office}: held by the slate ({holder}).").format(office=o.name, holder=o.holder_today or _("unknown"))
    if o.slate_holds_then:
        text = _("{office}: the slate's if it wins the race").format(office=o.name)
        return text + (" " + _("(result not recorded: assumed won)") if o.awaiting else "") + "."
    return _("{office}: not held by the slate.").format(office=o.name)


def plank_html(p: PlankLine) -> str:
    sign = "✓" if p.passes else "✗"
    return (
        f'<li><a href="{html_escape(p.href)}">{sign} {html_escape(p.title)}</a>: {html_escape(p.text)}</li>'
    )


def wins_clause(pic: GoverningPicture) -> str:
    """'if the slate wins ...' in the tense the day gives each race: races still ahead are won, races already
    held whose result this data does not record are assumed won (never spoken of as still to come)."""
    held = len(pic.awaiting)
    ahead = len(pic.wins) - held
    held_text = ngettext(
        "won the {k} race already held whose result is not recorded (assumed won)",
        "won the {k} races already held whose results are not recorded (assumed won)",
        held,
    ).format(k=number_text(held))
    if not ahead:
        return _("if the slate {held}").format(held=held_text)
    ahead_text = ngettext("wins the {n} race still ahead", "wins the {n} races still ahead", ahead).format(
        n=number_text(ahead))
    if not held:
        return _("if the slate {ahead}").format(ahead=ahead_text)
    return _("if the slate {ahead} and {held}").format(ahead=ahead_text, held=held_text)


def picture_html(pic: GoverningPicture) -> str:
    """Chambers, offices and planks as one raw-HTML block for st.markdown."""
    heading = _("What the slate would hold and pass")
    if pic.wins:
        lead = _("Today, and {if_clause}.").format(if_clause=wins_clause(pic))
    else:
        lead = _("Today: no slate race is still open in this data version.")
    # The heading runs into its lead sentence: one line less above the strips on a phone.
    parts = [CSS, '<div class="gp">',
             f'<div class="gp-lead"><h2>{html_escape(heading)}:</h2> {html_escape(lead)}</div>']
    parts += ['<div class="gp-grid">', *(chamber_html(c) for c in pic.chambers), "</div>"]
    parts += [f'<p><a href="{html_escape(o.href)}">{html_escape(office_sentence(o))}</a></p>' for o in pic.offices]
    planks_title = _("The shared agenda then: {n} of {total} planks pass").format(
        n=number_text(pic.passing), total=number_text(len(pic.planks))
    )
    parts.append(f'<p class="gp-name">{html_escape(planks_title)}</p><ul>')
    parts += [plank_html(p) for p in pic.planks]
    parts.append("</ul>")
    see_how = _("See how, on the majority calculator")
    parts.append(f'<p><a href="{html_escape(pic.href)}">{html_escape(see_how)}</a></p>')
    parts.append("</div>")
    return _one_block(parts)


def team_html(team: TeamPicture) -> str:
    """The slate as a small group: a chip per candidate (outlined when linked), who endorsed whom, the score."""
    names = dict(team.members)
    linked = {i for pair in team.links for i in pair}
    chips = "".join(
        f'<li class="{"gp-linked" if cid in linked else ""}">{html_escape(name)}</li>' for cid, name in team.members
    )
    lines = "".join(
        "<li>" + html_escape(_("{a} endorsed {b}").format(a=names.get(a, a), b=names.get(b, b))) + "</li>"
        for a, b in team.links
    )
    heading, more = _("The team"), _("See who backs what on the shared agenda")
    return _one_block([
        CSS,
        f'<div class="gp"><h2>{html_escape(heading)}</h2><ul class="gp-chips">{chips}</ul>',
        f"<ul>{lines}</ul>" if lines else "",
        f'<p>{html_escape(team.sentence)} <a href="{html_escape(team.href)}">{html_escape(more)}</a></p></div>',
    ])


def _one_block(parts: list[str]) -> str:
    """One raw-HTML block for st.markdown (its sanitiser drops SVG in st.html): the style, then one line,
    so no blank line in data text can end the block and let markdown read the rest."""
    css, body = parts[0], "".join(parts[1:])
    return css + " ".join(body.splitlines())
