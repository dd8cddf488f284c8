"""Geo test fixtures: layers built once per session from the offline mirror; a fake Census geocoder."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from slate_explorer.geo.build import ensure_layers
from slate_explorer.geo.fetch import mirror_dir
from slate_explorer.geo.lookup import Locator


@pytest.fixture(scope="session")
def mirror() -> Path:
    found = mirror_dir()
    assert found is not None and found.is_dir(), "tests/conftest.py sets SLATE_GEODATA_MIRROR to ../shared/geodata"
    return found


@pytest.fixture(scope="session")
def built(mirror) -> Path:
    """The git-ignored build folder, (re)built from the mirror only when stale."""
    return ensure_layers(mirror=mirror)


@pytest.fixture(scope="session")
def locator(built) -> Locator:
    return Locator.load(built)


@pytest.fixture(scope="session")
def slates():
    from slate_explorer.data.versions import data_root, list_versions
    from slate_explorer.data.validate import load_folder

    return [load_folder(data_root() / version) for version in list_versions()]


# --- a local server that answers like the Census Geocoder -------------------------------------------------

MATCH = {"result": {"input": {"benchmark": {"benchmarkName": "Public_AR_Current"}},
                    "addressMatches": [{"matchedAddress": "1 DR CARLTON B GOODLETT PL, SAN FRANCISCO, CA, 94102",
                                        "coordinates": {"x": -122.4193, "y": 37.7793}},
                                       {"matchedAddress": "OTHER", "coordinates": {"x": 0, "y": 0}}]}}
NO_MATCH = {"result": {"input": {}, "addressMatches": []}}
BAD_REQUEST = {"errors": ["Address cannot be empty and cannot exceed 100 characters"], "status": "400"}


class FakeCensus(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = "match"
        self.requests: list[dict] = []
        self.failures_left = 0  # for "flaky": answer 503 this many times, then match

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/geocoder"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output (and any address) out of stderr
        pass

    def do_GET(self):
        server: FakeCensus = self.server
        parsed = urlparse(self.path)
        server.requests.append({"path": parsed.path, "query": parse_qs(parsed.query)})
        mode = server.mode
        if mode == "flaky":
            if server.failures_left > 0:
                server.failures_left -= 1
                return self._send(503, b"busy", "text/plain")
            mode = "match"
        if mode == "slow":
            time.sleep(1.0)
            mode = "match"
        if mode == "match":
            return self._send(200, json.dumps(MATCH).encode())
        if mode == "nomatch":
            return self._send(200, json.dumps(NO_MATCH).encode())
        if mode == "badrequest":
            return self._send(400, json.dumps(BAD_REQUEST).encode())
        if mode == "garbage":
            return self._send(200, b"<html>not json</html>", "text/html")
        return self._send(500, b"error", "text/plain")

    def _send(self, status: int, body: bytes, kind: str = "application/json"):
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass


@pytest.fixture
def fake_census():
    server = FakeCensus()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def no_sleep(monkeypatch):
    """Retries back off with time.sleep; tests need not wait for it."""
    import slate_explorer.geo.fetch as fetch
    import slate_explorer.geo.geocode as geocode

    monkeypatch.setattr(geocode, "_backoff", lambda attempt: None)
    monkeypatch.setattr(fetch, "_backoff", lambda attempt: None)
