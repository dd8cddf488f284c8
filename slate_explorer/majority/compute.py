"""One call for a whole scenario: chambers, executives, planks, what it takes and probabilities.

`compute_scenario` is what the page and the `scenario` command call; `ScenarioResult.to_dict()` is the
JSON the command prints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Mapping

from ..data.slate import Slate
from ..display_status import on_day
from ..labels import race_name
from .chambers import VOTING_KINDS, ChamberView, chambers_from_slate, term_view
from .explain import scenario_sentences
from .planks import PlankResult, VoteModel, evaluate_plank
from .probability import ChamberProbabilities, Outcomes, chamber_probabilities, plank_probability
from .scenario import (
    ChamberOutcome,
    ExecutiveOutcome,
    Note,
    ScenarioError,
    assumed_races,
    contestable_races,
    executive_outcomes,
    outcome_for_changes,
    parse_wins,
    seat_change,
    today_races,
)
from .terms import scenario_term
from .whatittakes import DENY_MAJORITY, WhatItTakes, goal_status, goals_of, what_it_takes


@dataclass(frozen=True)
class ScenarioResult:
    version: str
    wins: tuple[str, ...]  # races won in this scenario
    today: tuple[str, ...]  # races the slate already holds
    contestable: tuple[str, ...]  # races a scenario may choose
    chambers: dict[str, ChamberOutcome]
    executives: dict[str, ExecutiveOutcome]
    planks: tuple[PlankResult, ...]
    what_it_takes: tuple[WhatItTakes, ...]  # one per unmet goal of each chamber
    model: VoteModel
    probabilities: dict[str, float] | None = None  # race id -> win probability used
    chamber_probabilities: dict[str, ChamberProbabilities] | None = None
    office_probabilities: dict[str, float] | None = None  # executive id -> P(the slate holds it)
    plank_probabilities: dict[str, float] | None = None  # plank id -> P(it passes) under the vote model
    notes: tuple[Note, ...] = ()

    def to_dict(self) -> dict:
        data = _plain(dataclasses.asdict(self))
        data["model"] = self.model.to_dict()
        data["sentences"] = scenario_sentences(self)
        return data


def compute_scenario(
    slate: Slate,
    wins: str | tuple[str, ...] | list[str] | None = (),
    probabilities: Mapping[str, float] | None = None,
    model: VoteModel | None = None,
    with_what_it_takes: bool = True,
    today: dt.date | None = None,
    assume: Mapping[str, Mapping[str, int]] | None = None,
) -> ScenarioResult:
    """The full scenario result on `today` (None: the version's as-of date). `wins`: race ids (or
    "all"/"none"); raises ScenarioError on bad ids and races decided by then. Each chamber is described in
    the term its wins fill (terms.py); `assume` (chamber id -> party -> seats) replaces the assumed split of
    a term whose seats the data does not record."""
    wins = parse_wins(slate, wins, today)
    model = model or VoteModel()
    day, held = on_day(slate, today), today_races(slate)
    views = views_for(slate, wins, day, assume)
    changes = [c for c in (seat_change(slate, r) for r in wins if r not in held) if c is not None]
    outcomes = {cid: outcome_for_changes(view, changes) for cid, view in views.items()}
    executives = executive_outcomes(slate, wins)
    rules = {cid: {a: (r, n) for a, r, n in v.rules} for cid, v in views.items()}
    planks = tuple(
        evaluate_plank(slate, p, outcomes, executives, set(wins), model, rules) for p in slate.planks.values()
    )
    takes = tuple(_what_it_takes_all(slate, outcomes, wins, day, assume)) if with_what_it_takes else ()
    names = {r: race_name(slate.races[r]) for r in (*held, *wins)}  # notes are read: race names, not ids
    notes = [Note.of("today_included", races=tuple(names[r] for r in held))]
    notes += [Note.of("already_today", race=names[r]) for r in wins if r in held]
    assumed = assumed_races(slate, wins, day)
    if assumed:
        notes.append(Note.of("assumed_won", offices=tuple(slate.races[r].office for r in assumed)))
    result = ScenarioResult(
        version=slate.version,
        wins=wins,
        today=tuple(held),
        contestable=tuple(contestable_races(slate, day)),
        chambers=outcomes,
        executives=executives,
        planks=planks,
        what_it_takes=takes,
        model=model,
        notes=tuple(notes),
    )
    if probabilities:
        result = dataclasses.replace(result, **_probabilities(slate, wins, probabilities, model, day, assume))
    return result


def views_for(slate: Slate, races, day: dt.date, assume=None) -> dict[str, ChamberView]:
    """Each voting chamber's counts in the term `races` (won) fill there, on `day` (terms.scenario_term)."""
    chosen = [slate.races[r] for r in races]
    by_chamber: dict[str, list] = {}
    for race in chosen:
        by_chamber.setdefault(race.chamber_id, []).append(race)
    return {cid: term_view(slate, view, scenario_term(cid, by_chamber.get(cid, ()), day), (assume or {}).get(cid))
            for cid, view in chambers_from_slate(slate).items()}


def what_it_takes_for(slate: Slate, chamber_id: str, action: str, wins=(), today: dt.date | None = None,
                      assume=None) -> WhatItTakes:
    """The smallest set of extra wins meeting one goal (a rules.csv action, caucus-majority or deny-majority),
    among the races still open on `today`, in the term those races fill."""
    if chamber_id not in slate.chambers or slate.chambers[chamber_id].kind not in VOTING_KINDS:
        raise KeyError(chamber_id)
    wins = parse_wins(slate, wins, today)
    day = on_day(slate, today)
    view = views_for(slate, (*wins, *contestable_races(slate, day)), day, assume)[chamber_id]
    return what_it_takes(slate, view, wins, action, today)


def win_probabilities(
    slate: Slate, wins: tuple[str, ...], given: Mapping[str, float], today: dt.date | None = None
) -> dict[str, float]:
    """Every contestable race's probability: 1 if chosen as a win, else 0, unless given explicitly."""
    contestable = contestable_races(slate, today)
    unknown = [r for r in given if r not in slate.races]
    held = [r for r in given if r in today_races(slate)]
    closed = [r for r in given if r in slate.races and r not in contestable and r not in held]
    if unknown or closed or held:
        raise ScenarioError(unknown, closed, held)
    bad = [f"{r}={p}" for r, p in given.items() if not 0.0 <= p <= 1.0]
    if bad:
        raise ValueError(f"probabilities must be between 0 and 1: {', '.join(bad)}")
    probs = {r: (1.0 if r in wins else 0.0) for r in contestable}
    probs.update({r: p for r, p in given.items() if r in probs})
    return probs


def _probabilities(slate: Slate, wins, given, model: VoteModel, today: dt.date, assume) -> dict:
    probs = win_probabilities(slate, wins, given, today)
    views = views_for(slate, [r for r, p in probs.items() if p > 0], today, assume)
    changes = [(c, probs[r]) for r in probs if (c := seat_change(slate, r)) is not None]
    offices = {}
    for ex in executive_outcomes(slate, ()).values():
        if ex.slate_holds:
            offices[ex.id] = 1.0
        else:
            offices[ex.id] = probs.get(ex.race_id, 0.0) if ex.race_id else 0.0
    outcomes = Outcomes(views)  # each state's chamber outcome once, shared by goals and planks
    return {
        "probabilities": probs,
        "chamber_probabilities": {cid: chamber_probabilities(v, changes, outcomes) for cid, v in views.items()},
        "office_probabilities": offices,
        "plank_probabilities": {
            p.id: plank_probability(slate, p, views, probs, model, outcomes) for p in slate.planks.values()
        },
    }


def _what_it_takes_all(slate, outcomes, wins, today, assume):
    views = views_for(slate, (*wins, *contestable_races(slate, today)), today, assume)
    for cid, view in views.items():
        shared: dict = {}  # the chamber's outcomes, looked at once for all its goals
        for goal in goals_of(view):
            met, _have, _needed = goal_status(outcomes[cid], goal)
            if goal == DENY_MAJORITY and not outcomes[cid].pivot.bloc_in_majority:
                continue  # said once by the pivot sentence: the bloc is not in the majority
            if not met:
                yield what_it_takes(slate, view, wins, goal, today, shared)


def _plain(value):
    """Dataclass dicts -> JSON-ready values (tuples to lists, Note params to dicts)."""
    if isinstance(value, dict):
        if set(value) == {"code", "params"}:
            return {"code": value["code"], **{k: _plain(v) for k, v in value["params"]}}
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
