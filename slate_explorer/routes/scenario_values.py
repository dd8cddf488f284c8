"""A scenario in a link and on the command line: `?wins=`, `?prob=`, `?rest=`, `?other=`, `?sign=`, read here only.

`?wins=` (and `scenario --wins`): items separated by commas, read left to right.
- `all`: every race still open on the day the link is read; `none` or `today`: nothing new won.
- a race id: `ny-14-2026` (case-insensitive).
- a group: `key:value` filters joined by `.`, meaning every open race matching all of them. Keys: `level`
  (us_house, us_senate, state_house, state_senate, city), `state` (two letters), `status` (challenger,
  open_seat, target, unknown), `chamber` (a chamber id). `level:us_house.state:ny` is every House race in
  New York; `status:open_seat` every open seat.
- a compact set: `VERSION~BITS`, the races of data version VERSION in its file order, one bit each
  (base64url, first race = highest bit of the first byte). Published versions never change, so the bits
  mean the same races in a later version (those decided by then are left out, as by id). This is what
  the page writes for a choice no shorter form says: 1,000 races take 172 characters.
- `-` before an item takes its races out again: `all,-ny-14-2026`, `state:ny,-level:city`.

`?prob=` (and `scenario --prob`, which also takes `ID=P`): `TARGET:P` items, later ones overriding earlier
ones; TARGET is a race id, a group as above, or `*` (every open race). `scenario --prob-default P` is `*:P`
in front.

Public:
- `read_wins(value, slate, today) -> WinsReading | None`: the races, the ones already decided, the unknown
  items; None when the text is not in the grammar. The link checker, the page state and the CLI all ask it.
- `wins_param(wins, open_now, slate) -> str`: the shortest text for a set of wins; `normal_wins(value)`.
- `group_param(level=, state=, status=, chamber=) -> str`: a group's text.
- `read_prob(value, slate, today) -> dict | None`, `prob_param(prob, open_now) -> str`.
- `model_from_params`, `model_params`, `share_param`, `parties_param`, `short_number`: the vote model's values.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..data.models import Level, RaceStatus
from ..data.slate import Slate
from ..data.versions import data_root, list_versions, validate_cached
from ..majority.planks import VoteModel
from ..majority.scenario import WINS_WORDS, contestable_races

ALL = "all"  # of WINS_WORDS; the others mean nothing new won
EVERY = "*"  # in ?prob=: every open race
GROUP_KEYS = ("level", "state", "status", "chamber")
OPEN_STATUSES = tuple(s.value for s in (RaceStatus.challenger, RaceStatus.open_seat, RaceStatus.target, RaceStatus.unknown))
RACE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
COMPACT = re.compile(r"^(\d{4}-\d{2}-\d{2})~([A-Za-z0-9_-]*)$")
SHORT_LIST = 12  # at most this many ids are written as ids; more are written as a compact set


@dataclass(frozen=True)
class WinsReading:
    races: tuple[str, ...]  # races still open on the day read, in file order
    decided: tuple[str, ...] = ()  # named by id, but decided (or lost) by then: left out
    unknown: tuple[str, ...] = ()  # items naming nothing in this version


def read_wins(value: str | None, slate: Slate, today: dt.date | None = None) -> WinsReading | None:
    """`?wins=` read on `today` (None: the version's as-of date)."""
    items = [_normal(i) for i in (value or "").split(",") if i.strip()]
    if any(_syntax(i.lstrip("-")) is None for i in items):
        return None
    open_now = contestable_races(slate, today)
    chosen: dict[str, None] = {}
    decided, unknown = [], []
    for item in items:
        removing = item.startswith("-")
        found = _item_races(item.lstrip("-"), slate, open_now)
        if found is None:
            unknown.append(item)
            continue
        races, closed = found
        decided += [] if removing else closed
        for race in races:
            (chosen.pop(race, None) if removing else chosen.setdefault(race))
    ordered = tuple(r for r in open_now if r in chosen)
    return WinsReading(ordered, tuple(dict.fromkeys(decided)), tuple(unknown))


def _normal(item: str) -> str:
    """Items are case-insensitive, except a compact set's bits."""
    item = item.strip()
    return item if COMPACT.match(item.lstrip("-")) else item.lower()


def _syntax(item: str) -> str | None:
    """Which kind of item this is, or None when it is none of them."""
    if item in WINS_WORDS:
        return "word"
    if COMPACT.match(item):
        return "compact"
    if ":" in item:
        return "group" if _group_filters(item) is not None else None
    return "race" if RACE_ID.match(item) else None


def _item_races(item: str, slate: Slate, open_now: list[str]) -> tuple[list[str], list[str]] | None:
    """(open races the item names, races it names by id that are no longer open), or None if it names nothing."""
    kind = _syntax(item)
    if kind == "word":
        return (list(open_now) if item == ALL else []), []
    if kind == "group":
        return [r for r in open_now if _in_group(slate, r, _group_filters(item))], []
    if kind == "compact":
        named = _compact_races(item, slate)
        if named is None:
            return None
        open_set = set(open_now)
        return [r for r in named if r in open_set], []
    if item not in slate.races:
        return None
    return ([item], []) if item in open_now else ([], [item])


def _group_filters(item: str) -> dict[str, str] | None:
    filters = {}
    for part in item.split("."):
        key, sep, value = part.partition(":")
        if not sep or key not in GROUP_KEYS or key in filters or not _group_value_ok(key, value):
            return None
        filters[key] = value
    return filters


def _group_value_ok(key: str, value: str) -> bool:
    if key == "level":
        return value in {lvl.value for lvl in Level}
    if key == "state":
        return bool(re.fullmatch(r"[a-z]{2}", value))
    if key == "status":
        return value in OPEN_STATUSES
    return bool(RACE_ID.match(value))


def _in_group(slate: Slate, race_id: str, filters: Mapping[str, str]) -> bool:
    race = slate.races[race_id]
    facts = {"level": race.level.value, "state": race.state.lower(), "status": race.status.value,
             "chamber": race.chamber_id or ""}
    return all(facts[k] == v for k, v in filters.items())


def group_param(**filters: str) -> str:
    """`group_param(level="us_house", state="NY")` -> `level:us_house.state:ny` (keys in grammar order)."""
    return ".".join(f"{k}:{filters[k].lower()}" for k in GROUP_KEYS if filters.get(k))


def _compact_races(item: str, slate: Slate) -> list[str] | None:
    version, bits = COMPACT.match(item).groups()
    order = list(slate.races) if version == slate.version else _races_of_version(version)
    if order is None:
        return None
    try:
        data = base64.urlsafe_b64decode(bits + "=" * (-len(bits) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(data) != (len(order) + 7) // 8:
        return None
    return [r for i, r in enumerate(order) if data[i // 8] >> (7 - i % 8) & 1]


def _races_of_version(version: str) -> list[str] | None:
    """The race ids of another listed, valid data version in file order (a link made before a new version)."""
    if version not in list_versions():
        return None
    other, problems = validate_cached(data_root() / version)
    return list(other.races) if other is not None and not problems else None


def compact_param(races: Iterable[str], slate: Slate) -> str:
    """The races as a compact set over this version's races."""
    chosen = set(races)
    data = bytearray((len(slate.races) + 7) // 8)
    for i, race in enumerate(slate.races):
        if race in chosen:
            data[i // 8] |= 1 << (7 - i % 8)
    return f"{slate.version}~" + base64.urlsafe_b64encode(bytes(data)).decode("ascii").rstrip("=")


def wins_param(wins: Iterable[str], open_now: Iterable[str], slate: Slate | None = None) -> str:
    """The shortest text for these wins among the races open now: nothing, `all`, the ids, or (with the
    slate) a compact set."""
    wins, open_now = tuple(wins), tuple(open_now)
    if not wins:
        return ""
    if open_now and set(wins) == set(open_now):
        return ALL
    if len(wins) <= SHORT_LIST or slate is None:
        return ",".join(wins)
    return compact_param(wins, slate)


def normal_wins(value: str) -> str:
    """`?wins=` as written back: items in normal case, each once, in the order given."""
    return ",".join(dict.fromkeys(_normal(i) for i in value.split(",") if i.strip()))


def read_prob(value: str | None, slate: Slate, today: dt.date | None = None) -> dict[str, float] | None:
    """`?prob=` read on `today` -> {open race: chance}, in file order; None when malformed, out of [0, 1],
    or naming a race that is not open then."""
    if not value:
        return None
    open_now = contestable_races(slate, today)
    found: dict[str, float] = {}
    for item in value.split(","):
        target, sep, number = item.strip().lower().rpartition(":")
        chance = share_param(number)
        if not sep or not target or chance is None:
            return None
        if target == EVERY:
            races = open_now
        elif _syntax(target) == "group":
            races = [r for r in open_now if _in_group(slate, r, _group_filters(target))]
        elif target in open_now:
            races = [target]
        else:
            return None
        found.update(dict.fromkeys(races, chance))
    return {r: found[r] for r in open_now if r in found}


def prob_param(prob: Mapping[str, float], open_now: Iterable[str]) -> str:
    """The chances as text: `*:P` for the most common chance when every open race has one, then the rest
    (without the open races, every chance by id, in the order given)."""
    open_now = tuple(open_now)
    items = [(r, short_number(prob[r])) for r in (open_now or prob) if r in prob]
    if open_now and len(items) == len(open_now) > 1:
        common, count = Counter(p for _r, p in items).most_common(1)[0]
        if count > 1:
            return ",".join([f"{EVERY}:{common}", *(f"{r}:{p}" for r, p in items if p != common)])
    return ",".join(f"{r}:{p}" for r, p in items)


def share_param(value: str | None) -> float | None:
    """`?rest=` / `?other=` / a chance: a share between 0 and 1."""
    try:
        share = float(value or "")
    except ValueError:
        return None
    return share if 0.0 <= share <= 1.0 else None  # NaN fails both comparisons


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
