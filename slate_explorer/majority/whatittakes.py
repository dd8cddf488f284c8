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
    seat_side,
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


def what_it_takes(slate: Slate, view: ChamberView, wins: tuple[str, ...], action: str, today=None,
                  outcomes: dict | None = None) -> WhatItTakes:
    """The smallest set of races in the chamber still open on `today`, beyond `wins`, that meets the goal.
    `outcomes`: the chamber's outcomes by (seat moves, bloc gain), shared by the goals of one scenario."""
    if action not in goals_of(view):
        raise KeyError(action)
    held = set(today_races(slate))  # already in the chamber's figures
    base = [c for c in (seat_change(slate, r) for r in wins if r not in held) if c and c.chamber_id == view.id]
    extra = [
        c
        for c in (seat_change(slate, r) for r in contestable_races(slate, today) if r not in wins)
        if c and c.chamber_id == view.id
    ]
    search = _Search(view, action, base, outcomes)
    search.top = search.base_gain + sum(c.bloc_gain for c in extra)
    met_now, have_now, needed = search.status([])
    _, have_all, needed_all = search.status(extra)
    goal = Goal(view.id, action)
    considered = tuple(c.race_id for c in extra)
    if met_now:
        return WhatItTakes(goal, True, True, (), 1, considered, needed, have_now, have_all, 0)
    kinds: dict[tuple, list[SeatChange]] = {}
    for c in extra:
        kinds.setdefault((c.bloc_gain, c.from_party, c.to_party), []).append(c)
    groups = list(kinds.values())
    size = search.smallest(groups)
    if size is None:
        return WhatItTakes(
            goal, False, False, (), 0, considered, needed_all, have_now, have_all, max(0, needed_all - have_all)
        )
    found = [counts for counts in _compositions(size, [len(g) for g in groups]) if search.meets(groups, counts)]
    alternatives = sum(_product_of_binomials([len(g) for g in groups], counts) for counts in found)
    chosen = [c for g, k in zip(groups, found[0]) for c in g[:k]]
    return WhatItTakes(goal, False, True, tuple(c.race_id for c in chosen), alternatives, considered, needed, have_now,
                       have_all, 0)


class _Search:
    """The goal as a function of which races are won: for fixed seat moves it is met from some bloc gain on
    (a larger bloc never loses a goal it met), so each distinct seat moves is looked at once (its first
    bloc gain meeting the goal, by bisection) and a set of races is judged by arithmetic alone."""

    def __init__(self, view: ChamberView, action: str, base: list[SeatChange], outcomes: dict | None = None):
        self.view, self.action = view, action
        self.base_gain = sum(c.bloc_gain for c in base)
        self.base_delta = party_delta(base)
        self._outcomes = {} if outcomes is None else outcomes  # (seat moves, gain) or seat moves -> outcome, seats
        self._first: dict[tuple, int] = {}
        self.top = 0  # the largest total bloc gain the search can reach (set by what_it_takes)

    def status(self, chosen: list[SeatChange]) -> tuple[bool, int, int]:
        changes_delta = party_delta(chosen)
        return self._status(self.base_gain + sum(c.bloc_gain for c in chosen), self._moves(changes_delta))

    def _moves(self, delta: dict[str, int]) -> tuple:
        total = dict(self.base_delta)
        for party, n in delta.items():
            total[party] = total.get(party, 0) + n
        return tuple(sorted((p, n) for p, n in total.items() if n))

    def _status(self, gain: int, moves: tuple) -> tuple[bool, int, int]:
        outcome = self._outcomes.get((moves, gain))
        if outcome is None:
            seats = self._outcomes.get(moves)
            if seats is None:
                seats = self._outcomes[moves] = seat_side(self.view, dict(moves))
            outcome = self._outcomes[(moves, gain)] = chamber_outcome(self.view, gain, seats=seats)
        return goal_status(outcome, self.action)

    def first(self, moves: tuple, top: int) -> int:
        """The smallest total bloc gain (up to `top`) meeting the goal with these seat moves; top + 1: none.
        Guessed from the number the goal needs, kept when the outcomes on either side confirm it."""
        key = (moves, top)
        if key not in self._first:
            met = lambda g: self._status(g, moves)[0]  # noqa: E731
            _met, have, needed = self._status(0, moves)
            guess = min(max(needed - have, 0), top + 1)
            confirmed = (guess > top or met(guess)) and (guess == 0 or not met(guess - 1))
            self._first[key] = guess if confirmed else first_met(met, top)
        return self._first[key]

    def meets(self, groups: list[list[SeatChange]], counts: tuple[int, ...]) -> bool:
        gain, delta = self.base_gain, {}
        for group, k in zip(groups, counts):
            if k:
                c = group[0]
                gain += k * c.bloc_gain
                for party, n in party_delta([c]).items():
                    delta[party] = delta.get(party, 0) + k * n
        return gain >= self.first(self._moves(delta), self.top)

    def smallest(self, groups: list[list[SeatChange]]) -> int | None:
        """The fewest races meeting the goal: over the races that move a seat (each count of each kind),
        the fewest that only grow the bloc to add; None when no set does."""
        moving = [i for i, g in enumerate(groups) if g[0].from_party != g[0].to_party]
        growing = sum(len(g) for i, g in enumerate(groups) if i not in moving and g[0].bloc_gain)
        best = None
        for counts in itertools.product(*(range(len(groups[i]) + 1) for i in moving)):
            full = [0] * len(groups)
            for i, k in zip(moving, counts):
                full[i] = k
            chosen = sum(counts)
            if best is not None and chosen >= best:
                continue
            gain = self.base_gain + sum(k * groups[i][0].bloc_gain for i, k in zip(moving, counts))
            delta: dict[str, int] = {}
            for i, k in zip(moving, counts):
                for party, n in party_delta([groups[i][0]]).items():
                    delta[party] = delta.get(party, 0) + k * n
            first = self.first(self._moves(delta), self.top)
            if first <= gain + growing:
                size = chosen + max(0, first - gain)
                if size and (best is None or size < best):
                    best = size
        return best


def first_met(met, top: int) -> int:
    """The smallest g in 0..top with met(g), for a test that stays met once met; top + 1 when never met."""
    low, high = 0, top + 1
    while low < high:
        mid = (low + high) // 2
        if met(mid):
            high = mid
        else:
            low = mid + 1
    return low


def _compositions(total: int, limits: list[int]):
    """Every way to pick `total` races with at most limits[i] of kind i, in lexicographic order."""
    if not limits:
        if total == 0:
            yield ()
        return
    if len(limits) == 1:
        if total <= limits[0]:
            yield (total,)
        return
    rest = sum(limits[1:])
    for k in range(max(0, total - rest), min(limits[0], total) + 1):
        for tail in _compositions(total - k, limits[1:]):
            yield (k, *tail)


def _product_of_binomials(limits: list[int], counts: tuple[int, ...]) -> int:
    result = 1
    for n, k in zip(limits, counts):
        result *= comb(n, k)
    return result
