"""A race's story in the words and tense of the day it is read: its recorded events (announced, endorsed,
withdrew, results, sworn in) and its elections, each said as held or ahead, and, for an election held with
no result recorded, where the official results are published.

Public:
- `story_lines(day, race) -> list[str]`: oldest first, plain text in the slate's language.
- `OfficialLine(text, publisher, url, certified)`; `official_line(day, race) -> OfficialLine | None`: "Result
  not in this version. Official results: New York State Board of Elections, certified by 15 December 2026".
- `event_sentence(event) -> str`; `row_words(table, row, slate) -> str`: a new table's row named in words
  (the data page's changelog).
"""

from __future__ import annotations

from dataclasses import dataclass

from .data.models import Race, RaceEvent
from .data.slate import Slate
from .i18n import N_, _, date_text, number_text
from .phase import Phase
from .race_day import SlateOnDay

EVENTS = {
    "announced": N_("{date}: {who} announced a campaign"),
    "endorsed": N_("{date}: {who} gave an endorsement"),
    "withdrew": N_("{date}: {who} left the race"),
    "primary_held": N_("{date}: the primary was held"),
    "general_held": N_("{date}: the general election was held"),
    "primary_result": N_("{date}: {who} won the primary"),
    "general_result": N_("{date}: {who} won the general election"),
    "sworn_in": N_("{date}: {who} was sworn in"),
}
AHEAD = {"primary": N_("The primary is on {date}."), "general": N_("The general election is on {date}.")}
HELD = {"primary": N_("The primary was held on {date}."), "general": N_("The general election was held on {date}.")}
HELD_NO_RESULT = {"primary": N_("The primary was held on {date}; its result is not in this version."),
                  "general": N_("The general election was held on {date}; its result is not in this version.")}


def event_sentence(event: RaceEvent) -> str:
    """One recorded event as a sentence: date, who, and for a result its share and whether it is certified."""
    text = _(EVENTS[event.kind]).format(date=date_text(event.date), who=event.who or _("a candidate"))
    details = []
    if event.kind.endswith("_result"):
        if event.share is not None:
            details.append(_("about {percent}%").format(percent=number_text(round(event.share * 100, 1))))
        details.append(_("certified") if event.certified else _("reported"))
    if event.approximate:
        details.append(_("approximate"))
    text += f" ({', '.join(details)})" if details else ""
    return text + "." + (f" {event.note}" if event.note else "")


def story_lines(day: SlateOnDay, race: Race) -> list[str]:
    """The recorded events and the race's elections, oldest first, each in the tense of `day`."""
    dated = [(e.date, event_sentence(e)) for e in day.slate.events_of(race.id)]
    recorded = {(e.kind, e.date) for e in day.slate.events_of(race.id)}
    for stage, when in (("primary", race.primary_date), ("general", race.general_date)):
        if when is None:
            continue
        if when >= day.today:
            dated.append((when, _(AHEAD[stage]).format(date=date_text(when))))
        elif day.result(race, stage) is None and (f"{stage}_held", when) not in recorded:
            settled = day.phase(race).phase is Phase.decided and day.phase(race).date == when  # by the outcomes
            dated.append((when, _(HELD[stage] if settled else HELD_NO_RESULT[stage]).format(date=date_text(when))))
    return [text for _when, text in sorted(dated, key=lambda pair: pair[0])]


@dataclass(frozen=True)
class OfficialLine:
    text: str  # "Result not in this version. Official results:"
    publisher: str | None  # the link's words (None: no official page recorded for the state)
    url: str | None
    certified: str | None  # ", certified by 15 December 2026"


def official_line(day: SlateOnDay, race: Race) -> OfficialLine | None:
    """For a race whose latest held election has no recorded result: where the official results are."""
    held = day.awaiting_result(race)
    if held is None:
        return None
    return _official(day.official_results(race), race.cycle if held.stage == "general" else None)


def official_for_state(day: SlateOnDay, state: str, cycle: int) -> OfficialLine:
    """Where a state's official results of `cycle` are (any race there, slate or not)."""
    return _official(day.slate.official_results_for(state), cycle)


def _official(page, cycle: int | None) -> OfficialLine:
    """`cycle`: the general election's cycle whose certification date may be said (None: a primary's result)."""
    if page is None:
        return OfficialLine(_("Result not in this version; check the state's election office."), None, None, None)
    certified = None
    if page.certified_by and cycle is not None and page.cycle == cycle:
        certified = _("certified by {date}").format(date=date_text(page.certified_by))
    return OfficialLine(_("Result not in this version. Official results:"), page.publisher, page.url, certified)


def official_text(line: OfficialLine) -> str:
    """The line as plain text (for the CLI and a page's description)."""
    words = " ".join(part for part in (line.text, line.publisher) if part)
    return words + (f", {line.certified}" if line.certified else "") + (f" ({line.url})" if line.url else "")


def row_words(table: str, row, slate: Slate) -> str:
    race = slate.races.get(getattr(row, "race_id", "") or "")
    if table == "race_events":
        where = race.district if race and "-" in race.district else (race.office if race else row.race_id)
        return f"{where}: {event_sentence(row).rstrip('.')}"
    if table == "official_results":
        return f"{row.jurisdiction}: {row.publisher}"
    return _("{title}, {date}").format(title=row.title, date=date_text(row.date))

