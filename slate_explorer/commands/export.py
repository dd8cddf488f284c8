"""`export --out DIR [--version V] [--base-url URL] [--today YYYY-MM-DD]`: write the static site (see share/export.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..geo.fetch import GeodataError, mirror_dir
from ..geo.freshness import is_current
from ..geo.manifest import build_dir, load_manifest
from ..share.export import export_site
from ._common import add_today_argument, add_version_arguments, slate_from_args

HELP = "write a self-contained static site (national map, one page per race, in English and Spanish; data JSON) to a folder"


def add_arguments(parser) -> None:
    add_version_arguments(parser)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the site into (created if needed)")
    parser.add_argument("--base-url", help="the public address the site will have (for og:url and iframe snippets); "
                        "default: SLATE_STATIC_URL, else SLATE_PUBLIC_URL, if set")
    add_today_argument(parser, "the day the site is read on: which races are still open, and those whose election is over say so")


def run(args) -> int:
    slate = slate_from_args(args)
    base = args.base_url or os.environ.get("SLATE_STATIC_URL") or os.environ.get("SLATE_PUBLIC_URL") or None
    if base and not base.startswith(("https://", "http://")):
        print(f"--base-url must start with https:// or http:// (got {base!r}).", file=sys.stderr)
        return 2
    try:
        layers_ready()
        result = export_site(slate, args.out, base, today=args.today)
    except (GeodataError, FileNotFoundError, OSError) as error:
        print(f"The export failed: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {result.pages} pages ({result.bytes} bytes in all) for data version {slate.version} to {result.out}; "
          f"{result.written} files new or changed, the rest as the last export left them")
    return 0


def layers_ready() -> None:
    """Build the boundary layers unless the build is current (the build's imports, geopandas and its
    friends, take about 115 MB: an export over a current build, the usual case, does without them)."""
    if not is_current(build_dir(), load_manifest(), mirror_dir(None)):
        from ..geo.build import ensure_layers

        ensure_layers()
