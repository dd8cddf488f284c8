"""Is the prepared build current? Checked on every app start, so this module imports nothing heavy (no
geopandas: a page that only reads prebuilt layers should not pay for the build's libraries).

Public:
- `BUILD_VERSION`; `code_digest() -> str`: checksum of the code that decides what a build writes.
- `is_current(out, sources, mirror=None) -> bool`: the build matches the manifest's checksums.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .manifest import SourceFile

BUILD_VERSION = 2  # bump when the layout of the build folder changes


def code_digest() -> str:
    """Checksum of the code that decides what a build writes: editing it makes the build stale."""
    digest = hashlib.sha256(str(BUILD_VERSION).encode())
    for module in ("build.py", "drawing.py", "ids.py", "places.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()


def is_current(out: Path, sources: list[SourceFile], mirror: Path | None = None) -> bool:
    """True when out/build.json was built by this code from exactly the manifest's files."""
    try:
        built = json.loads((out / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if built.get("build_version") != BUILD_VERSION or built.get("code") != code_digest():
        return False
    used = built.get("sources", {})
    for source in sources:
        if source.id in used:
            if used[source.id] != source.sha256:
                return False
        elif not source.optional:
            return False
        elif mirror is not None and (mirror / source.path).is_file():
            return False  # a sharper file has appeared in the mirror since the build
    return all((out / name).is_file() for name in built.get("files", []))
