"""Find data versions and load the newest valid one, falling back when the newest is broken."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..i18n import _
from ..oplog import log_once
from ..text import shown
from .problems import Problem, errors
from .slate import Slate
from .validate import validate_folder

VERSION_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def data_root() -> Path:
    """Where versions live: SLATE_DATA_DIR if set and not empty (tests, drills), else the project's slate_data/."""
    return Path(os.environ.get("SLATE_DATA_DIR") or PROJECT_ROOT / "slate_data")


def list_versions(root: Path | None = None) -> list[str]:
    """Version folder names, oldest first."""
    root = Path(root or data_root())
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and VERSION_NAME.match(p.name))


def listed_version(name: str | None, root: Path | None = None) -> str | None:
    """`name` when it names a version folder, else None: the one rule for a version a link asks for
    (`?v=`, `?compare=`) and for the version `load_slate` is pinned to."""
    return name if name and name in list_versions(root) else None


@dataclass(frozen=True)
class Loaded:
    """What the app serves, plus what it must tell the visitor about it."""

    slate: Slate | None
    requested: str | None = None  # the pinned version, when it is listed (served, or failing validation)
    notices: tuple[str, ...] = ()
    skipped: dict[str, list[Problem]] = field(default_factory=dict)
    versions: tuple[str, ...] = ()


def _stamp(folder: Path) -> tuple | None:
    """Changes whenever a file in the folder changes, so a fixed or new version is picked up; None when
    the folder cannot be listed (then it is validated afresh, which reports why)."""
    try:
        return tuple(sorted((p.name, st.st_mtime_ns, st.st_size) for p in folder.iterdir() for st in [p.stat()]))
    except OSError:
        return None


@lru_cache(maxsize=32)
def _validate_cached(folder: str, stamp: tuple):
    return validate_folder(Path(folder))


def validate_cached(folder: Path):
    stamp = _stamp(folder)
    return validate_folder(folder) if stamp is None else _validate_cached(str(folder), stamp)


def version_problems(version: str, root: Path | None = None) -> list[Problem]:
    """What stops a version being served (empty when it is valid); cached like the loader's checks."""
    return errors(validate_cached(Path(root or data_root()) / version)[1])


def previous_valid(version: str, root: Path | None = None) -> Slate | None:
    """The newest version older than `version` that validates (the changelog's and the unity score's
    "previous version"); None when there is none."""
    root = Path(root or data_root())
    for older in reversed([v for v in list_versions(root) if v < version]):
        slate, _problems = validate_cached(root / older)
        if slate is not None:
            return slate
    return None


def load_slate(pinned: str | None = None, root: Path | None = None) -> Loaded:
    """The pinned version if it is valid, else the newest valid version; never raises on bad data."""
    root = Path(root or data_root())
    versions = list_versions(root)
    notices: list[str] = []
    skipped: dict[str, list[Problem]] = {}
    if pinned and listed_version(pinned, root) is None:
        notices.append(_("Data version “{version}” does not exist; showing the newest valid version instead.").format(version=shown(pinned)))
        pinned = None
    order = [pinned] if pinned else []
    order += [v for v in reversed(versions) if v != pinned]
    for version in order:
        slate, problems = validate_cached(root / version)
        if slate is not None:
            if skipped:
                notices.append(
                    _("Data version {names} failed validation and is not shown; showing {version}, the last valid version.").format(names=", ".join(skipped), version=version)
                )
                _tell_operators(root, skipped, version)
            return Loaded(slate, pinned, tuple(notices), skipped, tuple(versions))
        skipped[version] = problems
    notices.append(_("No valid data version was found."))
    _tell_operators(root, skipped, None)
    return Loaded(None, pinned, tuple(notices), skipped, tuple(versions))


FIRST_PROBLEMS = 3  # how many of a failed version's problems its log line names


def _tell_operators(root: Path, skipped: dict[str, list[Problem]], serving: str | None) -> None:
    """One structured log line per failed version (once per process while its problems stay the same); the
    full list is `python -m slate_explorer validate`'s."""
    for version, problems in skipped.items():
        log_once("data_version_failed", version=version, serving=serving, data_dir=str(root),
                 problem_count=len(problems), first_problems=[str(p) for p in problems[:FIRST_PROBLEMS]],
                 see=f"python -m slate_explorer validate {root / version}")
