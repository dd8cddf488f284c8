"""Precompressed copies of text files, written beside them (`name.gz`, and `name.br` with brotli).

Static hosts and nginx's `gzip_static` / `brotli_static` send the copy to browsers that accept it, so a
file is compressed once when it is written, never per request. Used by the static export, the map's
published layers and the deployment layout's copy of Streamlit's front end. A copy is rewritten only
when it is older than its file, and `write_if_changed` leaves a file that already holds the same bytes
alone, so its copies stay valid.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

try:  # optional: Google's brotli bindings (requirements.txt); without them only .gz is written
    import brotli
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None

TEXT_SUFFIXES = (".html", ".js", ".mjs", ".css", ".json", ".geojson", ".svg", ".txt", ".map", ".xml")
MIN_BYTES = 1024  # below this a compressed copy saves less than its headers cost
# Quality 9 of 11: within a few percent of the smallest file at a small fraction of the CPU time
# (quality 11 took about a minute of CPU for Streamlit's 23 MB of JavaScript on this project's machine).
BROTLI_QUALITY = 9


def window_bits(size: int) -> int:
    """Brotli's window for a file of `size` bytes: no larger than the file (16 to 22 bits). The default 4 MB
    window made each small file cost about 5 ms for the same output (2,000 race pages: 36 s instead of 1 s)."""
    return max(16, min(22, (size - 1).bit_length()))


def compressible(path: Path, min_bytes: int = MIN_BYTES) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES and path.is_file() and path.stat().st_size >= min_bytes


def precompress_file(path: Path, with_brotli: bool = True) -> list[Path]:
    """Write path.gz (and path.br) when missing or older than path; the copies that exist afterwards."""
    path = Path(path)
    data = None
    written = []
    encoders = [(".gz", lambda b: gzip.compress(b, compresslevel=9, mtime=0))]
    if brotli is not None and with_brotli:
        encoders.append((".br", lambda b: brotli.compress(b, quality=BROTLI_QUALITY, lgwin=window_bits(len(b)))))
    for suffix, encode in encoders:
        copy = path.with_name(path.name + suffix)
        if not copy.is_file() or copy.stat().st_mtime < path.stat().st_mtime:
            data = path.read_bytes() if data is None else data
            part = copy.with_name(f"{copy.name}.{os.getpid()}.part")
            part.write_bytes(encode(data))
            part.replace(copy)  # atomic: a server never sends half a file
        written.append(copy)
    return written


def precompress_tree(folder: Path, min_bytes: int = MIN_BYTES, with_brotli: bool = True) -> int:
    """Precompress every large text file under folder; returns how many files have copies."""
    files = [p for p in Path(folder).rglob("*") if compressible(p, min_bytes)]
    for path in files:
        precompress_file(path, with_brotli)
    return len(files)


def write_if_changed(target: Path, content: str | bytes) -> bool:
    """Write `content` unless the file already holds exactly it: a new export into the folder of the last one
    rewrites (and recompresses, and a sync tool uploads) only what changed. True when it wrote."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return True
