"""Exact probabilities from optional per-race win probabilities: no sampling, no noise, linear in races.

Races are independent Bernoulli trials. In one chamber a won race adds its bloc gain (0 or 1) and moves
one seat (from the incumbent's party to the winner's, often no move at all). The chamber's *seat
distribution* is P(seat moves, bloc gain): for each kind of move, the exact distribution of how many such
races are won (a Poisson-binomial convolution), combined by convolution along the bloc gain. It has one
row per distinct seat moves (a handful: Republican seats flipped, vacancies filled) and one entry per bloc
size, never one per joint state of all races.

For a fixed row, every goal and every vote of a plank's path is met from some bloc size on (more bloc
members never cost a vote: `planks.yes_votes` grows with the bloc, thresholds depend only on the seats),
so each row's seat side (caucuses, thresholds) is computed once and the first bloc size that meets a goal
is found by bisection; the probability is then a tail sum. Chambers are independent (each race fills a
seat in one chamber), so a plank's chance is a product over the chambers on its path, summed over who
holds each executive office that matters. Where the plank's backers could outnumber the bloc, or the
vote model counts backers apart from the bloc, the backers' count joins the state (`_backer_states`).
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
from .whatittakes import first_met, goal_status, goals_of

Moves = tuple  # sorted (party, seats) pairs of a chamber's seat moves, zeros left out


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


def _move_of(change: SeatChange) -> Moves:
    return tuple(sorted(party_delta([change]).items()))


def _add_moves(a: Moves, b: Moves, times: int = 1) -> Moves:
    total = dict(a)
    for party, n in b:
        total[party] = total.get(party, 0) + n * times
    return tuple(sorted((p, n) for p, n in total.items() if n))


def _shift_add(target: list[float], source: list[float], shift: int, weight: float) -> None:
    """target[k + shift] += weight * source[k] (target long enough)."""
    for k, mass in enumerate(source):
        if mass:
            target[k + shift] += weight * mass


def seat_distribution(changes: Sequence[tuple[SeatChange, float]]) -> dict[Moves, list[float]]:
    """P(seat moves, bloc gain): seat moves -> probabilities indexed by the bloc gain, exactly."""
    by_move: dict[Moves, tuple[list[float], list[float]]] = {}  # move -> (p of gain-1 races, p of gain-0 races)
    for change, p in changes:
        _check(p)
        gain1, gain0 = by_move.setdefault(_move_of(change), ([], []))
        (gain1 if change.bloc_gain else gain0).append(p)
    still1, _ = by_move.pop((), ([], []))  # races moving no seat only grow the bloc
    rows: dict[Moves, list[float]] = {(): bernoulli_convolution(still1)}
    for move, (gain1, gain0) in sorted(by_move.items()):
        q1, q0 = bernoulli_convolution(gain1), bernoulli_convolution(gain0)
        nxt: dict[Moves, list[float]] = {}
        for moves, dist in rows.items():
            for k1, m1 in enumerate(q1):
                for k0, m0 in enumerate(q0):
                    if m1 * m0 == 0.0:
                        continue
                    key = _add_moves(moves, move, k1 + k0)
                    row = nxt.setdefault(key, [0.0] * (len(dist) + len(q1) - 1))
                    if len(row) < len(dist) + k1:
                        row.extend([0.0] * (len(dist) + k1 - len(row)))
                    _shift_add(row, dist, k1, m1 * m0)
        rows = nxt
    return rows


def state_distribution(changes: Sequence[tuple[SeatChange, float]]) -> dict[tuple, float]:
    """P(state) where state = (bloc gain, seat moves as sorted (party, delta) pairs)."""
    return {(g, moves): p for moves, dist in seat_distribution(changes).items() for g, p in enumerate(dist) if p}


def _tails(dist: list[float]) -> list[float]:
    """tails[k] = P(gain >= k) in one row (tails[len(dist)] = 0)."""
    out = [0.0] * (len(dist) + 1)
    for k in range(len(dist) - 1, -1, -1):
        out[k] = out[k + 1] + dist[k]
    return out


class Outcomes:
    """Per scenario: chamber outcomes by (chamber, seat moves, bloc gain), each seat side once per seat
    moves, and the first bloc gain meeting each test, shared by the goals and every plank."""

    def __init__(self, views: dict[str, ChamberView]):
        self.views = views
        self._seats: dict[tuple, SeatSide] = {}
        self._seen: dict[tuple, ChamberOutcome] = {}
        self._first: dict[tuple, int] = {}
        self._rows: dict[tuple, dict] = {}

    def rows(self, chamber_id: str, changes: Sequence[tuple[SeatChange, float]]) -> dict[Moves, tuple[list, list]]:
        """The chamber's seat distribution: seat moves -> (P(gain), P(gain or more))."""
        key = (chamber_id, tuple((c, p) for c, p in changes))
        found = self._rows.get(key)
        if found is None:
            found = self._rows[key] = {m: (d, _tails(d)) for m, d in seat_distribution(changes).items()}
        return found

    def get(self, chamber_id: str, gain: int, moves: Moves) -> ChamberOutcome:
        key = (chamber_id, gain, moves)
        found = self._seen.get(key)
        if found is None:
            seats = self._seats.get((chamber_id, moves))
            if seats is None:
                seats = self._seats[(chamber_id, moves)] = seat_side(self.views[chamber_id], dict(moves))
            found = self._seen[key] = chamber_outcome(self.views[chamber_id], gain, seats=seats)
        return found

    def first(self, chamber_id: str, moves: Moves, top: int, test_key: tuple, test, hint=None) -> int:
        """The first bloc gain in this row whose outcome meets `test` (named by `test_key`). `hint(outcome)`,
        when given, guesses it from the row's first outcome; the guess is kept only when the outcomes
        on either side of it confirm it."""
        key = (chamber_id, moves, top, test_key)
        found = self._first.get(key)
        if found is None:
            met = lambda g: test(self.get(chamber_id, g, moves))  # noqa: E731
            guess = min(max(hint(self.get(chamber_id, 0, moves)), 0), top + 1) if hint else None
            if guess is not None and (guess > top or met(guess)) and (guess == 0 or not met(guess - 1)):
                found = guess
            else:
                found = first_met(met, top)
            self._first[key] = found
        return found

    def chance(self, chamber_id: str, rows, test_key: tuple, test, hint=None) -> float:
        """P(the outcome meets `test`), a test met from some bloc gain on in every row."""
        return math.fsum(tails[self.first(chamber_id, moves, len(dist) - 1, test_key, test, hint)]
                         for moves, (dist, tails) in rows.items())


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
    rows = outcomes.rows(view.id, mine)
    sizes: dict[int, float] = {}
    today = view.bloc_today
    for dist, _tails_of in rows.values():
        for gain, mass in enumerate(dist):
            if mass:
                sizes[today + gain] = sizes.get(today + gain, 0.0) + mass
    goals = {}
    for goal in goals_of(view):
        test = lambda outcome, goal=goal: goal_status(outcome, goal)[0]  # noqa: E731 - met from a bloc size on
        hint = lambda outcome, goal=goal: goal_status(outcome, goal)[2] - outcome.bloc_after  # noqa: E731 - at gain 0
        goals[goal] = outcomes.chance(view.id, rows, ("goal", goal), test, hint)
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
    entries = {body: _entries(slate, body, probs, backers) for body in bodies}
    firm = {body: sum(1 for r in backers if slate.races[r].chamber_id == body and slate.races[r].status in TODAY)
            for body in bodies}
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
            vp_yes = vp_votes_yes(slate, body, executives, model)
            chance *= _chamber_pass_chance(outcomes, views[body], entries[body], firm[body], model, rules[body], vp_yes,
                                           body in overrides)
        total += chance
    return total


def _entries(slate: Slate, body: str, probs: dict[str, float], backers) -> list[tuple[SeatChange, float, int]]:
    """(seat change, win probability, 1 if the race's member would back the plank) for the chamber's races."""
    return [(c, p, int(r in backers)) for r, p in probs.items() if (c := seat_change(slate, r)) and c.chamber_id == body]


def _chamber_pass_chance(outcomes: Outcomes, view: ChamberView, entries, firm: int, model, rules, vp_yes, override) -> float:
    """P(the chamber passes the plank's votes): over its seat distribution, the first bloc gain that passes
    per row; with the backers' count in the state only where it can change a vote."""
    if not _backers_matter(view, entries, firm, model):
        rows = outcomes.rows(view.id, [(c, p) for c, p, _ in entries])
        test = lambda o: _chamber_passes(o, firm, model, rules, vp_yes, override)  # noqa: E731
        return outcomes.chance(view.id, rows, ("pass", firm, model, vp_yes, override), test)
    return math.fsum(
        p for (gain, moves, more), p in _backer_states(entries).items()
        if _chamber_passes(outcomes.get(view.id, gain, moves), firm + more, model, rules, vp_yes, override)
    )


def _backers_matter(view: ChamberView, entries, firm: int, model: VoteModel) -> bool:
    """Whether the count of the plank's backers can change a vote beyond the bloc's size: yes_votes counts
    max(bloc, backers), and apart from the bloc only when backers vote yes at another rate than the bloc."""
    could_outnumber = firm + sum(1 for c, p, backs in entries if backs and not c.bloc_gain and p) > view.bloc_today
    return could_outnumber or (model.backers_yes and model.bloc_yes != 1.0)


def _backer_states(entries: Sequence[tuple[SeatChange, float, int]]) -> dict[tuple, float]:
    """P(bloc gain, seat moves, backers won), exactly, by kinds of race (used only where backers matter)."""
    kinds: dict[tuple, list[float]] = {}
    for change, p, extra in entries:
        _check(p)
        kinds.setdefault((change.bloc_gain, _move_of(change), extra), []).append(p)
    dist: dict[tuple, float] = {(0, (), 0): 1.0}
    for (gain, move, extra), ps in sorted(kinds.items()):
        counts = [(k, m) for k, m in enumerate(bernoulli_convolution(ps)) if m > 0.0]
        nxt: dict[tuple, float] = {}
        for (g, moves, e), mass in dist.items():
            for k, m in counts:
                key = (g + k * gain, _add_moves(moves, move, k), e + k * extra)
                nxt[key] = nxt.get(key, 0.0) + mass * m
        dist = nxt
    return dist


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
