"""Load test: many concurrent real Streamlit sessions doing voter journeys, on loopback.

    python -m bench.load --sessions 50                       # one app process as ./run.sh runs it, direct
    python -m bench.load --sessions 50 --via nginx --processes 2
    python -m bench.load --url http://127.0.0.1:8501 ...     # an app you started yourself
    python -m bench.load --soak 300 --sessions 20 --via nginx  # waves of sessions for 5 minutes: memory over time

The driver (sessions, journeys, the report) is devtools/load.py; see there for what is measured.
Each run is --rounds rounds (default 3), each round also run against the baseline: one app process with
Streamlit's own defaults (file watcher, run on save, a GC after every run), as ./run.sh ran before the
production settings. The table is the median round's; the last lines give the medians, the baseline's,
their ratio and the machine's load average before and after (a shared machine's noise moves p95 most).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path

from devtools.load import run_load
from devtools.procs import ROOT, rss_bytes, running_streamlit

RESULTS = ROOT / "bench" / "results"
# The baseline of every load run: the same journeys against one app process with Streamlit's own
# defaults (file watcher and run-on-save on, a full GC after every run, magic on), as ./run.sh ran
# before the production settings (issue 16).
STREAMLIT_DEFAULTS = ("--server.fileWatcherType", "auto", "--server.runOnSave", "true",
                      "--runner.postScriptGC", "true", "--runner.magicEnabled", "true")


def soak(base: str, pids: list[int], args, target: str, warm: list[str] | None) -> int:
    """Waves of sessions for args.soak seconds (bounded); RSS of each app process after every wave.

    Flat after warm-up: the last wave's memory against the second wave's (the first wave fills caches).
    """
    mb = 1024 * 1024
    started, waves, errors, p95s = time.monotonic(), [], 0, []
    while time.monotonic() - started < args.soak or len(waves) < 3:
        report = run_load(base, pids, args.sessions, target=target, ramp=args.ramp, deadline=args.deadline,
                          timeout=args.timeout, warm_bases=warm, warm=not waves)
        waves.append([round(rss_bytes(pid) / mb, 1) for pid in pids])
        errors += report.errors
        p95s.append(round(report.p95_ms))
        print(f"wave {len(waves)} at {time.monotonic() - started:5.0f} s: {report.interactions} interactions, "
              f"{report.errors} errors, p95 {report.p95_ms:.0f} ms, RSS per process (MB) {waves[-1]}", flush=True)
    growth = [round(last - second, 1) for last, second in zip(waves[-1], waves[1])]
    # Caches fill over the first waves; "flat after warm-up" is the second half's growth.
    middle = waves[len(waves) // 2]
    late_growth = [round(last - mid, 1) for last, mid in zip(waves[-1], middle)]
    print(f"soak: {len(waves)} waves of {args.sessions} sessions in {time.monotonic() - started:.0f} s via {target}, "
          f"{errors} errors; memory per process after wave 2 -> wave {len(waves) // 2 + 1} -> last: {waves[1]} -> "
          f"{middle} -> {waves[-1]} MB (growth {growth} MB in all, {late_growth} MB over the second half)")
    out = args.json or RESULTS / f"soak-{target}-{args.sessions}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"target": target, "sessions": args.sessions, "waves_rss_mb": waves, "p95_ms": p95s,
                               "errors": errors, "growth_mb": growth,
                               "second_half_growth_mb": late_growth}, indent=2) + "\n")
    return 0 if errors == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--via", choices=("direct", "nginx"), default="direct")
    parser.add_argument("--processes", type=int, default=2, help="app processes behind nginx (--via nginx)")
    parser.add_argument("--url", help="an already running app on loopback (memory is then not measured)")
    parser.add_argument("--ramp", type=float, default=0.0, help="seconds over which sessions start (0: all at once)")
    parser.add_argument("--deadline", type=float, default=180.0, help="cancel the run after this many seconds")
    parser.add_argument("--timeout", type=float, default=60.0, help="per-interaction timeout in seconds")
    parser.add_argument("--soak", type=float, default=0.0,
                        help="seconds of back-to-back waves of --sessions sessions: memory per process after each wave")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds, each also run against the baseline (0: one round, no baseline)")
    parser.add_argument("--json", type=Path, help="where to write the JSON report (default bench/results/load-VIA-N.json)")
    args = parser.parse_args(argv)

    with ExitStack() as stack:
        if args.url:
            base, pids, target, warm = args.url, [], "url", None
        elif args.via == "nginx":
            from deploy.layout import cluster

            running = stack.enter_context(cluster(args.processes))
            base, pids, target, warm = running.url, running.app_pids, "nginx", [a.base for a in running.apps]
        else:
            app = stack.enter_context(running_streamlit(log_name="load-streamlit"))
            base, pids, target, warm = app.base, [app.pid], "direct", None
        if args.soak:
            return soak(base, pids, args, target, warm)
        baseline = None
        if args.rounds:
            baseline = stack.enter_context(running_streamlit(extra_args=STREAMLIT_DEFAULTS, log_name="load-baseline"))
        runs, baseline_runs, load_before = [], [], os.getloadavg()
        for round_index in range(max(1, args.rounds)):  # interleaved: a busy moment hits both alike
            runs.append(run_load(base, pids, args.sessions, target=target, ramp=args.ramp, deadline=args.deadline,
                                 timeout=args.timeout, warm_bases=warm, warm=round_index == 0))
            if baseline is not None:
                baseline_runs.append(run_load(baseline.base, [baseline.pid], args.sessions, target="baseline",
                                              ramp=args.ramp, deadline=args.deadline, timeout=args.timeout,
                                              warm=round_index == 0))
    report = median_run(runs)
    print(report.table())
    result = asdict(report)
    result["load_average"] = {"before": [round(x, 2) for x in load_before], "after": [round(x, 2) for x in os.getloadavg()]}
    print(f"load average (1, 5, 15 min): {result['load_average']['before']} before, {result['load_average']['after']} after")
    result["rounds_p95_ms"] = [round(r.p95_ms) for r in runs]
    if baseline_runs:
        result.update(baseline_comparison(runs, baseline_runs, args.sessions))
    out = args.json or RESULTS / f"load-{report.target}-{report.sessions}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"report written to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0 if all(r.errors == 0 for r in runs) else 1


def median_run(runs: list):
    """The round whose p95 is the median (the lower middle one of an even number)."""
    return sorted(runs, key=lambda r: r.p95_ms)[(len(runs) - 1) // 2]


def baseline_comparison(runs: list, baseline_runs: list, sessions: int) -> dict:
    p95 = statistics.median(r.p95_ms for r in runs)
    base_p95 = statistics.median(r.p95_ms for r in baseline_runs)
    p50 = statistics.median(r.p50_ms for r in runs)
    base_p50 = statistics.median(r.p50_ms for r in baseline_runs)
    errors = sum(r.errors for r in baseline_runs)
    print(f"median of {len(runs)} interleaved rounds, {sessions} sessions: p95 {p95:.0f} ms, p50 {p50:.0f} ms; "
          f"baseline (one process with Streamlit's defaults: file watcher, run on save, GC after each run) "
          f"p95 {base_p95:.0f} ms, p50 {base_p50:.0f} ms, {errors} errors; ratio baseline/this {base_p95 / p95:.1f} (p95)")
    return {"median_p95_ms": round(p95), "median_p50_ms": round(p50), "baseline": {
        "settings": " ".join(STREAMLIT_DEFAULTS), "median_p95_ms": round(base_p95), "median_p50_ms": round(base_p50),
        "rounds_p95_ms": [round(r.p95_ms) for r in baseline_runs], "errors": errors},
        "ratio_p95": round(base_p95 / p95, 2)}


if __name__ == "__main__":
    sys.exit(main())
