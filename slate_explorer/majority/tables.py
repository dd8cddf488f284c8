"""The majority page's tables: the same numbers as the seat charts and sentences, as rows of text.

Rows are dicts of column name -> plain text; `table_columns` escapes them for st.table (whose cells are
Markdown); every number goes through the visitor's number format.
"""

from __future__ import annotations

from ..i18n import _, number_text, percent_text
from ..text import md_escape
from .explain import action_name, capitalized, goal_phrase
from .planks import PlankResult
from .probability import ChamberProbabilities
from .scenario import ChamberOutcome
from .seatchart import bloc_seats, group_label


def table_columns(rows: list[dict[str, str]]) -> dict[str, list[str]]:
    """Rows -> column name -> Markdown-escaped cells, in the rows' column order.

    Built with plain Python: a pandas DataFrame and `.map` over every cell cost more than the page's whole
    arithmetic (about a quarter of the majority page's server time under load).
    """
    names = list(rows[0]) if rows else []
    return {name: [md_escape(row.get(name, "")) for row in rows] for name in names}


def seat_rows(outcome: ChamberOutcome) -> list[dict[str, str]]:
    """The chart's groups as table rows (the same numbers, for screen readers and copying)."""
    bloc = bloc_seats(outcome)
    groups = [g for g in outcome.seat_groups if g.seats]
    return [{_("Group"): group_label(g, bloc), _("Seats"): number_text(g.seats)} for g in groups]


def short_text(short_by: int) -> str:
    return _("enough") if short_by == 0 else _("{short} short").format(short=number_text(short_by))


def threshold_rows(outcome: ChamberOutcome) -> list[dict[str, str]]:
    """Each threshold: needed, what the bloc has, met or short by, and the whole caucus (the rule's words are
    in the sentences; the table stays narrow enough for a phone)."""
    rows = []
    for t in outcome.thresholds:
        whole = "-"
        if outcome.parties_known and t.action != "elect-caucus-leader":
            verdict = short_text(t.caucus_short_by)
            whole = _("{verdict} ({have})").format(verdict=verdict, have=number_text(t.caucus_have))
        rows.append(
            {
                _("Vote"): capitalized(action_name(t.action)),
                _("Needed"): number_text(t.needed),
                _("The bloc has"): number_text(t.have),
                _("Bloc alone"): short_text(t.short_by),
                _("Whole caucus"): whole,
            }
        )
    return rows


def yes_sources(breakdown: dict[str, int]) -> str:
    """The vote model's groups behind a step's yes votes."""
    if not breakdown:
        return "-"
    return _("bloc {bloc}, backers {backers}, rest of caucus {rest}, others {other}").format(
        bloc=number_text(breakdown.get("bloc", 0)),
        backers=number_text(breakdown.get("backers", 0)),
        rest=number_text(breakdown.get("caucus_rest", 0)),
        other=number_text(breakdown.get("other", 0)),
    )


def step_rows(plank: PlankResult, body_names: dict[str, str]) -> list[dict[str, str]]:
    """Each step on a plank's path: the body, the vote, yes votes against the number needed, and the result."""
    rows = []
    for s in plank.steps:
        if s.met:
            result = _("met")
        else:
            result = _("not met") if s.short_by is None else _("{short} short").format(short=number_text(s.short_by))
        rows.append(
            {
                _("Step"): body_names.get(s.chamber_id, s.chamber_id),
                _("Vote"): capitalized(action_name(s.action)),
                _("Yes votes"): "-" if s.yes is None else number_text(s.yes),
                _("Needed"): "-" if s.needed is None else number_text(s.needed),
                _("Result"): result,
                _("Where the yes votes come from"): yes_sources(s.breakdown),
            }
        )
    return rows


def distribution_rows(cp: ChamberProbabilities) -> list[tuple[int, float]]:
    """(bloc size, probability) for every size that can happen, smallest first."""
    return [(size, p) for size, p in cp.bloc_distribution if p > 0]


def size_chance_rows(cp: ChamberProbabilities) -> list[dict[str, str]]:
    return [{_("Bloc size"): number_text(s), _("Chance"): percent_text(p)} for s, p in distribution_rows(cp)]


def goal_chance_rows(cp: ChamberProbabilities) -> list[dict[str, str]]:
    """The chance the bloc alone meets each goal of the chamber."""
    goal, chance = _("The bloc alone has"), _("Chance")
    return [{goal: capitalized(goal_phrase(g)), chance: percent_text(p)} for g, p in cp.goals.items()]
