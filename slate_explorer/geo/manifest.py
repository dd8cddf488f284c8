"""The manifest of official geodata sources (`geodata/manifest.yaml`) and where files live.

Public:
- `SourceFile`: one official file (id, url, path inside a mirror, vintage, licence, resolution, sha256,
  size, layers it feeds, optional, repacked/members).
- `load_manifest(path=None) -> list[SourceFile]`
- `geodata_dir()`, `build_dir()`, `cache_dir()`: `geodata/`, its git-ignored `build/` (override with the
  environment variable SLATE_GEODATA_BUILD) and `cache/` (downloads).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BUILD_ENV = "SLATE_GEODATA_BUILD"


def geodata_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "geodata"


def build_dir() -> Path:
    override = os.environ.get(BUILD_ENV, "").strip()
    return Path(override) if override else geodata_dir() / "build"


def cache_dir() -> Path:
    return geodata_dir() / "cache"


@dataclass(frozen=True)
class SourceFile:
    id: str
    path: str  # relative path inside a mirror folder (and inside the download cache)
    url: str
    vintage: str
    licence: str
    resolution: str
    sha256: str
    size: int
    layers: tuple[str, ...]
    optional: bool = False  # a missing optional file only lowers precision (one state's House lookup)
    state_fips: str | None = None
    repacked: bool = False  # mirror copy repacked: an official download is checked by member checksums
    members: dict[str, str] = field(default_factory=dict)
    crs: str | None = None
    note: str | None = None

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


def load_manifest(path: Path | None = None) -> list[SourceFile]:
    path = path or geodata_dir() / "manifest.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    files = []
    for item in raw["sources"]:
        item = dict(item)
        item["layers"] = tuple(item["layers"])
        item["size"] = int(item["size"])
        files.append(SourceFile(**item))
    ids = [f.id for f in files]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path}: duplicate source ids")
    return files
