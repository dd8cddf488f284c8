"""Get every file of the manifest: from a mirror folder or the official URL, always checksum-verified.

Public:
- `GeodataError`: a clear, voter/maintainer-facing message (bad checksum, missing file, no network).
- `mirror_dir(explicit=None) -> Path | None`: `--mirror` if given, else SLATE_GEODATA_MIRROR, else None.
- `fetch_sources(sources, mirror=None, force=False, progress=None, client=None) -> dict[id, Path]`:
  local paths of the files that are present (optional files may be missing).
- `verify(source, path)`: raise GeodataError unless the file is the manifest's file.
- Progress callbacks are `progress(fraction: float, message: str)`.
"""

from __future__ import annotations

import hashlib
import os
import time
import zipfile
from pathlib import Path
from typing import Callable

import httpx

from .manifest import SourceFile, cache_dir

MIRROR_ENV = "SLATE_GEODATA_MIRROR"
Progress = Callable[[float, str], None]
WHAT_TO_DO = (
    f"Set the environment variable {MIRROR_ENV} to a folder holding the files (for example ../shared/geodata), "
    "or run `python -m slate_explorer geodata --mirror DIR`."
)


class GeodataError(RuntimeError):
    """Geodata could not be obtained or verified; the message says what is wrong and what to do."""


def mirror_dir(explicit: Path | str | None = None) -> Path | None:
    value = explicit if explicit else os.environ.get(MIRROR_ENV, "").strip()
    return Path(value).expanduser() if value else None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _members_match(source: SourceFile, path: Path) -> bool:
    """An official (not repacked) zip: its geometry members match the mirror's byte for byte."""
    try:
        with zipfile.ZipFile(path) as archive:
            found = {n.rsplit("/", 1)[-1]: n for n in archive.namelist()}
            return all(
                name in found and hashlib.sha256(archive.read(found[name])).hexdigest() == sha
                for name, sha in source.members.items()
            )
    except (zipfile.BadZipFile, OSError):
        return False


def verify(source: SourceFile, path: Path) -> None:
    if sha256_of(path) == source.sha256:
        return
    if source.repacked and source.members and _members_match(source, path):
        return
    raise GeodataError(
        f"Checksum mismatch for {source.name} ({path}): it is not the file listed in geodata/manifest.yaml "
        f"(expected sha256 {source.sha256}). Delete it and fetch again, or check the mirror."
    )


def fetch_sources(
    sources: list[SourceFile],
    mirror: Path | None = None,
    force: bool = False,
    progress: Progress | None = None,
    client: httpx.Client | None = None,
) -> dict[str, Path]:
    """Local, verified paths of the sources; required ones missing raise GeodataError."""
    progress = progress or (lambda fraction, message: None)
    found: dict[str, Path] = {}
    offline = False  # after an optional file fails to download, stop trying the network for the rest
    ordered = sorted(sources, key=lambda s: s.optional)  # required first: fail fast
    for number, source in enumerate(ordered):
        progress(number / len(ordered), f"checking {source.name}")
        if mirror is not None:
            path = mirror / source.path
            if not path.is_file():
                if source.optional:
                    continue
                raise GeodataError(f"{source.name} is not in the mirror folder {mirror} (expected {path}).")
        else:
            path = cache_dir() / source.path
            if not force and path.is_file() and _verified_quietly(source, path):
                found[source.id] = path
                continue
            if offline:  # only optional files come after a failed download (required ones go first)
                continue
            try:
                progress(number / len(ordered), f"downloading {source.name}")
                download(source.url, path, client=client)
            except GeodataError:
                if not source.optional:
                    raise
                offline = True
                continue
        verify(source, path)
        found[source.id] = path
    progress(1.0, f"{len(found)} source files verified")
    return found


def _verified_quietly(source: SourceFile, path: Path) -> bool:
    try:
        verify(source, path)
        return True
    except GeodataError:
        return False


def _backoff(attempt: int) -> None:
    time.sleep(min(0.5 * 2**attempt, 4.0))


def download(url: str, dest: Path, client: httpx.Client | None = None, retries: int = 2, timeout: float = 30.0) -> None:
    """Download url to dest (atomically, via a .part file), retrying transient failures."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True)
    last = ""
    try:
        for attempt in range(retries + 1):
            try:
                with client.stream("GET", url) as response:
                    if response.status_code != 200:
                        last = f"HTTP {response.status_code}"
                        if response.status_code < 500:
                            break  # a 404 will not get better by retrying
                    else:
                        with open(part, "wb") as handle:
                            for chunk in response.iter_bytes():
                                handle.write(chunk)
                        os.replace(part, dest)
                        return
            except httpx.HTTPError as err:
                last = type(err).__name__
            if attempt < retries:
                _backoff(attempt)
    finally:
        if own:
            client.close()
        part.unlink(missing_ok=True)
    raise GeodataError(f"Could not download {url} ({last}). {WHAT_TO_DO}")
