"""Names, plain-words meanings and colours of race statuses and levels: one place for every page."""

from __future__ import annotations

from .data.models import Level, RaceStatus

# Okabe-Ito colour-blind-safe palette; every colour is paired with a label and a pattern letter,
# so colour is never the only signal.
STATUS = {
    RaceStatus.slate_incumbent: ("Slate incumbent", "A slate member holds the seat and runs again", "#0072B2", "I"),
    RaceStatus.challenger: ("Challenger", "A slate candidate challenges a sitting incumbent", "#D55E00", "C"),
    RaceStatus.open_seat: ("Open seat", "No incumbent runs; a slate candidate is in the race", "#009E73", "O"),
    RaceStatus.target: ("Target", "The seat needs a slate candidate; none is named yet", "#CC79A7", "T"),
    RaceStatus.won: ("Won", "A slate candidate won this race", "#56B4E9", "W"),
    RaceStatus.lost: ("Lost", "The slate candidate lost this race", "#7F7F7F", "L"),
    RaceStatus.unknown: ("Unknown", "The race's status is not known to this data version", "#E69F00", "?"),
}

LEVELS = {
    Level.us_house: "U.S. House",
    Level.us_senate: "U.S. Senate",
    Level.state_house: "NY Assembly",
    Level.state_senate: "NY Senate",
    Level.city: "City",
}


def status_label(status) -> str:
    return STATUS[RaceStatus(status)][0]


def status_meaning(status) -> str:
    return STATUS[RaceStatus(status)][1]


def status_colour(status) -> str:
    return STATUS[RaceStatus(status)][2]


def level_label(level) -> str:
    return LEVELS[Level(level)]
