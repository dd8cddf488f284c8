"""App benchmarks over Streamlit's real protocol, each against the smallest Streamlit app (baseline).

    python -m bench.bench_app [--reruns 15] [--starts 3] [--idle 20]

- cold start: spawn `streamlit run`, time until the first visit's script_finished (median of --starts);
- server CPU per interaction, per page: CPU time of the server process over --reruns reruns of the
  page by one session (the process's own CPU clock, so other load on the machine does not count),
  with the median wall latency, the bytes the server sent per visit (the page's payload) and the same
  on the wire (permessage-deflate, as a browser agrees it with the server);
- memory of one idle session: RSS growth with --idle sessions connected and idle, divided by --idle.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time

from devtools.journeys import PAGE_VISITS, Open, run_step
from devtools.procs import ROOT, cpu_seconds, rss_bytes, running_streamlit, spawn_streamlit, stop
from devtools.stclient import Session, run_sync

BASELINE = ROOT / "bench" / "baseline_app.py"
MB = 1024 * 1024


async def _first_page(base: str, deadline: float) -> None:
    while True:
        try:
            session = Session(base, timeout=60)
            interaction = await session.open("")
            await session.close()
            if interaction.errors:
                raise RuntimeError(interaction.errors)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)


def cold_start(script, starts: int) -> float:
    """Median seconds from spawning the process to the first page's script_finished."""
    times = []
    for _ in range(starts):
        app = spawn_streamlit(script, log_name="bench-cold")
        try:
            run_sync(_first_page(app.base, time.monotonic() + 90))
            times.append(time.perf_counter() - app.started_at)
        finally:
            stop(app.process)
    return statistics.median(times)


async def _page_cost(base: str, pid: int, visit: Open, reruns: int) -> dict:
    session = Session(base, timeout=60, count_wire=True)
    try:
        first = await run_step(session, visit)  # warm: imports, caches
        if first.errors:
            raise RuntimeError(f"{visit.describe()}: {first.errors}")
        cpu0, walls, sizes, wire = cpu_seconds(pid), [], [], []
        for _ in range(reruns):
            interaction = await run_step(session, visit)
            if interaction.errors:
                raise RuntimeError(f"{visit.describe()}: {interaction.errors}")
            walls.append(interaction.seconds)
            sizes.append(interaction.bytes)
            wire.append(interaction.wire_bytes)
        cpu = (cpu_seconds(pid) - cpu0) / reruns
    finally:
        await session.close()
    return {"cpu_ms": cpu * 1000, "wall_ms": statistics.median(walls) * 1000, "kb": statistics.median(sizes) / 1024,
            "wire_kb": statistics.median(wire) / 1024}


async def _idle_sessions(base: str, pid: int, count: int) -> float:
    warm = Session(base)
    await warm.open("")
    await warm.close()
    await asyncio.sleep(0.5)
    before = rss_bytes(pid)
    sessions = [Session(base) for _ in range(count)]
    for session in sessions:  # one after another: this measures idle sessions, not a burst
        await session.open("")
    await asyncio.sleep(0.5)
    after = rss_bytes(pid)
    for session in sessions:
        await session.close()
    return (after - before) / MB / count


def measure(reruns: int, starts: int, idle: int) -> dict:
    results = {"cold_start_s": {"app": cold_start("app.py", starts), "baseline": cold_start(BASELINE, starts)}}
    with running_streamlit(BASELINE, log_name="bench-baseline") as base_app:
        baseline_cost = run_sync(_page_cost(base_app.base, base_app.pid, Open(""), reruns))
        baseline_idle = run_sync(_idle_sessions(base_app.base, base_app.pid, idle))
    pages = {}
    with running_streamlit(log_name="bench-app") as app:
        for name, visit in PAGE_VISITS.items():
            pages[name] = run_sync(_page_cost(app.base, app.pid, visit, reruns))
        app_idle = run_sync(_idle_sessions(app.base, app.pid, idle))
    results["pages"] = pages
    results["baseline_page"] = baseline_cost
    results["idle_session_mb"] = {"app": app_idle, "baseline": baseline_idle}
    return results


def table(results: dict) -> str:
    base = results["baseline_page"]
    cold = results["cold_start_s"]
    idle = results["idle_session_mb"]
    lines = [
        f"{'benchmark':<38} {'value':>10} {'baseline':>10} {'ratio':>7}",
        f"{'cold start to first page (s)':<38} {cold['app']:>10.2f} {cold['baseline']:>10.2f} {cold['app'] / cold['baseline']:>7.1f}",
        f"{'memory of one idle session (MB)':<38} {idle['app']:>10.2f} {idle['baseline']:>10.2f} {_ratio(idle['app'], idle['baseline']):>7}",
    ]
    for name, row in results["pages"].items():
        lines.append(f"{'server CPU per visit, /' + name + ' (ms)':<38} {row['cpu_ms']:>10.1f} {base['cpu_ms']:>10.1f} {row['cpu_ms'] / base['cpu_ms']:>7.1f}")
    for name, row in results["pages"].items():
        lines.append(f"{'latency per visit, /' + name + ' (ms)':<38} {row['wall_ms']:>10.1f} {base['wall_ms']:>10.1f} {row['wall_ms'] / base['wall_ms']:>7.1f}")
    for name, row in results["pages"].items():
        lines.append(f"{'payload per visit, /' + name + ' (KB)':<38} {row['kb']:>10.1f} {base['kb']:>10.1f} {row['kb'] / base['kb']:>7.1f}")
    for name, row in results["pages"].items():  # permessage-deflate, as a browser receives it
        lines.append(f"{'on the wire per visit, /' + name + ' (KB)':<38} {row['wire_kb']:>10.1f} {base['wire_kb']:>10.1f} "
                     f"{row['wire_kb'] / base['wire_kb']:>7.1f}")
    return "\n".join(lines)


def _ratio(value: float, base: float) -> str:
    return f"{value / base:.1f}" if base > 0.01 else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reruns", type=int, default=15)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--idle", type=int, default=20)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    results = measure(args.reruns, args.starts, args.idle)
    print(table(results))
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
