"""Benchmarks that print figures with a baseline measured in the same run and the ratio.

Each runs one way, from the repository root:  python -m bench.NAME  (python -m bench.run_all for all).
They use the offline geodata mirror when one is at hand, like the tests.
"""

import os
from pathlib import Path

_mirror = Path(__file__).resolve().parents[1] / ".." / "shared" / "geodata"
if not os.environ.get("SLATE_GEODATA_MIRROR") and _mirror.is_dir():
    os.environ["SLATE_GEODATA_MIRROR"] = str(_mirror.resolve())
