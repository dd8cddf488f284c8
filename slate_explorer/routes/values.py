"""One URL parameter's value, checked: a bad link never breaks a page.

Each checker takes the raw text, the data version and the day the link is read on (which races are
still open depends on it: phase.py) and returns the value in normal form, or None when it is not valid. `check_values` keeps the parameters a page understands and returns one short, friendly
note per parameter it had to ignore (unknown name, malformed or unknown value).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Mapping

from ..data.models import DISTRICT_ID, Level
from ..data.versions import listed_version
from ..i18n import _
from ..text import shown
from ..labels import STATUS as STATUSES
from ..majority.scenario import contestable_races
from .assume import assume_param, parse_assume
from .scenario_values import normal_wins, parties_param, prob_param, read_prob, read_wins, share_param, short_number

Checker = Callable[[str, object, "dt.date | None"], "str | None"]

HEX_COLOUR = re.compile(r"^#?[0-9a-fA-F]{6}$")
STATE = re.compile(r"^[A-Z]{2}$")
MAX_LENGTH = 400  # longer values are never valid here, and never echoed back
LONG_VALUES = {"wins": 4000, "prob": 4000}  # a scenario's races: a compact set of 1,000 races takes 178 characters


def choice(options) -> Checker:
    allowed = {o.lower(): o for o in options}
    return lambda value, _slate, _today=None: allowed.get(value.lower())


def csv_choice(options_of) -> Checker:
    """A comma-separated list whose items all come from options_of(slate)."""

    def check(value, slate, _today=None):
        allowed = {o.lower(): o for o in options_of(slate)}
        items = [v.strip().lower() for v in value.split(",") if v.strip()]
        if items and all(i in allowed for i in items):
            return ",".join(allowed[i] for i in dict.fromkeys(items))
        return None

    return check


def pattern(regex: re.Pattern, normalise=str) -> Checker:
    return lambda value, _slate, _today=None: normalise(value) if regex.match(normalise(value)) else None


def version(value: str, _slate, _today=None) -> str | None:
    """A data version the link asks for: kept only when it names a listed version (data/versions.py)."""
    return listed_version(value)


def race(value: str, slate, _today=None) -> str | None:
    found = slate.find_race(value) if slate else None
    return found.id if found else None


def district(value: str, _slate, _today=None) -> str | None:
    value = value.strip().upper()
    return value if re.match(DISTRICT_ID, value) else None


def wins(value: str, slate, today: dt.date | None = None) -> str | None:
    """Valid when every item names something in this version (races decided by `today` are noted later)."""
    reading = read_wins(value, slate, today) if slate else None
    return normal_wins(value) if reading is not None and not reading.unknown else None


def prob(value: str, slate, today: dt.date | None = None) -> str | None:
    """Chances only for races still open on `today`."""
    found = read_prob(value, slate, today) if slate else None
    return prob_param(found, contestable_races(slate, today)) if found else None


def share(value: str, _slate, _today=None) -> str | None:
    found = share_param(value)
    return None if found is None else short_number(found)


def parties(value: str, _slate, _today=None) -> str | None:
    found = parties_param(value)
    return ",".join(found) if found else None


def assume(value: str, slate, _today=None) -> str | None:
    """A party split per chamber for a term the data does not record (routes/assume.py)."""
    found = parse_assume(value, slate)
    return assume_param(found) if found else None


def plank(value: str, slate, _today=None) -> str | None:
    return value.lower() if slate and value.lower() in slate.planks else None


def candidate(value: str, slate, _today=None) -> str | None:
    return value.lower() if slate and value.lower() in slate.candidates else None


LEVEL = choice([lvl.value for lvl in Level])
STATUS = csv_choice(lambda _s: list(STATUSES))  # recorded statuses and the ones read on a day
TRUE_FALSE = choice(["true", "false"])


def first(value) -> str:
    """Streamlit gives str; other callers may give lists (parse_qs)."""
    if isinstance(value, (list, tuple)):
        return str(value[0]) if value else ""
    return str(value)


def check_values(checkers: Mapping[str, Checker], params: Mapping[str, object], slate,
                 today: dt.date | None = None) -> tuple[dict[str, str], list[str]]:
    """Keep the parameters `checkers` understands and whose values are valid on `today`; note the rest."""
    values, notes = {}, []
    for name, raw in params.items():
        value = first(raw).strip()
        check = checkers.get(name)
        if check is None:
            notes.append(_("The link parameter “{name}” is not used on this page and was ignored.").format(name=shown(name)))
            continue
        clean = check(value, slate, today) if value and len(value) <= LONG_VALUES.get(name, MAX_LENGTH) else None
        if clean is None:
            notes.append(_("The link asked for {name}=“{value}”, which is not recognised here; it was ignored.").format(name=name, value=shown(value)))
        else:
            values[name] = clean
    return values, notes
