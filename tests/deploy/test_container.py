"""The deployment image, running (scripts/container.sh builds it with podman, starts it and runs this file with
SLATE_CONTAINER_URL set; skipped otherwise): what a visitor gets from the container, and a killed app process
inside it.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from devtools.journeys import JOURNEYS
from devtools.load import run_load
from devtools.stclient import Session, first_visit_cookie, run_sync
from slate_explorer.mapview import publish

URL = os.environ.get("SLATE_CONTAINER_URL", "")
pytestmark = [pytest.mark.deploy, pytest.mark.skipif(not URL, reason="no container running (scripts/container.sh)")]


def podman(*args: str) -> str:
    """What the command printed; `logs` gives the container's standard error on podman's own."""
    command = [*shlex.split(os.environ["SLATE_CONTAINER_PODMAN"]), *args]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return done.stdout + done.stderr


def fetch(path: str):
    try:
        with urllib.request.urlopen(URL + path, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module", autouse=True)
def serving():
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            if fetch("/_ready")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    pytest.fail("the container did not become ready:\n" + podman("logs", "--tail", "60", os.environ["SLATE_CONTAINER_NAME"]))


def visit(path: str, cookie: str | None = None, **params):
    async def go():
        session = Session(URL, cookie=cookie, timeout=60)
        try:
            return await session.open(path, params)
        finally:
            await session.close()

    return run_sync(go())


def test_ready_with_its_layers_and_data():
    status, _, body = fetch("/_ready")
    state = json.loads(body)
    assert status == 200 and state["layers"]["damaged_or_missing"] == [] and state["data"]["ok"]


def test_the_map_is_served_with_its_districts():
    seen = visit("map", race="il-09-2026")
    assert seen.errors == [] and any("IL-09" in t for t in seen.texts)
    status, headers, body = fetch("/app/static/" + publish.layer_url("us_house", base="").lstrip("/"))
    assert status == 200, "the image publishes the same national House layer as this checkout builds"
    assert len(json.loads(body)["features"]) == 437


def test_security_headers_and_framing():
    _, headers, _ = fetch("/find?embed=true")
    assert headers["X-Frame-Options"] == "SAMEORIGIN" and "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    _, headers, _ = fetch("/map?embed=true")
    assert headers.get("X-Frame-Options") is None and "frame-ancestors 'self' https:" in headers["Content-Security-Policy"]
    assert fetch("/_stcore/metrics")[0] == 404


def test_every_journey_through_the_container():
    report = run_load(URL, [], 2 * len(JOURNEYS), target="container", deadline=240, warm=False)
    assert report.errors == 0, report.error_samples


def test_a_killed_app_process_inside_the_container_is_restarted_and_visitors_served():
    name = os.environ["SLATE_CONTAINER_NAME"]
    processes = podman("exec", name, "sh", "-c", "ps -eo pid,args 2>/dev/null || "
                       "for p in /proc/[0-9]*; do echo ${p#/proc/} $(tr '\\0' ' ' < $p/cmdline); done")
    apps = [int(line.split()[0]) for line in processes.splitlines() if "streamlit run server.py" in line]
    assert len(apps) == 2, processes
    cookies = [first_visit_cookie(URL, "/map") for _ in range(6)]
    podman("exec", name, "sh", "-c", f"kill -9 {apps[0]}")  # the shell's kill: the image has no procps
    killed = time.monotonic()
    for cookie in cookies:
        while not any("IL-09" in t for t in visit("map", cookie=cookie, race="il-09-2026").texts):
            assert time.monotonic() - killed < 60
    print(f"in the container: every visitor served again {time.monotonic() - killed:.2f} s after kill -9")
    deadline = time.monotonic() + 90
    while "restarted" not in podman("logs", name):
        assert time.monotonic() < deadline, "the killed process was not restarted"
        time.sleep(1)
    assert podman("inspect", "-f", "{{.State.Running}}", name).strip() == "true"
