"""Drawing GeoJSON published once per level as a static file, so the map page never re-sends it.

Streamlit serves the top-level `static/` folder at `/app/static/` (enableStaticServing). Each layer is
written to the git-ignored `static/build/geo/<level>-<hash>.geojson`: the content hash in the name means
a rebuilt layer gets a new address, so browsers may cache the old one without ever showing stale lines.
A gzipped copy goes beside it (`.geojson.gz`) for nginx's gzip_static (deploy/nginx.conf.template).

URLs are relative to the streamlit-folium iframe (`<base>/component/<name>/index.html`), so they keep
working when the app is served under a path prefix (server.baseUrlPath).

Public:
- `STATIC_DIR`, `COMPONENT_STATIC_BASE`
- `vendor_url(path, base=COMPONENT_STATIC_BASE) -> str`: a file under static/vendor/ (Leaflet ...).
- `layer_url(level, base=COMPONENT_STATIC_BASE) -> str`: publish the level's drawing layer; its URL.
- `places_url(tier, base=COMPONENT_STATIC_BASE) -> str`: publish a tier of place labels; its URL.
- `json_url(name, text, base=COMPONENT_STATIC_BASE) -> str`: publish a JSON file (the power view's seats); its URL.
- `publish_all() -> list[str]`: every level's layer and the place labels (setup: before the first visitor).
- `vendor_missing() -> list[str]`: vendored files that are not in place (logged for operators: run
  scripts/vendor-js.sh).
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

from ..geo import layers
from ..compress import precompress_file
from ..oplog import log_once
from . import filters, geometry

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
COMPONENT_STATIC_BASE = "../../app/static"
VENDOR_FILES = ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css")


def vendor_url(path: str, base: str = COMPONENT_STATIC_BASE) -> str:
    return f"{base}/vendor/{path}"


def vendor_missing() -> list[str]:
    """Vendored files that are not in place; the first time, an operator log line says how to install them."""
    missing = [name for name in VENDOR_FILES if not (STATIC_DIR / name).is_file()]
    if missing:
        log_once("map_scripts_missing", files=missing, see="run scripts/vendor-js.sh (npm ci)")
    return missing


def layer_url(level: str, base: str = COMPONENT_STATIC_BASE) -> str:
    return f"{base}/build/geo/{_published_name(level, geometry.drawing_text(level))}"


def places_url(tier: str, base: str = COMPONENT_STATIC_BASE) -> str:
    return f"{base}/build/geo/{_published_name(f'places_{tier}', layers.places_text(tier), 'json')}"


def json_url(name: str, text: str, base: str = COMPONENT_STATIC_BASE) -> str:
    """Publish a JSON file under `name` (content-hashed, like the layers); its URL."""
    return f"{base}/build/geo/{_published_name(name, text, 'json')}"


def publish_all() -> list[str]:
    return [layer_url(level) for level in filters.LEVEL_ORDER] + [places_url(t) for t in ("national", "local")]


@functools.lru_cache(maxsize=16)
def _published_name(level: str, text: str, suffix: str = "geojson") -> str:
    """Write the layer once per content (str hashes are cached, so repeat calls cost nothing)."""
    data = text.encode("utf-8")
    name = f"{level}-{hashlib.sha256(data).hexdigest()[:16]}.{suffix}"
    target = STATIC_DIR / "build" / "geo" / name
    if not target.is_file() or target.stat().st_size != len(data):
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(f"{name}.{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, target)  # atomic: a browser never fetches a half-written layer
        for old in target.parent.glob(f"{level}-*.{suffix}*"):
            if not old.name.startswith(name):
                old.unlink(missing_ok=True)  # a rebuilt layer replaces the one before it
    precompress_file(target, with_brotli=False)  # nginx's gzip_static sends it (about a quarter of the size)
    return name
