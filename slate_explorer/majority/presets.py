"""What the majority page lets a visitor choose: the open races by chamber, the presets, the letter's range.

- `race_choices`: the races still open on the day read (phase.py) grouped by chamber, each labelled with
  office, candidates, status ("result not recorded: can be assumed won" once its election has passed).
  Every function taking `today` counts only those races; None means the version's as-of date.
- `RaceFilter`, `races_matching`, `filter_options`: the race picker's filters (chamber, state, level, status,
  words), so a page lists a screenful of the races a visitor narrowed to, however many the slate runs.
- Presets: today (nothing new won), every slate race won, and the letter's "5-10 House victories".
- (How a scenario travels in a link, `?wins=` and the rest: routes/scenario_values.py.)
- `letter_range`: what 5 and 10 House victories would do, as arithmetic on the House's counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .. import labels
from ..data.models import Level
from ..data.slate import Slate
from ..display_status import RESULT_NOT_RECORDED
from ..race_day import SlateOnDay
from ..i18n import _, ngettext, number_text
from .chambers import chambers_from_slate
from .explain import goal_phrase
from .scenario import assumed_races, chamber_outcome, contestable_races
from .whatittakes import CAUCUS_MAJORITY, goal_status, goals_of

TODAY, ALL, LETTER, CUSTOM = "today", "all", "letter", "custom"
PRESETS = (TODAY, ALL, LETTER)
LETTER_COUNTS = (5, 10)  # "Five to ten coordinated House victories" (the letter)
OTHER_OFFICES = "other"  # group key for races outside any voting chamber (a mayor)


@dataclass(frozen=True)
class RaceChoice:
    race_id: str
    label: str  # "U.S. Representative, Illinois's 9th district — Kat Abughazaleh (Open seat)"
    state: str = ""  # what the race picker filters by (RaceFilter)
    level: str = ""
    status: str = ""  # as shown on the day read (display_status.py)

    @property
    def search_text(self) -> str:
        return f"{self.label} {self.race_id}".casefold()


@dataclass(frozen=True)
class ChoiceGroup:
    key: str  # chamber id, or OTHER_OFFICES
    name: str
    races: tuple[RaceChoice, ...]


def race_label(slate: Slate, race_id: str, today: dt.date | None = None) -> str:
    return race_choice(slate, race_id, today).label


def race_choice(slate: Slate, race_id: str, today: dt.date | None = None, day: SlateOnDay | None = None) -> RaceChoice:
    race, day = slate.races[race_id], day or SlateOnDay(slate, today)
    people = [c.name for c in slate.candidates_in(race_id) if c.outcome not in ("lost", "withdrew")]
    who = _(" or ").join(people) if people else day.slate_names(race)
    status = day.status(race)
    word = _("result not recorded: can be assumed won") if status == RESULT_NOT_RECORDED else labels.status_label(status)
    label = _("{office} — {who} ({status})").format(office=race.office, who=who, status=word)
    return RaceChoice(race_id, label, race.state, race.level.value, status)


def race_choices(slate: Slate, today: dt.date | None = None) -> list[ChoiceGroup]:
    """Races still open on `today` grouped by the chamber whose seat they fill, chambers in file order."""
    voting = chambers_from_slate(slate)
    groups: dict[str, list[RaceChoice]] = {}
    day = SlateOnDay(slate, today)  # once for every race
    for race_id in contestable_races(slate, today):
        chamber = slate.races[race_id].chamber_id
        key = chamber if chamber in voting else OTHER_OFFICES
        groups.setdefault(key, []).append(race_choice(slate, race_id, today, day))
    order = [c for c in voting if c in groups] + ([OTHER_OFFICES] if OTHER_OFFICES in groups else [])
    return [
        ChoiceGroup(key, voting[key].name if key in voting else _("Executive offices"), tuple(groups[key]))
        for key in order
    ]


@dataclass(frozen=True)
class RaceFilter:
    """What the race picker narrows the open races to (None: any); `search`: words in the label or id."""

    chamber: str | None = None  # a ChoiceGroup key
    state: str | None = None
    level: str | None = None
    status: str | None = None
    search: str = ""


def races_matching(groups: list[ChoiceGroup], chosen: RaceFilter) -> list[RaceChoice]:
    """The open races a filter keeps, chambers in file order: what "mark all" and the toggles act on."""
    words = chosen.search.casefold().split()
    return [
        c for g in groups if chosen.chamber in (None, g.key) for c in g.races
        if chosen.state in (None, c.state) and chosen.level in (None, c.level) and chosen.status in (None, c.status)
        and all(w in c.search_text for w in words)
    ]


def filter_options(groups: list[ChoiceGroup]) -> dict[str, list[str]]:
    """The values each filter can take among the open races (states sorted; levels and statuses in the order
    they first appear)."""
    every = [c for g in groups for c in g.races]
    return {
        "chamber": [g.key for g in groups],
        "state": sorted({c.state for c in every}),
        "level": list(dict.fromkeys(c.level for c in every)),
        "status": list(dict.fromkeys(c.status for c in every)),
    }


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
