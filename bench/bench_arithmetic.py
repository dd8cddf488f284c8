"""The seat arithmetic at scale, against the code of a baseline commit measured in the same run.

Run: python -m bench.bench_arithmetic [--base 38f79b8] [--sizes 31,131,331,1031] [--repeat 3] [--version V]

For each size a version is grown in memory to that many races (devtools/arithmetic_cases.grown: copies of
its open races, a third of them Republican seats) and, on a fresh copy each time (nothing cached):
  all       compute_scenario(wins=all): every open race won, with every goal's "what it takes"
  today     compute_scenario(wins=none): nothing won, so "what it takes" searches every goal
  chances   compute_scenario with a 50% chance for every open race (exact distributions; no "what it
            takes", as /majority asks it per goal), and its peak memory (tracemalloc, one more run:
            tracing slows Python several times, so the timed runs are not traced)
It prints CPU-time medians (time.process_time), the baseline's, the ratio, and the load average. The
baseline runs in a subprocess from a `git worktree` of --base (a detached checkout in a temporary folder)
under a memory cap and a time limit; it then compares both sides' chamber and plank probabilities on the
shipped versions (where the arithmetic's meaning changed on purpose, the chambers differ: see the note
printed). Budgets (issue 27): all/today at 1,000 races <= 100 ms; chances <= 1 s and <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from devtools.procs import ROOT

BASE = "38f79b8"  # the code before terms and the linear arithmetic
BUDGET_MS = {"all": 100, "today": 100, "chances": 1000}
BUDGET_MB = 500
CAP_MB = 3000  # the baseline's memory cap (it needed over 8 GB at 1,031 races)
LIMIT_S = 120  # the baseline's time limit per size

# Run on either side, in a fresh interpreter: sys.argv = [root, version folder, sizes, repeat, kinds].
MEASURE = r'''
import datetime as dt, importlib.util, json, statistics, sys, time, tracemalloc
from pathlib import Path
root, folder, sizes, repeat, kinds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5].split(",")
sys.path.insert(0, root)
spec = importlib.util.spec_from_file_location("cases", sys.argv[6])
cases = sys.modules["cases"] = importlib.util.module_from_spec(spec); spec.loader.exec_module(cases)
from slate_explorer.data.validate import load_folder
from slate_explorer.majority import compute_scenario, contestable_races
base = load_folder(Path(folder))
day = dt.date.fromisoformat(base.version)
for n in [int(s) for s in sizes.split(",")]:
    row = {"size": n}
    for kind in kinds:
        times = []
        wins = {"all": "all", "today": "none", "chances": ()}[kind]
        for run in range(repeat + (kind == "chances")):  # chances: one more run, traced, for the peak memory
            slate = cases.grown(base, n)
            probs = {r: 0.5 for r in contestable_races(slate, day)} if kind == "chances" else None
            traced = run == repeat
            tracemalloc.start() if traced else None
            start = time.process_time()
            compute_scenario(slate, wins, probs, today=day, with_what_it_takes=kind != "chances")
            times.append(time.process_time() - start) if not traced else None
            if traced:
                row["peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6; tracemalloc.stop()
        row[kind] = statistics.median(times) * 1000
        row["open"] = len(contestable_races(slate, day))
    print(json.dumps(row), flush=True)
'''

COMPARE = r'''
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from slate_explorer.data.validate import load_folder
from slate_explorer.majority import compute_scenario, contestable_races
out = {}
for folder in sys.argv[2:]:
    slate = load_folder(Path(folder))
    races = contestable_races(slate)
    probs = {r: round(0.15 + 0.7 * i / max(1, len(races) - 1), 3) for i, r in enumerate(races)}
    result = compute_scenario(slate, (), probs, with_what_it_takes=False)
    out[slate.version] = {"chambers": {c: [cp.bloc_distribution, cp.goals] for c, cp in result.chamber_probabilities.items()},
                          "planks": result.plank_probabilities}
print(json.dumps(out))
'''


def run_side(root: Path, script: str, args: list[str], cap_mb: int | None = None, limit: int = LIMIT_S) -> list[dict]:
    """Run a measuring script with `root` first on the path; its JSON lines, or an error row."""
    def cap():
        if cap_mb:
            resource.setrlimit(resource.RLIMIT_AS, (cap_mb * 2**20, cap_mb * 2**20))

    env = {**os.environ, "PYTHONPATH": str(root)}
    try:
        done = subprocess.run([sys.executable, "-c", script, str(root), *args], capture_output=True, text=True,
                              timeout=limit, env=env, cwd=root, preexec_fn=cap)
    except subprocess.TimeoutExpired as err:
        rows = [json.loads(line) for line in (err.stdout or b"").decode().splitlines() if line.startswith("{")]
        return rows + [{"error": f"over {limit} s"}]
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode:
        reason = "out of memory" if "MemoryError" in done.stderr else done.stderr.strip().splitlines()[-1:]
        rows.append({"error": f"{reason} (cap {cap_mb} MB)" if cap_mb else str(reason)})
    return rows


def measure(root: Path, folder: Path, sizes: list[int], repeat: int, kinds: list[str], cap_mb=None) -> dict:
    """size -> {kind: ms, peak_mb, open}, one subprocess per size so a failure costs only its size."""
    found = {}
    cases = ROOT / "devtools" / "arithmetic_cases.py"
    for n in sizes:
        rows = run_side(root, MEASURE, [str(folder), str(n), str(repeat), ",".join(kinds), str(cases)], cap_mb)
        found[n] = rows[0] if rows and "size" in rows[0] else {"error": rows[-1].get("error", "failed") if rows else "failed"}
    return found


def baseline_tree(commit: str) -> tempfile.TemporaryDirectory:
    holder = tempfile.TemporaryDirectory(prefix="bench-arith-")
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", holder.name, commit], check=True,
                   capture_output=True)
    return holder


def drop_tree(holder: tempfile.TemporaryDirectory) -> None:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", holder.name], capture_output=True)
    holder.cleanup()


def figure(row: dict, kind: str) -> str:
    if "error" in row:
        return row["error"]
    if kind not in row:
        return "not run (see issue 27)"
    return f"{row[kind]:.0f} ms" + (f", {row['peak_mb']:.0f} MB" if kind == "chances" else "")


def report(new: dict, old: dict, sizes: list[int]) -> None:
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| races (open) | kind | now | baseline | ratio | budget |")
    print("|---|---|---|---|---|---|")
    for n in sizes:
        for kind in ("all", "today", "chances"):
            mine, theirs = new[n], old.get(n, {"error": "not run"})
            ratio = f"{theirs[kind] / mine[kind]:.1f}x" if kind in mine and kind in theirs and mine[kind] else "-"
            met = "-"
            if n >= 1000 and kind in mine:
                met = "met" if mine[kind] <= BUDGET_MS[kind] and mine.get("peak_mb", 0) <= BUDGET_MB else "MISSED"
            print(f"| {n} ({mine.get('open', '?')}) | {kind} | {figure(mine, kind)} | {figure(theirs, kind)} | {ratio} | {met} |")


def compare(old_root: Path) -> None:
    """Both sides' probabilities on the shipped versions the baseline can read."""
    folders = [str(f) for f in sorted((old_root / "slate_data").iterdir()) if (f / "datapackage.json").is_file()]
    mine = run_side(ROOT, COMPARE, folders)[0]
    theirs = run_side(old_root, COMPARE, folders)[0]
    for version in mine:
        same = [c for c in mine[version]["chambers"] if _close(mine[version]["chambers"][c], theirs[version]["chambers"][c])]
        planks = _close(mine[version]["planks"], theirs[version]["planks"])
        differ = sorted(set(mine[version]["chambers"]) - set(same))
        print(f"{version}: chambers equal to the baseline: {', '.join(same) or 'none'}"
              + (f"; differ: {', '.join(differ)}" if differ else "") + f"; planks equal: {'yes' if planks else 'no'}")
    print("(Differences are the intended changes: slate members holding seats count in the bloc, a race with no "
          "incumbent fills a vacancy only while one is left.)")


def _close(a, b, tol: float = 1e-9) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k], tol) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_close(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float):
        return abs(a - b) <= tol
    return a == b


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=BASE)
    parser.add_argument("--sizes", default="31,131,331,1031")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--version", default="2026-07-02", help="the version to grow (one both sides can read)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = ROOT / "slate_data" / args.version
    new = measure(ROOT, folder, sizes, args.repeat, ["all", "today", "chances"])
    holder = baseline_tree(args.base)
    try:
        old_root = Path(holder.name)
        old = measure(old_root, folder, [n for n in sizes if n <= 331], args.repeat, ["all", "today"], CAP_MB)
        old.update(measure(old_root, folder, [n for n in sizes if n > 331], 1, ["all", "today"], CAP_MB))
        chances = measure(old_root, folder, [n for n in sizes if n <= 131], 1, ["chances"], CAP_MB)
        for n, row in chances.items():
            old[n] = {**old.get(n, {}), **row}
        report(new, old, sizes)
        compare(old_root)
    finally:
        drop_tree(holder)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
