"""What the page shows for an answer: districts, representatives, slate races, the nearest open races, dates.

Every text is in the visitor's language (built at call time); data text is left raw for the page to
escape where it draws it. Links to the app carry the pinned version and language (`agenda.links`);
links to the outside are https-only, from the validated data.

Public:
- `DistrictLine(level, level_label, id, name)`; `district_lines(answer, state_names) -> list`.
- `district_name(level, district_id, state_names) -> str`: "New York, congressional district 14".
- `state_names(locator) -> dict[USPS, name]` (empty without a locator).
- `MemberLine`, `RepresentationView`; `representation_views(answer) -> list`.
- `caucus_lines(answer, slate, today) -> list[str]`: the House member's caucuses, 2024 result and 2026 challenge.
- `race_views(answer, slate, here, today) -> list[RaceView]` (`mapview.card`: the card every page draws).
- `NearbyRace(race, km, status_label, candidates, map_href, help_links)`;
  `nearby_races(answer, slate, locator, here, limit=3, today=None) -> list`: only when no slate race
  still to be run on `today` is where the voter votes.
- `has_open_race(answer, slate, today=None) -> bool`; `help_links(candidate) -> tuple[Link, ...]`
- `share_district(result) -> str | None`: the one district the shareable link carries.
- `guide_districts(answer) -> list[str]`; `calendar_days(answer, slate, today=None) -> list[DateAhead]`: dates still ahead;
  `file_stem(district) -> str`.
- `typed_note(answer) -> str | None`: what a typed district id cannot tell (the state districts).
- `md_link(text, href) -> str`: a Markdown link with the text escaped and the address kept in one piece.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Mapping

import numpy as np
import shapely

from .. import labels
from ..agenda.links import race_href
from ..geo import district_answer
from ..geo.ids import LEVELS
from ..house import dates as house_dates
from ..house.sentence import district_sentence
from ..i18n import N_, _, date_text
from ..mapview.card import HTTPS, Link, PlankLink, RaceView, race_view  # noqa: F401 (re-exported)
from ..race_day import DateAhead, SlateOnDay
from ..text import md_escape

# roster.Member.role and .party, in the visitor's language where shown
ROLE_LABELS = {"Representative": N_("Representative"), "Delegate": N_("Delegate"),
               "Resident Commissioner": N_("Resident Commissioner"), "Senator": N_("Senator")}
PARTY_LABELS = {"Democrat": N_("Democrat"), "Republican": N_("Republican"), "Independent": N_("Independent")}


@dataclass(frozen=True)
class DistrictLine:
    level: str
    level_label: str
    id: str
    name: str


def state_names(locator) -> dict[str, str]:
    if locator is None:
        return {}
    layer = locator.layers["us_senate"]
    return {str(i): labels.state_name(str(n)) for i, n in zip(layer.ids, layer.names)}


def district_name(level: str, district_id: str, names: Mapping[str, str]) -> str:
    """A district's name in the visitor's language (`names`: state names, already in that language)."""
    state = district_id.split("-")[0]
    state_name = names.get(state, state)
    if level == "us_house":
        number = district_id.split("-")[1]
        if number == "AL":
            return _("{state}, at-large congressional district").format(state=state_name)
        return _("{state}, congressional district {number}").format(state=state_name, number=int(number))
    if level == "us_senate":
        return state_name
    if level == "state_house":
        return _("New York State Assembly District {number}").format(number=district_id.rsplit("-", 1)[1])
    if level == "state_senate":
        return _("New York State Senate District {number}").format(number=district_id.rsplit("-", 1)[1])
    return _("New York City") if district_id == "NYC" else district_id


def district_lines(answer: district_answer.DistrictAnswer, names: Mapping[str, str]) -> list[DistrictLine]:
    return [
        DistrictLine(level, labels.level_label(level), answer.districts[level],
                     district_name(level, answer.districts[level], names))
        for level in LEVELS if answer.districts.get(level)
    ]


def typed_note(answer: district_answer.DistrictAnswer) -> str | None:
    """A typed id answers for its own level (and a House district's state), not for the others."""
    if answer.point is not None:
        return None
    return _("A district id tells only that district (and, for a House district, its state). To see every "
             "district you vote in, including the New York Assembly, State Senate and City, enter your address "
             "or click your home on the map.")


# --- representatives ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MemberLine:
    role: str
    name: str
    party: str | None
    url: str | None  # https only


@dataclass(frozen=True)
class RepresentationView:
    district: str
    members: tuple[MemberLine, ...]
    vacant: bool
    note: str


def representation_views(answer: district_answer.DistrictAnswer) -> list[RepresentationView]:
    views = []
    for district, rep in answer.representatives.items():
        members = tuple(
            MemberLine(_(ROLE_LABELS.get(m.role, m.role)), m.name,
                       _(PARTY_LABELS.get(m.party, m.party)) if m.party else None,
                       m.url if m.url and HTTPS.match(m.url) else None)
            for m in rep.members
        )
        views.append(RepresentationView(district, members, rep.vacant, rep.note))
    return views


def caucus_lines(answer: district_answer.DistrictAnswer, slate, today: dt.date) -> list[str]:
    """For the voter's House district: the member's caucuses, the 2024 result and the slate's 2026 challenge
    in one sentence (house.sentence), then what that sentence rests on (dates, the 2024 lines). Empty when
    the version has no House tables."""
    lines = []
    for district in answer.representatives:
        sentence = district_sentence(slate, district, today)
        if sentence:
            lines += [sentence, _("Members as of {date}.").format(date=date_text(house_dates.roster_date(slate))),
                      house_dates.lines_caveat(slate)]
    return lines


# --- slate races ---------------------------------------------------------------------------------------------

def has_open_race(answer: district_answer.DistrictAnswer, slate, today: dt.date | None = None) -> bool:
    """A race where the voter votes is still to be run on `today` (phase.py; None: by recorded results)."""
    return any(district_answer.still_ahead(slate, race, today) for race in answer.races)


def race_views(answer: district_answer.DistrictAnswer, slate, here, today: dt.date,
               day: SlateOnDay | None = None) -> list[RaceView]:
    """The voter's races, each as the one race card every page draws (`mapview.card.race_view`)."""
    day = day or SlateOnDay(slate, today)
    return [race_view(slate, race.id, here, today, day) for race in answer.races]


# --- nearest open races --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NearbyRace:
    race: object
    km: float
    status_label: str
    candidates: tuple[str, ...]
    map_href: str
    help_links: tuple[Link, ...]  # the candidates' volunteer, donate and campaign pages (https)


def nearby_races(answer: district_answer.DistrictAnswer, slate, locator, here,
                 limit: int = 3, today: dt.date | None = None) -> list[NearbyRace]:
    """The nearest slate races still to be run on `today`, when none is where the voter votes."""
    if has_open_race(answer, slate, today):
        return []
    found = [(race, km) for race, km in answer.nearest if district_answer.still_ahead(slate, race, today)]
    if not found and locator is not None:
        point = answer.point or _inside_point(locator, answer.districts)
        found = district_answer.nearest_races(locator, point[0], point[1], slate, limit, today) if point else []
    views = []
    for race, km in found[:limit]:
        people = slate.candidates_in(race.id)
        links = tuple(link for person in people for link in help_links(person))
        views.append(NearbyRace(race, km, labels.status_label(SlateOnDay(slate, today).status(race)),
                                tuple(p.name for p in people), race_href(race.id, here), links))
    return views


def help_links(person) -> tuple[Link, ...]:
    """A candidate's volunteer, donate and campaign pages (https only, from the data), labelled with their name."""
    pairs = ((_("Volunteer with {name}"), person.volunteer), (_("Donate to {name}"), person.donate),
             (_("Website of {name}"), person.website))
    return tuple(Link(label.format(name=person.name), url) for label, url in pairs if url and HTTPS.match(url))


def _inside_point(locator, districts: Mapping[str, str | None]) -> tuple[float, float] | None:
    """A point inside the most local district named (to measure distances from a typed district)."""
    for level in ("state_house", "state_senate", "city", "us_house", "us_senate"):
        district = districts.get(level)
        if not district:
            continue
        layer = locator.layers[level]
        hit = np.flatnonzero(layer.ids == district)
        if len(hit):
            point = shapely.point_on_surface(layer.geoms[hit[0]])
            return float(point.x), float(point.y)
    return None


# --- sharing, calendar, guide ------------------------------------------------------------------------------

def share_district(result) -> str | None:
    """The district a shareable link carries: the typed one, else the House district of the point."""
    if result.answer is None:
        return None
    if result.query is not None and result.query.kind == "district":
        return result.query.text
    districts = result.answer.districts
    return next((districts[level] for level in LEVELS if districts.get(level)), None)


def guide_districts(answer: district_answer.DistrictAnswer) -> list[str]:
    return [answer.districts[level] for level in LEVELS if answer.districts.get(level)]


def calendar_days(answer: district_answer.DistrictAnswer, slate, today: dt.date | None = None) -> list[DateAhead]:
    """The dates still ahead on `today`, today included (None: the day after the data version's 'as of'
    date): the elections of the voter's races still open and the key dates of their states (a new term, a
    session opening, the next primaries set in law)."""
    day = SlateOnDay(slate, today or dt.date.fromisoformat(slate.as_of) + dt.timedelta(days=1))
    states = {district.split("-")[0] for district in answer.districts.values() if district and district != "NYC"}
    return day.dates_ahead([race.id for race in answer.races], states | {race.state for race in answer.races})


def file_stem(district: str | None) -> str:
    return re.sub(r"[^A-Za-z0-9-]", "", district or "") or "districts"


def md_link(text: str, href: str) -> str:
    """`[text](href)`: data text cannot add formatting, and a parenthesis cannot end the address early."""
    return f"[{md_escape(text)}]({href.replace('(', '%28').replace(')', '%29').replace(' ', '%20')})"
