"""The home page's picture, as data: what coordinated progressive governance would look like.

For each chamber the slate touches (a slate race fills one of its seats, or an agenda plank passes
through it): the progressive bloc today, the bloc if the slate wins every race still open on `today`,
and the thresholds that matter (caucus majority, passing a bill, a discharge petition, cloture, a
veto override). For each office the slate runs for (the NYC mayor): who holds it, today and then.
One line per agenda plank: passes, short by N votes, or blocked at which step. The team: the slate's
candidates, their cross-endorsements and the unity score. Every piece carries a link to /majority with
the same scenario. All arithmetic comes from `majority` (one `compute_scenario` call); all dates from
`phase`. The same picture feeds the PNG (`picture_png`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from . import overview
from .race_day import DateAhead, SlateOnDay
from .agenda.network import build_network, slate_unity
from .data.slate import Slate
from .i18n import _, ngettext, number_text
from .majority import ScenarioResult, VoteModel, compute_scenario
from .majority.explain import action_name
from .majority.chambers import PROGRESSIVE
from .majority.scenario import ChamberOutcome, assumed_races
from .majority.seatchart import FRACTIONS, short_action
from .routes import AgendaState, Here, MajorityState

# Rules drawn on a strip, besides the caucus majority (the others repeat one of these numbers).
MARKED_ACTIONS = ("pass-bill", "discharge-petition", "invoke-cloture", "override-veto")


@dataclass(frozen=True)
class Mark:
    """A threshold on a chamber's strip; rules needing the same number share one mark."""

    needed: int
    label: str  # "218: bills, discharge petition"
    met_today: bool
    met_then: bool


@dataclass(frozen=True)
class ChamberPicture:
    chamber_id: str
    name: str
    seats: int
    bloc_known: bool  # False: the data gives no bloc size (counted from 0)
    bloc_today: int
    bloc_then: int  # if the slate wins the races still open
    caucus_then: int  # the bloc's caucus, for context
    marks: tuple[Mark, ...]
    open_races: tuple[str, ...]  # this chamber's races won in the scenario
    awaiting: tuple[str, ...]  # of those, the ones whose election passed with no result recorded
    approximate: bool
    href: str
    bloc_names: tuple[str, ...] = ()  # the recorded progressive bloc(s) the strip counts
    term_today: str | None = None  # the term the "today" figures describe (translate where shown)
    term_then: str | None = None  # the term the scenario's figures describe
    counts_then: str = "recorded"  # terms.RECORDED / ASSUMED / SET: where that term's seats come from


@dataclass(frozen=True)
class OfficePicture:
    office_id: str
    name: str
    holder_today: str | None
    slate_holds_today: bool
    slate_holds_then: bool
    awaiting: bool
    href: str


@dataclass(frozen=True)
class PlankLine:
    plank_id: str
    title: str
    passes: bool
    short_by: int | None
    text: str  # "passes" / "short by 3 votes: cloture in the U.S. Senate" / "blocked: ..."
    href: str


@dataclass(frozen=True)
class TeamPicture:
    members: tuple[tuple[str, str], ...]  # (candidate id, name), current slate candidates
    links: tuple[tuple[str, str], ...]  # cross-endorsements (endorser id, endorsed id)
    existing: int
    possible: int
    isolated: int  # candidates with no cross-endorsement given or received
    sentence: str
    href: str


@dataclass(frozen=True)
class GoverningPicture:
    version: str
    as_of: dt.date
    today: dt.date
    wins: tuple[str, ...]  # the scenario: races won
    awaiting: tuple[str, ...]  # of the wins, races awaiting a result (assumed won)
    chambers: tuple[ChamberPicture, ...]
    offices: tuple[OfficePicture, ...]
    planks: tuple[PlankLine, ...]
    team: TeamPicture | None
    dates_ahead: tuple[DateAhead, ...]  # dates still ahead: the races still open and the key dates (race_day.py)
    href: str  # /majority with this scenario

    @property
    def passing(self) -> int:
        return sum(p.passes for p in self.planks)


def governing_picture(
    slate: Slate, today: dt.date, carried: Mapping[str, str] | None = None, with_team: bool = True
) -> GoverningPicture:
    """The home page's picture: the slate wins every race still open on `today` (/majority's "all")."""
    return picture_for(slate, "all", today, carried, with_team=with_team)


def picture_for(
    slate: Slate,
    wins: str | Iterable[str],
    today: dt.date,
    carried: Mapping[str, str] | None = None,
    model: VoteModel | None = None,
    with_team: bool = False,
    assume: Mapping[str, Mapping[str, int]] | None = None,
) -> GoverningPicture:
    """The same picture for any scenario (the /majority page's PNG): `wins` as compute_scenario takes them,
    read on `today` like /majority, so races awaiting a result are the ones it labels assumed won; `assume`
    is /majority's split for a term whose seats the data does not record."""
    here = Here.of(carried or {})  # links keep the visitor's v and lang (and the app's base path)
    now = compute_scenario(slate, (), model=model, with_what_it_takes=False, today=today, assume=assume)
    then = compute_scenario(slate, wins if isinstance(wins, str) else tuple(wins), model=model,
                            with_what_it_takes=False, today=today, assume=assume)
    wins = then.wins
    awaiting = tuple(assumed_races(slate, wins, today))
    href = majority_href(slate, today, wins, here)
    return GoverningPicture(
        version=slate.version,
        as_of=overview.as_of_date(slate),
        today=today,
        wins=wins,
        awaiting=awaiting,
        chambers=tuple(_chamber(slate, now, then, cid, awaiting, href) for cid in touched_chambers(slate, then)),
        offices=tuple(_offices(slate, now, then, awaiting, href)),
        planks=tuple(_plank_line(slate, p, then, majority_href(slate, today, wins, here, plank=p.plank_id)) for p in then.planks),
        team=team_picture(slate, here) if with_team else None,
        dates_ahead=tuple(dates_ahead(slate, today)),
        href=href,
    )


def majority_href(slate: Slate, today: dt.date, wins: Iterable[str], here: Here, plank: str | None = None) -> str:
    """A link to the majority calculator with this scenario on `today` (and the visitor's v and lang): every
    open race won is `wins=all`, many are a compact set, however many races the slate runs."""
    return here.to("majority", MajorityState.of(slate, today, wins=tuple(wins), plank=plank))


def touched_chambers(slate: Slate, result: ScenarioResult) -> list[str]:
    """Voting chambers with a slate race for one of their seats or an agenda plank passing through them."""
    raced = {r.chamber_id for r in slate.races.values()}
    paths = {body for p in slate.planks.values() for body in p.path}
    return [cid for cid in result.chambers if cid in raced or cid in paths]


def _marks(today: ChamberOutcome, then: ChamberOutcome) -> tuple[Mark, ...]:
    """The caucus majority and the marked rules, merged by the number they need (scenario counts)."""
    labels: dict[int, list[str]] = {then.caucus_majority_needed: [_("caucus majority")]}
    for t in then.thresholds:
        if t.action in MARKED_ACTIONS and 0 < t.needed <= then.seats:
            fraction = FRACTIONS.get(t.rule)
            name = short_action(t.action)
            labels.setdefault(t.needed, []).append(f"{name} ({fraction})" if fraction else name)
    return tuple(
        Mark(n, f"{number_text(n)}: {', '.join(dict.fromkeys(names))}", today.bloc_after >= n, then.bloc_after >= n)
        for n, names in sorted(labels.items())
    )


def _chamber(slate, now: ScenarioResult, then: ScenarioResult, cid: str, awaiting, href: str) -> ChamberPicture:
    today, after = now.chambers[cid], then.chambers[cid]
    return ChamberPicture(
        chamber_id=cid,
        name=after.name,
        seats=after.seats,
        bloc_known=after.bloc_known,
        bloc_today=today.bloc_after,
        bloc_then=after.bloc_after,
        caucus_then=after.caucus_after,
        marks=_marks(today, after),
        open_races=after.wins,
        awaiting=tuple(r for r in after.wins if r in awaiting),
        approximate=after.approximate,
        href=href,
        bloc_names=tuple(b.name for b in after.blocs if b.stance == PROGRESSIVE),
        term_today=today.term.name if today.term else None,
        term_then=after.term.name if after.term else None,
        counts_then=after.counts,
    )


def _offices(slate: Slate, now: ScenarioResult, then: ScenarioResult, awaiting, href: str):
    """Executive offices the slate ran or runs for (the NYC mayor)."""
    for oid, ex in then.executives.items():
        if ex.race_id is None:
            continue
        before = now.executives[oid]
        yield OfficePicture(oid, ex.name, before.holder, before.slate_holds, ex.slate_holds, ex.race_id in awaiting, href)


def _plank_line(slate: Slate, p, result: ScenarioResult, href: str) -> PlankLine:
    names = {**{e: x.name for e, x in result.executives.items()}, **{c: o.name for c, o in result.chambers.items()}}
    title = slate.planks[p.plank_id].title
    if p.passes:
        text = _("passes")
    elif p.short_by:
        text = ngettext("short by {n} vote: {step} in the {body}", "short by {n} votes: {step} in the {body}", p.short_by)
        text = text.format(n=number_text(p.short_by), step=action_name(p.blocked_step), body=names.get(p.blocked_at, ""))
    else:
        text = _("blocked at {step} in the {body}").format(
            step=action_name(p.blocked_step), body=names.get(p.blocked_at, "")
        )
    return PlankLine(p.plank_id, title, p.passes, p.short_by, text, href)


def team_picture(slate: Slate, here: Here | Mapping[str, str]) -> TeamPicture:
    """The slate as a team: who they are, who endorsed whom among them, the unity score in one sentence."""
    network = build_network(slate)
    unity = slate_unity(network)
    links = tuple(dict.fromkeys((e.endorser_id, e.candidate_id) for e in network.cross_edges))
    isolated = len(network.isolated())
    n = len(network.members)
    if unity.possible:
        sentence = ngettext(
            "{existing} of {possible} possible cross-endorsement among the {n} slate candidates is recorded.",
            "{existing} of {possible} possible cross-endorsements among the {n} slate candidates are recorded.",
            unity.existing,
        ).format(existing=number_text(unity.existing), possible=number_text(unity.possible), n=number_text(n))
        if isolated:
            sentence += " " + ngettext(
                "{k} of them has neither given nor received one.",
                "{k} of them have neither given nor received one.",
                isolated,
            ).format(k=number_text(isolated))
    else:
        sentence = _("Fewer than two slate candidates: there is no team to score yet.")
    members = tuple((cid, network.nodes[cid].name) for cid in network.members)
    href = Here.of(here).to("agenda", AgendaState())
    return TeamPicture(members, links, unity.existing, unity.possible, isolated, sentence, href)


def dates_ahead(slate: Slate, today: dt.date) -> list[DateAhead]:
    """Dates on or after `today`, soonest first (never a past date): the races still open and the key dates
    (race_day.SlateOnDay.dates_ahead), so home, Find, the guide and the .ics agree."""
    return SlateOnDay(slate, today).dates_ahead()
