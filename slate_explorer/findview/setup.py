"""The boundary layers the map and Find pages need: built once per process at first start, never twice at once,
verified on every check (a file damaged while the site runs makes the layers stale again).

Public:
- `layers_current() -> bool`: the prepared layers match the manifest and every built file its checksum (the
  full check once per process; after it, only the files' checksums, cached while a file is unchanged).
- `prepare(progress=None) -> None`: fetch and build what is missing or damaged (`geo.build.ensure_layers`); one
  build at a time across the app's sessions. Raises `geo.fetch.GeodataError` with what went wrong (and writes
  an operator log line saying so).
- `unavailable_text(error) -> str`: the visitors' sentence: the boundaries are not available, and which files
  are missing or damaged (never what an operator should run: that goes to the log, once).
"""

from __future__ import annotations

import threading

from ..geo.fetch import MIRROR_ENV, GeodataError, mirror_dir
from ..geo.freshness import damaged_files, is_current
from ..geo.manifest import build_dir, load_manifest
from ..i18n import _
from ..oplog import log_once

_lock = threading.Lock()
_current = False


def layers_current() -> bool:
    global _current
    if _current and damaged_files(build_dir()):
        _current = False
    if not _current:
        _current = is_current(build_dir(), load_manifest(), mirror_dir())
    return _current


def prepare(progress=None) -> None:
    global _current
    with _lock:  # a second session waits for the first one's build instead of starting its own
        if layers_current():
            return
        from ..geo.build import ensure_layers  # the build's libraries, only when a build is needed

        damaged = damaged_files(build_dir())
        try:
            ensure_layers(progress=progress)
        except GeodataError as error:
            log_once("geodata_unavailable", build_dir=str(build_dir()), damaged_or_missing=damaged,
                     error=str(error), mirror=str(mirror_dir() or ""),
                     see=f"set {MIRROR_ENV} to a folder holding the official files, or run "
                         "`python -m slate_explorer geodata --mirror DIR`")
            raise
        _current = True


def unavailable_text(error: Exception) -> str:
    """`error`: a geo.layers.LayerUnavailable (it names its files), a GeodataError (the build's damaged or
    missing files are named) or another OSError (static/ not writable: no file to name)."""
    files = getattr(error, "files", None) or (damaged_files(build_dir()) if isinstance(error, GeodataError) else [])
    log_once("geodata_unavailable", build_dir=str(build_dir()), damaged_or_missing=list(files),
             error=f"{type(error).__name__}: {error}")
    if not files:
        return _("The district boundaries are not available on this server right now.")
    return _("The district boundaries are not available on this server right now (missing or damaged: {files}).").format(
        files=", ".join(files))
