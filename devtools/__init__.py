"""Tools shared by the benchmarks (bench/), the deployment layout (deploy/) and the tests (tests/).

Nothing here is part of the app: `slate_explorer`, `app.py` and `views/` never import it, and bench,
deploy and tests import it instead of each other.

- procs.py     start, stop and measure `streamlit run` processes on loopback
- stclient.py  a headless Streamlit client speaking the WebSocket protocol (warm-up, load, live drills)
- journeys.py  what simulated voters do, step by step
- load.py      many concurrent sessions walking journeys: latencies, errors, memory
- browser.py   Debian's Chromium for Playwright, and waiting for a page's script run
- apptest.py   AppTest runs of app.py switched to one page
- baselines.py the naive implementations benchmarks compare against
"""
