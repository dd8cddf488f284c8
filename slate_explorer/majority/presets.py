"""What the majority page lets a visitor choose, and how a choice travels in a link.

- `race_choices`: the races still open on the day read (phase.py) grouped by chamber, each labelled with
  office, candidates, status ("result not recorded: can be assumed won" once its election has passed).
  Every function taking `today` counts only those races; None means the version's as-of date.
- Presets: today (nothing new won), every slate race won, and the letter's "5-10 House victories".
- URL values: `?wins=` (race ids, or all/none/today), `?prob=race:0.4,...`, `?rest=`, `?other=`, `?sign=`.
- `letter_range`: what 5 and 10 House victories would do, as arithmetic on the House's counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from .. import labels
from ..data.models import Level
from ..data.slate import Slate
from ..display_status import RESULT_NOT_RECORDED
from ..race_day import SlateOnDay
from ..i18n import _, ngettext, number_text
from .chambers import chambers_from_slate
from .explain import goal_phrase
from .planks import VoteModel
from .scenario import assumed_races, chamber_outcome, contestable_races, wins_word
from .whatittakes import CAUCUS_MAJORITY, goal_status, goals_of

TODAY, ALL, LETTER, CUSTOM = "today", "all", "letter", "custom"
PRESETS = (TODAY, ALL, LETTER)
LETTER_COUNTS = (5, 10)  # "Five to ten coordinated House victories" (the letter)
OTHER_OFFICES = "other"  # group key for races outside any voting chamber (a mayor)


@dataclass(frozen=True)
class RaceChoice:
    race_id: str
    label: str  # "U.S. Representative, Illinois's 9th district — Kat Abughazaleh (Open seat)"


@dataclass(frozen=True)
class ChoiceGroup:
    key: str  # chamber id, or OTHER_OFFICES
    name: str
    races: tuple[RaceChoice, ...]


def race_label(slate: Slate, race_id: str, today: dt.date | None = None) -> str:
    race, day = slate.races[race_id], SlateOnDay(slate, today)
    people = [c.name for c in slate.candidates_in(race_id) if c.outcome not in ("lost", "withdrew")]
    who = _(" or ").join(people) if people else day.slate_names(race)
    status = day.status(race)
    word = _("result not recorded: can be assumed won") if status == RESULT_NOT_RECORDED else labels.status_label(status)
    return _("{office} — {who} ({status})").format(office=race.office, who=who, status=word)


def race_choices(slate: Slate, today: dt.date | None = None) -> list[ChoiceGroup]:
    """Races still open on `today` grouped by the chamber whose seat they fill, chambers in file order."""
    voting = chambers_from_slate(slate)
    groups: dict[str, list[RaceChoice]] = {}
    for race_id in contestable_races(slate, today):
        chamber = slate.races[race_id].chamber_id
        key = chamber if chamber in voting else OTHER_OFFICES
        groups.setdefault(key, []).append(RaceChoice(race_id, race_label(slate, race_id, today)))
    order = [c for c in voting if c in groups] + ([OTHER_OFFICES] if OTHER_OFFICES in groups else [])
    return [
        ChoiceGroup(key, voting[key].name if key in voting else _("Executive offices"), tuple(groups[key]))
        for key in order
    ]


def goal_choices(slate: Slate) -> dict[str, list[str]]:
    """chamber id -> the goals "what it takes" can look for there (its rules, caucus majority, deny majority)."""
    return {cid: goals_of(view) for cid, view in chambers_from_slate(slate).items()}


def house_races(slate: Slate, today: dt.date | None = None) -> list[str]:
    """U.S. House races still open on `today`: the seats the letter's "5-10 victories" are about."""
    return [r for r in contestable_races(slate, today) if slate.races[r].level == Level.us_house]


def preset_wins(slate: Slate, preset: str, today: dt.date | None = None) -> tuple[str, ...]:
    if preset == ALL:
        return tuple(contestable_races(slate, today))
    if preset == LETTER:
        return tuple(house_races(slate, today))
    return ()


def preset_of(slate: Slate, wins: Iterable[str], today: dt.date | None = None) -> str:
    """The preset this set of wins is, or CUSTOM."""
    chosen = set(wins)
    for preset in PRESETS:
        if chosen == set(preset_wins(slate, preset, today)):
            return preset
    return CUSTOM


def preset_name(preset: str) -> str:
    return {
        TODAY: _("Today: nothing new won"),
        ALL: _("Every slate race won"),
        LETTER: _("The letter's 5-10 House victories"),
        CUSTOM: _("My own choice"),
    }[preset]


def wins_from_param(slate: Slate, value: str | None, today: dt.date | None = None) -> tuple[str, ...]:
    """`?wins=` (already validated) -> the race ids still open on `today` it names; keywords as `scenario.wins_word`."""
    if not value:
        return ()
    if wins_word(slate, value) is not None:
        return wins_word(slate, value, today)
    chosen = [r for r in value.split(",") if r]
    return tuple(r for r in contestable_races(slate, today) if r in chosen)  # races held or decided change nothing


def parse_prob(value: str | None, slate: Slate | None = None, today: dt.date | None = None) -> dict[str, float] | None:
    """`race:0.4,race:0.75` -> {race: p}; None when malformed, out of [0, 1] or (with a slate) not contestable."""
    if not value:
        return None
    found: dict[str, float] = {}
    for item in value.split(","):
        race, sep, number = item.strip().partition(":")
        try:
            p = float(number)
        except ValueError:
            return None
        if not sep or not race or not 0.0 <= p <= 1.0 or p != p:
            return None
        found[race.strip().lower()] = p
    if slate is not None and not set(found) <= set(contestable_races(slate, today)):
        return None
    return found


def prob_param(slate: Slate, probabilities: Mapping[str, float], today: dt.date | None = None) -> str:
    return ",".join(f"{r}:{short_number(probabilities[r])}" for r in contestable_races(slate, today) if r in probabilities)


def share_param(value: str | None) -> float | None:
    """`?rest=` / `?other=`: a share between 0 and 1."""
    try:
        share = float(value or "")
    except ValueError:
        return None
    return share if 0.0 <= share <= 1.0 else None


def parties_param(value: str | None) -> tuple[str, ...] | None:
    """`?sign=D,I`: parties whose executives are assumed to sign."""
    parts = [p.strip().upper() for p in (value or "").split(",") if p.strip()]
    if not parts or not all(p.isalpha() and len(p) <= 8 for p in parts):
        return None
    return tuple(dict.fromkeys(parts))


def model_from_params(values: Mapping[str, str]) -> VoteModel:
    default = VoteModel()
    rest = share_param(values.get("rest"))
    other = share_param(values.get("other"))
    sign = parties_param(values.get("sign"))
    return VoteModel(
        caucus_rest_yes=default.caucus_rest_yes if rest is None else rest,
        other_yes=default.other_yes if other is None else other,
        signing_parties=sign or default.signing_parties,
    )


def model_params(model: VoteModel) -> dict[str, str | None]:
    """URL values for the adjustable parts of a model; None where it is the default (kept out of links)."""
    default = VoteModel()
    return {
        "rest": None if model.caucus_rest_yes == default.caucus_rest_yes else short_number(model.caucus_rest_yes),
        "other": None if model.other_yes == default.other_yes else short_number(model.other_yes),
        "sign": ",".join(model.signing_parties) or None,
    }


def short_number(p: float) -> str:
    return f"{p:.4f}".rstrip("0").rstrip(".") or "0"


@dataclass(frozen=True)
class LetterStep:
    """The House bloc after `victories` new members, and each goal met or how far off."""

    victories: int
    bloc: int
    goals: tuple[tuple[str, bool, int, int], ...]  # (goal, met, needed, short by)


@dataclass(frozen=True)
class LetterRange:
    chamber_id: str
    chamber_name: str
    races_in_data: tuple[str, ...]  # contestable House races this data version names
    bloc_today: int
    steps: tuple[LetterStep, ...]
    assumed: tuple[str, ...] = ()  # of races_in_data, those held with no result recorded (assumed won)


def caucus_goals(view) -> list[str]:
    """The goals the letter is about: power inside the caucus (its majority, electing its leader)."""
    by_rule = [a for a, rule, _n in view.rules if rule == "caucus_majority"]
    return [g for g in goals_of(view) if g in by_rule or g == CAUCUS_MAJORITY]


def letter_range(slate: Slate, counts: tuple[int, ...] = LETTER_COUNTS, today: dt.date | None = None) -> LetterRange | None:
    """What 5 and 10 new progressive House members would do to the bloc's power in its caucus.

    Arithmetic on the House's counts, not on named races: each victory is assumed to replace a
    Democrat outside the bloc (a primary win), so party seats stay as they are. None without a House.
    """
    races = house_races(slate, today)
    chamber_ids = {slate.races[r].chamber_id for r in races} or {
        r.chamber_id for r in slate.races.values() if r.level == Level.us_house
    }
    views = chambers_from_slate(slate)
    view = next((views[c] for c in chamber_ids if c in views), None)
    if view is None:
        return None
    now = chamber_outcome(view)
    steps = []
    for k in counts:
        outcome = chamber_outcome(view, bloc_gain=k)
        goals = []
        for goal in caucus_goals(view):
            met, have, needed = goal_status(outcome, goal)
            goals.append((goal, met, needed, max(0, needed - have)))
        steps.append(LetterStep(k, outcome.bloc_after, tuple(goals)))
    assumed = tuple(assumed_races(slate, races, today))
    return LetterRange(view.id, view.name, tuple(races), now.bloc_after, tuple(steps), assumed)


def letter_sentences(r: LetterRange) -> list[str]:
    """The preset said plainly: what it chooses, what the data can show, and 5 and 10 as arithmetic."""
    n = len(r.races_in_data)
    out = [
        ngettext(
            "The letter says five to ten coordinated House victories could shift the balance of power in the Democratic caucus. This data version names {n} House race not decided as far as it records; the preset marks it won.",
            "The letter says five to ten coordinated House victories could shift the balance of power in the Democratic caucus. This data version names {n} House races not decided as far as it records; the preset marks all {n} won.",
            n,
        ).format(n=n)
    ]
    if r.assumed:
        out.append(ngettext(
            "{k} of them has had its election with no result recorded in this version: the preset assumes it won.",
            "{k} of them have had their elections with no result recorded in this version: the preset assumes they won.",
            len(r.assumed)).format(k=len(r.assumed)))
    for step in r.steps:
        if step.victories > n:
            where = _("The data names only {n}, so {more} more would have to come from seats it does not list.").format(
                n=n, more=step.victories - n
            )
        else:
            where = _("The data names enough House races for that.")
        met = [goal_phrase(g) for g, ok, _needed, _short in step.goals if ok]
        unmet = [
            _("{goal} ({short} short)").format(goal=goal_phrase(g), short=number_text(short))
            for g, ok, _needed, short in step.goals
            if not ok
        ]
        text = _("With {k} victories the House bloc would grow from {today} to {bloc}.").format(
            k=step.victories, today=number_text(r.bloc_today), bloc=number_text(step.bloc)
        )
        text += " " + where
        if met:
            text += " " + _("It would have {goals}.").format(goals="; ".join(met))
        if unmet:
            text += " " + _("It would still lack {goals}.").format(goals="; ".join(unmet))
        out.append(text)
    out.append(
        _(
            "These two figures are arithmetic on the House's seat counts, not a forecast: each victory is assumed to replace a Democrat outside the bloc, as a primary win would."
        )
    )
    return out
