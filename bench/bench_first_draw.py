"""Time to the first district drawn, and the bytes of a cold first visit, in headless Chromium.

    python -m bench.bench_first_draw [--runs 5]

In one run, each opened cold (a fresh browser context: empty cache) against warm servers:
- live /map through the deployment layout (nginx + 1 app process, as deploy/ serves it)      <- the budget
- live /map from plain Streamlit as ./run.sh serves it (no nginx: nothing compressed)
- the minimal plain-folium page (bench/minimal_map_app.py, plain Streamlit): the naive baseline
- the static export's national map, served by the same nginx (/static-site/)
For each: seconds from navigation to the map frame existing and to the first district path drawn,
requests and bytes transferred (encoded, as on the wire). Budget (issue 16): live /map through nginx
first district drawn <= 2.0 s cold.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from devtools.browser import CHROMIUM, CHROMIUM_ARGS, wait_for_app
from devtools.procs import ROOT, running_streamlit

FRAME = 'iframe[title="streamlit_folium.st_folium"]'
FIRST_PATH = "() => document.querySelector('.leaflet-overlay-pane path') !== null"


def first_draw(browser, url: str, streamlit_page: bool) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    sizes: dict[str, int] = {}
    cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
    try:
        started = time.perf_counter()
        page.goto(url)
        if streamlit_page:
            page.wait_for_selector(FRAME, state="attached", timeout=60_000)
            frame_at = time.perf_counter() - started
            frame = None
            while frame is None:
                frame = next((f for f in page.frames if "streamlit_folium" in f.url), None)
                if frame is None:
                    page.wait_for_timeout(10)
            frame.wait_for_function(FIRST_PATH, timeout=60_000, polling="raf")
        else:
            frame_at = 0.0
            page.wait_for_function(FIRST_PATH, timeout=60_000, polling="raf")
        drawn = time.perf_counter() - started
        if streamlit_page:
            wait_for_app(page)
        page.wait_for_timeout(1500)  # the rest of the page's files (what a visitor's browser still fetches)
        return {"frame (s)": frame_at, "first district (s)": drawn, "requests": len(sizes),
                "bytes (KB)": sum(sizes.values()) / 1000}
    finally:
        context.close()


def measure(browser, cases: dict[str, tuple[str, bool]], runs: int) -> dict[str, dict[str, list[float]]]:
    results = {name: {} for name in cases}
    for name, (url, is_app) in cases.items():  # warm each server (imports, caches, published layers)
        first_draw(browser, url, is_app)
    for _ in range(runs):  # interleaved, so a busy moment on the machine hits every case alike
        for name, (url, is_app) in cases.items():
            for key, value in first_draw(browser, url, is_app).items():
                results[name].setdefault(key, []).append(value)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from deploy.layout import cluster
    from slate_explorer.data.versions import load_slate
    from slate_explorer.geo.build import ensure_layers
    from slate_explorer.share.export import export_site

    ensure_layers()
    # Streamlit serves /app/static/ from the folder beside the script: the minimal page runs from a
    # temporary folder whose static/ is the app's (Leaflet, as the plain map's page asks for it).
    minimal_dir = Path(tempfile.mkdtemp(prefix="bench-minimal-map-"))
    shutil.copy(ROOT / "bench" / "minimal_map_app.py", minimal_dir / "minimal_map_app.py")
    (minimal_dir / "static").symlink_to(ROOT / "static")
    site = Path(tempfile.mkdtemp(prefix="bench-first-draw-"))
    site.chmod(0o755)  # nginx's workers (user nobody when started as root) read it
    try:
        export_site(load_slate().slate, site)
        for path in site.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        with cluster(1, static_dir=site, log_name="bench-first-draw") as nginx, \
                running_streamlit(log_name="bench-first-draw-direct") as direct, \
                running_streamlit(minimal_dir / "minimal_map_app.py", log_name="bench-first-draw-minimal") as minimal, \
                sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            cases = {
                "live /map, nginx": (f"{nginx.url}/map", True),
                "live /map, plain Streamlit": (f"{direct.base}/map", True),
                "minimal plain-folium page": (minimal.base, True),
                "static export, nginx": (f"{nginx.url}/static-site/index.html", False),
            }
            results = measure(browser, cases, args.runs)
            browser.close()
    finally:
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(minimal_dir, ignore_errors=True)

    print(f"Cold first visit in headless Chromium, medians of {args.runs} (interleaved), warm servers")
    keys = ["frame (s)", "first district (s)", "requests", "bytes (KB)"]
    print(f"{'page':<30}" + "".join(f"{k:>20}" for k in keys))
    medians = {n: {k: statistics.median(v[k]) for k in keys} for n, v in results.items()}
    for name, row in medians.items():
        print(f"{name:<30}" + "".join(f"{row[k]:>20.2f}" for k in keys))
    live, baseline = medians["live /map, nginx"], medians["minimal plain-folium page"]
    plain, static = medians["live /map, plain Streamlit"], medians["static export, nginx"]
    print(f"live /map through nginx, first district drawn: {live['first district (s)']:.2f} s (budget <= 2.0 s); "
          f"minimal plain-folium page {baseline['first district (s)']:.2f} s (ratio {baseline['first district (s)'] / live['first district (s)']:.2f}); "
          f"static export {static['first district (s)']:.2f} s")
    print(f"cold page bytes of /map: {plain['bytes (KB)']:.0f} KB from plain Streamlit, {live['bytes (KB)']:.0f} KB through "
          f"nginx (ratio {plain['bytes (KB)'] / live['bytes (KB)']:.1f})")
    print(f"(every run: {dict((n, [round(x, 2) for x in v['first district (s)']]) for n, v in results.items())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
