"""A local server on 127.0.0.1 that answers like the US Census Geocoder (for unit, AppTest and browser tests).

`FakeCensus.mode`: "match" (default), "nomatch", "badrequest", "garbage", "error" (HTTP 500), "slow" (waits
`delay` seconds, then matches), "flaky" (answers 503 `failures_left` times, then matches).
`FakeCensus.matches`: the addressMatches it answers with (default: San Francisco City Hall, then a decoy).
`running_census()` starts one in a thread and stops it afterwards; it never logs what it is asked.
"""

from __future__ import annotations

import contextlib
import copy
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

SF_CITY_HALL = {"matchedAddress": "1 DR CARLTON B GOODLETT PL, SAN FRANCISCO, CA, 94102",
                "coordinates": {"x": -122.4193, "y": 37.7793}}
DECOY = {"matchedAddress": "OTHER", "coordinates": {"x": 0, "y": 0}}
MATCH = {"result": {"input": {"benchmark": {"benchmarkName": "Public_AR_Current"}},
                    "addressMatches": [SF_CITY_HALL, DECOY]}}
NO_MATCH = {"result": {"input": {}, "addressMatches": []}}
BAD_REQUEST = {"errors": ["Address cannot be empty and cannot exceed 100 characters"], "status": "400"}


def match_at(lon: float, lat: float, matched: str) -> list[dict]:
    """addressMatches with one match at (lon, lat)."""
    return [{"matchedAddress": matched, "coordinates": {"x": lon, "y": lat}}]


class FakeCensus(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = "match"
        self.matches: list[dict] = copy.deepcopy(MATCH["result"]["addressMatches"])
        self.delay = 1.0  # seconds, for "slow"
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
            time.sleep(server.delay)
            mode = "match"
        if mode == "match":
            body = {"result": {**MATCH["result"], "addressMatches": server.matches}}
            return self._send(200, json.dumps(body).encode())
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


@contextlib.contextmanager
def running_census():
    server = FakeCensus()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
