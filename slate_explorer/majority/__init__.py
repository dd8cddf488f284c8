"""The legislative arithmetic: chambers, rules, scenarios, planks, what it takes, probabilities.

Pages and the `scenario` command call `compute_scenario(slate, wins, probabilities, model)` and draw
its `ScenarioResult`; `explain` turns every part into one plain sentence.
"""

from .chambers import ChamberView, Executive, chambers_from_slate, executives_from_slate
from .compute import ScenarioResult, compute_scenario, what_it_takes_for, win_probabilities
from .planks import PlankResult, StepResult, VoteModel, evaluate_plank
from .probability import ChamberProbabilities, bernoulli_convolution, chamber_probabilities
from .scenario import ChamberOutcome, ScenarioError, contestable_races, parse_wins, today_races
from .whatittakes import CAUCUS_MAJORITY, DENY_MAJORITY, WhatItTakes, what_it_takes

__all__ = [
    "CAUCUS_MAJORITY",
    "DENY_MAJORITY",
    "ChamberOutcome",
    "ChamberProbabilities",
    "ChamberView",
    "Executive",
    "PlankResult",
    "ScenarioError",
    "ScenarioResult",
    "StepResult",
    "VoteModel",
    "WhatItTakes",
    "bernoulli_convolution",
    "chamber_probabilities",
    "chambers_from_slate",
    "compute_scenario",
    "contestable_races",
    "evaluate_plank",
    "executives_from_slate",
    "parse_wins",
    "today_races",
    "what_it_takes",
    "what_it_takes_for",
    "win_probabilities",
]
