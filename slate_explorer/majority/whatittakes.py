"""What it takes: the smallest set of additional races whose wins would meet a chosen goal.

Exact search. Races with the same effect on a chamber (same bloc gain, same seat moved from one party
to another) are interchangeable, so the search runs over how many of each kind are won, smallest total
first: a handful of kinds even when there are many races.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from math import comb

from ..data.slate import Slate
from .chambers import ChamberView
from .scenario import (
    ChamberOutcome,
    SeatChange,
    chamber_outcome,
    contestable_races,
    party_delta,
    seat_change,
    today_races,
)

CAUCUS_MAJORITY = "caucus-majority"  # the bloc is a majority of its own caucus
DENY_MAJORITY = "deny-majority"  # the bloc alone can deny the majority a party-line majority


@dataclass(frozen=True)
class Goal:
    chamber_id: str
    action: str  # a rules.csv action of the chamber, CAUCUS_MAJORITY or DENY_MAJORITY


@dataclass(frozen=True)
class WhatItTakes:
    goal: Goal
    met_already: bool
    reachable: bool
    races: tuple[str, ...]  # one smallest set of extra wins (empty when already met or unreachable)
    alternatives: int  # how many different sets of that size would do
    considered: tuple[str, ...]  # the races the search could add
    needed: int
    have_now: int
    have_with_all: int  # the bloc if every considered race were won too
    short_by_with_all: int  # 0 when reachable


def goal_status(outcome: ChamberOutcome, action: str) -> tuple[bool, int, int]:
    """(met, have, needed) for a goal in an outcome."""
    if action == CAUCUS_MAJORITY:
        return outcome.caucus_majority_met, outcome.bloc_after, outcome.caucus_majority_needed
    if action == DENY_MAJORITY:  # outside the majority no bloc size is enough: needed is past the chamber
        p = outcome.pivot
        needed = p.smallest_bloc if p.bloc_in_majority and p.smallest_bloc is not None else outcome.sworn + 1
        return p.can_deny, outcome.bloc_after, needed
    t = outcome.threshold(action)
    if t is None:
        raise KeyError(action)
    return t.met, t.have, t.needed


def goals_of(view: ChamberView) -> list[str]:
    """The rules' actions, a caucus majority (unless a caucus_majority rule already says it), denying the majority."""
    actions = [a for a, _r, _n in view.rules]
    extra = [] if any(r == "caucus_majority" for _a, r, _n in view.rules) else [CAUCUS_MAJORITY]
    return actions + extra + [DENY_MAJORITY]


def what_it_takes(slate: Slate, view: ChamberView, wins: tuple[str, ...], action: str, today=None) -> WhatItTakes:
    """The smallest set of races in the chamber still open on `today`, beyond `wins`, that meets the goal."""
    if action not in goals_of(view):
        raise KeyError(action)
    held = set(today_races(slate))  # already in the chamber's figures
    base = [c for c in (seat_change(slate, r) for r in wins if r not in held) if c and c.chamber_id == view.id]
    extra = [
        c
        for c in (seat_change(slate, r) for r in contestable_races(slate, today) if r not in wins)
        if c and c.chamber_id == view.id
    ]

    def status(chosen: list[SeatChange]):
        changes = base + chosen
        return goal_status(chamber_outcome(view, sum(c.bloc_gain for c in changes), party_delta(changes)), action)

    met_now, have_now, needed = status([])
    _, have_all, needed_all = status(extra)
    goal = Goal(view.id, action)
    considered = tuple(c.race_id for c in extra)
    if met_now:
        return WhatItTakes(goal, True, True, (), 1, considered, needed, have_now, have_all, 0)
    kinds: dict[tuple, list[SeatChange]] = {}
    for c in extra:
        kinds.setdefault((c.bloc_gain, c.from_party, c.to_party), []).append(c)
    groups = list(kinds.values())
    for size in range(1, len(extra) + 1):
        found = []
        for counts in _compositions(size, [len(g) for g in groups]):
            chosen = [c for g, k in zip(groups, counts) for c in g[:k]]
            if status(chosen)[0]:
                found.append((counts, chosen))
        if found:
            alternatives = sum(_product_of_binomials([len(g) for g in groups], counts) for counts, _ in found)
            chosen = found[0][1]
            return WhatItTakes(
                goal,
                False,
                True,
                tuple(c.race_id for c in chosen),
                alternatives,
                considered,
                needed,
                have_now,
                have_all,
                0,
            )
    return WhatItTakes(
        goal, False, False, (), 0, considered, needed_all, have_now, have_all, max(0, needed_all - have_all)
    )


def _compositions(total: int, limits: list[int]):
    """Every way to pick `total` races with at most limits[i] of kind i."""
    if not limits:
        return
    for counts in itertools.product(*(range(min(n, total) + 1) for n in limits)):
        if sum(counts) == total:
            yield counts


def _product_of_binomials(limits: list[int], counts: tuple[int, ...]) -> int:
    result = 1
    for n, k in zip(limits, counts):
        result *= comb(n, k)
    return result
