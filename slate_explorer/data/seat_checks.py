"""The seat arithmetic's inputs must fit together, so a scenario can never show more seats than a chamber has.

Besides `validate.check_invariants` (party seats + vacancies = seats, per chamber): a bloc fits inside the
caucus it sits in, and a race's incumbent bloc (or a candidate's bloc to join) sits in the race's own
chamber — a win there moves a seat of that chamber only. Each problem names `FILE:ROW: field`.
"""

from __future__ import annotations

from .models import Row
from .problems import Problem

Tables = dict[str, list[tuple[int, Row]]]


def check_seats(tables: Tables) -> list[Problem]:
    return _blocs_fit_their_caucus(tables) + _blocs_of_the_race_chamber(tables)


def _blocs_fit_their_caucus(tables: Tables) -> list[Problem]:
    """A D (or I, R) bloc has no more members than the seats of the caucus that party sits in."""
    caucus_of = {(p.chamber_id, p.party): p.caucus for _, p in tables["chamber_parties"]}
    chamber_seats = {c.id: c.seats for _, c in tables["chambers"]}
    caucus_seats: dict[tuple[str, str], int] = {}
    for _, p in tables["chamber_parties"]:
        caucus_seats[(p.chamber_id, p.caucus)] = caucus_seats.get((p.chamber_id, p.caucus), 0) + p.seats
    problems = []
    for line, bloc in tables["blocs"]:
        caucus = caucus_of.get((bloc.chamber_id, bloc.party))
        if bloc.members is None or caucus is None:
            continue
        seats = caucus_seats[(bloc.chamber_id, caucus)]
        if seats < bloc.members <= chamber_seats.get(bloc.chamber_id, bloc.members):  # past the chamber: said once
            problems.append(Problem("blocs.csv", line, "members", f"{bloc.members} members, but the {caucus} caucus of "
                                    f"{bloc.chamber_id} holds {seats} seats in chamber_parties.csv"))
    return problems


def _blocs_of_the_race_chamber(tables: Tables) -> list[Problem]:
    bloc_chamber = {b.id: b.chamber_id for _, b in tables["blocs"]}
    race_chamber = {r.id: r.chamber_id for _, r in tables["races"]}
    problems = []
    for line, race in tables["races"]:
        problems += _same_chamber("races.csv", line, "incumbent_bloc", race.incumbent_bloc, race.chamber_id, bloc_chamber)
    for line, candidate in tables["candidates"]:
        problems += _same_chamber("candidates.csv", line, "joins_bloc", candidate.joins_bloc,
                                  race_chamber.get(candidate.race_id), bloc_chamber)
    return problems


def _same_chamber(file: str, line: int, field: str, bloc: str | None, chamber: str | None, bloc_chamber) -> list[Problem]:
    if bloc is None or bloc not in bloc_chamber or bloc_chamber[bloc] == chamber:
        return []
    return [Problem(file, line, field, f"bloc {bloc!r} sits in {bloc_chamber[bloc]}, not in this race's chamber "
                                       f"{chamber or '(none)'}")]
