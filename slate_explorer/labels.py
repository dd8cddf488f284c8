"""Names, plain-words meanings and colours of race statuses and levels: one place for every page."""

from __future__ import annotations

from .data.models import Level, RaceStatus
from .display_status import NO_SLATE_CANDIDATE, RESULT_NOT_RECORDED
from .i18n import N_, _

# Okabe-Ito colour-blind-safe palette; every colour is paired with a label and a pattern letter (the first
# letter of the label in the visitor's language: shown with _()),
# so colour is never the only signal. Keys are status values: the recorded statuses, then the two
# shown only once an election has passed (display_status.py).
STATUS = {
    RaceStatus.slate_incumbent: (N_("Slate incumbent"), N_("A slate member holds the seat and runs again"), "#0072B2", N_("I")),
    RaceStatus.challenger: (N_("Challenger"), N_("A slate candidate challenges a sitting incumbent"), "#D55E00", N_("C")),
    RaceStatus.open_seat: (N_("Open seat"), N_("No incumbent runs; a slate candidate is in the race"), "#009E73", N_("O")),
    RaceStatus.target: (N_("Target"), N_("The seat needs a slate candidate; none is named yet"), "#CC79A7", N_("T")),
    RaceStatus.won: (N_("Won"), N_("A slate candidate won this race"), "#56B4E9", N_("W")),
    RaceStatus.lost: (N_("Lost"), N_("The slate candidate lost this race"), "#7F7F7F", N_("L")),
    RaceStatus.unknown: (N_("Unknown"), N_("The race's status is not known to this data version"), "#E69F00", N_("?")),
    RESULT_NOT_RECORDED: (N_("Result not recorded"), N_("The election has been held; this data version does not record the result"), "#F0E442", N_("R")),
    NO_SLATE_CANDIDATE: (N_("No slate candidate recorded"), N_("The election has been held; this data version names no slate candidate in it"), "#BBBBBB", N_("N")),
}
STATUS = {getattr(key, "value", key): entry for key, entry in STATUS.items()}
DASHED = frozenset({RESULT_NOT_RECORDED})  # drawn with a dashed outline on the map: a second, non-colour cue

LEVELS = {
    Level.us_house: N_("U.S. House"),
    Level.us_senate: N_("U.S. Senate"),
    Level.state_house: N_("NY Assembly"),
    Level.state_senate: N_("NY Senate"),
    Level.city: N_("City"),
}


def status_key(status) -> str:
    """A recorded status (enum or value) or a shown one, as its key in STATUS."""
    return getattr(status, "value", status)


def status_label(status) -> str:
    return _(STATUS[status_key(status)][0])


def status_meaning(status) -> str:
    return _(STATUS[status_key(status)][1])


def status_colour(status) -> str:
    return STATUS[status_key(status)][2]


def status_letter(status) -> str:
    """The status's letter in the visitor's language (Ganada: G, not W)."""
    return _(STATUS[status_key(status)][3])


def status_ink(status) -> str:
    """Text colour for a letter drawn on the status colour: black or white, whichever contrasts more
    (WCAG AA needs 4.5:1; the Okabe-Ito blue #0072B2 takes white, every other status black)."""
    fill = status_colour(status)
    return max(("#000000", "#FFFFFF"), key=lambda ink: contrast_ratio(ink, fill))


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def level_label(level) -> str:
    return _(LEVELS[Level(level)])


# A candidate's outcome (candidates.csv), in words that fit after "is now".
OUTCOMES = {
    "running": N_("running"),
    "won_primary": N_("won the primary"),
    "won": N_("won"),
    "lost": N_("lost"),
    "withdrew": N_("withdrew"),
    "incumbent": N_("in office"),
    "unknown": N_("not known"),
}


def outcome_label(outcome) -> str:
    return _(OUTCOMES.get(str(outcome), OUTCOMES["unknown"]))


def race_name(race) -> str:
    """What a visitor reads for a race (never its id): 'Mayor of New York City (2025)'."""
    return f"{race.office} ({race.cycle})"


# The Census Bureau's state and territory names (the boundary layer's NAME), listed so the catalogue can give
# them in Spanish: "Nueva York, distrito 14" and not "New York, distrito 14" beside a "Nueva York" elsewhere.
STATE_NAMES = (
    N_("Alabama"), N_("Alaska"), N_("American Samoa"), N_("Arizona"), N_("Arkansas"), N_("California"),
    N_("Colorado"), N_("Commonwealth of the Northern Mariana Islands"), N_("Connecticut"), N_("Delaware"),
    N_("District of Columbia"), N_("Florida"), N_("Georgia"), N_("Guam"), N_("Hawaii"), N_("Idaho"),
    N_("Illinois"), N_("Indiana"), N_("Iowa"), N_("Kansas"), N_("Kentucky"), N_("Louisiana"), N_("Maine"),
    N_("Maryland"), N_("Massachusetts"), N_("Michigan"), N_("Minnesota"), N_("Mississippi"), N_("Missouri"),
    N_("Montana"), N_("Nebraska"), N_("Nevada"), N_("New Hampshire"), N_("New Jersey"), N_("New Mexico"),
    N_("New York"), N_("North Carolina"), N_("North Dakota"), N_("Ohio"), N_("Oklahoma"), N_("Oregon"),
    N_("Pennsylvania"), N_("Puerto Rico"), N_("Rhode Island"), N_("South Carolina"), N_("South Dakota"),
    N_("Tennessee"), N_("Texas"), N_("United States Virgin Islands"), N_("Utah"), N_("Vermont"), N_("Virginia"),
    N_("Washington"), N_("West Virginia"), N_("Wisconsin"), N_("Wyoming"),
)


def state_name(name: str) -> str:
    """A state's name in the visitor's language (a name not listed stays as the Census Bureau wrote it)."""
    return _(name) if name in STATE_NAMES else name
