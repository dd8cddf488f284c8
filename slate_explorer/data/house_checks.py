"""Checks of the House tables (members, caucus lists, stated caucus sizes, district results) against each
other: the roster (house_members.csv) decides who sits, a caucus list decides who is a member, and a list
must agree with the caucus's stated size within the approximation the data states.

Every problem names the file, row and field. Versions without these tables are not checked.
"""

from __future__ import annotations

import math
from collections import Counter

from .models import Row
from .problems import Problem

HOUSE_CHAMBER = "us_house"
# An approximate stated size (`approximate=true`) allows a complete list to differ by this share of it.
APPROXIMATE_SHARE = 0.05
Tables = dict[str, list[tuple[int, Row]]]


def check_house(tables: Tables) -> list[Problem]:
    members = tables.get("house_members", [])
    problems = _seat_rows(members) + _seat_count(members, tables["chambers"])
    seated = {m.bioguide_id: m for _, m in members if m.bioguide_id}
    problems += _caucus_rows(tables.get("caucus_members", []), seated)
    problems += _stated_counts(tables.get("caucus_members", []), tables.get("caucus_counts", []))
    return problems + _results(tables.get("district_results", []), members)


def _seat_rows(members) -> list[Problem]:
    problems, first = [], {}
    for line, m in members:
        given = [f for f in ("name", "bioguide_id", "party") if getattr(m, f)]
        if given and len(given) < 3:
            missing = next(f for f in ("name", "bioguide_id", "party") if f not in given)
            problems.append(Problem("house_members.csv", line, missing, "a seated member needs a name, a bioguide id and a "
                                                                      "party; a vacant seat has none of them"))
        if m.bioguide_id in first:
            problems.append(Problem("house_members.csv", line, "bioguide_id",
                                    f"{m.bioguide_id} already holds {first[m.bioguide_id][1]} (row {first[m.bioguide_id][0]})"))
        elif m.bioguide_id:
            first[m.bioguide_id] = (line, m.district)
    return problems


def _seat_count(members, chambers) -> list[Problem]:
    house = next(((n, c) for n, c in chambers if c.id == HOUSE_CHAMBER), None)
    voting = sum(1 for _, m in members if not m.delegate)
    if not members or house is None or voting == house[1].seats:
        return []
    return [Problem("house_members.csv", None, "district",
                    f"lists {voting} voting seats; chambers.csv row {house[0]} gives {HOUSE_CHAMBER} {house[1].seats} seats")]


def _caucus_rows(rows, seated: dict) -> list[Problem]:
    problems = []
    for line, row in rows:
        member = seated.get(row.bioguide_id)
        if member is None:
            problems.append(Problem("caucus_members.csv", line, "bioguide_id",
                                    f"{row.bioguide_id} ({row.name}) holds no seat in house_members.csv"))
        elif member.district != row.district:
            problems.append(Problem("caucus_members.csv", line, "district",
                                    f"{row.district}, but house_members.csv seats {row.bioguide_id} in {member.district}"))
        elif member.name != row.name:
            problems.append(Problem("caucus_members.csv", line, "name",
                                    f"{row.name!r}, but house_members.csv names {row.bioguide_id} {member.name!r}"))
    return problems


def stated_range(counts) -> tuple[int, int, int]:
    """(lowest, highest, allowance) of a bloc's stated sizes: the allowance is what a complete list may
    differ by (APPROXIMATE_SHARE of the lowest when any stated size is approximate, else 0)."""
    sizes = [c.members for c in counts]
    allowance = math.ceil(APPROXIMATE_SHARE * min(sizes)) if any(c.approximate for c in counts) else 0
    return min(sizes), max(sizes), allowance


def _stated_counts(members, counts) -> list[Problem]:
    listed = Counter(row.bloc_id for _, row in members)
    problems = []
    for bloc in sorted({c.bloc_id for _, c in counts}):
        rows = [(n, c) for n, c in counts if c.bloc_id == bloc]
        problems += _stated_count(bloc, listed[bloc], rows)
    return problems


def _stated_count(bloc: str, listed: int, rows) -> list[Problem]:
    low, high, allowance = stated_range([c for _, c in rows])
    line = rows[0][0]
    if any(c.listed == "some" for _, c in rows):
        if listed <= high:
            return []
        return [Problem("caucus_counts.csv", line, "members", f"caucus_members.csv lists {listed} members of {bloc}, "
                                                              f"more than the {high} stated")]
    if low - allowance <= listed <= high + allowance:
        return []
    stated = f"{low}" if low == high else f"{low}–{high}"
    within = f" (± {allowance}, approximate)" if allowance else " (exact)"
    return [Problem("caucus_counts.csv", line, "members",
                    f"caucus_members.csv lists {listed} members of {bloc}; the stated size is {stated}{within}")]


def _results(results, members) -> list[Problem]:
    if not results:
        return []
    voting = {m.district for _, m in members if not m.delegate}
    problems = []
    for line, r in results:
        if members and r.district not in voting:
            problems.append(Problem("district_results.csv", line, "district", f"{r.district} is not a voting seat in house_members.csv"))
        if r.dem_pct + r.rep_pct > 100:
            problems.append(Problem("district_results.csv", line, "rep_pct", f"{r.dem_pct} + {r.rep_pct} is more than 100"))
        if abs(r.dem_pct - r.rep_pct - r.margin) > 1:  # whole percents rounded apart: the margin may differ by 1
            problems.append(Problem("district_results.csv", line, "margin", f"{r.margin} does not match {r.dem_pct} − {r.rep_pct}"))
    for year in sorted({r.year for _, r in results}):
        missing = sorted(voting - {r.district for _, r in results if r.year == year})
        if missing:
            problems.append(Problem("district_results.csv", None, "district",
                                    f"no {year} result for {len(missing)} voting seat(s): {', '.join(missing[:8])}"))
    return problems
