"""A scenario: which slate races are won, and what each chamber looks like afterwards.

A win replaces the incumbent's seat with a progressive-bloc member (the bloc does not grow when the
incumbent already sat in it); a loss keeps the seat as it is. Races already decided for the slate
(status won / slate_incumbent) are part of "today". Which races a scenario may still choose depends on
the day it is read: only those whose election is still ahead, or held with no result recorded (phase.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..data.models import RaceStatus
from ..data.slate import Slate
from ..display_status import on_day
from ..race_day import CONTESTABLE, HELD_BY_SLATE, SlateOnDay
from .chambers import HOME_CAUCUS, PROGRESSIVE, VOTING_KINDS, BlocInfo, ChamberView, executives_from_slate
from .rules import Counts, threshold_for

TODAY = HELD_BY_SLATE  # already held by the slate (race_day.py)
VACANT = "vacant"  # pseudo-party key for vacancies in seat deltas
PIVOT_ACTIONS = ("elect-speaker", "pass-bill")  # the party-line vote the pivot test looks at


@dataclass(frozen=True)
class Note:
    """Something the reader must know about a number; `explain.note_text` turns it into words."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params) -> "Note":
        return cls(code, tuple(sorted(params.items())))

    def to_dict(self) -> dict:
        return {"code": self.code, **dict(self.params)}


class ScenarioError(ValueError):
    """Race ids that do not exist, cannot be won any more, or (for probabilities) are already held."""

    def __init__(self, unknown: Sequence[str] = (), closed: Sequence[str] = (), held: Sequence[str] = ()):
        self.unknown = tuple(unknown)
        self.closed = tuple(closed)
        self.held = tuple(held)
        super().__init__(
            f"unknown races: {', '.join(self.unknown) or '-'}; already lost: {', '.join(self.closed) or '-'}; "
            f"already held: {', '.join(self.held) or '-'}"
        )


@dataclass(frozen=True)
class SeatChange:
    """What winning one race does to one chamber's seats."""

    race_id: str
    chamber_id: str
    from_party: str  # the incumbent's party, or VACANT
    to_party: str
    bloc_gain: int  # 1, or 0 when the incumbent already sat in the progressive bloc


def contestable_races(slate: Slate, today: dt.date | None = None) -> list[str]:
    """Race ids a scenario can choose to win on `today`, in file order (race_day.SlateOnDay.contestable), once
    per data version and day: a scenario asks several times."""
    day = on_day(slate, today)
    return list(slate.cached(("contestable", day), lambda: tuple(SlateOnDay(slate, day).contestable())))


def assumed_races(slate: Slate, wins: Iterable[str], today: dt.date | None = None) -> list[str]:
    """The wins whose election has been held with no result in this version (race_day.SlateOnDay.assumed_won)."""
    return SlateOnDay(slate, today).assumed_won(wins)


def today_races(slate: Slate) -> list[str]:
    """Races the slate already holds (race_day.SlateOnDay.held_by_slate), once per data version."""
    return list(slate.cached("held_by_slate", lambda: tuple(SlateOnDay(slate, None).held_by_slate())))


WINS_WORDS = ("all", "none", "today")  # `all`: every race still to be decided; `none`, `today`: nothing new won


def wins_word(slate: Slate, word: str, today: dt.date | None = None) -> tuple[str, ...] | None:
    """The races a keyword of `?wins=` / `--wins` means on `today`, or None when `word` is no keyword."""
    word = word.strip().lower()
    if word not in WINS_WORDS:
        return None
    return tuple(contestable_races(slate, today)) if word == "all" else ()


def parse_wins(slate: Slate, text: str | Iterable[str] | None, today: dt.date | None = None) -> tuple[str, ...]:
    """A keyword (WINS_WORDS), nothing, or comma-separated race ids (case-insensitive) -> checked race ids.

    Raises ScenarioError naming every unknown id and every race already lost or decided on `today`.
    """
    if text is None:
        return ()
    parts = [p.strip().lower() for p in (text.split(",") if isinstance(text, str) else text) if p.strip()]
    if not parts:
        return ()
    if len(parts) == 1 and wins_word(slate, parts[0]) is not None:
        return wins_word(slate, parts[0], today)
    unknown = [p for p in parts if p not in slate.races]
    open_now = set(contestable_races(slate, today)) | set(today_races(slate))
    closed = [p for p in parts if p in slate.races and (slate.races[p].status == RaceStatus.lost or p not in open_now)]
    if unknown or closed:
        raise ScenarioError(unknown, closed)
    return tuple(dict.fromkeys(parts))  # keep order, drop repeats


def seat_change(slate: Slate, race_id: str) -> SeatChange | None:
    """The seat a win changes, or None when the race is not for a seat in a voting chamber.

    A race with no incumbent fills a vacancy, while the chamber has vacancies left for it (in file order);
    any other seat changes hands from its incumbent's party, and a seat whose party is not recorded is
    assumed to keep it. So a win never adds a seat the chamber does not have (the Assembly once read 153
    of 150: three races with no incumbent named, in a chamber with no vacancy). Once per version and race.
    """
    known = slate.cached("seat_changes", dict)
    if race_id not in known:
        known[race_id] = _seat_change(slate, race_id)
    return known[race_id]


def _seat_change(slate: Slate, race_id: str) -> SeatChange | None:
    race = slate.races[race_id]
    chamber = slate.chambers.get(race.chamber_id or "")
    if chamber is None or chamber.kind not in VOTING_KINDS:
        return None
    in_bloc = race.incumbent_bloc is not None and slate.blocs[race.incumbent_bloc].stance == PROGRESSIVE
    parties = [c.party for c in slate.candidates_in(race_id) if c.party and c.outcome not in ("lost", "withdrew")]
    to_party = parties[0] if parties else HOME_CAUCUS
    from_party = VACANT if race_id in vacancy_fillers(slate, chamber.id) else (race.incumbent_party or to_party)
    return SeatChange(race_id, chamber.id, from_party, to_party, bloc_gain=0 if in_bloc else 1)


def vacancy_fillers(slate: Slate, chamber_id: str) -> frozenset[str]:
    """The races still to be decided with no incumbent that fill the chamber's recorded vacancies (file order)."""

    def fillers() -> frozenset[str]:
        empty = [r.id for r in slate.races_of(chamber_id) if not r.incumbent and r.status in CONTESTABLE]
        return frozenset(empty[: slate.chambers[chamber_id].vacancies])

    return slate.cached(("vacancy_fillers", chamber_id), fillers)


@dataclass(frozen=True)
class ThresholdResult:
    """One rule of the chamber, measured against the bloc (and against the bloc's whole caucus)."""

    action: str
    rule: str
    needed: int
    denominator: int
    basis: str
    have: int  # progressive bloc seats
    met: bool
    short_by: int
    caucus_have: int  # seats of the bloc's caucus (Democrats and independents caucusing with them)
    caucus_met: bool
    caucus_short_by: int
    needed_if_tie_broken: int | None = None  # Senate: one fewer when the Vice President breaks a tie
    source_note: str | None = None


@dataclass(frozen=True)
class Pivot:
    """The January 2023 Speaker arithmetic: can a bloc inside the majority deny it a party-line majority?"""

    action: str
    majority_caucus: str | None
    majority_seats: int
    needed: int
    bloc: int
    bloc_in_majority: bool
    can_deny: bool
    smallest_bloc: int | None  # the smallest bloc inside the majority that could; None: it has no majority alone
    spare: int  # how many of its members the majority can lose and still win
    tie_broken: bool = False  # the majority's Vice President breaks ties, so `needed` is half the chamber


def pivot_arithmetic(majority_seats: int, needed: int, bloc: int) -> tuple[bool, int | None, int]:
    """(the bloc voting elsewhere denies a party-line majority, the smallest bloc that could, spare votes)."""
    spare = majority_seats - needed
    smallest = spare + 1 if spare >= 0 else None
    return majority_seats - bloc < needed, smallest, spare


@dataclass(frozen=True)
class SeatGroup:
    group: str  # "bloc", "caucus_rest", "caucus", "vacant"
    party: str | None  # the caucus for "caucus"/"caucus_rest"
    seats: int


@dataclass(frozen=True)
class ChamberOutcome:
    chamber_id: str
    name: str
    kind: str
    seats: int
    vacancies: int
    approximate: bool
    parties_known: bool  # False: the data gives no party seats for this chamber
    parties_before: dict[str, int]
    parties_after: dict[str, int]
    majority_caucus: str | None
    majority_seats: int
    caucus: str  # the bloc's caucus
    caucus_before: int
    caucus_after: int
    blocs: tuple[BlocInfo, ...]  # every bloc of the chamber as the data gives it (members None: unknown)
    bloc_id: str | None
    bloc_known: bool  # False: no size in the data; the baseline is counted as 0
    bloc_before: int
    bloc_after: int
    wins: tuple[str, ...]
    no_growth: tuple[str, ...]  # wins whose incumbent already sat in the bloc
    share_of_caucus: float | None
    share_of_majority: float | None  # None when the bloc is not in the majority caucus
    caucus_majority_needed: int
    caucus_majority_met: bool
    caucus_majority_short_by: int
    thresholds: tuple[ThresholdResult, ...]
    pivot: Pivot
    seat_groups: tuple[SeatGroup, ...]
    notes: tuple[Note, ...] = field(default=())
    vacancies_before: int = 0  # the term's vacancies before the scenario's wins
    slate_holders: int = 0  # of bloc_before, slate members holding seats outside the recorded blocs
    term: object = None  # terms.Term the figures describe (None: the chamber has no listed terms)
    counts: str = "recorded"  # terms.RECORDED / ASSUMED / SET
    counts_from: object = None  # terms.Term whose split is assumed or replaced

    @property
    def sworn(self) -> int:
        return self.seats - self.vacancies

    def threshold(self, action: str) -> ThresholdResult | None:
        return next((t for t in self.thresholds if t.action == action), None)


def apply_changes(parties: dict[str, int], vacancies: int, delta: dict[str, int]) -> tuple[dict[str, int], int]:
    after = dict(parties)
    for party, n in delta.items():
        if party == VACANT:
            vacancies += n
        else:
            after[party] = after.get(party, 0) + n
    return after, vacancies


def party_delta(changes: Iterable[SeatChange]) -> dict[str, int]:
    delta: dict[str, int] = {}
    for c in changes:
        if c.from_party != c.to_party:
            delta[c.from_party] = delta.get(c.from_party, 0) - 1
            delta[c.to_party] = delta.get(c.to_party, 0) + 1
    return delta


def majority_caucus(view: ChamberView, parties: dict[str, int]) -> str | None:
    """The data's majority party's caucus while it holds the most seats; otherwise the largest caucus."""
    sizes: dict[str, int] = {}
    for party, n in parties.items():
        caucus = view.caucus_for(party)
        if caucus != "none":
            sizes[caucus] = sizes.get(caucus, 0) + n
    if not sizes:
        return view.majority_party
    stated = view.caucus_for(view.majority_party) if view.majority_party else None
    if stated in sizes and sizes[stated] >= max(sizes.values()):
        return stated
    return max(sizes, key=sizes.get)


@dataclass(frozen=True)
class SeatSide:
    """Everything about a chamber after seat moves that does not depend on the bloc's size."""

    parties: dict[str, int]
    vacancies: int
    caucus: str
    caucus_before: int
    caucus_after: int
    majority: str | None
    majority_seats: int
    counts: Counts
    rule_thresholds: tuple  # (action, rule, Threshold) per rule of the chamber
    pivot_action: str | None
    pivot_needed: int
    tie_broken: bool
    cm_needed: int
    other_groups: tuple  # SeatGroup of every other caucus and the vacancies, in drawing order


def seat_side(view: ChamberView, delta: dict[str, int] | None = None) -> SeatSide:
    """The chamber's seats, caucuses and rule thresholds after `delta` (party -> +/- seats)."""
    parties, vacancies = apply_changes(view.parties, view.vacancies, delta or {})
    caucus = view.caucus_for(_bloc_party(view))
    majority = majority_caucus(view, parties)
    counts = Counts(view.seats, vacancies, caucus=view.caucus_seats(caucus, parties))
    rules = {a: (r, n) for a, r, n in view.rules}
    pivot_action = next((a for a in PIVOT_ACTIONS if a in rules), None)
    rule, count = rules[pivot_action] if pivot_action else ("majority_of_voting", None)
    tie_broken = bool(
        view.vp_tiebreak and view.vp_party and view.caucus_for(view.vp_party) == majority and counts.sworn % 2 == 0
    )
    return SeatSide(
        parties=parties,
        vacancies=vacancies,
        caucus=caucus,
        caucus_before=view.caucus_seats(caucus),
        caucus_after=counts.caucus,
        majority=majority,
        majority_seats=view.caucus_seats(majority, parties) if majority else 0,
        counts=counts,
        rule_thresholds=tuple((a, r, threshold_for(r, counts, n)) for a, r, n in view.rules),
        pivot_action=pivot_action,
        # The Vice President's party wins ties.
        pivot_needed=threshold_for(rule, counts, count).needed - (1 if tie_broken else 0),
        tie_broken=tie_broken,
        cm_needed=threshold_for("caucus_majority", counts).needed,
        other_groups=_other_groups(view, parties, vacancies, caucus),
    )


def chamber_outcome(
    view: ChamberView,
    bloc_gain: int = 0,
    delta: dict[str, int] | None = None,
    wins: tuple[str, ...] = (),
    no_growth: tuple[str, ...] = (),
    seats: SeatSide | None = None,
) -> ChamberOutcome:
    """The chamber after the bloc grows by `bloc_gain` and seats move by `delta` (party -> +/- seats).

    `seats`: the seat side of `delta` when the caller already has it (probabilities reuse it across
    bloc sizes). Thresholds assume every sworn member votes (no absences, nobody answering "present").
    """
    seats = seats or seat_side(view, delta)
    parties, vacancies, caucus = seats.parties, seats.vacancies, seats.caucus
    baseline = view.progressive_baseline
    bloc_before = view.bloc_today
    bloc_after = bloc_before + bloc_gain
    caucus_before, caucus_after = seats.caucus_before, seats.caucus_after
    majority, majority_seats = seats.majority, seats.majority_seats
    thresholds = tuple(
        _threshold_result(view, action, rule, t, bloc_after, caucus_after) for action, rule, t in seats.rule_thresholds
    )
    pivot = _pivot(view, seats, bloc_after)
    cm_needed = seats.cm_needed
    notes = []
    if baseline is not None:
        notes.append(Note.of("bloc_is", chamber=view.name, blocs=tuple(b.name for b in view.progressive_blocs),
                             holders=view.slate_holders))
    if baseline is None:
        notes.append(Note.of("bloc_unknown", chamber=view.name))
    if not view.parties:
        notes.append(Note.of("parties_unknown", chamber=view.name))
    if view.approximate:
        notes.append(Note.of("approximate", chamber=view.name, as_of=view.as_of))
    for race_id in no_growth:
        notes.append(Note.of("already_in_bloc", race=race_id))
    return ChamberOutcome(
        chamber_id=view.id,
        name=view.name,
        kind=view.kind,
        seats=view.seats,
        vacancies=vacancies,
        approximate=view.approximate,
        parties_known=bool(view.parties),
        parties_before=dict(view.parties),
        parties_after=parties,
        majority_caucus=majority,
        majority_seats=majority_seats,
        caucus=caucus,
        caucus_before=caucus_before,
        caucus_after=caucus_after,
        blocs=view.blocs,
        bloc_id=view.progressive_bloc_id,
        bloc_known=baseline is not None,
        bloc_before=bloc_before,
        bloc_after=bloc_after,
        wins=wins,
        no_growth=no_growth,
        share_of_caucus=bloc_after / caucus_after if caucus_after else None,
        share_of_majority=bloc_after / majority_seats if majority == caucus and majority_seats else None,
        caucus_majority_needed=cm_needed,
        caucus_majority_met=bool(view.parties) and bloc_after >= cm_needed,
        caucus_majority_short_by=max(0, cm_needed - bloc_after),
        thresholds=thresholds,
        pivot=pivot,
        seat_groups=_seat_groups(seats, bloc_after),
        notes=tuple(notes),
        vacancies_before=view.vacancies,
        slate_holders=view.slate_holders,
        term=view.term,
        counts=view.counts,
        counts_from=view.counts_from,
    )


def outcome_for_changes(view: ChamberView, changes: Sequence[SeatChange]) -> ChamberOutcome:
    mine = [c for c in changes if c.chamber_id == view.id]
    return chamber_outcome(
        view,
        bloc_gain=sum(c.bloc_gain for c in mine),
        delta=party_delta(mine),
        wins=tuple(c.race_id for c in mine),
        no_growth=tuple(c.race_id for c in mine if c.bloc_gain == 0),
    )


def _bloc_party(view: ChamberView) -> str:
    blocs = view.progressive_blocs
    party = blocs[0].party if blocs else HOME_CAUCUS
    return HOME_CAUCUS if party == "mixed" else party


def _threshold_result(view, action, rule, t, bloc, caucus_seats) -> ThresholdResult:
    tie = None
    if view.vp_tiebreak and rule == "majority_of_voting" and t.denominator % 2 == 0:
        tie = t.needed - 1
    return ThresholdResult(
        action=action,
        rule=rule,
        needed=t.needed,
        denominator=t.denominator,
        basis=t.basis,
        have=bloc,
        met=bloc >= t.needed,
        short_by=max(0, t.needed - bloc),
        caucus_have=caucus_seats,
        caucus_met=caucus_seats >= t.needed,
        caucus_short_by=max(0, t.needed - caucus_seats),
        needed_if_tie_broken=tie,
        source_note=view.rule_notes.get(action),
    )


def _pivot(view, seats: SeatSide, bloc) -> Pivot:
    in_majority = bool(view.parties) and seats.majority == seats.caucus
    denies, smallest, spare = pivot_arithmetic(seats.majority_seats, seats.pivot_needed, bloc)
    return Pivot(
        seats.pivot_action or "pass-bill",
        seats.majority,
        seats.majority_seats,
        seats.pivot_needed,
        bloc,
        in_majority,
        in_majority and denies,
        smallest,
        spare,
        seats.tie_broken,
    )


def _seat_groups(seats: SeatSide, bloc: int) -> tuple[SeatGroup, ...]:
    """Seats in drawing order: the bloc, the rest of its caucus, every other caucus, vacancies."""
    caucus, caucus_seats = seats.caucus, seats.caucus_after
    groups = (
        SeatGroup("bloc", caucus, min(bloc, caucus_seats) if caucus_seats else bloc),
        SeatGroup("caucus_rest", caucus, max(0, caucus_seats - bloc)),
    )
    return tuple(g for g in groups if g.seats) + seats.other_groups


def _other_groups(view, parties, vacancies, caucus) -> tuple[SeatGroup, ...]:
    """Every caucus but the bloc's, largest first, then vacancies (the same for every bloc size)."""
    others: dict[str, int] = {}
    for party, n in parties.items():
        c = view.caucus_for(party)
        if c != caucus:
            key = c if c != "none" else party
            others[key] = others.get(key, 0) + n
    groups = [SeatGroup("caucus", c, n) for c, n in sorted(others.items(), key=lambda kv: -kv[1])]
    if vacancies:
        groups.append(SeatGroup("vacant", None, vacancies))
    return tuple(g for g in groups if g.seats)


@dataclass(frozen=True)
class ExecutiveOutcome:
    """Who signs: the slate holds the office when its race is won (today or in the scenario)."""

    id: str
    name: str
    holder: str | None
    party: str | None
    slate_holds: bool
    race_id: str | None  # the slate's race for this office
    won_in_scenario: bool  # True when the scenario (not today) brings the office to the slate


def executive_outcomes(slate: Slate, wins: Iterable[str]) -> dict[str, ExecutiveOutcome]:
    wins = set(wins)
    out = {}
    for ex in executives_from_slate(slate).values():
        race = next((r for r in slate.races.values() if r.chamber_id == ex.id and r.status != RaceStatus.lost), None)
        today = race is not None and race.status in TODAY
        won = race is not None and race.id in wins and not today
        holder, party = ex.holder, ex.party
        if today or won:
            names = [c for c in slate.candidates_in(race.id) if c.outcome not in ("lost", "withdrew")]
            chosen = [c for c in names if c.outcome == "won"] or names
            if len(chosen) == 1:
                holder, party = chosen[0].name, chosen[0].party or party
        out[ex.id] = ExecutiveOutcome(ex.id, ex.name, holder, party, today or won, race.id if race else None, won)
    return out
