"""Find's sentence about a House district: the member's caucuses, the 2024 result and the slate's 2026
challenge ("Your member belongs to the New Democrat Coalition; Harris won this district with 79%; no
progressive challenger ran in 2026.")."""

from __future__ import annotations

import datetime as dt

from .. import labels
from ..data.models import RaceStatus
from ..data.slate import Slate
from ..race_day import SlateOnDay
from ..i18n import _
from .seats import Seat, seats
from .targets import CHALLENGE_CYCLE, slate_race


def caucus_names(slate: Slate, seat: Seat) -> str:
    names = [slate.blocs[b].name for b in seat.blocs]
    if len(names) < 2:
        return "".join(names)
    return _("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def member_clause(slate: Slate, seat: Seat) -> str:
    if seat.name is None:
        return _("This seat is vacant")
    if not seat.blocs:
        return _("Your member belongs to none of the caucuses tracked here (Progressive, New Democrat, Blue Dog)")
    return _("Your member belongs to the {caucuses}").format(caucuses=caucus_names(slate, seat))


def result_clause(seat: Seat) -> str:
    r = seat.result
    if r is None:
        return _("no 2024 presidential result is recorded for this district")
    winner, share = (r.dem_candidate, r.dem_pct) if r.dem_pct >= r.rep_pct else (r.rep_candidate, r.rep_pct)
    return _("{winner} won this district with {share}% in 2024").format(winner=winner.split()[-1], share=f"{share:g}")


def challenge_clause(slate: Slate, district: str, today: dt.date) -> str:
    race = slate_race(slate, district)
    names = [c.name for c in slate.candidates_in(race.id)] if race else []
    if not names:
        return _("no progressive challenger ran in {year}").format(year=CHALLENGE_CYCLE)
    status = labels.status_label(SlateOnDay(slate, today).status(race)).lower()
    if race.status is RaceStatus.slate_incumbent:  # the member is the slate's own: no challenge
        return _("{names} ran again for the slate in {year}: {status}").format(names=", ".join(names), year=CHALLENGE_CYCLE, status=status)
    return _("{names} ran for the slate in {year}: {status}").format(names=", ".join(names), year=CHALLENGE_CYCLE, status=status)


def district_sentence(slate: Slate, district: str, today: dt.date) -> str | None:
    """The sentence for a House district; None when the version has no House tables or no such seat."""
    seat = seats(slate).get(district)
    if seat is None:
        return None
    return _("{member}; {result}; {challenge}.").format(
        member=member_clause(slate, seat), result=result_clause(seat), challenge=challenge_clause(slate, district, today))
