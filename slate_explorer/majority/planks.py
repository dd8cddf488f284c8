"""Would an agenda plank pass? Walk every body on its path with an explicit, adjustable vote model."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..data.models import Plank, Stance
from ..data.slate import Slate
from .rules import Counts, threshold_for
from .scenario import TODAY, ChamberOutcome, ExecutiveOutcome, Note


@dataclass(frozen=True)
class VoteModel:
    """Who is assumed to vote yes. Every number here is shown to the reader and can be changed.

    Whole members only: each share is applied to its group and rounded down.
    """

    bloc_yes: float = 1.0  # share of progressive-bloc members voting yes
    caucus_rest_yes: float = 0.5  # share of the rest of the bloc's caucus (other Democrats)
    other_yes: float = 0.0  # share of every other member (the other party)
    backers_yes: bool = True  # slate members in office who back the plank vote yes whatever the shares
    signing_parties: tuple[str, ...] = ()  # executives of these parties sign; others veto (the slate's own sign)
    cloture: bool = True  # where a chamber has a cloture rule, a bill must first win cloture

    def __post_init__(self):
        for name in ("bloc_yes", "caucus_rest_yes", "other_yes"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")

    def to_dict(self) -> dict:
        return {
            "bloc_yes": self.bloc_yes,
            "caucus_rest_yes": self.caucus_rest_yes,
            "other_yes": self.other_yes,
            "backers_yes": self.backers_yes,
            "signing_parties": list(self.signing_parties),
            "cloture": self.cloture,
        }


@dataclass(frozen=True)
class StepResult:
    chamber_id: str
    step: str  # "vote", "sign", "override"
    action: str  # rules.csv action ("pass-bill", "invoke-cloture", "override-veto"), "sign" or "veto"
    # `met`: the path goes on past this step (a veto is "met": the bill goes on to the override votes).
    needed: int | None
    yes: int | None
    met: bool
    short_by: int | None  # votes missing; None for a signing step
    breakdown: dict[str, int] = field(default_factory=dict)  # bloc, backers, caucus_rest, other
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class PlankResult:
    plank_id: str
    title: str
    level: str
    path: tuple[str, ...]
    passes: bool
    blocked_at: str | None  # chamber id of the first step that fails
    blocked_step: str | None
    short_by: int | None
    steps: tuple[StepResult, ...]
    backers: tuple[str, ...]  # candidate ids in office (today or in the scenario) who back the plank


def backer_races(slate: Slate, plank_id: str) -> dict[str, list[str]]:
    """race id -> its slate candidates, for races whose every candidate still in it backs the plank.

    Two candidates may share one primary and only one will hold the seat, so a race counts as one
    backer seat only when all of them back the plank. Computed for every plank at once, once per version.
    """
    return slate.cached("backer_races", lambda: _backer_races(slate)).get(plank_id, {})


def _backer_races(slate: Slate) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for race in slate.races.values():
        people = [c for c in slate.candidates_in(race.id) if c.outcome not in ("lost", "withdrew")]
        if not race.chamber_id or not people:
            continue
        stances = [slate.positions_of(c.id) for c in people]
        for plank_id in slate.planks:
            if all((s := st.get(plank_id)) is not None and s.stance == Stance.backs for st in stances):
                out.setdefault(plank_id, {})[race.id] = [c.id for c in people]
    return out


def backers_in_office(slate: Slate, plank_id: str, wins: set[str]) -> dict[str, list[str]]:
    """chamber id -> races held by the slate (today or in the scenario) whose member backs the plank."""
    out: dict[str, list[str]] = {}
    for race_id in backer_races(slate, plank_id):
        race = slate.races[race_id]
        if race.status in TODAY or race_id in wins:
            out.setdefault(race.chamber_id, []).append(race_id)
    return out


def yes_votes(outcome: ChamberOutcome, backers: int, model: VoteModel) -> tuple[int, dict[str, int]]:
    """Expected yes votes in a chamber under the model, with the count of each group."""
    bloc = max(outcome.bloc_after, backers)
    firm = backers if model.backers_yes else 0
    groups = {
        "backers": firm,
        "bloc": math.floor(model.bloc_yes * (bloc - firm) + 1e-9),
        "caucus_rest": math.floor(model.caucus_rest_yes * max(0, outcome.caucus_after - bloc) + 1e-9),
        "other": math.floor(model.other_yes * max(0, outcome.sworn - max(outcome.caucus_after, bloc)) + 1e-9),
    }
    return sum(groups.values()), groups


def vote_step(
    outcome: ChamberOutcome, action: str, step: str, yes: int, groups: dict, rules: dict, vp_yes: bool
) -> StepResult:
    notes = []
    spec = rules.get(action)
    if spec is None:  # no rule recorded: a simple majority of those voting
        notes.append(Note.of("rule_assumed", chamber=outcome.name, action=action))
        spec = ("majority_of_voting", None)
    rule, count = spec
    needed = threshold_for(rule, Counts(outcome.seats, outcome.vacancies, caucus=outcome.caucus_after), count).needed
    met = yes >= needed
    tie = rule == "majority_of_voting" and outcome.sworn % 2 == 0 and yes == outcome.sworn // 2
    if not met and tie and vp_yes:
        met = True
        notes.append(Note.of("vp_breaks_tie", chamber=outcome.name))
    return StepResult(
        outcome.chamber_id, step, action, needed, yes, met, 0 if met else needed - yes, groups, tuple(notes)
    )


def evaluate_plank(
    slate: Slate,
    plank: Plank,
    outcomes: dict[str, ChamberOutcome],
    executives: dict[str, ExecutiveOutcome],
    wins: set[str],
    model: VoteModel = VoteModel(),
    rules: dict[str, dict[str, tuple[str, int | None]]] | None = None,
) -> PlankResult:
    """Pass or block: each body on the path in order; an executive signs or vetoes (then overrides)."""
    rules = rules or {cid: {r.action: (r.rule, r.count) for r in slate.rules_of(cid)} for cid in plank.path}
    backers = backers_in_office(slate, plank.id, wins)
    people = backer_races(slate, plank.id)
    steps: list[StepResult] = []
    passed_chambers: list[str] = []
    votes: dict[str, tuple[int, dict]] = {}
    for body in plank.path:
        if body in executives:
            steps += executive_steps(executives[body], passed_chambers, outcomes, votes, rules, model)
        else:
            votes[body] = yes_votes(outcomes[body], len(backers.get(body, [])), model)
            vp_yes = vp_votes_yes(slate, body, executives, model)
            steps += chamber_steps(outcomes[body], votes[body], rules.get(body, {}), model, vp_yes)
            passed_chambers.append(body)
        if not steps[-1].met:
            break
    blocked = next((s for s in steps if not s.met), None)
    return PlankResult(
        plank_id=plank.id,
        title=plank.title,
        level=plank.level,
        path=tuple(plank.path),
        passes=blocked is None,
        blocked_at=blocked.chamber_id if blocked else None,
        blocked_step=blocked.action if blocked else None,
        short_by=blocked.short_by if blocked else None,
        steps=tuple(steps),
        backers=tuple(sorted(c for ids in backers.values() for r in ids for c in people[r])),
    )


def chamber_steps(
    outcome: ChamberOutcome, votes: tuple[int, dict], rules: dict, model: VoteModel, vp_yes: bool
) -> list[StepResult]:
    """Cloture first where the chamber has it (and the model asks for it), then passage; stop at a failure."""
    actions = (["invoke-cloture"] if model.cloture and "invoke-cloture" in rules else []) + ["pass-bill"]
    steps = []
    for action in actions:
        steps.append(vote_step(outcome, action, "vote", *votes, rules, vp_yes and action == "pass-bill"))
        if not steps[-1].met:
            break
    return steps


def signs(executive: ExecutiveOutcome, model: VoteModel) -> bool:
    return executive.slate_holds or (executive.party is not None and executive.party in model.signing_parties)


def vp_votes_yes(slate: Slate, chamber_id: str, executives: dict[str, ExecutiveOutcome], model: VoteModel) -> bool:
    """The Vice President breaks a tie the way the executive of the same jurisdiction would sign."""
    chamber = slate.chambers[chamber_id]
    if not chamber.vp_tiebreak:
        return False
    same = [e for e in executives.values() if slate.chambers[e.id].jurisdiction == chamber.jurisdiction]
    return bool(same) and signs(same[0], model)


def executive_steps(executive, passed_chambers, outcomes, votes, rules, model) -> list[StepResult]:
    if signs(executive, model):
        note = Note.of(
            "slate_holds_office" if executive.slate_holds else "party_signs",
            office=executive.name,
            holder=executive.holder,
        )
        return [StepResult(executive.id, "sign", "sign", None, None, True, None, notes=(note,))]
    if not passed_chambers:  # acts alone (a mayor's appointments): nothing to override
        return [
            StepResult(
                executive.id,
                "sign",
                "sign",
                None,
                None,
                False,
                None,
                notes=(Note.of("does_not_act", office=executive.name, holder=executive.holder),),
            )
        ]
    steps = [
        StepResult(
            executive.id,
            "sign",
            "veto",
            None,
            None,
            True,
            None,
            notes=(Note.of("vetoes", office=executive.name, holder=executive.holder),),
        )
    ]
    for body in passed_chambers:
        if "override-veto" not in rules.get(body, {}):
            steps.append(
                StepResult(
                    body,
                    "override",
                    "override-veto",
                    None,
                    None,
                    False,
                    None,
                    notes=(Note.of("no_override_rule", chamber=outcomes[body].name),),
                )
            )
            break
        steps.append(vote_step(outcomes[body], "override-veto", "override", *votes[body], rules[body], False))
        if not steps[-1].met:
            break
    return steps
