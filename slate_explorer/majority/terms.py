"""The terms a chamber's seat counts describe, which term a race's election fills, and the assumption
used for a term whose seats the data does not record.

The data's chamber counts are those of the term sitting on the chamber's as-of date. A regular election
fills the next term (a 2026 general fills the 120th Congress, and New York's 2027–2028 term); a special
election fills a seat in the term sitting on its day. While a term's composition is not recorded, the
arithmetic assumes the last recorded term's party split (labelled "assumed"), or a split the visitor sets
(`?assume=` on /majority, `scenario --assume`). The term dates are fixed by law, so they live here, keyed
by chamber id, rather than in every data version.

Sources: U.S. Constitution, 20th Amendment, section 1 (the terms of Representatives and Senators end at
noon on 3 January; each Congress runs two years: the 119th from 3 January 2025 to 3 January 2027);
New York State Constitution, article III, sections 2 and 5 (Assembly members and Senators are elected
for two years, their terms beginning on 1 January of the odd year).

Public:
- `Term(name, start, end)`; `term_of(chamber_id, on) -> Term | None`: the term sitting on a day.
- `term_filled(race) -> Term | None`: the term a race's election fills.
- `scenario_term(slate, chamber_id, races, day)`: the term a scenario's wins in a chamber are seated in.
- `term_sentence(outcome) -> str | None`: which term the figures describe, and whether they are assumed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..data.models import Race
from ..data_text import with_chamber
from ..i18n import N_, _, date_text, ngettext, number_text

RECORDED, ASSUMED, SET = "recorded", "assumed", "set"  # where a term's seat counts come from


@dataclass(frozen=True, order=True)
class Term:
    start: dt.date
    end: dt.date  # the term's last day (a Congress ends at noon that day, when the next begins)
    name: str  # translate where shown


def _congress(number: int, label: str) -> Term:
    first_year = 1789 + 2 * (number - 1)  # the 1st Congress began in 1789
    return Term(dt.date(first_year, 1, 3), dt.date(first_year + 2, 1, 3), label)


def _new_york(first_year: int, label: str) -> Term:
    return Term(dt.date(first_year, 1, 1), dt.date(first_year + 1, 12, 31), label)


CONGRESSES = (_congress(119, N_("the 119th Congress")), _congress(120, N_("the 120th Congress")),
              _congress(121, N_("the 121st Congress")))
NEW_YORK = (_new_york(2025, N_("the 2025–2026 legislative term")), _new_york(2027, N_("the 2027–2028 legislative term")),
            _new_york(2029, N_("the 2029–2030 legislative term")))
TERMS = {"us_house": CONGRESSES, "us_senate": CONGRESSES, "ny_assembly": NEW_YORK, "ny_senate": NEW_YORK}


def term_of(chamber_id: str, on: dt.date) -> Term | None:
    """The term of the chamber sitting on `on`, or None when not listed."""
    sitting = [t for t in TERMS.get(chamber_id, ()) if t.start <= on <= t.end]
    return sitting[-1] if sitting else None  # 3 January: the new Congress


def term_filled(race: Race) -> Term | None:
    """The term the race's election fills: the term sitting on a special election's day; after a regular
    election, the next term to begin. None for chambers without listed terms."""
    day = race.general_date or race.primary_date or dt.date(race.cycle, 11, 1)
    if race.election_type == "special":
        return term_of(race.chamber_id or "", day)
    return next((t for t in TERMS.get(race.chamber_id or "", ()) if t.start > day), None)


def scenario_term(chamber_id: str, races: Iterable[Race], day: dt.date) -> Term | None:
    """The term the scenario describes in a chamber: the latest of the term sitting on `day` and the terms
    the races won there fill."""
    found = [term_of(chamber_id, day), *(term_filled(r) for r in races if r.chamber_id == chamber_id)]
    found = [t for t in found if t is not None]
    return max(found) if found else None


def split_words(parties: Mapping[str, int], vacancies: int) -> str:
    """'219 R, 214 D, 2 vacant'."""
    parts = [f"{number_text(n)} {p}" for p, n in sorted(parties.items(), key=lambda kv: -kv[1]) if n]
    if vacancies:
        parts.append(ngettext("{n} vacant", "{n} vacant", vacancies).format(n=number_text(vacancies)))
    return ", ".join(parts)


def term_sentence(outcome) -> str | None:
    """Which term a chamber's figures describe and where its seat counts come from (a ChamberOutcome)."""
    if outcome.term is None:
        return None
    if outcome.counts == RECORDED:
        text = _("The figures for the {chamber} describe {term}, which runs until {end}. Races decided in a regular "
                 "election take their seats in the next term.")
    elif outcome.counts == ASSUMED:
        text = _("The figures for the {chamber} describe {term} (from {start}). This data version does not record "
                 "its seats, so the party split of {previous} is assumed ({split}). You can set another split.")
    else:
        text = _("The figures for the {chamber} describe {term} (from {start}). This data version does not record "
                 "its seats: the party split you set is used ({split}).")
    previous = _(outcome.counts_from.name) if outcome.counts_from else ""
    return with_chamber(text, outcome.name, term=_(outcome.term.name), end=date_text(outcome.term.end),
                        start=date_text(outcome.term.start), previous=previous,
                        split=split_words(outcome.parties_before, outcome.vacancies_before))
