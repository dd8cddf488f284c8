"""`geodata [--mirror DIR] [--force]`: fetch the official boundary files, verify them, build the layers, and
publish the map's static files (drawing layers, place labels) so the first visitor waits for none of it.
./run.sh and the deployment run it before the app starts."""

from __future__ import annotations

import sys
import time
from pathlib import Path

HELP = ("download (or take from a mirror) the official boundary files, check their checksums, build the layers "
        "and the map's static files")


def add_arguments(parser) -> None:
    parser.add_argument("--mirror", type=Path, help="take the files from this folder instead of downloading "
                        "(default: the environment variable SLATE_GEODATA_MIRROR)")
    parser.add_argument("--force", action="store_true", help="fetch and rebuild even when the layers are current")
    parser.add_argument("--out", type=Path, help="build folder (default: geodata/build)")


def run(args) -> int:
    from ..geo.build import ensure_layers
    from ..geo.fetch import GeodataError
    from ..geo.layers import build_info

    last = {"message": None}

    def progress(fraction: float, message: str) -> None:
        if message != last["message"]:
            print(f"{fraction:5.0%}  {message}", file=sys.stderr)
            last["message"] = message

    try:
        out = ensure_layers(mirror=args.mirror, force=args.force, progress=progress, out=args.out)
    except GeodataError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    info = build_info(out)
    print(f"Layers in {out} (built {info['built_at']} in {info['build_seconds']} s).")
    for level, layer in info["layers"].items():
        print(f"  {level:<13} {layer['features']:>4} features")
    coarse = [s for res, states in info["house_resolution"].items() if res != "full" for s in states]
    print(f"  House lookup at 1:20m only for: {', '.join(sorted(coarse)) or 'none'}")
    print(f"  National House drawing: {info['drawing']['us_house']['bytes']:,} bytes of GeoJSON")
    if args.out is None:  # the app reads the default folder: publish its map files from there
        from ..mapview.publish import publish_all

        started = time.perf_counter()
        published = publish_all()
        print(f"Map files in static/build/geo/ ({len(published)}, {time.perf_counter() - started:.1f} s).")
    return 0
