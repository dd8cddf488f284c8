"""The public deployment layout, for real: nginx (started here, foreground) + 2 app processes.

(Marker `deploy`; the tests that drive Chromium are also `browser`. It lives here for the session's
one Chromium.)

Checks health and static exports through nginx, the security headers, that no version leaks,
that the content-security policy lets the app work and blocks other origins' scripts, that only
embed views may be framed by other sites, that sessions are sticky, and a short load run.
"""

from __future__ import annotations

import http.server
import re
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from devtools.journeys import JOURNEYS
from devtools.load import run_load
from devtools.procs import cpu_seconds
from devtools.stclient import Session, first_visit_cookie, run_sync
from deploy.layout import cluster
from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.deploy

PAGES = ["/", "/map?race=il-09-2026", "/find?district=NY-14", "/agenda", "/majority?wins=all", "/share", "/data"]
THIRD_PARTY = "https://cdn.example.invalid/evil.js"


@pytest.fixture(scope="module")
def site():
    # Not under pytest's tmp dir: nginx workers (user nobody when started as root) must read it.
    static = Path(tempfile.mkdtemp(prefix="slate-static-site-"))
    static.chmod(0o755)
    (static / "index.html").write_text("<!doctype html><title>Static export</title><h1>Exported slate</h1>")
    (static / "index.html").chmod(0o644)
    (static / "big.json").write_text("[" + ",".join(['"a district"'] * 2000) + "]")
    (static / "big.json").chmod(0o644)
    # The framing test's page lives on another origin (another loopback port), like a campaign site.
    try:
        with cluster(2, static_dir=static, embed_ancestors="'self' https: http://127.0.0.1:*") as running:
            yield running
    finally:
        shutil.rmtree(static, ignore_errors=True)


def fetch(url: str, cookie: str | None = None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_health_and_static_exports_through_nginx(site):
    status, _, body = fetch(f"{site.url}/_stcore/health")
    assert (status, body) == (200, b"ok")
    status, headers, body = fetch(f"{site.url}/static-site/")
    assert status == 200 and b"Exported slate" in body
    assert "Content-Security-Policy" in headers


@pytest.mark.parametrize("path", ["/", "/map?race=il-09-2026", "/static-site/index.html", "/no-such-file.js"])
def test_security_headers_on_every_response(site, path):
    status, headers, _ = fetch(site.url + path)
    assert status in (200, 404)
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'self'" in csp
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "'unsafe-eval'" not in csp and "'unsafe-inline'" not in script_src
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    # "Use my location" asks for the app's own origin; no other origin, and nothing else sensitive.
    assert headers["Permissions-Policy"] == "camera=(), microphone=(), geolocation=(self), payment=()"


def test_only_component_frames_may_eval(site):
    """streamlit-folium's iframe runs the map script it is sent; app pages may not eval or inline anything."""
    _, headers, _ = fetch(f"{site.url}/component/streamlit_folium.st_folium/index.html")
    assert "script-src 'self' blob: 'wasm-unsafe-eval' 'unsafe-inline' 'unsafe-eval'" in headers["Content-Security-Policy"]
    _, headers, _ = fetch(f"{site.url}/map")
    # WebAssembly (Graphviz, for the agenda's network) but no eval of text and no inline script.
    # The hashes: Streamlit's inline script and the layout's boot script (deploy/layout.py BOOT_SCRIPT).
    assert re.search(r"script-src 'self' blob: 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;", headers["Content-Security-Policy"])


@pytest.mark.parametrize("path", ["/map?race=il-09-2026&embed=true", "/majority?embed=true", "/map/?embed=true"])
def test_embed_views_may_be_framed_by_other_sites(site, path):
    _, headers, _ = fetch(site.url + path)
    assert "frame-ancestors 'self' https: http://127.0.0.1:*" in headers["Content-Security-Policy"]
    assert headers.get("X-Frame-Options") is None


@pytest.mark.parametrize("path", ["/find?district=NY-14&embed=true", "/data?embed=true", "/?embed=true",
                                  "/share?embed=true", "/agenda?embed=true", "/mapx?embed=true"])
def test_pages_without_an_embed_layout_are_not_framed_by_other_sites_even_with_embed(site, path):
    """?embed=true framed any page (issue 26: /find and /data have no embed layout)."""
    _, headers, _ = fetch(site.url + path)
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    assert "https:" not in headers["Content-Security-Policy"].split("frame-ancestors")[1]
    assert headers["X-Frame-Options"] == "SAMEORIGIN"


def fetch_gzip(url: str):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.headers, response.read()


def test_text_assets_go_out_compressed(site):
    """Streamlit's JavaScript (from the precompressed copy), the map's layer and the pages: gzip, never plain."""
    _, index = fetch(f"{site.url}/")[1:]
    script = re.search(rb'src="\.?(/static/js/[^"]+\.js)"', index).group(1).decode()
    headers, body = fetch_gzip(site.url + script)
    assert headers["Content-Encoding"] == "gzip" and body[:2] == b"\x1f\x8b"
    assert "max-age=31536000" in headers["Cache-Control"] and headers["Content-Security-Policy"]
    headers, _ = fetch_gzip(f"{site.url}/app/static/vendor/leaflet/leaflet.js")
    assert headers["Content-Encoding"] == "gzip"
    headers, _ = fetch_gzip(f"{site.url}/static-site/big.json")
    assert headers["Content-Encoding"] == "gzip" and headers["Content-Type"] == "application/json"
    _, _, plain = fetch(f"{site.url}/static-site/big.json")  # a client without gzip gets the file itself
    assert plain.startswith(b"[")


def test_page_messages_go_out_compressed(site):
    """The page's WebSocket agrees permessage-deflate when the client asks (every current browser does),
    through nginx, and a text-heavy page weighs well under half as much on the wire."""
    async def visit():
        session = Session(site.url, cookie=first_visit_cookie(site.url, "/data"), count_wire=True)
        try:
            return await session.open("data"), session.deflate_terms
        finally:
            await session.close()

    interaction, terms = run_sync(visit())
    assert not interaction.errors, interaction.errors
    assert terms is not None, "the WebSocket through nginx sends page messages uncompressed"
    assert interaction.wire_bytes < interaction.bytes / 2, (interaction.wire_bytes, interaction.bytes)


def test_unused_text_fonts_are_not_sent(site):
    """The theme draws with system fonts: no preload of Streamlit's Source Sans, no @font-face pointing at it."""
    _, _, index = fetch(f"{site.url}/")
    assert b'as="font"' not in index
    css = re.search(rb'href="\.?(/static/css/index[^"]+\.css)"', index).group(1).decode()
    _, _, stylesheet = fetch(site.url + css)
    assert b"SourceSansVF" not in stylesheet and b"MaterialSymbols" in stylesheet  # the icon font stays


def test_no_version_leaks(site):
    for path in ("/", "/no-such-page/x.js", "/_stcore/health"):
        status, headers, body = fetch(site.url + path)
        assert headers["Server"] == "nginx", headers["Server"]
        assert "uvicorn" not in str(headers).lower() and "X-Powered-By" not in headers
        if status == 404:
            assert not re.search(rb"nginx/\d", body)
    # Internal endpoints are not reachable from outside.
    assert fetch(f"{site.url}/_stcore/metrics")[0] == 404
    assert fetch(f"{site.url}/_stcore/agent/openapi.json")[0] == 404


def test_sessions_are_sticky(site):
    """The QR image of a session lives in one process's memory: with the cookie, every fetch finds it."""
    cookie = first_visit_cookie(site.url)
    assert cookie and cookie.startswith("slate_route=")

    async def qr_url() -> str:
        session = Session(site.url, cookie=cookie)
        try:
            interaction = await session.open("")  # the home page draws the share bar (QR code)
            assert not interaction.errors, interaction.errors
            assert interaction.media, "the share bar shows a QR code image"
            return interaction.media[0]
        finally:
            await session.close()

    url = run_sync(qr_url())
    statuses = {fetch(site.url + url if url.startswith("/") else url, cookie)[0] for _ in range(12)}
    assert statuses == {200}


def test_short_load_run_through_nginx_has_no_errors(site):
    before = [cpu_seconds(pid) for pid in site.app_pids]
    report = run_load(site.url, site.app_pids, 10, target="nginx", deadline=120,
                      warm_bases=[a.base for a in site.apps])
    worked = [cpu_seconds(pid) - start for pid, start in zip(site.app_pids, before)]
    assert report.errors == 0, report.error_samples
    names = list(JOURNEYS)
    assert report.interactions == sum(len(JOURNEYS[names[i % len(names)]]) for i in range(10))
    # Both processes served sessions (memory can shrink after a collection; CPU time only grows). A process
    # nginx never routed to would only tick over idle, a few percent of the other's work.
    assert min(worked) > 0.2 * max(worked), worked


@pytest.fixture(scope="module")
def other_origin(site):
    """A page on another loopback port that frames a normal view and an embed view."""
    html = (f'<!doctype html><iframe id="normal" src="{site.url}/map" width=600 height=400></iframe>'
            f'<iframe id="embed" src="{site.url}/map?embed=true" width=600 height=400></iframe>')

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(html.encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def watch_violations(page) -> list[str]:
    """CSP violations the browser reports, from any frame (as console errors) and the top page."""
    seen: list[str] = []
    page.on("console", lambda m: "Content Security Policy" in m.text and seen.append(m.text))
    return seen


@pytest.mark.browser
def test_the_policy_lets_every_page_work(site, browser):
    page = browser.new_page()
    violations = watch_violations(page)
    for path in PAGES:
        page.goto(site.url + path)
        wait_for_app(page)
        page.wait_for_timeout(500)
        assert page.locator('[data-testid="stMain"]').count() == 1
        assert page.locator('[data-testid="stException"]').count() == 0
    page.close()
    assert violations == []


@pytest.mark.browser
def test_a_page_connects_to_the_root_without_probing_its_own_path(site, browser):
    """On /map the front end goes straight to /_stcore/...: no failed /map/_stcore/health round first
    (it cost 0.3-1 s before the WebSocket opened), and the boot script that says so passes the policy."""
    context = browser.new_context()
    page = context.new_page()
    violations = watch_violations(page)
    asked: list[str] = []
    page.on("request", lambda r: "/_stcore/" in r.url and asked.append(r.url.removeprefix(site.url)))
    page.goto(f"{site.url}/map")
    wait_for_app(page)
    context.close()
    assert "/_stcore/health" in asked and not [url for url in asked if url.startswith("/map/")]
    assert violations == []


@pytest.mark.browser
def test_the_policy_blocks_third_party_and_injected_scripts(site, browser):
    page = browser.new_page()
    violations = watch_violations(page)
    page.goto(site.url + "/")
    wait_for_app(page)
    blocked = page.evaluate(
        """(src) => new Promise((resolve) => {
            const reports = [];
            document.addEventListener('securitypolicyviolation', (e) => reports.push(e.blockedURI));
            const external = document.createElement('script');
            external.src = src;
            document.head.appendChild(external);
            const inline = document.createElement('script');
            inline.textContent = 'window.__pwned = 1';
            document.head.appendChild(inline);
            setTimeout(() => resolve({reports, pwned: window.__pwned === 1}), 500);
        })""",
        THIRD_PARTY,
    )
    page.close()
    assert blocked["pwned"] is False
    assert THIRD_PARTY in blocked["reports"] and "inline" in blocked["reports"]
    assert any("cdn.example.invalid" in v for v in violations)


@pytest.mark.browser
def test_framing_denied_for_pages_and_allowed_for_embed_views(site, browser, other_origin):
    page = browser.new_page()
    page.goto(other_origin)
    page.wait_for_timeout(500)
    embed = page.frame_locator("#embed")
    embed.locator('[data-testid="stMain"]').wait_for(timeout=30_000)
    normal = page.locator("#normal").element_handle().content_frame()
    # A frame refused by frame-ancestors is replaced by Chrome's error page.
    assert normal.url.startswith("chrome-error://"), normal.url
    assert normal.locator('[data-testid="stMain"]').count() == 0
    assert embed.locator('[data-testid="stMain"]').count() == 1
    page.close()
