"""Many concurrent real Streamlit sessions doing voter journeys, on loopback (`run_load`).

The benchmark's command line is bench/load.py; the deploy tests run short loads with the same driver.
Each session is a headless browser tab speaking Streamlit's WebSocket protocol (devtools/stclient.py):
it GETs the page like a browser (which is where nginx sets its sticky cookie), opens the WebSocket
and walks one journey from devtools/journeys.py; every step runs the real script on the server.
All sessions start together (optionally ramped) and stay connected until every one has finished,
so the server's memory is read with all N sessions alive.

Reports p50/p95/max latency per step (send rerun -> script_finished), errors (a step error, an
exception element, a missing widget, an unexpected page, a timeout, a dropped connection), and
memory per extra session: (RSS of the app processes with N sessions - RSS after one warm-up
journey) / N. Bounded: at most 500 sessions, and the
whole run is cancelled (remaining steps counted as errors) after --deadline seconds.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import asdict, dataclass, field

from .journeys import JOURNEYS, run_step
from .procs import rss_bytes
from .stclient import Session, check_loopback, first_visit_cookie, run_sync

MAX_SESSIONS = 500


@dataclass
class SessionResult:
    journey: str
    steps: list[tuple[str, float, list[str]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class LoadReport:
    target: str
    sessions: int
    processes: int
    wall_seconds: float
    interactions: int
    errors: int
    error_samples: list[str]
    p50_ms: float
    p95_ms: float
    max_ms: float
    by_step: dict[str, dict]
    rss_before_mb: float
    rss_after_mb: float
    mb_per_extra_session: float
    mb_growth_per_process: list[float]  # shows that sticky routing spread the sessions

    def table(self) -> str:
        lines = [
            f"Load test: {self.sessions} concurrent sessions via {self.target} ({self.processes} app process(es)), "
            f"{self.interactions} interactions in {self.wall_seconds:.1f} s",
            f"{'step':<34} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>6}",
        ]
        for step, row in sorted(self.by_step.items()):
            lines.append(f"{step:<34} {row['n']:>5} {row['p50_ms']:>8.0f} {row['p95_ms']:>8.0f} {row['max_ms']:>8.0f} {row['errors']:>6}")
        lines.append(f"{'ALL':<34} {self.interactions:>5} {self.p50_ms:>8.0f} {self.p95_ms:>8.0f} {self.max_ms:>8.0f} {self.errors:>6}")
        lines.append(
            f"memory: {self.rss_before_mb:.0f} MB before, {self.rss_after_mb:.0f} MB with {self.sessions} sessions "
            f"-> {self.mb_per_extra_session:.2f} MB per extra session (growth per process, MB: {self.mb_growth_per_process})"
        )
        lines += [f"error: {e}" for e in self.error_samples]
        return "\n".join(lines)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def run_journey(base: str, name: str, *, results: SessionResult, all_done: asyncio.Event,
                      timeout: float) -> None:
    """One tab: first visit (HTTP GET), WebSocket, the journey's steps; stays open until all_done."""
    session = None
    try:
        cookie = await asyncio.to_thread(first_visit_cookie, base, JOURNEYS[name][0].url_path())
        session = Session(base, cookie=cookie, timeout=timeout)
        for step in JOURNEYS[name]:
            interaction = await run_step(session, step)
            results.steps.append((interaction.step, interaction.seconds, interaction.errors))
        await all_done.wait()
    except asyncio.CancelledError:
        if len(results.steps) < len(JOURNEYS[name]):
            results.errors.append("cancelled at the deadline before finishing")
        raise
    except Exception as problem:  # a failed connection or HTTP error is a load-test error, not a crash
        results.errors.append(f"{type(problem).__name__}: {problem}")
    finally:
        if session is not None:
            await session.close()


async def drive(base: str, sessions: int, *, ramp: float, deadline: float, timeout: float,
                measure_rss, warm_bases: list[str]) -> tuple[list[SessionResult], float, list, list]:
    names = list(JOURNEYS)
    # Warm-up: every app process walks every journey once (directly, not through the balancer), so
    # imports and caches are not counted as per-session memory.
    for warm_base in warm_bases:
        for name in names:
            warm = SessionResult(name)
            done = asyncio.Event()
            done.set()
            await run_journey(warm_base, name, results=warm, all_done=done, timeout=timeout)
    await asyncio.sleep(1.0)
    rss_before = measure_rss()
    results = [SessionResult(names[i % len(names)]) for i in range(sessions)]
    all_done = asyncio.Event()
    started = time.perf_counter()
    tasks = []
    for i, result in enumerate(results):
        tasks.append(asyncio.create_task(run_journey(base, result.journey, results=result, all_done=all_done, timeout=timeout)))
        if ramp:
            await asyncio.sleep(ramp / sessions)

    async def finished_steps() -> None:
        while not all(len(r.steps) == len(JOURNEYS[r.journey]) or r.errors for r in results):
            await asyncio.sleep(0.05)

    try:
        await asyncio.wait_for(finished_steps(), deadline)
    except asyncio.TimeoutError:
        pass
    wall = time.perf_counter() - started
    await asyncio.sleep(0.5)  # let the server settle the last messages before reading memory
    rss_after = measure_rss()
    all_done.set()
    await asyncio.wait(tasks, timeout=30)  # finished tabs close their sockets now
    for task in tasks:
        if not task.done():
            task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results, wall, rss_before, rss_after


def summarise(target: str, processes: int, results: list[SessionResult], wall: float,
              rss_before: list[float], rss_after: list[float]) -> LoadReport:
    by_step: dict[str, list] = {}
    all_latencies, errors = [], []
    for result in results:
        errors += [f"[{result.journey}] {e}" for e in result.errors]
        missing = len(JOURNEYS[result.journey]) - len(result.steps)
        if missing and not result.errors:
            errors.append(f"[{result.journey}] {missing} step(s) never ran")
        for step, seconds, step_errors in result.steps:
            row = by_step.setdefault(step, [[], 0])
            row[1] += len(step_errors)
            errors += [f"[{result.journey}] {step}: {e}" for e in step_errors]
            if not step_errors:
                row[0].append(seconds * 1000)
                all_latencies.append(seconds * 1000)
    table = {
        step: {"n": len(lat) + errs, "p50_ms": percentile(lat, 0.5), "p95_ms": percentile(lat, 0.95),
               "max_ms": max(lat) if lat else float("nan"), "errors": errs}
        for step, (lat, errs) in by_step.items()
    }
    mb = 1024 * 1024
    growth = [round((a - b) / mb, 1) for a, b in zip(rss_after, rss_before)]
    rss_before, rss_after = sum(rss_before), sum(rss_after)
    return LoadReport(
        target=target, sessions=len(results), processes=processes, wall_seconds=wall,
        interactions=sum(len(r.steps) for r in results), errors=len(errors), error_samples=errors[:10],
        p50_ms=percentile(all_latencies, 0.5), p95_ms=percentile(all_latencies, 0.95),
        max_ms=max(all_latencies) if all_latencies else float("nan"), by_step=table,
        rss_before_mb=rss_before / mb, rss_after_mb=rss_after / mb,
        mb_per_extra_session=(rss_after - rss_before) / mb / max(1, len(results)),
        mb_growth_per_process=growth,
    )


def run_load(base: str, pids: list[int], sessions: int, *, target: str, ramp: float = 0.0,
             deadline: float = 180.0, timeout: float = 60.0, warm_bases: list[str] | None = None,
             warm: bool = True) -> LoadReport:
    """Drive `sessions` concurrent journeys against `base`; `pids` are the app processes to measure,
    `warm_bases` their direct addresses (each is warmed up before measuring unless `warm` is False;
    default: `base`)."""
    check_loopback(base)
    if not 1 <= sessions <= MAX_SESSIONS:
        raise ValueError(f"sessions must be between 1 and {MAX_SESSIONS}")

    def measure_rss() -> list[float]:
        return [float(rss_bytes(pid)) for pid in pids] or [float("nan")]

    results, wall, before, after = run_sync(
        drive(base, sessions, ramp=ramp, deadline=deadline, timeout=timeout, measure_rss=measure_rss,
              warm_bases=(warm_bases or [base]) if warm else []))
    return summarise(target, len(pids) or 1, results, wall, before, after)
