"""One in-process measurement of bench_scale, run in its own process inside the tree being measured.

    python /path/to/bench/scale_probe.py TASK FOLDER TODAY REPEAT     (cwd: the tree measured)

TASK: validate | scenario | chances | export. FOLDER: a data version folder. Prints one JSON line:
{"seconds": median CPU seconds (export: wall seconds), "peak_mb": this process's peak resident memory,
"mb": the export's size (export only)}. It imports only what today's code and the baseline's both have,
from the current directory's `slate_explorer`, so bench_scale can run it in a checkout of another commit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())


def timed(fn, repeat: int) -> float:
    """Median CPU seconds of up to `repeat` runs (fewer once they have taken 5 s: a slow baseline)."""
    times = []
    while len(times) < repeat and sum(times) < 5:
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def scenario(folder: Path, today: dt.date, repeat: int, chances: bool) -> float:
    from slate_explorer.data.validate import load_folder
    from slate_explorer.majority import compute_scenario, contestable_races

    slate = load_folder(folder)
    races = contestable_races(slate, today)
    probs = {r: 0.4 for r in races} if chances else None
    return timed(lambda: compute_scenario(slate, tuple(races), probs, today=today), repeat)


def validate(folder: Path, repeat: int) -> float:
    from slate_explorer.data.validate import validate_folder

    return timed(lambda: validate_folder(folder), repeat)


def export(folder: Path, today: dt.date, out: Path) -> tuple[float, float]:
    """Wall seconds of `export` (the CLI's work, in this process) and the folder's size in MB."""
    os.environ["SLATE_DATA_DIR"] = str(folder.parent)
    from slate_explorer.cli import main

    start = time.perf_counter()
    code = main(["export", "--out", str(out), "--version", folder.name, "--today", today.isoformat()])
    seconds = time.perf_counter() - start
    if code:
        raise SystemExit(f"export exited {code}")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return seconds, size / 1e6


def main(argv: list[str]) -> int:
    task, folder, today, repeat = argv[0], Path(argv[1]), dt.date.fromisoformat(argv[2]), int(argv[3])
    found = {}
    if task == "validate":
        found["seconds"] = validate(folder, repeat)
    elif task in ("scenario", "chances"):
        found["seconds"] = scenario(folder, today, repeat, task == "chances")
    elif task == "export":
        out = Path(argv[4]) if len(argv) > 4 else Path(tempfile.mkdtemp(prefix="scale-export-"))
        found["seconds"], found["mb"] = export(folder, today, out)
    else:
        raise SystemExit(f"unknown task {task!r}")
    found["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
