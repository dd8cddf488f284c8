"""Each page's state, typed: what its link says, parsed once, and written back as the shortest link.

Every state class has `PARAMS` (name -> value checker), `parse(params, slate, today) -> (state, notes)` and
`to_params() -> dict[str, str]`; `parse(to_params(s)) == s` for every state a page can be in, read on the
same day (tested). `today` is the day the link is read on, as the page (page.today) or the CLI (--today)
passes it: which races a scenario can still choose depends on it (phase.py); None reads statuses as recorded.
`Common` holds what every page understands: the pinned version, the language, the embed layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Mapping

from ..data.models import Level
from ..house.targets import DEFAULT_MIN_SHARE
from ..i18n import _
from ..labels import level_label, race_name
from ..majority.planks import VoteModel
from ..majority.scenario import contestable_races
from . import values as check
from .assume import assume_param, parse_assume
from .scenario_values import model_from_params, model_params, prob_param, read_prob, read_wins, short_number, wins_param

DEFAULT_LEVEL = Level.us_house.value
POWER = "power"  # /map?layer=power


class State:
    PARAMS: dict = {}

    @classmethod
    def parse(cls, params: Mapping[str, object], slate, today: dt.date | None = None) -> tuple["State", list[str]]:
        """Raw link parameters, read on `today` -> (state, notes for the reader about what was ignored or changed)."""
        found, notes = check.check_values(cls.PARAMS, params, slate, today)
        state, more = cls.from_values(found, slate, today)
        return state, notes + more

    @classmethod
    def from_values(cls, found: dict[str, str], slate, today: dt.date | None = None) -> tuple["State", list[str]]:
        return cls(**found), []

    def to_params(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.PARAMS if getattr(self, name)}

    def with_(self, **changes):
        return replace(self, **changes)


@dataclass(frozen=True)
class Common(State):
    """Kept on every page: the data version (`v`), the language, the embed layout and its accent colour."""

    v: str | None = None
    lang: str | None = None
    embed: bool = False
    accent: str | None = None  # six lower-case hex digits

    PARAMS = {
        "v": check.version,  # a listed version only
        "lang": check.choice(["en", "es"]),
        "embed": check.TRUE_FALSE,
        "accent": check.pattern(check.HEX_COLOUR, lambda v: v.lstrip("#").lower()),
    }

    @classmethod
    def from_values(cls, found, slate, today=None):
        return cls(found.get("v"), found.get("lang"), found.get("embed") == "true", found.get("accent")), []

    def to_params(self) -> dict[str, str]:
        return {k: v for k, v in {"v": self.v, "lang": self.lang, "embed": "true" if self.embed else None,
                                  "accent": self.accent}.items() if v}

    def carried(self) -> "Common":
        """What a link to another view keeps: the version and the language (not the embed layout)."""
        return Common(v=self.v, lang=self.lang)


@dataclass(frozen=True)
class HomeState(State):
    PARAMS = {}


@dataclass(frozen=True)
class MapState(State):
    """The races map: a level, a state (or None), statuses (empty = every status), the selected race."""

    level: str = DEFAULT_LEVEL
    state: str | None = None
    statuses: tuple[str, ...] = ()
    race: str | None = None
    layer: str | None = None  # POWER: the House coloured by each member's caucus (the House level only)
    min_share: float = DEFAULT_MIN_SHARE  # the power view's list: lowest 2024 Democratic share
    any_dem: bool = False  # the power view's list: every Democrat outside the Progressive Caucus too

    PARAMS = {"race": check.race, "level": check.LEVEL, "state": check.pattern(check.STATE, str.upper),
              "status": check.STATUS, "layer": check.choice([POWER]), "min_share": check.share,
              "any_dem": check.TRUE_FALSE}

    @classmethod
    def from_values(cls, found, slate, today=None):
        """A selected race decides the level it is drawn on; say so when the link asked for another."""
        notes = []
        race = slate.races.get(found.get("race") or "") if slate else None
        level = found.get("level") or (race.level.value if race else DEFAULT_LEVEL)
        if race and race.level.value != level:
            notes.append(_("The race {district} is on the {level} map, so that map is shown.").format(
                district=race.district, level=level_label(race.level)))
            level = race.level.value
        statuses = tuple(s for s in (found.get("status") or "").split(",") if s)
        layer = found.get("layer")
        if layer == POWER and level != DEFAULT_LEVEL:
            notes.append(_("The caucus map is drawn on the U.S. House map only."))
            layer = None
        if layer == POWER and slate is not None and not slate.house_members:
            notes.append(_("This data version records no House members, so the caucus map cannot be drawn."))
            layer = None
        return cls(level=level, state=found.get("state"), statuses=statuses, race=race.id if race else None, layer=layer,
                   min_share=float(found.get("min_share") or DEFAULT_MIN_SHARE), any_dem=found.get("any_dem") == "true"), notes

    def to_params(self) -> dict[str, str]:
        """The smallest set of parameters that reproduces the view (a race implies its level)."""
        params = {}
        if self.race:
            params["race"] = self.race
        elif self.level != DEFAULT_LEVEL:
            params["level"] = self.level
        if self.state:
            params["state"] = self.state
        if self.statuses:
            params["status"] = ",".join(self.statuses)
        if self.layer:
            params["layer"] = self.layer
        if self.min_share != DEFAULT_MIN_SHARE:
            params["min_share"] = short_number(self.min_share)
        if self.any_dem:
            params["any_dem"] = "true"
        return params


@dataclass(frozen=True)
class FindState(State):
    district: str | None = None  # never an address: the link carries the district only

    PARAMS = {"district": check.district}


@dataclass(frozen=True)
class AgendaState(State):
    plank: str | None = None
    candidate: str | None = None
    level: str | None = None  # the candidates' race level
    state: str | None = None
    former: bool = False  # also list candidates who lost or withdrew

    PARAMS = {"plank": check.plank, "candidate": check.candidate, "level": check.LEVEL,
              "state": check.pattern(check.STATE, str.upper), "former": check.TRUE_FALSE}

    @classmethod
    def from_values(cls, found, slate, today=None):
        return cls(**{**found, "former": found.get("former") == "true"}), []

    def to_params(self) -> dict[str, str]:
        params = {k: getattr(self, k) for k in ("plank", "candidate", "level", "state") if getattr(self, k)}
        return {**params, "former": "true"} if self.former else params


@dataclass(frozen=True)
class MajorityState(State):
    """A scenario: the races won (still-contestable ids, in file order), win chances, the vote model, a plank."""

    wins: tuple[str, ...] = ()
    prob: Mapping[str, float] = field(default_factory=dict)  # race id -> chance; empty = no chances set
    model: VoteModel = VoteModel()
    plank: str | None = None
    # chamber id -> party -> seats, for a term whose seats the data does not record (empty: the assumed split)
    assume: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    # The races still to be decided, so that winning them all is written `wins=all` (not part of the view).
    contestable: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # The data version, so that many wins are written as a compact set (routes/scenario_values.py).
    slate: object = field(default=None, compare=False, repr=False)

    PARAMS = {
        "wins": check.wins,  # race ids, groups, a compact set, or all / none / today (scenario_values.py)
        "plank": check.plank,
        "prob": check.prob,  # win chances: race:0.4,*:0.5,level:us_house:0.3
        "rest": check.share,  # vote model: share of the rest of the bloc's caucus voting yes
        "other": check.share,  # vote model: share of every other member voting yes
        "sign": check.parties,  # vote model: parties whose executives sign
        "assume": check.assume,  # the party split of a term the data does not record: us_house:D220-R215
    }

    @classmethod
    def of(cls, slate, today: dt.date | None = None, **values) -> "MajorityState":
        """A scenario on `today` that knows the races open then (its link says `all` and compact sets)."""
        return cls(**values, contestable=tuple(contestable_races(slate, today)), slate=slate)

    @classmethod
    def from_values(cls, found, slate, today=None):
        """Races decided by `today` are left out of the scenario, with a note."""
        notes = []
        reading = read_wins(found.get("wins"), slate, today)
        if reading and reading.decided:
            notes.append(_("These races in the link are already decided, so they were left out: {races}.").format(
                races="; ".join(race_name(slate.races[r]) for r in reading.decided)))
        state = cls.of(slate, today, wins=reading.races if reading else (), prob=read_prob(found.get("prob"), slate, today) or {},
                       model=model_from_params(found), plank=found.get("plank"),
                       assume=parse_assume(found.get("assume"), slate) or {})
        return state, notes

    def to_params(self) -> dict[str, str]:
        params = {"wins": wins_param(self.wins, self.contestable, self.slate), "plank": self.plank,
                  "prob": prob_param(self.prob, self.contestable), **model_params(self.model),
                  "assume": assume_param(self.assume)}
        return {k: v for k, v in params.items() if v}


@dataclass(frozen=True)
class ShareState(State):
    target: str | None = None  # the race whose snippet is shown

    PARAMS = {"target": check.race}


@dataclass(frozen=True)
class DataState(State):
    compare: str | None = None  # the version the changelog compares with (default: the previous valid one)

    PARAMS = {"compare": check.version}
