"""A printable one-page voter guide for a voter's districts: races, candidates, agenda backed, dates.

Plain HTML with print styles, every data value escaped; no scripts, no external requests.
"""

from __future__ import annotations

import datetime as dt

from ..data.slate import Slate
from ..display_status import on_day, shown_status, status_note_shown
from ..i18n import _, date_text, language
from ..labels import status_label
from ..text import html_escape as esc
from .calendar import election_days

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
    day = on_day(slate, today)
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
        body.append(_race_section(slate, race, day))
    days = election_days(slate, [r.id for r in races], from_day=day)
    dates_label = _("Dates")
    if days:
        body.append(f"<h2>{esc(dates_label)}</h2><ul>")
        body += [f"<li>{esc(date_text(d.date))}: {esc(d.title)}</li>" for d in days]
        body.append("</ul>")
    elif races and today:
        body.append(f"<h2>{esc(dates_label)}</h2><p>{no_dates_ahead_html(slate, day, data_url)}</p>")
    footer = _("Data version {version} (as of {as_of}). Every fact comes with its source; check your election office for polling places.")
    body.append(f'<p class="small">{esc(footer.format(version=slate.version, as_of=slate.as_of))}</p>')
    return (
        f'<!DOCTYPE html><html lang="{language()}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
        f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>"
    )


def no_dates_ahead(slate: Slate, today: dt.date) -> str:
    """What a voter reads when every recorded date of their races has passed (plain text)."""
    return _("No election date still ahead on {today} is recorded for these races: every date in data version "
             "{version} (as of {as_of}) has passed. Newer versions and results are listed on the site's data "
             "page.").format(today=date_text(today), version=slate.version,
                             as_of=date_text(dt.date.fromisoformat(slate.as_of)))


def no_dates_ahead_html(slate: Slate, today: dt.date, data_url: str | None) -> str:
    text, link_words = esc(no_dates_ahead(slate, today)), _("The data page")
    return text + (f' <a href="{esc(data_url)}">{esc(link_words)}</a>' if data_url else "")


def _race_section(slate: Slate, race, today: dt.date) -> str:
    parts = [f'<section class="race"><h2>{esc(race.office)} ({race.cycle})</h2>']
    status = shown_status(slate, race, today)
    parts.append(f'<p class="meta">{esc(status_label(status))}. {esc(status_note_shown(slate, race, status) or "")}</p>')
    if race.incumbent:
        parts.append(_paragraph(_("Incumbent:"), race.incumbent))
    candidates = slate.candidates_in(race.id)
    if not candidates:
        parts.append(_paragraph(_("No slate candidate is named yet.")))
    for candidate in candidates:
        parts.append(f"<p><strong>{esc(candidate.name)}</strong>: {esc(candidate.summary or '')}</p>")
        positions = slate.positions_of(candidate.id).items()
        backed = [slate.planks[p].title for p, pos in positions if pos.stance.value == "backs"]
        if backed:
            parts.append(_paragraph(_("Backs:"), "; ".join(backed)))
        links = [(label, getattr(candidate, field)) for field, label in (("website", _("Website")), ("donate", _("Donate")), ("volunteer", _("Volunteer"))) if getattr(candidate, field)]
        if links:
            parts.append("<p>" + " · ".join(f'<a href="{esc(url)}">{esc(label)}</a>' for label, url in links) + "</p>")
    source = slate.source_of(race)
    parts.append(_paragraph(_("Source:"), source.title, css="small") + "</section>")
    return "".join(parts)


def _paragraph(label: str, value: str | None = None, css: str | None = None) -> str:
    """<p>label value</p>, both escaped."""
    attribute = f' class="{css}"' if css else ""
    text = esc(label) + (f" {esc(value)}" if value is not None else "")
    return f"<p{attribute}>{text}</p>"
