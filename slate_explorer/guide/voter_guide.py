"""A printable one-page voter guide for a voter's districts: races, candidates, agenda backed, dates.

Plain HTML with print styles, every data value escaped; no scripts, no external requests.
"""

from __future__ import annotations

import datetime as dt

from ..data.slate import Slate
from ..i18n import _, date_text, language
from ..race_card import incumbent_line, race_card
from ..race_day import DateAhead, SlateOnDay
from ..text import html_escape as esc

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;max-width:48rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.2rem 0 .3rem;border-bottom:2px solid #111}
.race{break-inside:avoid;margin-bottom:.8rem}.meta{color:#333}.small{font-size:.85rem;color:#333}
ul{margin:.2rem 0 .4rem 1.2rem;padding:0}a{color:#003f7f}
@media print{body{margin:0;font-size:11pt}a{color:#000;text-decoration:none}a[href]::after{content:" (" attr(href) ")";font-size:.8em}}
"""


def guide_html(slate: Slate, districts: list[str], place: str | None = None, today: dt.date | None = None,
               data_url: str | None = None) -> str:
    """The guide for the given district ids (never the voter's address: `place` is a district label), as
    read on `today`: statuses as shown that day, and only the dates still ahead. `data_url`: the site's
    data page, named when no date is left."""
    day = SlateOnDay(slate, today)
    races = [race for d in districts for race in slate.races_in_district(d)]
    # No _() inside an f-string: Babel's extractor does not look into f-strings on Python 3.11, so such
    # words never reached the catalogue and the guide printed them in English on the Spanish page.
    title = _("Your slate voter guide")
    districts_label, none_found = _("Districts:"), _("none found")
    body = [f"<h1>{esc(title)}</h1>"]
    body.append(f'<p class="meta">{esc(districts_label)} {esc(", ".join(districts) or none_found)}</p>')
    if not races:
        body.append(_paragraph(_("No slate race is recorded in these districts in this data version.")))
    for race in races:
        body.append(_race_section(day, race))
    days = day.dates_ahead([r.id for r in races], states={r.state for r in races}) if races else []
    dates_label = _("Dates")
    if days:
        body.append(f"<h2>{esc(dates_label)}</h2><ul>")
        body += [f"<li>{esc(date_line(d))}</li>" for d in days]
        body.append("</ul>")
    elif races and today:
        body.append(f"<h2>{esc(dates_label)}</h2><p>{no_dates_ahead_html(slate, day.today, data_url)}</p>")
    footer = _("Data version {version} (as of {as_of}). Every fact comes with its source; check your election office for polling places.")
    body.append(f'<p class="small">{esc(footer.format(version=slate.version, as_of=slate.as_of))}</p>')
    return (
        f'<!DOCTYPE html><html lang="{language()}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
        f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>"
    )


def date_line(d: DateAhead) -> str:
    """One date ahead in words: "3 January 2027: The 120th Congress convenes at noon (approximate)"."""
    text = _("{date}: {title}").format(date=date_text(d.date), title=d.title)
    return text + (" " + _("(approximate)") if d.approximate else "")


def no_dates_ahead(slate: Slate, today: dt.date) -> str:
    """What a voter reads when every recorded date of their races has passed (plain text)."""
    return _("No election date still ahead on {today} is recorded for these races: every date in data version "
             "{version} (as of {as_of}) has passed. The site's data page lists every version it has.").format(today=date_text(today), version=slate.version,
                             as_of=date_text(dt.date.fromisoformat(slate.as_of)))


def no_dates_ahead_html(slate: Slate, today: dt.date, data_url: str | None) -> str:
    text, link_words = esc(no_dates_ahead(slate, today)), _("The data page")
    return text + (f' <a href="{esc(data_url)}">{esc(link_words)}</a>' if data_url else "")


def _race_section(day: SlateOnDay, race) -> str:
    """The race card (mapview.card: the words every page draws) as printable HTML."""
    c = race_card(day.slate, race.id, day=day)
    parts = [f'<section class="race"><h2>{esc(c.office)} ({c.cycle})</h2>',
             f'<p class="meta">{esc(c.status_label)}. {esc(c.status_note or "")}</p>']
    if c.incumbent:
        parts.append(_paragraph(_("Incumbent:"), incumbent_line(c)))
    if c.story:
        parts.append("<ul>" + "".join(f"<li>{esc(line)}</li>" for line in c.story) + "</ul>")
    if c.official:
        parts.append(f"<p>{official_html(c.official)}</p>")
    if c.no_candidate:
        parts.append(_paragraph(c.no_candidate))
    for person in c.candidates:
        parts.append(f"<p><strong>{esc(person.name)}</strong>: {esc(person.outcome)}. {esc(person.summary or '')}</p>")
        if person.backs:
            parts.append(_paragraph(_("Backs:"), "; ".join(person.backs)))
        links = [link for link in person.links if link.label != _("Social media")]
        if links:
            parts.append("<p>" + " · ".join(f'<a href="{esc(link.url)}">{esc(link.label)}</a>' for link in links) + "</p>")
    source = day.slate.source_of(race)
    parts.append(_paragraph(_("Source:"), source.title, css="small") + "</section>")
    return "".join(parts)


def official_html(line) -> str:
    """race_story.OfficialLine as HTML (escaped): the words, the publisher linked, the certification date."""
    link = f' <a href="{esc(line.url)}">{esc(line.publisher)}</a>' if line.url and line.publisher else ""
    return esc(line.text) + link + (f", {esc(line.certified)}" if line.certified else "")


def _paragraph(label: str, value: str | None = None, css: str | None = None) -> str:
    """<p>label value</p>, both escaped."""
    attribute = f' class="{css}"' if css else ""
    text = esc(label) + (f" {esc(value)}" if value is not None else "")
    return f"<p{attribute}>{text}</p>"
