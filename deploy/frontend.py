"""A precompressed copy of Streamlit's front end (JavaScript, CSS, fonts) for nginx to serve from disk.

    python -m deploy.frontend      # build it now (the container image does this at build time)

Streamlit serves its ~4 MB of JavaScript for a first visit uncompressed and through Python. nginx serves
`/static/` from this folder instead, with `gzip_static`: each text file has a .gz copy beside it, written
once per Streamlit version into the git-ignored deploy/build/ (Debian's nginx serves no .br without an
extra module, so none is written here).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import streamlit

from slate_explorer.compress import precompress_tree

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "deploy" / "build"


def streamlit_static() -> Path:
    return Path(streamlit.__file__).parent / "static" / "static"


# Streamlit's bundled text fonts: the theme draws text with the system font stack (.streamlit/config.toml),
# but Streamlit appends "Source Sans" to every font list, so a browser downloads it (~300 KB) to look for a
# glyph the system fonts lack. In this copy their @font-face rules name no file; the icon font stays.
BUNDLED_TEXT_FONT = re.compile(r'src:url\(\.\./media/Source(?:Sans|Serif|Code)[^)]*\.woff2\)format\("woff2"\)')
LAYOUT = 2  # bump when the copy is made differently, so an older copy is rebuilt


def drop_bundled_text_fonts(folder: Path) -> int:
    """Rewrite the CSS of the copy so no text font file is fetched; returns how many rules changed."""
    changed = 0
    for css in (folder / "css").glob("*.css"):
        text, n = BUNDLED_TEXT_FONT.subn('src:local("Source Sans 3")', css.read_text(encoding="utf-8"))
        if n:
            css.write_text(text, encoding="utf-8")
            changed += n
    return changed


def frontend_dir() -> Path:
    """deploy/build/streamlit-VERSION/: Streamlit's static files and their compressed copies (built once)."""
    target = BUILD / f"streamlit-{streamlit.__version__}-{LAYOUT}"
    done = target / ".complete"
    if not done.is_file():
        part = target.with_name(f"{target.name}.{os.getpid()}.part")
        shutil.rmtree(part, ignore_errors=True)
        shutil.copytree(streamlit_static(), part)
        drop_bundled_text_fonts(part)
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
