"""Can this server serve visitors right now? The boundary layers intact (every built file matches the checksum
its build recorded), the map's scripts in place, and a valid data version to show.

Plain Python (no web framework): deploy/asgi.py answers `/_ready` with it; the container's health check asks
that through nginx.

Public:
- `readiness() -> dict`: {"ready": bool, "layers": {...}, "data": {...}}; cheap to ask often (the file
  checksums and the data validation are cached while their files are unchanged).
"""

from __future__ import annotations

from .data.versions import load_slate
from .geo.freshness import damaged_files
from .geo.manifest import build_dir
from .mapview.publish import vendor_missing


def readiness() -> dict:
    damaged = damaged_files(build_dir())
    scripts = vendor_missing()
    loaded = load_slate()
    newest = loaded.versions[-1] if loaded.versions else None
    data = {"ok": loaded.slate is not None, "serving": loaded.slate.version if loaded.slate else None,
            "newest": newest, "failed": sorted(loaded.skipped)}
    layers = {"ok": not damaged and not scripts, "damaged_or_missing": damaged, "scripts_missing": scripts}
    return {"ready": data["ok"] and layers["ok"], "layers": layers, "data": data}
