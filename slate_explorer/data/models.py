"""Typed rows of a slate data version: one pydantic model per table (CSV file).

The models are the single source of truth for the table schemas: `publish` writes them, with every
constraint they enforce (required fields, patterns, enumerations, bounds), into `datapackage.json`, and
`validate` checks every row against them.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Optional

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

SLUG = r"^[a-z0-9][a-z0-9_-]*$"
# District ids: US House ST-NN / ST-AL, statewide ST, state legislature ST-AD-N / ST-SD-N, city code.
DISTRICT_ID = r"^([A-Z]{2}-(\d{2}|AL)|[A-Z]{2}|[A-Z]{2}-(AD|SD)-\d{1,3}|[A-Z]{3,8})$"


def _blank_to_none(value):
    return None if isinstance(value, str) and value.strip() == "" else value


HTTPS_LINK = "^https://[^\\s<>\"']+$"  # an https:// address with no space, quote or angle bracket


def _https_only(value: Optional[str]) -> Optional[str]:
    if value is not None and not re.match(HTTPS_LINK, value):
        raise ValueError("links must be https:// addresses (no javascript:, data: or http:)")
    return value


def _split_list(value):
    """A list in one cell: its items separated by ';' and nothing else (an empty item or a space fails its
    item's pattern), exactly as the published schema's pattern says."""
    return value.split(";") if isinstance(value, str) else value


Opt = Annotated[Optional[str], BeforeValidator(_blank_to_none)]
OptDate = Annotated[Optional[dt.date], BeforeValidator(_blank_to_none)]
OptInt = Annotated[Optional[int], BeforeValidator(_blank_to_none)]
# The pattern is also declared for the published schema (data/publish.py), which cannot read a validator.
Link = Annotated[Optional[str], BeforeValidator(_blank_to_none), AfterValidator(_https_only),
                 Field(json_schema_extra={"pattern": HTTPS_LINK})]
Slug = Annotated[str, Field(pattern=SLUG)]
OptSlug = Annotated[Optional[Annotated[str, Field(pattern=SLUG)]], BeforeValidator(_blank_to_none)]
SlugList = Annotated[list[Annotated[str, Field(pattern=SLUG)]], BeforeValidator(_split_list)]
Flag = Annotated[bool, BeforeValidator(lambda v: _blank_to_none(v) or False)]


class Level(str, Enum):
    us_house = "us_house"
    us_senate = "us_senate"
    state_house = "state_house"
    state_senate = "state_senate"
    city = "city"


class RaceStatus(str, Enum):
    slate_incumbent = "slate_incumbent"
    challenger = "challenger"
    open_seat = "open_seat"
    target = "target"
    won = "won"
    lost = "lost"
    unknown = "unknown"


class Stance(str, Enum):
    backs = "backs"
    opposes = "opposes"
    unknown = "unknown"


class Row(BaseModel):
    """Base of every table row: strict about unknown columns, blank cells mean 'not known'."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Source(Row):
    id: Slug
    title: str
    publisher: str
    url: Link = None
    published: OptDate = None
    accessed: OptDate = None
    note: Opt = None


class Chamber(Row):
    """A body that votes (House, Senate, a state house) or signs (kind=executive)."""

    id: Slug
    name: str
    jurisdiction: str
    kind: Annotated[str, Field(pattern=r"^(lower|upper|unicameral|executive)$")]
    seats: int = Field(ge=1)
    vacancies: int = Field(default=0, ge=0)
    majority_party: Opt = None
    vp_tiebreak: Flag = False
    holder: Opt = None  # executives: who holds the office
    approximate: Flag = False
    as_of: dt.date
    source_id: Slug
    note: Opt = None


class ChamberParty(Row):
    chamber_id: Slug
    party: Annotated[str, Field(pattern=r"^(D|R|I|other)$")]
    seats: int = Field(ge=0)
    caucus: Annotated[str, Field(pattern=r"^(D|R|none)$")]
    approximate: Flag = False
    source_id: Slug


class Bloc(Row):
    """A caucus inside a chamber (Progressive Caucus, New Democrats, Blue Dogs)."""

    id: Slug
    name: str
    chamber_id: Slug
    party: Annotated[str, Field(pattern=r"^(D|R|I|mixed)$")]
    members: OptInt = None  # blank: size not known
    stance: Annotated[str, Field(pattern=r"^(progressive|centrist|other)$")]
    approximate: Flag = False
    as_of: dt.date
    source_id: Slug
    note: Opt = None


class Rule(Row):
    """A vote threshold: which action, which rule of counting, and its source."""

    chamber_id: Slug
    action: Slug
    rule: Annotated[
        str,
        Field(
            pattern=r"^(majority_of_voting|fixed_count|three_fifths_sworn|two_thirds_voting|"
            r"two_thirds_present|majority_of_elected|two_thirds_elected|caucus_majority)$"
        ),
    ]
    count: OptInt = None  # fixed_count only
    source_id: Slug
    note: Opt = None


class Race(Row):
    id: Slug
    level: Level
    district: Annotated[str, Field(pattern=DISTRICT_ID)]
    state: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    office: str
    chamber_id: OptSlug = None  # the chamber whose seat is at stake (blank for executives)
    cycle: int = Field(ge=2000, le=2100)
    election_type: Annotated[str, Field(pattern=r"^(regular|special)$")] = "regular"
    primary_date: OptDate = None
    general_date: OptDate = None
    incumbent: Opt = None
    incumbent_party: Opt = None
    incumbent_bloc: OptSlug = None
    incumbent_since: OptInt = None
    status: RaceStatus
    status_note: Opt = None
    source_id: Slug


class Candidate(Row):
    id: Slug
    name: str
    race_id: Slug
    party: Opt = None
    outcome: Annotated[str, Field(pattern=r"^(running|won_primary|won|lost|withdrew|incumbent|unknown)$")]
    joins_bloc: OptSlug = None  # the bloc they would join if elected, when known
    summary: Opt = None
    website: Link = None
    donate: Link = None
    volunteer: Link = None
    social: Link = None
    photo_url: Link = None
    photo_credit: Opt = None
    source_id: Slug


class Plank(Row):
    id: Slug
    title: str
    title_es: Opt = None
    summary: str
    summary_es: Opt = None
    vehicle: str
    path: SlugList  # chamber ids in the order they must pass it
    level: Annotated[str, Field(pattern=r"^(federal|state|city)$")]
    source_id: Slug


class Position(Row):
    candidate_id: Slug
    plank_id: Slug
    stance: Stance
    source_id: Slug
    note: Opt = None


class Endorsement(Row):
    endorser_id: Slug
    endorser_name: str
    endorser_kind: Annotated[str, Field(pattern=r"^(slate|official|organization)$")]
    candidate_id: Slug
    date: OptDate = None
    approximate: Flag = False
    source_id: Slug
    note: Opt = None


class Coordination(Row):
    """A joint event, shared fundraiser or shared media appearance of slate candidates."""

    id: Slug
    kind: Annotated[str, Field(pattern=r"^(joint_event|joint_fundraiser|shared_media)$")]
    date: dt.date
    title: str
    participants: SlugList
    source_id: Slug


HOUSE_DISTRICT = r"^[A-Z]{2}-(\d{2}|AL)$"
BIOGUIDE = r"^[A-Z]\d{6}$"
OptBioguide = Annotated[Optional[Annotated[str, Field(pattern=BIOGUIDE)]], BeforeValidator(_blank_to_none)]
Percent = Annotated[float, Field(ge=0, le=100)]


class HouseMember(Row):
    """One House seat and who holds it, from a dated roster; a vacant seat has no name, id or party."""

    district: Annotated[str, Field(pattern=HOUSE_DISTRICT)]
    name: Opt = None
    bioguide_id: OptBioguide = None
    party: Annotated[Optional[Annotated[str, Field(pattern=r"^(D|R|I)$")]], BeforeValidator(_blank_to_none)] = None
    delegate: Flag = False  # a non-voting delegate or resident commissioner
    as_of: dt.date
    source_id: Slug


class CaucusMember(Row):
    """A member of a House bloc (caucus) as a dated list names them; a member of two blocs has two rows."""

    bloc_id: Slug
    bioguide_id: Annotated[str, Field(pattern=BIOGUIDE)]
    name: str
    district: Annotated[str, Field(pattern=HOUSE_DISTRICT)]
    as_of: dt.date
    approximate: Flag = False  # the date is approximate
    source_id: Slug
    note: Opt = None


class CaucusCount(Row):
    """A bloc's size as a source states it on a date; `listed` says whether caucus_members.csv names every
    member (all) or only the members a source names (some: the rest are never guessed)."""

    bloc_id: Slug
    members: int = Field(ge=0)
    as_of: dt.date
    approximate: Flag = False
    listed: Annotated[str, Field(pattern=r"^(all|some)$")]
    source_id: Slug
    note: Opt = None


class DistrictResult(Row):
    """A presidential result in a House district, in percent as the source gives it (whole percents, a
    decimal in the closest districts), on the lines the source names."""

    district: Annotated[str, Field(pattern=HOUSE_DISTRICT)]
    year: int = Field(ge=1900, le=2100)
    dem_candidate: str
    dem_pct: Percent
    rep_candidate: str
    rep_pct: Percent
    margin: float = Field(ge=-100, le=100)  # the source's own (rounded) D minus R margin
    lines: str  # e.g. "119th Congress"
    redrawn: Flag = False  # the district's lines changed for the 2026 elections: the result is for the old district
    source_id: Slug


EVENT_KINDS = ("announced", "endorsed", "withdrew", "primary_held", "primary_result", "general_held", "general_result",
               "sworn_in")


class RaceEvent(Row):
    """One dated fact of a race's story (pages choose the tense from the day they are read). A result
    (`primary_result`, `general_result`) names its winner in `who`, with the vote share when sourced and
    whether it is certified (else: reported); the other kinds name the person the event is about, if any."""

    race_id: Slug
    kind: Annotated[str, Field(pattern="^(" + "|".join(EVENT_KINDS) + ")$")]
    date: dt.date
    approximate: Flag = False
    who: Opt = None
    share: Optional[Annotated[float, Field(gt=0, le=1)]] = None
    certified: Flag = False
    source_id: Slug
    note: Opt = None

    @field_validator("share", mode="before")
    @classmethod
    def _blank_share(cls, value):
        return _blank_to_none(value)


class OfficialResults(Row):
    """Where a jurisdiction (a state, or NYC) publishes its official results, and by when it certifies
    the general election of `cycle` (the certification date is said of that cycle's races only)."""

    jurisdiction: Annotated[str, Field(pattern=r"^[A-Z]{2,8}$")]
    publisher: str
    url: Annotated[str, AfterValidator(_https_only)]
    cycle: int = Field(ge=2000, le=2100)
    certified_by: OptDate = None  # the last day for certification, when the law sets one
    certifier: Opt = None  # who certifies ("State Board of Canvassers")
    approximate: Flag = False
    source_id: Slug
    note: Opt = None


class KeyDate(Row):
    """A date ahead that is not a race's election: a term beginning, a session opening, a primary set in law."""

    id: Slug
    kind: Annotated[str, Field(pattern=r"^(term_begins|session_opens|primary|other)$")]
    date: dt.date
    title: str
    chamber_id: OptSlug = None
    state: Annotated[Optional[Annotated[str, Field(pattern=r"^[A-Z]{2}$")]], BeforeValidator(_blank_to_none)] = None
    approximate: Flag = False
    source_id: Slug
    note: Opt = None


# Table name (CSV file stem) -> row model, in the order a version is loaded.
TABLES: dict[str, type[Row]] = {
    "sources": Source,
    "chambers": Chamber,
    "chamber_parties": ChamberParty,
    "blocs": Bloc,
    "rules": Rule,
    "races": Race,
    "candidates": Candidate,
    "planks": Plank,
    "positions": Position,
    "endorsements": Endorsement,
    "coordination": Coordination,
    "house_members": HouseMember,
    "caucus_members": CaucusMember,
    "caucus_counts": CaucusCount,
    "district_results": DistrictResult,
    "race_events": RaceEvent,
    "official_results": OfficialResults,
    "key_dates": KeyDate,
}
# Tables a version may leave out (added after the first versions): absent, they are empty.
OPTIONAL_TABLES = frozenset({"house_members", "caucus_members", "caucus_counts", "district_results",
                             "race_events", "official_results", "key_dates"})

# Primary keys (for uniqueness) and foreign keys (column -> table it points at).
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "sources": ("id",),
    "chambers": ("id",),
    "chamber_parties": ("chamber_id", "party"),
    "blocs": ("id",),
    "rules": ("chamber_id", "action"),
    "races": ("id",),
    "candidates": ("id",),
    "planks": ("id",),
    "positions": ("candidate_id", "plank_id"),
    "endorsements": ("endorser_id", "candidate_id"),
    "coordination": ("id",),
    "house_members": ("district",),
    "caucus_members": ("bloc_id", "bioguide_id"),
    "caucus_counts": ("bloc_id", "as_of"),
    "district_results": ("district", "year"),
    "race_events": ("race_id", "kind", "date", "who"),
    "official_results": ("jurisdiction",),
    "key_dates": ("id",),
}

FOREIGN_KEYS: dict[str, dict[str, str]] = {
    "chambers": {"source_id": "sources"},
    "chamber_parties": {"chamber_id": "chambers", "source_id": "sources"},
    "blocs": {"chamber_id": "chambers", "source_id": "sources"},
    "rules": {"chamber_id": "chambers", "source_id": "sources"},
    "races": {"chamber_id": "chambers", "incumbent_bloc": "blocs", "source_id": "sources"},
    "candidates": {"race_id": "races", "joins_bloc": "blocs", "source_id": "sources"},
    "planks": {"path": "chambers", "source_id": "sources"},
    "positions": {"candidate_id": "candidates", "plank_id": "planks", "source_id": "sources"},
    "endorsements": {"candidate_id": "candidates", "source_id": "sources"},
    "coordination": {"participants": "candidates", "source_id": "sources"},
    "house_members": {"source_id": "sources"},
    "caucus_members": {"bloc_id": "blocs", "source_id": "sources"},
    "caucus_counts": {"bloc_id": "blocs", "source_id": "sources"},
    "district_results": {"source_id": "sources"},
    "race_events": {"race_id": "races", "source_id": "sources"},
    "official_results": {"source_id": "sources"},
    "key_dates": {"chamber_id": "chambers", "source_id": "sources"},
}
