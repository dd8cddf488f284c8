"""How current the data is on the day a page is read: the version's as-of date and the elections held since.

Every page shows this once, near the top (views/_shell.py): one short line, quiet when no election has
passed since the version's date; when some have, it counts them (their results cannot be in this version)
and lists them in a closed disclosure, so the notice never pushes a page's content off a phone's first screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .data.slate import Slate
from .i18n import _, date_text, ngettext
from .phase import elections_since
from .text import html_escape


@dataclass(frozen=True)
class Freshness:
    as_of: dt.date
    passed: tuple[str, ...]  # each election held since, in words: "Mayor of ...: primary, 4 August 2026"

    @property
    def quiet(self) -> bool:
        return not self.passed


def freshness(slate: Slate, today: dt.date) -> Freshness:
    """The as-of date and the elections held after it and before `today` (race names in the slate's
    language: pass the translated slate)."""
    passed = tuple(
        _("{race}: {election}, {date}").format(race=slate.races[e.race_id].office, election=_(e.what), date=date_text(e.date))
        for e in elections_since(slate, today)
    )
    return Freshness(dt.date.fromisoformat(slate.as_of), passed)


def freshness_summary(f: Freshness) -> str:
    """The notice's one line as plain text: the as-of date and, when elections have been held since, how
    many and that their results are not in this version."""
    as_of = _("Data as of {date}.").format(date=date_text(f.as_of))
    if f.quiet:
        return as_of
    held = ngettext(
        "{count} election has taken place since; its result is not recorded in this version.",
        "{count} elections have taken place since; their results are not recorded in this version.",
        len(f.passed),
    ).format(count=len(f.passed))
    return f"{as_of} {held}"


def freshness_html(f: Freshness, data_href: str) -> str:
    """The notice as one small HTML block (data text escaped): the line, a link to the data page
    (`data_href`) and, when elections have been held since, their list in a closed <details>, so the
    notice takes two short lines of a phone's first screen however many there are."""
    see = _("See the data page")
    line = f'{html_escape(freshness_summary(f))} <a href="{html_escape(data_href)}">{html_escape(see)}</a>.'
    if f.quiet:
        return f'<div class="se-asof" style="font-size:.875rem">{line}</div>'
    label = ngettext("Election held since ({count})", "Elections held since ({count})", len(f.passed)).format(
        count=len(f.passed))
    items = "".join(f"<li>{html_escape(e)}</li>" for e in f.passed)
    return (f'<div class="se-asof" style="font-size:.875rem">{line}<details><summary>{html_escape(label)}</summary>'
            f'<ul style="margin:.25rem 0 0">{items}</ul></details></div>')
