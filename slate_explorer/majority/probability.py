"""Exact probabilities from optional per-race win probabilities: no sampling, no noise.

Races are independent Bernoulli trials. Races that change a chamber the same way (same bloc gain, same
seat move, same "extra" such as backing a plank) are interchangeable, so the distribution of a
chamber's state is a convolution over seat counts: for each kind of race, the exact distribution of
how many of them are won (a Poisson-binomial convolution), then the kinds combined. The cost grows with
the number of kinds and the counts, not with 2^n win sets nor with one state pass per race. Each state's
chamber outcome is computed once per scenario and shared by the goals and every plank.
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
from .scenario import (
    TODAY,
    ChamberOutcome,
    SeatChange,
    SeatSide,
    chamber_outcome,
    executive_outcomes,
    party_delta,
    seat_change,
    seat_side,
)
from .whatittakes import goal_status, goals_of


def bernoulli_convolution(probabilities: Sequence[float], gains: Sequence[int] | None = None) -> list[float]:
    """P(total gain = k) for k = 0..sum(gains), where race i adds gains[i] (default 1) with probability p_i."""
    gains = [1] * len(probabilities) if gains is None else list(gains)
    dist = [1.0] + [0.0] * sum(gains)
    top = 0
    for p, g in zip(probabilities, gains):
        _check(p)
        for k in range(top, -1, -1):  # descending: each race is used once
            mass = dist[k]
            dist[k] = mass * (1 - p)
            dist[k + g] += mass * p
        top += g
    return dist


def _check(p: float) -> None:
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"a probability must be between 0 and 1, not {p}")


def state_distribution(changes: Sequence[tuple[SeatChange, float]]) -> dict[tuple, float]:
    """P(state) where state = (bloc gain, seat moves as sorted (party, delta) pairs)."""
    return {(gain, moves): p for (gain, moves, _), p in _states([(c, p, 0) for c, p in changes]).items()}


def _states(entries: Sequence[tuple[SeatChange, float, int]]) -> dict[tuple, float]:
    """P(bloc gain, seat moves, extra) where a won race also adds its `extra` (e.g. 1 for a backer seat)."""
    return _kind_states(_kinds(entries))


def _kinds(entries: Sequence[tuple[SeatChange, float, int]]) -> tuple:
    """((bloc gain, seat move, extra), win probabilities) per kind of race, in a stable order."""
    kinds: dict[tuple, list[float]] = {}
    for change, p, extra in entries:
        _check(p)
        step = tuple(sorted(party_delta([change]).items()))
        kinds.setdefault((change.bloc_gain, step, extra), []).append(p)
    return tuple(sorted((kind, tuple(ps)) for kind, ps in kinds.items()))


def _kind_states(kinds: tuple) -> dict[tuple, float]:
    """Races grouped by kind: a kind's count of wins has a Poisson-binomial distribution, and kinds
    combine by adding k times the kind's effect. Certain races (p of 0 or 1) never split a state."""
    parties = sorted({party for (_gain, step, _extra), _ps in kinds for party, _n in step})
    # state: (gain, extra, seat delta per party in `parties` order)
    dist: dict[tuple, float] = {(0, 0, (0,) * len(parties)): 1.0}
    for (gain, step, extra), ps in kinds:
        counts = [(k, m) for k, m in enumerate(bernoulli_convolution(ps)) if m > 0.0]
        effect = dict(step)
        vector = tuple(effect.get(party, 0) for party in parties)
        nxt: dict[tuple, float] = {}
        for (g, e, moves), mass in dist.items():
            for k, m in counts:
                key = (g + k * gain, e + k * extra, tuple(a + k * b for a, b in zip(moves, vector)))
                nxt[key] = nxt.get(key, 0.0) + mass * m
        dist = nxt
    out: dict[tuple, float] = {}
    for (g, e, moves), mass in dist.items():
        key = (g, tuple((party, n) for party, n in zip(parties, moves) if n), e)
        out[key] = out.get(key, 0.0) + mass
    return out


class Outcomes:
    """Chamber outcomes by (chamber, bloc gain, seat moves), each computed once per scenario; the seat
    side (caucuses, thresholds) once per seat moves, since many bloc sizes share it."""

    def __init__(self, views: dict[str, ChamberView]):
        self.views = views
        self._seen: dict[tuple, ChamberOutcome] = {}
        self._seats: dict[tuple, SeatSide] = {}
        self._states: dict[tuple, dict] = {}
        self._passes: dict[tuple, bool] = {}

    def states(self, entries: Sequence[tuple[SeatChange, float, int]]) -> dict[tuple, float]:
        """_states(entries), once per distinct set of race kinds and probabilities."""
        kinds = _kinds(entries)
        found = self._states.get(kinds)
        if found is None:
            found = self._states[kinds] = _kind_states(kinds)
        return found

    def passes(self, chamber_id: str, gain: int, moves: tuple, backers: int, model, rules, vp_yes, override) -> bool:
        """_chamber_passes for one state; planks with the same backers in a chamber share the answer."""
        key = (chamber_id, gain, moves, backers, vp_yes, override)
        found = self._passes.get(key)
        if found is None:
            outcome = self.get(chamber_id, gain, moves)
            found = self._passes[key] = _chamber_passes(outcome, backers, model, rules, vp_yes, override)
        return found

    def get(self, chamber_id: str, gain: int, moves: tuple) -> ChamberOutcome:
        key = (chamber_id, gain, moves)
        found = self._seen.get(key)
        if found is None:
            view = self.views[chamber_id]
            seats = self._seats.get((chamber_id, moves))
            if seats is None:
                seats = self._seats[(chamber_id, moves)] = seat_side(view, dict(moves))
            found = self._seen[key] = chamber_outcome(view, gain, seats=seats)
        return found


@dataclass(frozen=True)
class ChamberProbabilities:
    chamber_id: str
    bloc_distribution: tuple[tuple[int, float], ...]  # (bloc size, probability), sizes ascending
    expected_bloc: float
    goals: dict[str, float]  # rules.csv action / caucus-majority / deny-majority -> P(the bloc meets it)
    races: tuple[tuple[str, float], ...]  # the races that count here and their win probabilities


def chamber_probabilities(
    view: ChamberView, changes: Sequence[tuple[SeatChange, float]], outcomes: Outcomes | None = None
) -> ChamberProbabilities:
    """Exact distribution of the bloc's size and the probability of meeting each goal in one chamber."""
    outcomes = outcomes or Outcomes({view.id: view})
    mine = [(c, p) for c, p in changes if c.chamber_id == view.id]
    states = {(gain, moves): p for (gain, moves, _), p in outcomes.states([(c, p, 0) for c, p in mine]).items()}
    sizes: dict[int, float] = {}
    goals = {g: 0.0 for g in goals_of(view)}
    for (gain, moves), mass in states.items():
        outcome = outcomes.get(view.id, gain, moves)
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
    slate: Slate,
    plank: Plank,
    views: dict[str, ChamberView],
    probs: dict[str, float],
    model: VoteModel,
    outcomes: Outcomes | None = None,
) -> float:
    """P(the plank passes its whole path) under the vote model, exactly.

    Chambers are independent (each race fills a seat in one chamber), so the probability is a product
    over chambers, summed over who holds each executive office that matters (it signs, or breaks ties).
    """
    outcomes = outcomes or Outcomes(views)
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
        states[body] = (outcomes.states(entries), firm)
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
                if outcomes.passes(body, gain, moves, firm + more, model, rules[body], vp_yes, body in overrides)
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


def _chamber_passes(outcome, backers, model, rules, vp_yes, override) -> bool:
    votes = yes_votes(outcome, backers, model)
    if not all(step.met for step in chamber_steps(outcome, votes, rules, model, vp_yes)):
        return False
    if not override:
        return True
    return "override-veto" in rules and vote_step(outcome, "override-veto", "override", *votes, rules, False).met
