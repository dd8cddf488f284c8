"""The letter's "5-10 victories", concretely: count the N safest New Democrat or Blue Dog seats (highest
2024 Democratic share, members outside the Progressive Caucus) as won by progressives, and say what that
does to the Progressive Caucus inside the Democratic caucus and which agenda planks move."""

from __future__ import annotations

from dataclasses import dataclass

from ..data.house_checks import HOUSE_CHAMBER
from ..data.slate import Slate
from ..majority.chambers import chambers_from_slate
from ..majority.planks import PlankResult, evaluate_plank
from ..majority.scenario import chamber_outcome, executive_outcomes
from .seats import Seat, seats

MAX_SEATS = 20


@dataclass(frozen=True)
class Safest:
    seats: tuple[Seat, ...]  # the N seats counted as won, safest first
    democrats: int  # Democratic members (the caucus), from the dated roster
    progressive: int  # Progressive Caucus members among them, before
    moved: tuple[tuple[PlankResult, PlankResult], ...]  # planks whose result changes: (before, after)

    @property
    def progressive_after(self) -> int:
        return self.progressive + len(self.seats)

    @property
    def majority(self) -> int:
        """A majority of the Democratic caucus."""
        return self.democrats // 2 + 1

    def short_of_majority(self, after: bool = True) -> int:
        return max(0, self.majority - (self.progressive_after if after else self.progressive))


def safest_seats(slate: Slate, n: int) -> list[Seat]:
    """The n seats with the highest 2024 Democratic share held by New Democrats or Blue Dogs outside the
    Progressive Caucus (a member of both already counts as progressive)."""
    found = [s for s in seats(slate).values() if s.kind in ("new_dem", "blue_dog") and s.result is not None]
    return sorted(found, key=lambda s: (-s.dem_share, s.district))[:n]


def safest(slate: Slate, n: int) -> Safest:
    chosen = tuple(safest_seats(slate, max(0, min(n, MAX_SEATS))))
    democrats = [s for s in seats(slate).values() if s.party == "D"]
    progressive = sum(1 for s in democrats if s.kind in ("progressive", "both"))
    return Safest(chosen, len(democrats), progressive, moved_planks(slate, len(chosen)))


def moved_planks(slate: Slate, gain: int) -> tuple[tuple[PlankResult, PlankResult], ...]:
    """Planks whose path through the chambers changes when the House bloc grows by `gain` (the
    calculator's own arithmetic and default vote model; every other chamber as today)."""
    views = chambers_from_slate(slate)
    if gain == 0 or HOUSE_CHAMBER not in views:
        return ()
    before = {cid: chamber_outcome(view) for cid, view in views.items()}
    after = {**before, HOUSE_CHAMBER: chamber_outcome(views[HOUSE_CHAMBER], bloc_gain=gain)}
    executives = executive_outcomes(slate, ())
    moved = []
    for plank in slate.planks.values():
        was, now = (evaluate_plank(slate, plank, o, executives, set()) for o in (before, after))
        if (was.passes, was.blocked_at, was.blocked_step, was.short_by) != (now.passes, now.blocked_at, now.blocked_step, now.short_by):
            moved.append((was, now))
    return tuple(moved)
