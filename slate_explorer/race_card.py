"""The race card: everything a card shows of one race on one day, as plain data (a view model). The page
(views/_race_card.py, Streamlit Markdown), the static export (share/templates/race.html, Jinja) and the
printable guide (guide/voter_guide.py, HTML) each lay out this same `RaceCard`; none writes its own words.

Links are https only, taken from the validated data (the data model already refuses other schemes;
this checks again so a card can never carry javascript: or data: links).

Public:
- `Link`, `CandidateCard`, `RaceCard`, `OUTCOMES` (a candidate's outcome in words), `HTTPS`
- `race_card(slate, race_id, today=None, day=None) -> RaceCard`: statuses as shown on `today` (race_day.py; pass
  the page's `SlateOnDay` as `day` to build it once per run), with the race's story in the tense of that day
  (race_story.py), the sentence for a race without slate candidates, and where its official results are
  when none is recorded.
- `incumbent_line(card) -> str`: the incumbent, party, since when and bloc, as plain text.
- `https_links(candidate) -> tuple[Link, ...]`
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import labels
from .data.slate import Slate
from .display_status import RESULT_NOT_RECORDED, shown_outcome, status_note_shown
from .i18n import N_, _
from .race_day import SlateOnDay
from .race_story import OfficialLine, official_line, story_lines

OUTCOMES = {
    "running": N_("Running"),
    "won_primary": N_("Won the primary"),
    "won": N_("Won"),
    "lost": N_("Lost"),
    "withdrew": N_("Withdrew"),
    "incumbent": N_("Incumbent, running again"),
    "unknown": N_("Not known"),
    RESULT_NOT_RECORDED: N_("Result not recorded"),
}
HTTPS = re.compile(r"^https://[^\s<>\"']+$")


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class CandidateCard:
    id: str
    name: str
    party: str | None
    outcome: str
    summary: str | None
    joins_bloc: str | None  # the bloc's name
    photo_url: str | None
    photo_credit: str | None
    links: tuple[Link, ...]
    backs: tuple[str, ...]  # titles of the planks they back


@dataclass(frozen=True)
class RaceCard:
    race_id: str
    district: str
    office: str
    level: str
    cycle: int
    election_type: str
    status: str
    status_label: str
    status_meaning: str
    letter: str
    colour: str
    status_note: str | None
    incumbent: str | None
    incumbent_party: str | None
    incumbent_since: int | None
    incumbent_bloc: str | None
    primary_date: dt.date | None
    general_date: dt.date | None
    candidates: tuple[CandidateCard, ...]
    source_ids: tuple[str, ...]
    story: tuple[str, ...] = ()  # race_story.story_lines: events and elections in the tense of the day
    no_candidate: str | None = None  # the sentence for a race without slate candidates, in the day's tense
    official: OfficialLine | None = None  # where the official results are, when none is recorded


def incumbent_line(c: RaceCard) -> str:
    """'Jan Schakowsky (D), since 1999; Congressional Progressive Caucus' (plain text)."""
    if not c.incumbent:
        return _("not recorded")
    text = c.incumbent + (f" ({c.incumbent_party})" if c.incumbent_party else "")
    text += _(", since {year}").format(year=c.incumbent_since) if c.incumbent_since else ""
    return text + (f"; {c.incumbent_bloc}" if c.incumbent_bloc else "")


def https_links(candidate) -> tuple[Link, ...]:
    pairs = ((_("Website"), candidate.website), (_("Donate"), candidate.donate),
             (_("Volunteer"), candidate.volunteer), (_("Social media"), candidate.social))
    return tuple(Link(label, url) for label, url in pairs if url and HTTPS.match(url))


def race_card(slate: Slate, race_id: str, today: dt.date | None = None, day: SlateOnDay | None = None) -> RaceCard:
    day = day or SlateOnDay(slate, today)
    race = slate.races[race_id]
    phase = day.phase(race)
    status = day.status(race)
    label, meaning, colour, letter = labels.STATUS[status]
    candidates, sources = [], [race.source_id]
    for candidate in slate.candidates_in(race.id):
        positions = slate.positions_of(candidate.id)
        backs = tuple(slate.planks[p].title for p, pos in positions.items() if pos.stance.value == "backs" and p in slate.planks)
        sources += [candidate.source_id] + [pos.source_id for pos in positions.values() if pos.stance.value == "backs"]
        bloc = slate.blocs.get(candidate.joins_bloc or "")
        candidates.append(CandidateCard(
            id=candidate.id, name=candidate.name, party=candidate.party,
            outcome=_(OUTCOMES[shown_outcome(candidate.outcome, phase.phase)]), summary=candidate.summary,
            joins_bloc=bloc.name if bloc else None,
            photo_url=candidate.photo_url if candidate.photo_url and HTTPS.match(candidate.photo_url) else None,
            photo_credit=candidate.photo_credit, links=https_links(candidate), backs=backs,
        ))
    bloc = slate.blocs.get(race.incumbent_bloc or "")
    return RaceCard(
        race_id=race.id, district=race.district, office=race.office, level=labels.level_label(race.level),
        cycle=race.cycle, election_type=race.election_type, status=status, status_label=_(label),
        status_meaning=_(meaning), letter=_(letter), colour=colour, status_note=status_note_shown(slate, race, status),
        incumbent=race.incumbent, incumbent_party=race.incumbent_party, incumbent_since=race.incumbent_since,
        incumbent_bloc=bloc.name if bloc else None, primary_date=race.primary_date, general_date=race.general_date,
        candidates=tuple(candidates), source_ids=tuple(dict.fromkeys(sources + _story_sources(slate, race_id, day))),
        story=tuple(story_lines(day, race)), no_candidate=None if candidates else day.no_candidate_sentence(race),
        official=official_line(day, race),
    )


def _story_sources(slate: Slate, race_id: str, day: SlateOnDay) -> list[str]:
    page = day.official_results(slate.races[race_id]) if day.awaiting_result(race_id) else None
    return [e.source_id for e in slate.events_of(race_id)] + ([page.source_id] if page else [])
