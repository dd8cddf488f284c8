"""Vote thresholds: one named function per rule of counting, each with the denominator that matters.

The functions take plain counts, so history can be replayed exactly (the January 2023 Speaker ballots);
`threshold_for` applies the rule named in `rules.csv` to a chamber's counts through the `RULES` registry.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable


def majority_of_voting(voting: int, present: int = 0) -> int:
    """More than half of the members voting (House Speaker, bills in both chambers).

    `voting` is everyone who answered; `present` of them answered "present", which counts for a quorum
    but not in the denominator, so it lowers the number needed. A tie fails.
    Speaker, 7 January 2023: 434 answered, 6 "present" -> 428 for a person -> 215 needed.
    """
    return (voting - present) // 2 + 1


def fixed_count(count: int) -> int:
    """A fixed number whatever the vacancies or attendance (House discharge petition: 218 signatures)."""
    return count


def three_fifths_sworn(seats: int, vacancies: int = 0) -> int:
    """Three-fifths of the senators duly chosen and sworn, rounded up (Senate cloture: 60 of 100).

    Vacancies lower the number; absences do not.
    """
    return math.ceil(3 * (seats - vacancies) / 5)


def two_thirds_voting(voting: int) -> int:
    """Two-thirds of the members voting, a quorum being present (veto override in Congress)."""
    return math.ceil(2 * voting / 3)


def two_thirds_present(present: int) -> int:
    """Two-thirds of the members present (Senate impeachment conviction: 67 of 100)."""
    return math.ceil(2 * present / 3)


def majority_of_elected(seats: int) -> int:
    """More than half of the members elected to the house (NY legislature: 76 of 150, 32 of 63).

    Counted on the full membership: absences, abstentions and vacancies do not lower it.
    """
    return seats // 2 + 1


def two_thirds_elected(seats: int) -> int:
    """Two-thirds of the members elected, rounded up (NY veto override: 100 of 150, 42 of 63)."""
    return math.ceil(2 * seats / 3)


def caucus_majority(caucus_seats: int) -> int:
    """More than half of a party caucus (leadership elections, e.g. the House Democratic Leader)."""
    return caucus_seats // 2 + 1


def vp_tiebreak(yes: int, no: int, vp_votes_yes: bool = True) -> bool:
    """Whether a Senate vote passes when the Vice President may break ties: 50-50 passes if the VP votes yes."""
    return yes > no or (yes == no and vp_votes_yes)


@dataclass(frozen=True)
class Counts:
    """Who is in a chamber for one vote: its seats, vacancies, attendance and the caucus voting on leaders."""

    seats: int
    vacancies: int = 0
    voting: int | None = None  # members answering (yea/nay, a name, or "present"); default: every sworn member
    present: int = 0  # of those, how many answer "present"
    caucus: int = 0  # seats of the caucus that elects its leader (caucus_majority)

    @property
    def sworn(self) -> int:
        return self.seats - self.vacancies

    @property
    def answering(self) -> int:
        return self.sworn if self.voting is None else self.voting


@dataclass(frozen=True)
class Threshold:
    needed: int
    denominator: int  # the number the rule is computed from
    basis: str  # which number that is: "voting", "fixed", "sworn", "present", "elected", "caucus"


# Rule name (rules.csv `rule`) -> function of (counts, fixed count) giving the threshold.
RULES: dict[str, Callable[[Counts, int | None], Threshold]] = {
    "majority_of_voting": lambda c, _n: Threshold(
        majority_of_voting(c.answering, c.present), c.answering - c.present, "voting"
    ),
    "fixed_count": lambda _c, n: Threshold(fixed_count(n), n, "fixed"),
    "three_fifths_sworn": lambda c, _n: Threshold(three_fifths_sworn(c.seats, c.vacancies), c.sworn, "sworn"),
    "two_thirds_voting": lambda c, _n: Threshold(
        two_thirds_voting(c.answering - c.present), c.answering - c.present, "voting"
    ),
    "two_thirds_present": lambda c, _n: Threshold(two_thirds_present(c.answering), c.answering, "present"),
    "majority_of_elected": lambda c, _n: Threshold(majority_of_elected(c.seats), c.seats, "elected"),
    "two_thirds_elected": lambda c, _n: Threshold(two_thirds_elected(c.seats), c.seats, "elected"),
    "caucus_majority": lambda c, _n: Threshold(caucus_majority(c.caucus), c.caucus, "caucus"),
}


class UnknownRule(ValueError):
    pass


def threshold_for(rule: str, counts: Counts, count: int | None = None) -> Threshold:
    """The threshold a named rule sets for these counts (`count` is the fixed number of fixed_count rules)."""
    try:
        compute = RULES[rule]
    except KeyError:
        raise UnknownRule(rule) from None
    if rule == "fixed_count" and count is None:
        raise ValueError("fixed_count needs a count")
    return compute(counts, count)
