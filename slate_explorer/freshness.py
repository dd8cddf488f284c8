"""How current the data is on the day a page is read: the version's as-of date and the elections held since.

Every page shows this once, near the top (views/_shell.py): quietly when no election has passed since
the version's date, as a notice naming them when some have (their results cannot be in this version).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .data.slate import Slate
from .i18n import _, date_text, ngettext
from .phase import elections_since
from .text import md_escape


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


def passed_text(f: Freshness) -> str:
    """The elections held since, as plain text (the static export escapes it); empty when quiet."""
    if f.quiet:
        return ""
    held = ngettext("Since then, {count} election has been held:", "Since then, {count} elections have been held:",
                    len(f.passed)).format(count=len(f.passed))
    missing = _("results not recorded in this version.")
    return f"{held} {'; '.join(f.passed)} — {missing}"


def freshness_markdown(f: Freshness, data_href: str) -> str:
    """The notice as Markdown (data text escaped); `data_href` links to the data page."""
    as_of = _("The data is as of {date}.").format(date=date_text(f.as_of))
    if f.quiet:
        return as_of
    held = ngettext("Since then, {count} election has been held:", "Since then, {count} elections have been held:",
                    len(f.passed)).format(count=len(f.passed))
    listing = "; ".join(md_escape(line) for line in f.passed)
    missing = _("results not recorded in this version ([see the data page]({href})).").format(href=data_href)
    return f"{as_of} {held} {listing} — {missing}"
