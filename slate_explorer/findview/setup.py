"""The boundary layers the Find page needs: built once per process at first start, never twice at once.

Public:
- `layers_current() -> bool`: the prepared layers match the manifest (checked once per process when true).
- `prepare(progress=None) -> None`: fetch and build what is missing (`geo.build.ensure_layers`); one build at
  a time across the app's sessions. Raises `geo.fetch.GeodataError` with what went wrong.
- `unavailable_help(error) -> str`: what a site maintainer should do (set SLATE_GEODATA_MIRROR ...).
"""

from __future__ import annotations

import threading

from ..geo.freshness import is_current
from ..geo.fetch import MIRROR_ENV, mirror_dir
from ..geo.manifest import build_dir, load_manifest
from ..i18n import _

_lock = threading.Lock()
_current = False


def layers_current() -> bool:
    global _current
    if not _current:
        _current = is_current(build_dir(), load_manifest(), mirror_dir())
    return _current


def prepare(progress=None) -> None:
    global _current
    with _lock:  # a second session waits for the first one's build instead of starting its own
        if layers_current():
            return
        from ..geo.build import ensure_layers  # the build's libraries, only when a build is needed

        ensure_layers(progress=progress)
        _current = True


def unavailable_help(error: Exception) -> str:
    return _("For the site's maintainers: the boundary files could not be fetched ({reason}). Without internet "
             "access, set the environment variable {env} to a folder holding the official files (for example "
             "../shared/geodata) and restart the app, or run `python -m slate_explorer geodata --mirror DIR`."
             ).format(reason=str(error).split(". ")[0], env=MIRROR_ENV)
