"""Screenshots of the home page at 375 and 1280 px for docs/, and its height at 375 px.

Run from the project root: `.venv/bin/python scripts/home_screenshots.py [--out docs] [--no-shots]`.
Starts `streamlit run` on a loopback port (SLATE_TODAY and SLATE_DATA_DIR are honoured as usual).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devtools.browser import PAGE_HEIGHT  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, start_streamlit, wait_for_app  # noqa: E402

SIZES = {"375": {"width": 375, "height": 667}, "1280": {"width": 1280, "height": 800}}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs")
    parser.add_argument("--no-shots", action="store_true", help="only measure the height")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    base, process = start_streamlit(log_name="home-screenshots")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, viewport in SIZES.items():
                page = browser.new_context(viewport=viewport, device_scale_factor=1).new_page()
                page.goto(f"{base}/")
                wait_for_app(page)
                page.wait_for_selector("text=Data version", timeout=60_000)  # the footer: the run has finished
                page.wait_for_load_state("networkidle", timeout=30_000)
                page.wait_for_timeout(800)
                tall = page.evaluate(PAGE_HEIGHT)
                print(f"home page height at {name} px: {tall} px")
                if not args.no_shots:
                    page.screenshot(path=str(ROOT / args.out / f"home-{name}.png"))
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
