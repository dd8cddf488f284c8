"""The status a race is shown with on a given day: its recorded status, unless its election is over.

The data records a race's status as of the version's date ("open seat", "challenger", ...). Read later,
that word can be false: once the deciding election has passed (phase.py), the race is shown as
*result not recorded* when the version lacks the result, as won or lost when the candidates' outcomes
settle it, and a target race nobody from the slate ran in as *no slate candidate recorded*.
Pages ask `race_day.SlateOnDay.status`, which applies these rules.
"""

from __future__ import annotations

import datetime as dt

from .data.models import Race, RaceStatus
from .data.slate import Slate
from .i18n import _, date_text
from .phase import Phase, RacePhase

RESULT_NOT_RECORDED = "result_not_recorded"
NO_SLATE_CANDIDATE = "no_slate_candidate"  # both shown only: the data cannot record them (not in RaceStatus)
SEAT_WON = frozenset({"won"})  # outcomes that win the race itself (the seat), not only its primary
# Candidate outcome words that speak of a race still going on.
LIVE_OUTCOMES = frozenset({"running", "won_primary", "incumbent", "unknown"})


def display_status(status: RaceStatus, phase: Phase, outcomes: list[str]) -> str:
    """One status key of labels.STATUS from the recorded status, the phase and the candidates' outcomes."""
    status = RaceStatus(status)
    if phase is Phase.upcoming or status in (RaceStatus.won, RaceStatus.lost):
        return status.value
    if phase is Phase.awaiting_result:
        return RESULT_NOT_RECORDED
    if any(o in SEAT_WON for o in outcomes):
        return RaceStatus.won.value
    return RaceStatus.lost.value if outcomes else NO_SLATE_CANDIDATE


def status_of(slate: Slate, race: Race, phase: RacePhase) -> str:
    return display_status(race.status, phase.phase, [c.outcome for c in slate.candidates_in(race.id)])


def status_note_shown(slate: Slate, race: Race, status: str) -> str | None:
    """The race's status note, dated when the shown status is no longer the recorded one: the note speaks
    of the race as the version saw it ("Challenger against ...")."""
    if not race.status_note or status == race.status.value:
        return race.status_note
    return _("As of {date}: {note}").format(date=date_text(dt.date.fromisoformat(slate.as_of)), note=race.status_note)


def shown_outcome(outcome: str, phase: Phase) -> str:
    """A candidate's outcome key for display: "running" (and the like) becomes RESULT_NOT_RECORDED once
    the race's deciding election has passed (a decided race keeps final outcomes as recorded)."""
    if phase is not Phase.upcoming and outcome in LIVE_OUTCOMES:
        return RESULT_NOT_RECORDED
    return outcome


def on_day(slate: Slate, today: dt.date | None) -> dt.date:
    """The day statuses are read on: `today` as the page passed it, else a day before any election, so
    the statuses are exactly as recorded (only recorded results decide a race). Never the clock."""
    return today or dt.date.min
