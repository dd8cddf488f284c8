"""Geodata build and load: cold build of all layers from the mirror, warm load, drawing size.

Run: python -m bench.bench_geodata
Targets (issue 3): cold build < 30 s; warm load of the prepared layers < 1 s; national House drawing
GeoJSON <= 600 KB before compression. The cold build goes to a temporary folder (the real build folder
is left alone); the warm load runs in a fresh Python process, so nothing is cached in memory.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from devtools.procs import ROOT
from slate_explorer.geo.build import HOUSE_GEOJSON_BUDGET, ensure_layers

LOAD = """
import time, sys
t0 = time.perf_counter()
from slate_explorer.geo.lookup import Locator
t1 = time.perf_counter()
Locator.load(sys.argv[1])
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "build"
        start = time.perf_counter()
        ensure_layers(force=True, out=out)
        cold = time.perf_counter() - start
        print(f"cold build of all layers from the mirror (fetch + verify + build): {cold:.2f} s (target < 30 s)")

        loads = []
        for _ in range(3):
            result = subprocess.run([sys.executable, "-c", LOAD, str(out)], capture_output=True, text=True, check=True,
                                    cwd=ROOT)
            loads.append(tuple(float(v) for v in result.stdout.split()))
        imports, load = sorted(loads, key=lambda pair: pair[1])[1]
        print(f"warm load of the prepared lookup layers (fresh process, median of 3): {load:.3f} s "
              f"(+ {imports:.3f} s of imports) (target < 1 s)")

        text = (out / "draw_us_house.geojson").read_bytes()
        print(f"national House drawing: {len(text):,} bytes GeoJSON, {len(gzip.compress(text)):,} gzipped "
              f"(budget {HOUSE_GEOJSON_BUDGET:,})")
        sizes = sorted(((p.stat().st_size, p.name) for p in out.glob("draw_us_house_*.geojson")), reverse=True)
        print(f"largest state House drawing: {sizes[0][1]} {sizes[0][0]:,} bytes")


if __name__ == "__main__":
    main()
