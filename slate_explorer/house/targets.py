"""The primaries nobody has called: Democratic seats held by New Democrats or Blue Dogs (optionally any
Democrat outside the Progressive Caucus) where the 2024 Democratic share is at least a threshold, safest
first, each with the slate's 2026 race there, if any, and how it went as recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..data.models import Level, Race
from ..data.slate import Slate
from ..race_day import SlateOnDay
from .blocs import CENTRIST, PROGRESSIVE
from .seats import Seat, seats

DEFAULT_MIN_SHARE = 0.65
CHALLENGE_CYCLE = 2026


@dataclass(frozen=True)
class Target:
    seat: Seat
    race: Race | None  # the slate's CHALLENGE_CYCLE House race in the district, if any
    status: str | None  # its shown status (labels.STATUS key) on the day read
    candidates: tuple[str, ...] = ()  # the slate's candidates in that race, by name

    @property
    def challenger(self) -> bool:
        """A slate candidate ran for the seat in CHALLENGE_CYCLE (as recorded)."""
        return bool(self.candidates)


def eligible(seat: Seat, any_non_progressive: bool = False) -> bool:
    if seat.party != "D" or seat.result is None:
        return False
    if any(b in seat.blocs for b in CENTRIST):
        return True
    return any_non_progressive and PROGRESSIVE not in seat.blocs


def slate_race(slate: Slate, district: str) -> Race | None:
    return next((r for r in slate.races_in_district(district) if r.level is Level.us_house and r.cycle == CHALLENGE_CYCLE), None)


def targets(slate: Slate, today: dt.date, min_share: float = DEFAULT_MIN_SHARE,
            any_non_progressive: bool = False) -> list[Target]:
    """Eligible seats whose 2024 Democratic share is at least `min_share`, highest share first."""
    found = []
    for seat in seats(slate).values():
        if eligible(seat, any_non_progressive) and seat.dem_share >= min_share - 1e-9:
            race = slate_race(slate, seat.district)
            names = tuple(c.name for c in slate.candidates_in(race.id)) if race else ()
            found.append(Target(seat, race, SlateOnDay(slate, today).status(race) if race else None, names))
    return sorted(found, key=lambda t: (-t.seat.dem_share, t.seat.district))
