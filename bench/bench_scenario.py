"""Scenario compute with probabilities: exact DP convolution vs brute-force enumeration of every outcome.

Run: python -m bench.bench_scenario [--repeat N]
For each data version it gives every contestable race a win probability, then times
  dp    compute_scenario(slate, wins, probabilities): the full result (chambers, planks, what it takes,
        exact bloc distributions, goal and plank-passage probabilities),
  naive the same probabilities by enumerating all 2^n win sets, one deterministic scenario each
        (no what-it-takes search, so the naive side does strictly less work),
checks both give the same numbers, and prints the medians and the ratio. A synthetic version with more
House races shows how the gap grows with n.

Then 100 contestable races (a synthetic version with 93 more House seats; brute force is out of reach):
the whole probability computation (budget, issue 16: under 150 ms), and one chamber's exact goal
probabilities by the convolution over seat counts against the previous method measured beside it
(a state-by-state pass per race, every state's chamber outcome computed afresh), with their answers
compared.
"""

from __future__ import annotations

import datetime as dt

import argparse
import itertools
import math
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from devtools.procs import ROOT
from slate_explorer.data.publish import publish
from slate_explorer.data.validate import load_folder
from slate_explorer.data.versions import load_slate
from slate_explorer.majority import compute_scenario, contestable_races
from slate_explorer.majority.chambers import chambers_from_slate
from slate_explorer.majority.probability import chamber_probabilities
from slate_explorer.majority.scenario import chamber_outcome, party_delta, seat_change
from slate_explorer.majority.whatittakes import goal_status, goals_of


def probabilities_for(slate) -> dict[str, float]:
    races = contestable_races(slate)
    return {r: round(0.15 + 0.7 * i / max(1, len(races) - 1), 3) for i, r in enumerate(races)}


def naive(slate, probs: dict[str, float]) -> dict:
    """Enumerate every win set: P(set) x the deterministic scenario, summed per bloc size and goal."""
    views = chambers_from_slate(slate)
    races = list(probs)
    sizes = {cid: {} for cid in views}
    goals = {cid: {g: 0.0 for g in goals_of(v)} for cid, v in views.items()}
    planks = {p: 0.0 for p in slate.planks}
    for outcome in itertools.product((0, 1), repeat=len(races)):
        mass = math.prod(probs[r] if won else 1 - probs[r] for r, won in zip(races, outcome))
        wins = tuple(r for r, won in zip(races, outcome) if won)
        result = compute_scenario(slate, wins, with_what_it_takes=False)
        for cid, o in result.chambers.items():
            sizes[cid][o.bloc_after] = sizes[cid].get(o.bloc_after, 0.0) + mass
            for g in goals[cid]:
                if goal_status(o, g)[0]:
                    goals[cid][g] += mass
        for plank in result.planks:
            planks[plank.plank_id] += mass if plank.passes else 0.0
    return {"sizes": sizes, "goals": goals, "planks": planks}


def same(dp_result, brute) -> bool:
    for cid, cp in dp_result.chamber_probabilities.items():
        dp_sizes = {k: v for k, v in cp.bloc_distribution if v > 0}
        bf_sizes = {k: v for k, v in brute["sizes"][cid].items() if v > 0}
        if dp_sizes.keys() != bf_sizes.keys() or any(abs(dp_sizes[k] - bf_sizes[k]) > 1e-9 for k in dp_sizes):
            return False
        if any(abs(cp.goals[g] - brute["goals"][cid][g]) > 1e-9 for g in cp.goals):
            return False
    return all(abs(dp_result.plank_probabilities[p] - brute["planks"][p]) <= 1e-9 for p in brute["planks"])


def timed(fn, repeat: int, clock=time.perf_counter) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        start = clock()
        value = fn()
        times.append(clock() - start)
    return statistics.median(times), value


def synthetic(folder: Path, extra: int):
    """The newest version plus `extra` House challenger races (test data, never shipped)."""
    shutil.copytree(ROOT / "slate_data" / "2025-11-25", folder)
    with (folder / "races.csv").open("a", encoding="utf-8") as handle:
        for n in range(1, extra + 1):
            handle.write(
                f"tx-{n:02d}-2026,us_house,TX-{n:02d},TX,Test seat,us_house,2026,,,2026-11-03,Test Incumbent,{'R' if n % 3 == 0 else 'D'},,2020,challenger,,open-letter\n"
            )
    publish(folder, "Synthetic benchmark version", "More races, for timing only.",
            created=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    return load_folder(folder)


def statewise_goals(view, changes) -> dict[str, float]:
    """The previous method: one pass over every state per race, then every state's outcome built afresh."""
    dist = {(0, ()): 1.0}
    for change, p in changes:
        step = party_delta([change])
        nxt = {}
        for (gain, moves), mass in dist.items():
            if p < 1.0:
                nxt[(gain, moves)] = nxt.get((gain, moves), 0.0) + mass * (1 - p)
            if p > 0.0:
                total = dict(moves)
                for party, n in step.items():
                    total[party] = total.get(party, 0) + n
                key = (gain + change.bloc_gain, tuple(sorted((k, n) for k, n in total.items() if n)))
                nxt[key] = nxt.get(key, 0.0) + mass * p
        dist = nxt
    goals = {g: 0.0 for g in goals_of(view)}
    for (gain, moves), mass in dist.items():
        outcome = chamber_outcome(view, gain, dict(moves))
        for g in goals:
            goals[g] += mass if goal_status(outcome, g)[0] else 0.0
    return goals


def hundred_races(folder: Path, repeat: int) -> None:
    slate = synthetic(folder, 93)  # 7 contestable in the newest version + 93 = 100
    probs = probabilities_for(slate)
    views = chambers_from_slate(slate)
    cpu, result = timed(lambda: compute_scenario(slate, (), probs, with_what_it_takes=False), repeat, time.process_time)
    print(f"{len(probs)} races: the whole scenario with win probabilities (chambers, goals, planks): "
          f"{cpu * 1000:.0f} ms CPU (budget < 150 ms)")
    changes = [(c, probs[r]) for r in probs if (c := seat_change(slate, r)) and c.chamber_id == "us_house"]
    new, cp = timed(lambda: chamber_probabilities(views["us_house"], changes), repeat, time.process_time)
    old, goals = timed(lambda: statewise_goals(views["us_house"], changes), max(1, repeat // 3), time.process_time)
    agree = all(abs(cp.goals[g] - goals[g]) <= 1e-9 for g in goals)
    print(f"House goals over {len(changes)} races: convolution over seat counts {new * 1000:.0f} ms, "
          f"state-by-state {old * 1000:.0f} ms (ratio {old / new:.1f}x), same answers: {agree}")
    assert result.plank_probabilities is not None and agree


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("2025-11-25", load_slate("2025-11-25").slate), ("2025-07-10", load_slate("2025-07-10").slate)]
        cases.append(("synthetic +6 House races", synthetic(Path(tmp) / "2030-01-01", 6)))
        print(f"{'data':<26} {'races':>5} {'dp median':>11} {'naive median':>13} {'ratio':>7}  same")
        for label, slate in cases:
            probs = probabilities_for(slate)
            dp_time, dp_result = timed(lambda: compute_scenario(slate, (), probs), args.repeat)
            naive_repeat = max(1, args.repeat // (2 ** max(0, len(probs) - 8)))
            naive_time, brute = timed(lambda: naive(slate, probs), naive_repeat)
            print(
                f"{label:<26} {len(probs):>5} {dp_time * 1000:>9.2f}ms {naive_time * 1000:>11.1f}ms {naive_time / dp_time:>6.0f}x  {same(dp_result, brute)}"
            )
        hundred_races(Path(tmp) / "2031-01-01", max(3, args.repeat // 3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
