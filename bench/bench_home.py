"""Server CPU per home-page rerun (budget: 60 ms), against the smallest Streamlit app (the baseline).

Run: python -m bench.bench_home [--reruns 20]   (SLATE_TODAY=YYYY-MM-DD pins the day read, as for the app)
One session reruns `/` (English, then Spanish) over Streamlit's real protocol; the server process's own
CPU clock gives the cost per rerun, so other load on the machine does not count. Beside it: the same for
bench/baseline_app.py (what any Streamlit page costs), the ratio, the budget, and the package's part
(`governing_picture` with no cache, and the PNG, which is made only when its button is pressed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_app import BASELINE, _page_cost  # noqa: E402
from devtools.journeys import Open  # noqa: E402
from devtools.procs import running_streamlit  # noqa: E402
from devtools.stclient import run_sync  # noqa: E402

BUDGET_MS = 60.0


def package_ms(repeat: int) -> tuple[float, float]:
    """Median CPU ms of the picture as data (uncached) and of its PNG."""
    from slate_explorer import governing, picture_png
    from slate_explorer.data.versions import load_slate

    pinned = os.environ.get("SLATE_TODAY")  # the day the app under test reads, when pinned
    slate, today = load_slate().slate, dt.date.fromisoformat(pinned) if pinned else dt.date.today()
    picture_png.picture_png(governing.governing_picture(slate, today))  # warm: matplotlib's import and fonts

    def timed(call) -> float:
        start = time.process_time()
        call()
        return (time.process_time() - start) * 1000

    data = statistics.median(timed(lambda: governing.governing_picture(slate, today)) for _ in range(repeat))
    pic = governing.governing_picture(slate, today)
    png = statistics.median(timed(lambda: picture_png.picture_png(pic)) for _ in range(max(3, repeat // 5)))
    return data, png


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reruns", type=int, default=20)
    args = parser.parse_args(argv)
    with running_streamlit(BASELINE, log_name="bench-home-baseline") as base_app:
        base = run_sync(_page_cost(base_app.base, base_app.pid, Open(""), args.reruns))
    with running_streamlit(log_name="bench-home") as app:
        english = run_sync(_page_cost(app.base, app.pid, Open(""), args.reruns))
        spanish = run_sync(_page_cost(app.base, app.pid, Open("", {"lang": "es"}), args.reruns))
    data, png = package_ms(20)
    print(f"{'benchmark':<44} {'value':>9} {'baseline':>9} {'ratio':>6} {'budget':>7}")
    for name, row in (("server CPU per home rerun, en (ms)", english), ("server CPU per home rerun, es (ms)", spanish)):
        verdict = "ok" if row["cpu_ms"] <= BUDGET_MS else "OVER"
        print(f"{name:<44} {row['cpu_ms']:>9.1f} {base['cpu_ms']:>9.1f} {row['cpu_ms'] / base['cpu_ms']:>6.1f} "
              f"{BUDGET_MS:>5.0f} {verdict}")
    print(f"{'latency per home rerun, en (ms)':<44} {english['wall_ms']:>9.1f} {base['wall_ms']:>9.1f} "
          f"{english['wall_ms'] / base['wall_ms']:>6.1f}")
    print(f"{'governing_picture, uncached (ms CPU)':<44} {data:>9.1f}")
    print(f"{'picture PNG, on button press (ms CPU)':<44} {png:>9.1f}")
    return 0 if max(english["cpu_ms"], spanish["cpu_ms"]) <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
