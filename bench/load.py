"""Load test: many concurrent real Streamlit sessions doing voter journeys, on loopback.

    python -m bench.load --sessions 50                       # one app process as ./run.sh runs it, direct
    python -m bench.load --sessions 50 --via nginx --processes 2
    python -m bench.load --url http://127.0.0.1:8501 ...     # an app you started yourself
    python -m bench.load --soak 300 --sessions 20 --via nginx  # waves of sessions for 5 minutes: memory over time

The driver (sessions, journeys, the report) is devtools/load.py; see there for what is measured.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path

from devtools.load import run_load
from devtools.procs import ROOT, rss_bytes, running_streamlit

RESULTS = ROOT / "bench" / "results"


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
    print(f"soak: {len(waves)} waves of {args.sessions} sessions in {time.monotonic() - started:.0f} s via {target}, "
          f"{errors} errors; memory per process after wave 2 -> last: {waves[1]} -> {waves[-1]} MB "
          f"(growth {growth} MB)")
    out = args.json or RESULTS / f"soak-{target}-{args.sessions}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"target": target, "sessions": args.sessions, "waves_rss_mb": waves, "p95_ms": p95s,
                               "errors": errors, "growth_mb": growth}, indent=2) + "\n")
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
        report = run_load(base, pids, args.sessions, target=target, ramp=args.ramp, deadline=args.deadline,
                          timeout=args.timeout, warm_bases=warm)
    print(report.table())
    out = args.json or RESULTS / f"load-{report.target}-{report.sessions}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(asdict(report), indent=2) + "\n")
    print(f"report written to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0 if report.errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
