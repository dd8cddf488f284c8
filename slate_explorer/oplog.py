"""Operator log lines: one JSON object per line on standard error, for what visitors must not be told.

The container platform (or `python -m deploy.layout`'s own output) collects them; each names its event and
what an operator needs to act (which version failed and its first problems, which built file is damaged).
Visitors read a plain sentence instead (the pages' notices); instructions such as `validate` stay here.

Public:
- `log_event(event, **fields) -> str`: write one line now; returns it.
- `log_once(event, **fields) -> str | None`: the same, once per process for the same event and fields (a
  page run that meets the same broken version again writes nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading

_seen: set[str] = set()
_lock = threading.Lock()


def log_event(event: str, **fields) -> str:
    time = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    line = json.dumps({"time": time, "logger": "slate_explorer", "event": event, **fields},
                      ensure_ascii=False, default=str)
    with _lock:
        print(line, file=sys.stderr, flush=True)  # the stream of the moment (a test may have replaced it)
    return line


def log_once(event: str, **fields) -> str | None:
    key = json.dumps([event, fields], sort_keys=True, default=str)
    with _lock:
        if key in _seen:
            return None
        _seen.add(key)
    return log_event(event, **fields)
