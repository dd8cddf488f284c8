"""The changelog between two data versions in sentences a voter reads: names, offices and titles, field
values in words, never ids or field names ("IL-09: status is now Lost (was Open seat). Source: ...").

Pass slates translated for the page's language (data_text.translated) to get their text in it too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from . import labels
from .i18n import N_, _, date_text
from .data.diff import Change, diff
from .data.slate import Slate
from .majority.explain import action_name  # the words the majority page uses for a vote
from .race_story import row_words

# Own translations; the endorser's name says who; the source closes every sentence anyway.
SKIPPED_FIELDS = {"title_es", "summary_es", "endorser_id", "source_id"}

FIELDS = {  # field -> what it is, in words
    "title": N_("title"), "publisher": N_("publisher"), "url": N_("link"), "published": N_("publication date"),
    "accessed": N_("date consulted"), "note": N_("note"), "name": N_("name"), "jurisdiction": N_("jurisdiction"),
    "kind": N_("kind"), "seats": N_("number of seats"), "vacancies": N_("number of vacant seats"), "majority_party": N_("majority party"),
    "vp_tiebreak": N_("Vice President's tie-breaking vote"), "holder": N_("office holder"),
    "approximate": N_("mark of approximate figures"), "source_id": N_("source"), "chamber_id": N_("chamber"),
    "party": N_("party"), "caucus": N_("caucus it sits with"), "members": N_("number of members"), "stance": N_("stance"),
    "action": N_("vote"), "rule": N_("rule"), "count": N_("votes needed"), "level": N_("level"),
    "district": N_("district"), "state": N_("state"), "office": N_("office"), "cycle": N_("election year"),
    "election_type": N_("kind of election"), "primary_date": N_("primary date"),
    "general_date": N_("general election date"), "incumbent": N_("incumbent"),
    "incumbent_party": N_("incumbent's party"), "incumbent_bloc": N_("incumbent's caucus"),
    "incumbent_since": N_("incumbent in office since"), "status": N_("status"), "status_note": N_("status note"),
    "race_id": N_("race"), "outcome": N_("outcome"), "joins_bloc": N_("caucus they would join"), "summary": N_("summary"),
    "website": N_("website"), "donate": N_("donation page"), "volunteer": N_("volunteer page"),
    "social": N_("social media page"), "photo_url": N_("photo"), "photo_credit": N_("photo credit"),
    "vehicle": N_("way it would pass"), "path": N_("route through the chambers"), "endorser_name": N_("endorser"),
    "endorser_kind": N_("kind of endorser"), "candidate_id": N_("candidate"), "plank_id": N_("plank"),
    "date": N_("date"), "participants": N_("list of participants"),
}

VALUES = {  # short enumerations -> words
    "party": {"D": N_("Democrats"), "R": N_("Republicans"), "I": N_("independents"), "other": N_("others"),
              "mixed": N_("several parties"), "none": N_("no caucus")},
    "kind": {"lower": N_("lower house"), "upper": N_("upper house"), "unicameral": N_("single house"),
             "executive": N_("executive office"), "joint_event": N_("joint event"),
             "joint_fundraiser": N_("joint fundraiser"), "shared_media": N_("shared media appearance")},
    "election_type": {"regular": N_("regular election"), "special": N_("special election")},
    "endorser_kind": {"slate": N_("slate candidate"), "official": N_("official"), "organization": N_("organization")},
    "stance": {"backs": N_("backs"), "opposes": N_("opposes"), "unknown": N_("not known"),
               "progressive": N_("progressive"), "centrist": N_("centrist"), "other": N_("other")},
    "rule": {"majority_of_voting": N_("a majority of members voting"), "fixed_count": N_("a fixed number of votes"),
             "three_fifths_sworn": N_("three-fifths of members sworn"), "two_thirds_voting": N_("two-thirds of members voting"),
             "two_thirds_present": N_("two-thirds of members present"), "majority_of_elected": N_("a majority of members elected"),
             "two_thirds_elected": N_("two-thirds of members elected"), "caucus_majority": N_("a majority of the caucus")},
}
VALUES["majority_party"] = VALUES["incumbent_party"] = VALUES["caucus"] = VALUES["party"]

ADDED = {
    "sources": N_("New source: {name}"), "chambers": N_("New chamber or office: {name}"),
    "chamber_parties": N_("{name}: seats recorded"), "blocs": N_("New caucus: {name}"),
    "rules": N_("{name}: vote rule recorded"), "races": N_("New race: {name}"),
    "candidates": N_("New candidate: {name}"), "planks": N_("New plank: {name}"),
    "endorsements": N_("New endorsement: {name}"),
    "coordination": N_("New joint appearance: {name}"),
    "race_events": N_("In the race's story: {name}"),
    "official_results": N_("Where official results are published: {name}"),
    "key_dates": N_("Date ahead: {name}"),
}
REMOVED = {
    "sources": N_("Source removed: {name}"), "chambers": N_("Chamber or office removed: {name}"),
    "chamber_parties": N_("{name}: seats no longer recorded"), "blocs": N_("Caucus removed: {name}"),
    "rules": N_("{name}: vote rule removed"), "races": N_("Race no longer tracked: {name}"),
    "candidates": N_("Candidate removed: {name}"), "planks": N_("Plank removed: {name}"),
    "positions": N_("Stance removed: {name}"), "endorsements": N_("Endorsement removed: {name}"),
    "coordination": N_("Joint appearance removed: {name}"),
    "race_events": N_("Removed from the race's story: {name}"),
    "official_results": N_("Official results page removed: {name}"),
    "key_dates": N_("Date removed: {name}"),
}


# Tables of hundreds of rows (models.OPTIONAL_TABLES): one sentence per table, counting its changes.
BULK = {
    "house_members": N_("House members"), "caucus_members": N_("Caucus memberships"),
    "caucus_counts": N_("Stated caucus sizes"), "district_results": N_("Presidential results by district"),
}


# Each table's changes under one heading, in the order a visitor reads them: races and people first, the
# list of sources (63 "New source" lines opened the 2026-07-02 changelog) last; the bulk tables' counts under
# one heading of their own, before the sources.
GROUPS = {
    "races": N_("Races"), "race_events": N_("The races' stories"), "official_results": N_("Official results pages"),
    "key_dates": N_("Dates ahead"), "candidates": N_("Candidates"), "positions": N_("Stances on the planks"),
    "endorsements": N_("Endorsements"), "coordination": N_("Joint appearances"), "planks": N_("Planks"),
    "chambers": N_("Chambers and offices"), "chamber_parties": N_("Seats by party"), "blocs": N_("Caucuses"),
    "rules": N_("Vote rules"), "sources": N_("Sources"),
}
BULK_GROUP = N_("House members and caucuses")
KIND_ORDER = ("changed", "added", "removed")  # within a heading: what changed before what came or went


@dataclass(frozen=True)
class ChangeGroup:
    title: str  # the kind of record, in the current language
    sentences: tuple[str, ...]


def changelog(old: Slate, new: Slate) -> list[str]:
    """Every change from `old` to `new`, one sentence each (one per bulk table), in the current language."""
    changes = diff(old, new)
    return [describe(c, old, new) for c in changes if c.table not in BULK] + [
        _bulk(table, [c for c in changes if c.table == table]) for table in BULK if any(c.table == table for c in changes)]


def _bulk(table: str, changes: list[Change]) -> str:
    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in ("added", "removed", "changed")}
    return _("{table}: {added} rows added, {removed} removed, {changed} changed.").format(table=_(BULK[table]), **counts)


def grouped_changelog(old: Slate, new: Slate) -> list[ChangeGroup]:
    """The same sentences as changelog() under one heading per kind of record (races, candidates, ..., sources)."""
    changes = sorted(diff(old, new), key=lambda c: KIND_ORDER.index(c.kind))  # stable: the diff's order within a kind
    groups = [ChangeGroup(_(title), tuple(describe(c, old, new) for c in changes if c.table == table))
              for table, title in GROUPS.items() if table != "sources" and any(c.table == table for c in changes)]
    bulk = tuple(_bulk(t, [c for c in changes if c.table == t]) for t in BULK if any(c.table == t for c in changes))
    if bulk:
        groups.append(ChangeGroup(_(BULK_GROUP), bulk))
    sources, title = tuple(describe(c, old, new) for c in changes if c.table == "sources"), GROUPS["sources"]
    return groups + ([ChangeGroup(_(title), sources)] if sources else [])


def describe(change: Change, old: Slate, new: Slate) -> str:
    """One change as a sentence, closed by the source its newer row cites."""
    text = _headline(change, old, new)
    source = new.sources.get(getattr(change.after, "source_id", None) or "")
    return _("{change}. Source: {source}").format(change=text, source=source.title) if source else text + "."


def _headline(change: Change, old: Slate, new: Slate) -> str:
    row = change.after or change.before
    slate = new if change.after is not None else old
    name = subject(change.table, row, slate, old if slate is new else new)
    if change.table == "races" and change.kind != "changed":
        name = row.office  # a race that comes or goes is named in full ("New race: U.S. Representative, ...")
    if change.kind == "added" and change.table == "positions":
        return _("New stance: {candidate} {stance} “{plank}”").format(
            candidate=_candidate(row.candidate_id, new, old), stance=_value("stance", row.stance), plank=_plank(row.plank_id, new, old))
    if change.kind in ("added", "removed"):
        return _((ADDED if change.kind == "added" else REMOVED)[change.table]).format(name=name)
    parts = [_field_change(f, before, after, new, old) for f, before, after in change.fields if f not in SKIPPED_FIELDS]
    if parts:
        return _("{name}: {changes}").format(name=name, changes="; ".join(parts))
    sourced = any(f == "source_id" for f, _before, _after in change.fields)
    return (_("{name}: new source") if sourced else _("{name}: details updated")).format(name=name)


def subject(table: str, row, slate: Slate, other: Slate) -> str:
    """The row named in words: a race by its district or office, a candidate with their race, and so on."""
    if table in ("sources", "planks", "coordination"):
        return row.title
    if table in ("chambers", "blocs"):
        return row.name
    if table == "races":
        return race_name(row)
    if table == "candidates":
        race = slate.races.get(row.race_id)
        return _("{name} ({race})").format(name=row.name, race=race_name(race)) if race else row.name
    if table == "chamber_parties":
        return _("{chamber}, {party}").format(chamber=_chamber(row.chamber_id, slate, other), party=_value("party", row.party))
    if table == "rules":
        return _("{chamber}, {action}").format(chamber=_chamber(row.chamber_id, slate, other), action=action_name(row.action))
    if table == "positions":
        return _("{candidate} on “{plank}”").format(candidate=_candidate(row.candidate_id, slate, other),
                                                   plank=_plank(row.plank_id, slate, other))
    if table == "endorsements":
        return _("{endorser} endorsed {candidate}").format(endorser=row.endorser_name, candidate=_candidate(row.candidate_id, slate, other))
    if table in ("race_events", "official_results", "key_dates"):
        return row_words(table, row, slate)  # the words the race card uses for the same row
    return str(Slate.row_key(table, row))


def race_name(race) -> str:
    """A district id a voter knows (IL-09, NY-AD-36) where there is one, else the office."""
    return race.district if "-" in race.district else race.office


def _field_change(field: str, before, after, new: Slate, old: Slate) -> str:
    what = _(FIELDS[field]) if field in FIELDS else _("a detail")
    was, now = _words(field, before, old, new), _words(field, after, new, old)
    if before is None:
        return _("{field} recorded: {new}").format(field=what, new=now)
    if after is None:
        return _("{field} no longer recorded (was {old})").format(field=what, old=was)
    return _("{field} is now {new} (was {old})").format(field=what, new=now, old=was)


def _words(field: str, value, slate: Slate, other: Slate) -> str:
    """A field's value as a visitor reads it: labels for codes, names for references, dates in the language."""
    if value is None:
        return _("not recorded")
    value = value.value if isinstance(value, Enum) else value
    if field == "status":
        return labels.status_label(value)
    if field == "outcome":
        return labels.outcome_label(value)
    if field == "level":
        return labels.level_label(value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dt.date):
        return date_text(value)
    if field in VALUES:
        return _value(field, value)
    lookup = REFERENCES.get(field)
    if lookup:
        names = [lookup(v, slate, other) for v in (value if isinstance(value, list) else [value])]
        return ", ".join(names)
    if isinstance(value, int):
        return str(value)
    return f"“{value}”"


def _value(field: str, value) -> str:
    words = VALUES.get(field, {})
    return _(words[value]) if value in words else str(value)


def _find(table: str, key: str, slate: Slate, other: Slate):
    return getattr(slate, table).get(key) or getattr(other, table).get(key)


def _reference(table: str, words, missing: str):
    """A function naming a row of `table` by key in words (`words(row)`), from either version."""

    def name(key, slate: Slate, other: Slate) -> str:
        row = _find(table, key, slate, other)
        return words(row) if row else _(missing)

    return name


_chamber = _reference("chambers", lambda row: row.name, N_("a chamber"))
_candidate = _reference("candidates", lambda row: row.name, N_("a candidate"))
_plank = _reference("planks", lambda row: row.title, N_("a plank"))
_source = _reference("sources", lambda row: row.title, N_("a source"))
# A race with its year: a candidate moving from MO-01 (2024) to MO-01 (2026) reads as a change.
_race = _reference("races", lambda row: f"{race_name(row)} ({row.cycle})", N_("a race"))
_bloc = _reference("blocs", lambda row: row.name, N_("a caucus"))


REFERENCES = {
    "source_id": _source, "chamber_id": _chamber, "path": _chamber, "race_id": _race, "candidate_id": _candidate,
    "participants": _candidate, "plank_id": _plank, "joins_bloc": _bloc, "incumbent_bloc": _bloc,
}
