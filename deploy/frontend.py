"""A precompressed copy of Streamlit's front end (JavaScript, CSS, fonts) for nginx to serve from disk.

    python -m deploy.frontend      # build it now (the container image does this at build time)

Streamlit serves its ~4 MB of JavaScript for a first visit uncompressed and through Python. nginx serves
`/static/` from this folder instead, with `gzip_static`: each text file has a .gz copy beside it, written
once per Streamlit version into the git-ignored deploy/build/ (Debian's nginx serves no .br without an
extra module, so none is written here).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import streamlit

from slate_explorer.share.compress import precompress_tree

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "deploy" / "build"


def streamlit_static() -> Path:
    return Path(streamlit.__file__).parent / "static" / "static"


def frontend_dir() -> Path:
    """deploy/build/streamlit-VERSION/: Streamlit's static files and their compressed copies (built once)."""
    target = BUILD / f"streamlit-{streamlit.__version__}"
    done = target / ".complete"
    if not done.is_file():
        part = target.with_name(f"{target.name}.{os.getpid()}.part")
        shutil.rmtree(part, ignore_errors=True)
        shutil.copytree(streamlit_static(), part)
        precompress_tree(part, with_brotli=False)
        (part / ".complete").write_text(streamlit.__version__ + "\n")
        try:
            part.rename(target)  # another process starting at the same time sees all of it or nothing
        except OSError:  # that process finished first: its copy is the same
            shutil.rmtree(part, ignore_errors=True)
    return target


def main() -> int:
    print(frontend_dir())
    return 0


if __name__ == "__main__":
    sys.exit(main())
