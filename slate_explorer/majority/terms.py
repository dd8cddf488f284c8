"""The terms a chamber's seat counts describe, and when they end.

The data's chamber counts are those of the sitting term on the chamber's as-of date; races decided in an
election take their seats in the next term. The dates are fixed by law, so they live here, keyed by
chamber id, rather than in every data version.

Sources: U.S. Constitution, 20th Amendment, section 1 (the terms of Representatives and Senators end at
noon on 3 January; each Congress runs two years: the 119th from 3 January 2025 to 3 January 2027);
New York State Constitution, article III, sections 2 and 5 (Assembly members and Senators are elected
for two years, their terms beginning on 1 January of the odd year).

Public:
- `Term(name, start, end)`; `term_of(chamber_id, on) -> Term | None`: the term sitting on a day.
- `term_sentence(chamber_name, chamber_id, as_of, today) -> str | None`: the term in words, and its end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..data_text import with_chamber
from ..i18n import N_, _, date_text


@dataclass(frozen=True)
class Term:
    name: str  # translate where shown
    start: dt.date
    end: dt.date  # the term's last day (a Congress ends at noon that day, when the next begins)


def _congress(number: int, label: str) -> Term:
    first_year = 1789 + 2 * (number - 1)  # the 1st Congress began in 1789
    return Term(label, dt.date(first_year, 1, 3), dt.date(first_year + 2, 1, 3))


def _new_york(first_year: int, label: str) -> Term:
    return Term(label, dt.date(first_year, 1, 1), dt.date(first_year + 1, 12, 31))


CONGRESSES = (_congress(119, N_("the 119th Congress")), _congress(120, N_("the 120th Congress")))
NEW_YORK = (_new_york(2025, N_("the 2025–2026 legislative term")), _new_york(2027, N_("the 2027–2028 legislative term")))
TERMS = {"us_house": CONGRESSES, "us_senate": CONGRESSES, "ny_assembly": NEW_YORK, "ny_senate": NEW_YORK}


def term_of(chamber_id: str, on: dt.date) -> Term | None:
    """The term of the chamber sitting on `on` (the chamber's as-of date), or None when not listed."""
    sitting = [t for t in TERMS.get(chamber_id, ()) if t.start <= on <= t.end]
    return sitting[-1] if sitting else None  # 3 January: the new Congress


def term_sentence(chamber_name: str, chamber_id: str, as_of: dt.date, today: dt.date) -> str | None:
    """'The seat counts of the U.S. House describe the 119th Congress, which ends on 3 January 2027.'"""
    term = term_of(chamber_id, as_of)
    if term is None:
        return None
    if today > term.end:
        text = _("The seat counts of the {chamber} describe {term}, which ended on {end}: this data version does "
                 "not have the counts of the term sitting now.")
    else:
        text = _("The seat counts of the {chamber} describe {term}, which ends on {end}. Races decided in an "
                 "election take their seats in the next term.")
    return with_chamber(text, chamber_name, term=_(term.name), end=date_text(term.end))
