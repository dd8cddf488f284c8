"""A recorded result agrees with the candidates' outcomes: the winner of a general election who is a slate
candidate of the race has won it, and the race's other slate candidates have not; a primary's slate winner
has won the primary (or more). Reported by FILE:ROW: field, like every validation problem.

Public:
- `check_results(tables) -> list[Problem]`
"""

from __future__ import annotations

from .models import Row
from .problems import Problem

AT_LEAST = {"primary": {"won_primary", "won", "incumbent"}, "general": {"won"}}


def check_results(tables: dict[str, list[tuple[int, Row]]]) -> list[Problem]:
    problems = []
    candidates = [c for _line, c in tables["candidates"]]
    for line, event in tables.get("race_events", []):
        if not event.kind.endswith("_result") or not event.who:
            continue
        stage = event.kind.removesuffix("_result")
        running = [c for c in candidates if c.race_id == event.race_id]
        winner = [c for c in running if c.name.casefold() == event.who.casefold()]
        if winner and winner[0].outcome not in AT_LEAST[stage]:
            problems.append(Problem("race_events.csv", line, "who", f"{event.who} won the {stage}, but candidates.csv "
                                    f"gives their outcome as {winner[0].outcome!r}"))
        others = [c for c in running if c not in winner and c.outcome == "won"]
        if stage == "general" and others:
            problems.append(Problem("race_events.csv", line, "who", f"{event.who} won the general election, but "
                                    f"candidates.csv says {others[0].name} won"))
    return problems
