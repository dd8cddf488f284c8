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
from ..i18n import _, ngettext, percent_text
from .blocs import kind_label
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


def plank_state(result: PlankResult, names: dict[str, str]) -> str:
    """A plank's outcome in words: passes, or where it stops and by how many votes."""
    if result.passes:
        return _("would pass")
    where = names.get(result.blocked_at or "", result.blocked_at or "")
    if result.short_by:
        return ngettext("stops in the {chamber}, {n} vote short", "stops in the {chamber}, {n} votes short",
                        result.short_by).format(chamber=where, n=result.short_by)
    return _("stops at the {chamber}").format(chamber=where)


def safest_sentences(slate: Slate, result: Safest) -> list[str]:
    """What counting the seats as won does: the caucus's share, its distance to a majority, planks that move."""
    n, dems = len(result.seats), result.democrats
    lines = [ngettext(
        "Counting the {n} safest New Democrat or Blue Dog seat as won by a progressive, the Progressive Caucus would hold "
        "{after} of the {dems} Democratic seats ({share}), up from {before} ({share_before}).",
        "Counting the {n} safest New Democrat or Blue Dog seats as won by progressives, the Progressive Caucus would hold "
        "{after} of the {dems} Democratic seats ({share}), up from {before} ({share_before}).", n).format(
        n=n, after=result.progressive_after, dems=dems, share=percent_text(result.progressive_after / dems, 1),
        before=result.progressive, share_before=percent_text(result.progressive / dems, 1))]
    short = result.short_of_majority()
    lines.append(_("That is a majority of the Democratic caucus ({majority} seats).").format(majority=result.majority) if not short
                 else ngettext("A majority of the Democratic caucus is {majority} seats: {short} more seat needed.",
                               "A majority of the Democratic caucus is {majority} seats: {short} more seats needed.",
                               short).format(majority=result.majority, short=short))
    names = {c.id: c.name for c in slate.chambers.values()}
    if not result.moved:
        lines.append(_("No agenda plank's outcome changes with these seats under the calculator's vote model."))
    for was, now in result.moved:
        lines.append(_("“{title}” moves: {before} → {after}.").format(
            title=slate.planks[was.plank_id].title, before=plank_state(was, names), after=plank_state(now, names)))
    return lines


def seat_line(seat: Seat) -> str:
    """'MD-04: Glenn Ivey (New Democrat), Harris 85% in 2024'."""
    return _("{district}: {member} ({kind}), {dem} {share}% in 2024").format(
        district=seat.district, member=seat.name, kind=kind_label(seat.kind), dem=seat.result.dem_candidate.split()[-1],
        share=f"{seat.result.dem_pct:g}")
