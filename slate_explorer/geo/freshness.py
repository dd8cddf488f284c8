"""Is the prepared build current, and is every file it wrote still the file it wrote? Checked on every app
start, so this module imports nothing heavy (no geopandas: a page that only reads prebuilt layers should
not pay for the build's libraries).

`build.json` records the sha256 of every file the build wrote; a file that is missing, cut short or
changed since is named by `damaged_files`, and makes the build stale (the start-up step rebuilds it).

Public:
- `BUILD_VERSION`; `code_digest() -> str`: checksum of the code that decides what a build writes.
- `file_digest(path) -> str`: a file's sha256 (cached while its size and modification time stay the same).
- `damaged_files(out) -> list[str]`: the build's files that are missing or differ from their recorded
  checksum (every file, when build.json itself is missing or unreadable: then `["build.json"]`).
- `is_current(out, sources, mirror=None) -> bool`: the build matches the manifest's checksums and every
  file it wrote is intact.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from .manifest import SourceFile

BUILD_VERSION = 3  # bump when the layout of the build folder changes (3: build.json records file checksums)
BUILD_MANIFEST = "build.json"


def code_digest() -> str:
    """Checksum of the code that decides what a build writes: editing it makes the build stale."""
    digest = hashlib.sha256(str(BUILD_VERSION).encode())
    for module in ("build.py", "drawing.py", "ids.py", "places.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    stat = path.stat()
    return _digest(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=256)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _built(out: Path) -> dict | None:
    try:
        built = json.loads((out / BUILD_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return built if isinstance(built, dict) and isinstance(built.get("files"), dict) else None


def damaged_files(out: Path) -> list[str]:
    built = _built(out)
    if built is None:
        return [BUILD_MANIFEST]
    damaged = []
    for name, expected in sorted(built["files"].items()):
        try:
            intact = file_digest(out / name) == expected
        except OSError:
            intact = False
        if not intact:
            damaged.append(name)
    return damaged


def is_current(out: Path, sources: list[SourceFile], mirror: Path | None = None) -> bool:
    """True when out/build.json was built by this code from exactly the manifest's files, and every file it
    wrote is intact."""
    built = _built(out)
    if built is None or built.get("build_version") != BUILD_VERSION or built.get("code") != code_digest():
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
    return not damaged_files(out)
