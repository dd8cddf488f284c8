"""Run every benchmark and print one report:  python -m bench.run_all  (or python bench/run_all.py)

Runs bench/bench_app.py (cold start, server CPU / latency / payload per page, idle-session memory;
each against the smallest Streamlit app measured in the same run), then every other bench/bench_*.py
present (each prints its own table of figures and ratios against its naive baseline; its output is
included as printed), then optionally the load test (--load N: N concurrent sessions direct with one
process and through nginx with 2, and 2N through nginx) and a soak run (--soak SECONDS). Each script runs in its own process with a time limit.
Writes bench/results/run_all.json with every figure and every script's output.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/run_all.py` as well as `python -m bench.run_all`
    sys.path.insert(0, str(ROOT))

from devtools.procs import LOG_DIR  # noqa: E402

RESULTS = ROOT / "bench" / "results"
# Scripts that need their own arguments and time: bench_scale measures three sizes and a baseline checkout.
SLOW = {"bench_scale": (["--repeat", "3", "--reruns", "3", "--timeout", "60"], 3600.0)}


def run_script(command: list[str], limit: float) -> tuple[int, str, float]:
    started = time.perf_counter()
    try:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=limit)
        output, code = done.stdout + (f"\n[stderr]\n{done.stderr[-2000:]}" if done.returncode else ""), done.returncode
    except subprocess.TimeoutExpired as expired:
        output, code = f"{expired.stdout or ''}\n[stopped after {limit:.0f} s]", -1
    return code, output.strip(), time.perf_counter() - started


def other_benchmarks() -> list[Path]:
    return sorted(p for p in (ROOT / "bench").glob("bench_*.py") if p.name != "bench_app.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--load", type=int, default=0, help="also run the load test with this many sessions")
    parser.add_argument("--soak", type=float, default=0, help="also a soak run through nginx of this many seconds")
    parser.add_argument("--limit", type=float, default=600, help="time limit per script, seconds")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    app_json = RESULTS / "bench_app.json"
    reps = ["--reruns", "5", "--starts", "1", "--idle", "5"] if args.quick else []
    jobs = [("bench_app", [python, "-m", "bench.bench_app", "--json", str(app_json), *reps])]
    jobs += [(p.stem, [python, "-m", f"bench.{p.stem}", *SLOW.get(p.stem, ([], 0))[0]]) for p in other_benchmarks()]
    if args.load:  # N sessions direct (one process, as ./run.sh runs it) and through nginx; 2N through nginx
        for via, n in (("direct", args.load), ("nginx", args.load), ("nginx", 2 * args.load)):
            jobs.append((f"load {via} {n}", [python, "-m", "bench.load", "--sessions", str(n), "--via", via]))
    if args.soak:
        jobs.append(("soak", [python, "-m", "bench.load", "--sessions", "20", "--via", "nginx", "--soak", str(args.soak)]))

    report, failures = {}, 0
    for name, command in jobs:
        print(f"== {name} ({' '.join(command[1:])})", flush=True)
        load_before = [round(x, 2) for x in os.getloadavg()]
        code, output, seconds = run_script(command, max(args.limit, SLOW.get(name, ([], 0))[1]))
        load_after = [round(x, 2) for x in os.getloadavg()]
        print(output + f"\n[{name}: exit {code}, {seconds:.0f} s; load average (1, 5, 15 min) {load_before} before, "
              f"{load_after} after]\n", flush=True)
        report[name] = {"exit": code, "seconds": round(seconds, 1), "output": output,
                        "load_average": {"before": load_before, "after": load_after}}
        failures += code != 0
    if app_json.exists():
        report["bench_app"]["figures"] = json.loads(app_json.read_text())
    (RESULTS / "run_all.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"{len(jobs)} benchmark scripts, {failures} failed; figures in bench/results/run_all.json")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
