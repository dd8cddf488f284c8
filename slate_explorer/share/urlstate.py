"""URL query parameters <-> the state of a view, validated so a bad link never breaks a page.

Every page declares which parameters it understands. `parse_params` keeps the valid ones and returns
one short, friendly note per parameter it had to ignore (unknown name, malformed or unknown value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Mapping

from ..data.models import Level
from ..labels import STATUS
from ..i18n import _
from ..majority.presets import parse_prob, parties_param, prob_param, share_param, short_number

PAGES = ("home", "map", "find", "agenda", "majority", "share", "data")
# Parameters kept across every page (the data version, language, embed layout and accent colour).
COMMON = ("v", "lang", "embed", "accent")

VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HEX_COLOUR = re.compile(r"^#?[0-9a-fA-F]{6}$")
STATE = re.compile(r"^[A-Z]{2}$")
MAX_LENGTH = 400  # longer values are never valid here, and never echoed back


@dataclass(frozen=True)
class ViewState:
    page: str
    values: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def get(self, name: str, default=None):
        return self.values.get(name, default)


def _choice(options) -> Callable[[str, object], str | None]:
    allowed = {o.lower(): o for o in options}
    return lambda value, _slate: allowed.get(value.lower())


def _csv_choice(options_of) -> Callable[[str, object], str | None]:
    """A comma-separated list whose items all come from options_of(slate)."""

    def check(value, slate):
        allowed = {o.lower(): o for o in options_of(slate)}
        items = [v.strip().lower() for v in value.split(",") if v.strip()]
        if items and all(i in allowed for i in items):
            return ",".join(allowed[i] for i in dict.fromkeys(items))
        return None

    return check


def _pattern(regex: re.Pattern, normalise=str) -> Callable[[str, object], str | None]:
    return lambda value, _slate: normalise(value) if regex.match(normalise(value)) else None


def _race(value: str, slate) -> str | None:
    race = slate.find_race(value) if slate else None
    return race.id if race else None


def _district(value: str, _slate) -> str | None:
    from ..data.models import DISTRICT_ID

    value = value.strip().upper()
    return value if re.match(DISTRICT_ID, value) else None


def _wins(value: str, slate) -> str | None:
    if value.lower() in ("all", "none", "today"):
        return value.lower()
    return _csv_choice(lambda s: s.races.keys())(value, slate)


def _prob(value: str, slate) -> str | None:
    found = parse_prob(value, slate) if slate else None
    return prob_param(slate, found) if found else None


def _share(value: str, _slate) -> str | None:
    share = share_param(value)
    return None if share is None else short_number(share)


def _parties(value: str, _slate) -> str | None:
    parties = parties_param(value)
    return ",".join(parties) if parties else None


VALIDATORS: dict[str, dict[str, Callable[[str, object], str | None]]] = {
    "common": {
        "v": _pattern(VERSION),
        "lang": _choice(["en", "es"]),
        "embed": _choice(["true", "false"]),
        "accent": _pattern(HEX_COLOUR, lambda v: v.lstrip("#").lower()),
    },
    "home": {},
    "map": {
        "race": _race,
        "level": _choice([lvl.value for lvl in Level]),
        "state": _pattern(STATE, str.upper),
        "status": _csv_choice(lambda _s: list(STATUS)),
    },
    "find": {"district": _district},
    "agenda": {
        "plank": lambda v, s: v.lower() if s and v.lower() in s.planks else None,
        "candidate": lambda v, s: v.lower() if s and v.lower() in s.candidates else None,
        "level": _choice([lvl.value for lvl in Level]),  # the candidates' race level
        "state": _pattern(STATE, str.upper),
        "former": _choice(["true", "false"]),  # also list candidates who lost or withdrew
    },
    "majority": {
        "wins": _wins,
        "plank": lambda v, s: v.lower() if s and v.lower() in s.planks else None,
        "prob": _prob,  # win chances: race:0.4,race:0.75
        "rest": _share,  # vote model: share of the rest of the bloc's caucus voting yes
        "other": _share,  # vote model: share of every other member voting yes
        "sign": _parties,  # vote model: parties whose executives sign
    },
    "share": {"target": _race},
    "data": {"compare": _pattern(VERSION)},
}


def first(value) -> str:
    """Streamlit gives str; other callers may give lists (parse_qs)."""
    if isinstance(value, (list, tuple)):
        return str(value[0]) if value else ""
    return str(value)


def parse_params(page: str, params: Mapping[str, object], slate=None) -> ViewState:
    """Keep the parameters `page` understands and whose values are valid; note the rest."""
    known = {**VALIDATORS["common"], **VALIDATORS.get(page, {})}
    values, notes = {}, []
    for name, raw in params.items():
        value = first(raw).strip()
        check = known.get(name)
        if check is None:
            notes.append(_("The link parameter “{name}” is not used on this page and was ignored.").format(name=_shown(name)))
            continue
        clean = check(value, slate) if value and len(value) <= MAX_LENGTH else None
        if clean is None:
            notes.append(_("The link asked for {name}=“{value}”, which is not recognised here; it was ignored.").format(name=name, value=_shown(value)))
        else:
            values[name] = clean
    return ViewState(page, values, tuple(notes))


def _shown(text: str) -> str:
    """Echo at most a short, printable prefix of what the link said (it may be hostile)."""
    text = "".join(ch for ch in text if ch.isprintable())
    return text[:40] + ("…" if len(text) > 40 else "")
