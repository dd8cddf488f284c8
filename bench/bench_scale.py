"""Scale: 100, 300 and 1,000 races, today's code against a baseline commit measured in the same run.

    python -m bench.bench_scale [--sizes 100,300,1000] [--baseline 38f79b8] [--reruns 5] [--repeat 5]
                                [--timeout 150] [--memory-gb 3] [--skip-pages] [--skip-export] [--json FILE]

The synthetic versions come from devtools/synthetic.py (the newest valid version plus generated races,
all valid). The baseline is `git archive BASELINE` unpacked into a temporary folder and driven the same
way: every in-process figure runs in its own process (bench/scale_probe.py, cwd = the checkout measured),
with a time limit (--timeout) and an address-space limit (--memory-gb), so a baseline that runs away is
reported as such instead of stopping the run. Figures:

- validate; the scenario with every open race won, without and with win chances (0.4 each): median CPU;
- /majority, /agenda and /map: server CPU per rerun (the server process's own CPU clock over --reruns
  reruns of one session, each a new choice: one more race won, another plank, a click on another race),
  and each page's first visit on the wire (permessage-deflate, as a browser receives it);
- the static export: wall time, size, peak memory; then the same export again into the same folder;
- the growth exponent between the two largest sizes, and the peak memory of each probe.

Budgets at 1,000 races (issue 27): /majority and /agenda <= 150 ms per rerun, /map <= 100 ms per click,
a page's first visit <= 300 KB on the wire, the export <= 60 s and <= 150 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from devtools.procs import ROOT, cpu_seconds, spawn_streamlit, stop, wait_healthy
from devtools.stclient import Session, run_sync
from devtools.synthetic import SIZES, make_version
from slate_explorer.data.validate import load_folder

PROBE = Path(__file__).with_name("scale_probe.py")
TODAY = "2026-12-07"
BUDGETS = {"majority_cpu_ms": 150, "agenda_cpu_ms": 150, "map_cpu_ms": 100, "first_kb": 300,
           "export_s": 60, "export_mb": 150}
PAGES = ("", "map", "find", "agenda", "majority", "share", "data")
KB = 1024


def baseline_tree(commit: str, into: Path) -> Path:  # also --now COMMIT
    """`git archive COMMIT` unpacked into `into`, with this checkout's vendor files and its own copy of the
    boundary layers, brought up to date by its own code before anything is measured (a build shared between
    two commits whose build code differs is rebuilt by each in turn, inside the figures)."""
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "static").mkdir(exist_ok=True)
    (into / "static" / "vendor").symlink_to(ROOT / "static" / "vendor")
    shutil.copytree(ROOT / "geodata" / "build", into / "geodata" / "build", symlinks=True)
    subprocess.run([sys.executable, "-m", "slate_explorer", "geodata"], cwd=into, check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(into)})
    return into


def probe(tree: Path, task: str, folder: Path, repeat: int, limits: argparse.Namespace, *extra: str) -> dict:
    """One bench/scale_probe.py task in its own process in `tree`; {"error": why} when it runs out of time or memory."""
    limit = int(limits.memory_gb * 1024 ** 3)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    command = [sys.executable, str(PROBE), task, str(folder), TODAY, str(repeat), *extra]
    try:
        done = subprocess.run(command, cwd=tree, capture_output=True, text=True, timeout=limits.timeout,
                              preexec_fn=cap, env={**os.environ, "PYTHONPATH": str(tree)})
    except subprocess.TimeoutExpired:
        return {"error": f"> {limits.timeout:.0f} s"}
    if done.returncode:
        tail = done.stderr.strip().splitlines()[-1:] or ["?"]
        return {"error": "out of memory" if "MemoryError" in done.stderr else tail[0][:60]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def in_process(tree: Path, folder: Path, args) -> dict:
    found = {name: probe(tree, name, folder, args.repeat, args) for name in ("validate", "scenario", "chances")}
    if not args.skip_export:
        with tempfile.TemporaryDirectory(prefix="scale-export-") as out:
            found["export"] = probe(tree, "export", folder, 1, args, out)
            if "error" not in found["export"]:
                found["export_again"] = probe(tree, "export", folder, 1, args, out)
    return found


def visits(folder: Path) -> dict[str, list[dict]]:
    """A new choice per rerun: one more race won, another plank, a click on another House race."""
    slate = load_folder(folder)
    house = [r.id for r in slate.races.values() if r.level.value == "us_house" and r.id.startswith("syn-")]
    open_races = [r.id for r in slate.races.values() if r.status.value in ("challenger", "open_seat", "target")]
    return {
        "majority": [{"wins": r} for r in open_races[::7]],
        "agenda": [{"plank": p} for p in slate.planks],
        "map": [{"race": r} for r in house[::11]],
    }


async def _page_costs(base: str, pid: int, choices: dict[str, list[dict]], reruns: int) -> dict:
    found = {}
    for path in PAGES:  # each page's first visit, in a fresh tab
        session = Session(base, timeout=300, count_wire=True)
        try:
            first = await session.open(path)
            found[f"{path or 'home'}_first_kb"] = first.wire_bytes / KB
        finally:
            await session.close()
    for page, params in choices.items():
        session = Session(base, timeout=300)
        try:
            warm = await session.open(page, params[0])
            count = reruns if warm.seconds < 5 else 2  # a baseline that takes seconds per rerun: fewer reruns
            cpu0 = cpu_seconds(pid)
            for i in range(1, count + 1):
                await session.open(page, params[i % len(params)])
            found[f"{page}_cpu_ms"] = (cpu_seconds(pid) - cpu0) / count * 1000
        finally:
            await session.close()
    return found


def pages(tree: Path, folder: Path, reruns: int) -> dict:
    env = {"SLATE_DATA_DIR": str(folder.parent), "SLATE_TODAY": TODAY}
    app = spawn_streamlit("app.py", env=env, cwd=tree, log_name="bench-scale")
    try:
        wait_healthy(app.base, app.process, seconds=180)
        return run_sync(_page_costs(app.base, app.pid, visits(folder), reruns))
    except Exception as error:  # noqa: BLE001 - a baseline that breaks at scale is a result, not a crash
        return {"error": str(error)[:80]}
    finally:
        stop(app.process)


def flatten(found: dict) -> dict[str, float | str]:
    """Probe results and page costs as one row of named figures."""
    row: dict[str, float | str] = {}
    for name in ("validate", "scenario", "chances"):
        got = found.get(name, {})
        row[f"{name}_ms"] = got.get("error") or got["seconds"] * 1000
        row[f"{name}_peak_mb"] = got.get("error") or got["peak_mb"]
    for name in ("export", "export_again"):
        got = found.get(name)
        if got:
            row[f"{name}_s"] = got.get("error") or got["seconds"]
            if name == "export":
                row["export_mb"] = got.get("error") or got["mb"]
                row["export_peak_mb"] = got.get("error") or got["peak_mb"]
    row.update(found.get("pages", {}))
    return row


def measure(args) -> dict:
    results = {"load_before": os.getloadavg(), "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        trees = {"now": baseline_tree(args.now, Path(tmp) / "now") if args.now else ROOT}
        if args.baseline != "none":
            trees["baseline"] = baseline_tree(args.baseline, Path(tmp) / "baseline")
        for size in args.sizes:
            folder = make_version(Path(tmp) / f"data-{size}", size)
            for name, tree in trees.items():
                found = in_process(tree, folder, args)
                if not args.skip_pages:
                    found["pages"] = pages(tree, folder, args.reruns)
                results["sizes"].setdefault(str(size), {})[name] = flatten(found)
                print(f"  {size} races, {name}: done (load {os.getloadavg()[0]:.2f})", file=sys.stderr)
    results["load_after"] = os.getloadavg()
    return results


def exponent(results: dict, tree: str, key: str) -> str:
    sizes = sorted(results["sizes"], key=int)[-2:]
    if len(sizes) < 2:
        return ""
    a, b = (results["sizes"][s][tree].get(key) for s in sizes)
    if not all(isinstance(v, float) and v > 0 for v in (a, b)):
        return "n/a"
    return f"{math.log(b / a) / math.log(int(sizes[1]) / int(sizes[0])):.1f}"


def table(results: dict) -> str:
    keys = sorted({k for s in results["sizes"].values() for row in s.values() for k in row},
                  key=lambda k: (k.endswith("first_kb"), k))
    lines = [f"load average before {fmt_load(results['load_before'])}, after {fmt_load(results['load_after'])}",
             f"{'figure':<24} {'races':>5} {'now':>12} {'baseline':>14} {'speed-up':>8} {'budget':>8}"]
    for key in keys:
        for size, trees in sorted(results["sizes"].items(), key=lambda kv: int(kv[0])):
            now, base = trees["now"].get(key, ""), trees.get("baseline", {}).get(key, "")
            ratio = f"{base / now:.1f}x" if isinstance(now, float) and isinstance(base, float) and now > 0 else ""
            budget = BUDGETS["first_kb"] if key.endswith("first_kb") else BUDGETS.get(key)
            verdict = "" if budget is None or size != "1000" else ("met" if isinstance(now, float) and now <= budget else "MISSED")
            lines.append(f"{key:<24} {size:>5} {cell(now):>12} {cell(base):>14} {ratio:>8} {verdict:>8}")
        lines.append(f"{'':<24} {'exp':>5} {exponent(results, 'now', key):>12} {exponent(results, 'baseline', key):>14}")
    return "\n".join(lines)


def cell(value) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def fmt_load(load) -> str:
    return " ".join(f"{x:.2f}" for x in load)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=list(SIZES))
    parser.add_argument("--baseline", default="38f79b8", help="the commit measured beside today's code ('none': skip it)")
    parser.add_argument("--now", help="measure this commit (a checkout like the baseline's) instead of the working tree")
    parser.add_argument("--reruns", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=150, help="seconds one probe may take")
    parser.add_argument("--memory-gb", type=float, default=3, help="address space one probe may use")
    parser.add_argument("--skip-pages", action="store_true")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    results = measure(args)
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
