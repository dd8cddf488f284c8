"""Who serves a voter's House district, and from when: the members Find lists belong to one term; after an
election, the member for the next term is either recorded in the data version or not, and then the state's
official results are where to look.

Public:
- `ServingNote(term, next_member, official)`; `serving_note(answer, slate, today) -> ServingNote | None`:
  None when the version records no next term for the House (no `key_dates` row of kind term_begins).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..data.models import KeyDate
from ..data.slate import Slate
from ..i18n import _, date_text
from ..race_day import SlateOnDay
from ..race_story import OfficialLine, official_for_state
from ..geo import district_answer

HOUSE = "us_house"


@dataclass(frozen=True)
class ServingNote:
    term: str  # which term the listed members serve
    next_member: str | None  # who serves in the next term, or that this version does not say
    official: OfficialLine | None  # where the official result is, when the version lacks it


def next_term(slate: Slate, chamber_id: str = HOUSE) -> KeyDate | None:
    """The beginning of the chamber's next term, as the version records it (the latest one)."""
    found = [k for k in slate.key_dates if k.kind == "term_begins" and k.chamber_id == chamber_id]
    return max(found, key=lambda k: k.date) if found else None


def serving_note(answer: district_answer.DistrictAnswer, slate: Slate, today: dt.date) -> ServingNote | None:
    start = next_term(slate)
    district = answer.districts.get(HOUSE)
    if start is None or not district:
        return None
    if today < start.date:
        term = _("These are the members serving now; the next term begins on {date} ({title}).").format(
            date=date_text(start.date), title=start.title)
    else:
        term = _("This list is the roster of the term that ended on {date}; the members who took their seats "
                 "then are not in it.").format(date=date_text(start.date))
    election = _election_before(slate, start.date, today)
    if election is None:
        return ServingNote(term, None, None)
    winner = _recorded_winner(slate, district, election)
    if winner:
        return ServingNote(term, _("The member elected on {date} for the next term: {name} (recorded in this "
                                   "version).").format(date=date_text(election), name=winner), None)
    return ServingNote(term, _("The member for the next term was elected on {date}; this version does not record "
                               "who.").format(date=date_text(election)),
                       official_for_state(SlateOnDay(slate, today), district.split("-")[0], election.year))


def _election_before(slate: Slate, start: dt.date, today: dt.date) -> dt.date | None:
    """The House general election that fills the term beginning on `start`, once it has been held."""
    held = [r.general_date for r in slate.races.values()
            if r.level.value == HOUSE and r.election_type == "regular" and r.cycle == start.year - 1
            and r.general_date and r.general_date < min(start, today)]
    return max(held) if held else None


def _recorded_winner(slate: Slate, district: str, election: dt.date) -> str | None:
    for race in slate.races_in_district(district):
        if race.general_date == election:
            found = [e for e in slate.events_of(race.id) if e.kind == "general_result"]
            if found:
                return found[-1].who
    return None
