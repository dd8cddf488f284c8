"""The static export nginx serves at /static-site/, written for the day it is read on.

An export shows statuses as of one day (an election that has passed is no longer "running"), so a
deployment that runs for weeks writes it again when the date changes. Each day's site goes into its
own folder beside a `current` symlink, which is swapped in one rename: nginx (which follows the link
on every request) never serves a half-written site. The export runs as `python -m slate_explorer
export` in a child process, so this supervisor never loads the app's libraries.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CURRENT = "current"


def served_dir(exports: Path) -> Path:
    """The path nginx serves: the symlink to the newest complete day."""
    return exports / CURRENT


def write_day(exports: Path, day: dt.date, base_url: str | None = None) -> bool:
    """Export the site as read on `day` into exports/DAY and point `current` at it; False (and the
    previous day's site still served) when the export fails."""
    exports.mkdir(parents=True, exist_ok=True)
    target = exports / day.isoformat()
    shutil.rmtree(target, ignore_errors=True)  # a half-written folder from an interrupted run
    command = [sys.executable, "-m", "slate_explorer", "export", "--out", str(target), "--today", day.isoformat()]
    if base_url:
        command += ["--base-url", base_url]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        shutil.rmtree(target, ignore_errors=True)
        print(f"daily export: the site for {day} was not written; the previous one is still served", flush=True)
        return False
    fresh_link = exports / f".{CURRENT}-{day.isoformat()}"
    fresh_link.unlink(missing_ok=True)
    fresh_link.symlink_to(target.name)
    os.replace(fresh_link, served_dir(exports))  # atomic: readers see the old site or the new one
    _remove_older(exports, keep={target.name, _previous(exports, day)})
    return True


def _previous(exports: Path, day: dt.date) -> str:
    """The newest older day, kept one more day: a visitor may be halfway through reading it."""
    older = sorted(p.name for p in exports.iterdir() if _is_day(p.name) and p.name < day.isoformat())
    return older[-1] if older else ""


def _remove_older(exports: Path, keep: set[str]) -> None:
    for folder in exports.iterdir():
        if _is_day(folder.name) and folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)


def _is_day(name: str) -> bool:
    try:
        dt.date.fromisoformat(name)
    except ValueError:
        return False
    return True


class DailyExport:
    """Calls write_day whenever `today()` gives a day not yet written (checked by the supervisor's loop)."""

    def __init__(self, exports: Path, base_url: str | None = None, today=dt.date.today):
        self.exports, self.base_url, self.today, self.written = exports, base_url, today, None

    def refresh(self) -> bool:
        day = self.today()
        if day == self.written:
            return False
        write_day(self.exports, day, self.base_url)
        self.written = day  # after a failure too: tried again tomorrow, not every second
        return True
