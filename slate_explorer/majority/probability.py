"""Exact probabilities from optional per-race win probabilities: no sampling, no noise.

Races are independent Bernoulli trials. The distribution of a chamber's state (bloc gain and seat moves)
is built by dynamic-programming convolution, one race at a time, so n races cost O(n x states) instead
of the 2^n scenarios a brute-force enumeration visits.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from dataclasses import dataclass
from typing import Sequence

from ..data.models import Plank
from ..data.slate import Slate
from .chambers import ChamberView
from .planks import VoteModel, backer_races, chamber_steps, signs, vote_step, vp_votes_yes, yes_votes
from .scenario import TODAY, SeatChange, chamber_outcome, executive_outcomes, party_delta, seat_change
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
    return {(gain, moves): p for (gain, moves, _), p in _states([(c, p, 0) for c, p in changes]).items()}


def _states(entries: Sequence[tuple[SeatChange, float, int]]) -> dict[tuple, float]:
    """P(bloc gain, seat moves, extra) where a won race also adds its `extra` (e.g. 1 for a backer seat)."""
    dist: dict[tuple, float] = {(0, (), 0): 1.0}
    for change, p, extra in entries:
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"a probability must be between 0 and 1, not {p}")
        step = party_delta([change])
        nxt: dict[tuple, float] = {}
        for (gain, moves, more), mass in dist.items():
            if p < 1.0:
                nxt[(gain, moves, more)] = nxt.get((gain, moves, more), 0.0) + mass * (1 - p)
            if p > 0.0:
                key = (gain + change.bloc_gain, _add_moves(moves, step), more + extra)
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


def plank_probability(
    slate: Slate, plank: Plank, views: dict[str, ChamberView], probs: dict[str, float], model: VoteModel
) -> float:
    """P(the plank passes its whole path) under the vote model, exactly.

    Chambers are independent (each race fills a seat in one chamber), so the probability is a product
    over chambers, summed over who holds each executive office that matters (it signs, or breaks ties).
    """
    backers = backer_races(slate, plank.id)
    today = executive_outcomes(slate, ())
    rules = {cid: {a: (r, n) for a, r, n in v.rules} for cid, v in views.items()}
    bodies = [b for b in plank.path if b in views]
    relevant = [e for e in today if e in plank.path or any(_breaks_ties(slate, b, e) for b in bodies)]
    chances = {e: 1.0 if today[e].slate_holds else probs.get(today[e].race_id or "", 0.0) for e in relevant}
    states = {}
    for body in bodies:
        entries = [
            (c, p, int(r in backers)) for r, p in probs.items() if (c := seat_change(slate, r)) and c.chamber_id == body
        ]
        firm = sum(1 for r in backers if slate.races[r].chamber_id == body and slate.races[r].status in TODAY)
        states[body] = (_states(entries), firm)
    total = 0.0
    for held in itertools.product((True, False), repeat=len(relevant)):
        mass = math.prod(chances[e] if h else 1 - chances[e] for e, h in zip(relevant, held))
        if mass == 0.0:
            continue
        executives = {**today, **{e: dataclasses.replace(today[e], slate_holds=h) for e, h in zip(relevant, held)}}
        overrides = _needs_override(plank.path, executives, model)
        if overrides is None:
            continue  # an office that acts alone does not act
        chance = mass
        for body in bodies:
            dist, firm = states[body]
            vp_yes = vp_votes_yes(slate, body, executives, model)
            chance *= sum(
                p
                for (gain, moves, more), p in dist.items()
                if _chamber_passes(views[body], gain, moves, firm + more, model, rules[body], vp_yes, body in overrides)
            )
        total += chance
    return total


def _breaks_ties(slate: Slate, chamber_id: str, executive_id: str) -> bool:
    chamber = slate.chambers[chamber_id]
    same = [c.id for c in slate.chambers.values() if c.kind == "executive" and c.jurisdiction == chamber.jurisdiction]
    return chamber.vp_tiebreak and same[:1] == [executive_id]


def _needs_override(path, executives, model) -> set[str] | None:
    """Chambers that must override a veto (those before a non-signing executive); None if it cannot pass."""
    needed: set[str] = set()
    before: list[str] = []
    for body in path:
        if body in executives:
            if not signs(executives[body], model):
                if not before:
                    return None
                needed.update(before)
        else:
            before.append(body)
    return needed


def _chamber_passes(view, gain, moves, backers, model, rules, vp_yes, override) -> bool:
    outcome = chamber_outcome(view, gain, dict(moves))
    votes = yes_votes(outcome, backers, model)
    if not all(step.met for step in chamber_steps(outcome, votes, rules, model, vp_yes)):
        return False
    if not override:
        return True
    return "override-veto" in rules and vote_step(outcome, "override-veto", "override", *votes, rules, False).met
