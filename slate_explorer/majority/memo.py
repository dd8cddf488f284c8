"""Scenario results remembered per data version object, for pages that rerun the same scenario.

A visitor's rerun (opening an expander, choosing a goal, the language switch) repeats the scenario's
inputs; the arithmetic is the same, so the page asks here first. Results are frozen dataclasses and
are never changed by their readers. Keyed by the Slate object itself (held weakly: a reloaded data
version gets a fresh memo) and bounded per version.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections import OrderedDict
from typing import Mapping

from ..data.slate import Slate
from .compute import ScenarioResult, compute_scenario, what_it_takes_for
from .planks import VoteModel
from .whatittakes import WhatItTakes

MAX_PER_SLATE = 128  # distinct scenarios kept per data version (a few KB each)

_lock = threading.Lock()
_memos: dict[int, tuple[weakref.ref, OrderedDict]] = {}


def _memo(slate: Slate) -> OrderedDict:
    key = id(slate)
    found = _memos.get(key)
    if found is None or found[0]() is not slate:
        found = _memos[key] = (weakref.ref(slate, lambda _ref, key=key: _memos.pop(key, None)), OrderedDict())
    return found[1]


def _remember(slate: Slate, key: tuple, make):
    with _lock:
        memo = _memo(slate)
        if key in memo:
            memo.move_to_end(key)
            return memo[key]
    value = make()  # outside the lock: sessions compute different scenarios in parallel
    with _lock:
        memo[key] = value
        while len(memo) > MAX_PER_SLATE:
            memo.popitem(last=False)
    return value


def scenario(
    slate: Slate,
    wins,
    probabilities: Mapping[str, float] | None = None,
    model: VoteModel | None = None,
    today: dt.date | None = None,
    assume: Mapping[str, Mapping[str, int]] | None = None,
) -> ScenarioResult:
    """compute_scenario(slate, wins, probabilities, model, today=today, assume=assume), once per distinct inputs,
    without every goal's "what it takes" (the page asks `what_it_takes` for the goal a reader chooses)."""
    model = model or VoteModel()
    key = ("scenario", tuple(wins), tuple(sorted((probabilities or {}).items())), model, today, _frozen(assume))
    return _remember(slate, key, lambda: compute_scenario(
        slate, list(wins), probabilities=probabilities, model=model, today=today, assume=assume,
        with_what_it_takes=False))


def what_it_takes(slate: Slate, chamber_id: str, goal: str, wins, today: dt.date | None = None,
                  assume: Mapping[str, Mapping[str, int]] | None = None) -> WhatItTakes:
    """what_it_takes_for(slate, chamber_id, goal, wins, today, assume), once per distinct inputs."""
    key = ("what_it_takes", chamber_id, goal, tuple(wins), today, _frozen(assume))
    return _remember(slate, key, lambda: what_it_takes_for(slate, chamber_id, goal, list(wins), today, assume))


def _frozen(assume) -> tuple:
    return tuple(sorted((c, tuple(sorted(s.items()))) for c, s in (assume or {}).items()))
