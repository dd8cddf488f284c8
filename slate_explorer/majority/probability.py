"""Exact probabilities from optional per-race win probabilities: no sampling, no noise.

Races are independent Bernoulli trials. The distribution of a chamber's state (bloc gain and seat moves)
is built by dynamic-programming convolution, one race at a time, so n races cost O(n x states) instead
of the 2^n scenarios a brute-force enumeration visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .chambers import ChamberView
from .scenario import SeatChange, chamber_outcome, party_delta
from .whatittakes import goal_status, goals_of


def bernoulli_convolution(probabilities: Sequence[float], gains: Sequence[int] | None = None) -> list[float]:
    """P(total gain = k) for k = 0..sum(gains), where race i adds gains[i] (default 1) with probability p_i."""
    gains = [1] * len(probabilities) if gains is None else list(gains)
    dist = [1.0] + [0.0] * sum(gains)
    top = 0
    for p, g in zip(probabilities, gains):
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"a probability must be between 0 and 1, not {p}")
        for k in range(top, -1, -1):  # descending: each race is used once
            mass = dist[k]
            dist[k] = mass * (1 - p)
            dist[k + g] += mass * p
        top += g
    return dist


def state_distribution(changes: Sequence[tuple[SeatChange, float]]) -> dict[tuple, float]:
    """P(state) where state = (bloc gain, seat moves as sorted (party, delta) pairs)."""
    dist: dict[tuple[int, tuple], float] = {(0, ()): 1.0}
    for change, p in changes:
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"a probability must be between 0 and 1, not {p}")
        step = party_delta([change])
        nxt: dict[tuple[int, tuple], float] = {}
        for (gain, moves), mass in dist.items():
            if p < 1.0:
                nxt[(gain, moves)] = nxt.get((gain, moves), 0.0) + mass * (1 - p)
            if p > 0.0:
                key = (gain + change.bloc_gain, _add_moves(moves, step))
                nxt[key] = nxt.get(key, 0.0) + mass * p
        dist = nxt
    return dist


def _add_moves(moves: tuple, step: dict[str, int]) -> tuple:
    total = dict(moves)
    for party, n in step.items():
        total[party] = total.get(party, 0) + n
    return tuple(sorted((p, n) for p, n in total.items() if n))


@dataclass(frozen=True)
class ChamberProbabilities:
    chamber_id: str
    bloc_distribution: tuple[tuple[int, float], ...]  # (bloc size, probability), sizes ascending
    expected_bloc: float
    goals: dict[str, float]  # rules.csv action / caucus-majority / deny-majority -> P(the bloc meets it)
    races: tuple[tuple[str, float], ...]  # the races that count here and their win probabilities


def chamber_probabilities(view: ChamberView, changes: Sequence[tuple[SeatChange, float]]) -> ChamberProbabilities:
    """Exact distribution of the bloc's size and the probability of meeting each goal in one chamber."""
    mine = [(c, p) for c, p in changes if c.chamber_id == view.id]
    states = state_distribution(mine)
    sizes: dict[int, float] = {}
    goals = {g: 0.0 for g in goals_of(view)}
    for (gain, moves), mass in states.items():
        outcome = chamber_outcome(view, gain, dict(moves))
        sizes[outcome.bloc_after] = sizes.get(outcome.bloc_after, 0.0) + mass
        for goal in goals:
            if goal_status(outcome, goal)[0]:
                goals[goal] += mass
    dist = tuple(sorted(sizes.items()))
    return ChamberProbabilities(
        chamber_id=view.id,
        bloc_distribution=dist,
        expected_bloc=sum(k * p for k, p in dist),
        goals=goals,
        races=tuple((c.race_id, p) for c, p in mine),
    )
