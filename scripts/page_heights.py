"""Every page's height at 375 px (and where /map's frame starts), in English and Spanish, on the newest data.

Run from the project root: `.venv/bin/python scripts/page_heights.py [--today YYYY-MM-DD] [--json FILE] [--shots DIR]`.
Starts `streamlit run` on a loopback port (SLATE_DATA_DIR is honoured as usual) and prints a Markdown table;
--shots saves each English page's first phone screen (375 x 667) as DIR/phone-PAGE.png.
tests/browser/test_page_budgets.py checks the same heights against the budgets of issue 24.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devtools.browser import CHROMIUM, CHROMIUM_ARGS, settled_height, start_streamlit  # noqa: E402

PAGES = ["/", "/map", "/find", "/agenda", "/majority", "/share", "/data"]
NO_FOOTER = ("/find", "/share", "/data")  # pages with no data footer (Find: until it answers)
MAP_TOP = "() => Math.round(document.querySelector('iframe[title=\"streamlit_folium.st_folium\"]').getBoundingClientRect().top + window.scrollY)"


def measure(base: str, browser, path: str, lang: str, shots: Path | None = None, width: int = 375, height: int = 667) -> dict:
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(f"{base}{path}?lang={lang}")
        found = {"height": settled_height(page, footer=path not in NO_FOOTER)}
        if path == "/map":
            page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=60_000)
            found["map_top"] = page.evaluate(MAP_TOP)
            page.wait_for_timeout(1500)  # the districts draw in the frame
        if shots and lang == "en":
            page.evaluate("() => { window.scrollTo(0, 0); document.querySelectorAll('[data-testid=stMain]').forEach(e => e.scrollTop = 0); }")
            page.screenshot(path=str(shots / f"phone-{path.strip('/') or 'home'}.png"))
        return found
    finally:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--today", default=dt.date.today().isoformat(), help="the day the pages are read on")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--shots", type=Path, help="save each English page's first phone screen in this folder")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    base, process = start_streamlit({"SLATE_TODAY": args.today}, log_name="page-heights")
    figures = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            figures = {f"{path} {lang}": measure(base, browser, path, lang, args.shots)
                       for lang in ("en", "es") for path in PAGES}
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
    print("| page | English | Spanish |\n|---|---|---|")
    for path in PAGES:
        cells = [f"{figures[f'{path} {lang}']['height']:,} px" for lang in ("en", "es")]
        print(f"| `{path}` | {cells[0]} | {cells[1]} |")
    print("/map frame starts at " + " / ".join(f"{figures[f'/map {lang}']['map_top']} px ({lang})" for lang in ("en", "es")))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
