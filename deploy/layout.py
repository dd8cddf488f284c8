"""The public deployment layout: N `streamlit run` processes behind one nginx, all on one host.

    python -m deploy.layout --processes 2 --port 8080 [--static-dir site/]

starts the app processes on loopback ports and nginx under supervisord in the foreground (no system
service; deploy/supervise.py), with the config rendered from deploy/nginx.conf.template into a temporary
directory. A dead app process is restarted while nginx sends its visitors to the others; the command
exits 1 only when it cannot recover (nginx gone, an app process that keeps failing to start), 0 on
Ctrl-C/SIGTERM. Tests and the load test use `cluster()`, the container image uses the command line.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from deploy import daily_export, frontend
from deploy.supervise import Program, Supervisor
from devtools.procs import wait_healthy

ROOT = Path(__file__).resolve().parents[1]
APP_STATIC_DIR = ROOT / "static"  # served by Streamlit at /app/static/ too (enableStaticServing)
TEMPLATE = Path(__file__).with_name("nginx.conf.template")
NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")

# The tightest policy the app works with (checked on every page by tests/browser/test_deploy_nginx.py):
# - scripts only from the app's own origin, plus the hashes of the inline scripts in Streamlit's
#   index.html (added by `content_security_policy`), and blob: modules, which is how Streamlit's own
#   frontend loads a components-v2 script (the Find page's location button); a blob: URL can only be
#   minted by script already running on the page; WebAssembly compiled by those scripts;
# - styles from the app, plus inline styles: Streamlit's CSS-in-JS (emotion) and its markdown
#   renderer write <style> elements and style attributes at run time;
# - images: the app's own /media/ files, and data:/blob: URLs the frontend makes for icons and
#   downloads; fonts are bundled (data: for the icon font fallback);
# - connect-src 'self' covers fetch() and the same-origin WebSocket (CSP3 matches ws:/wss: to 'self').
CSP_DIRECTIVES = {
    "default-src": "'self'",
    # 'wasm-unsafe-eval': WebAssembly compiled by the app's own scripts (no eval of text); the agenda's
    # network picture (st.graphviz_chart) lays out its graph with Graphviz built to WebAssembly and
    # without it draws a 0x0 box.
    "script-src": "'self' blob: 'wasm-unsafe-eval'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "frame-src": "'self'",
    "worker-src": "'self' blob:",
    "media-src": "'self' blob:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}
# Each app process in this layout: no file watching (code changes ship as a new deploy; also the default
# of .streamlit/config.toml, said again here so the layout does not depend on that file), no agent API.
PRODUCTION_ARGS = ("--server.fileWatcherType", "none", "--server.runOnSave", "false", "--server.enableAgentApi", "false")
# Sites that may frame the embed views. Public deployment: any HTTPS site (candidates' own pages).
DEFAULT_EMBED_ANCESTORS = "'self' https:"


def streamlit_index_html() -> str:
    import streamlit

    return (Path(streamlit.__file__).parent / "static" / "index.html").read_text()


def folium_build_dir() -> Path:
    """streamlit-folium's built front end (what Streamlit serves at /component/streamlit_folium.st_folium/)."""
    import streamlit_folium

    return Path(streamlit_folium.__file__).parent / "frontend" / "build"


def inline_script_hashes(html: str) -> list[str]:
    """CSP 'sha256-...' sources for each inline <script> (exact text between the tags)."""
    bodies = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S | re.I)
    return [f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'" for b in bodies if b.strip()]


def font_preloads(html: str) -> list[str]:
    """The exact <link rel="preload" ... as="font"> tags of Streamlit's index.html.

    Streamlit preloads its Source Sans font on every first visit even when the theme draws text with the
    system font stack (.streamlit/config.toml), so the browser downloads a font it never uses; nginx
    removes these tags from the page (sub_filter). Found in the installed Streamlit's own file, so an
    upgrade that renames the font still matches.
    """
    return [tag for tag in re.findall(r"<link\b[^>]*>", html, flags=re.S) if "preload" in tag and 'as="font"' in tag]


# Streamlit's front end finds its server by trying the page's own path first: on /map it asks
# /map/_stcore/health and host-config, fails, and only then tries the site root, which cost about 0.3-0.4 s
# before the WebSocket opened (cold /map, issue 16). The app is served at the root of its origin, so the
# page says so before Streamlit's script runs (window.__streamlit is Streamlit's own embedding setting).
BOOT_SCRIPT = "window.__streamlit={BACKEND_BASE_URL:location.origin};"


def sub_filters(html: str) -> str:
    """nginx sub_filter lines: the boot script into <head>, and the font preloads dropped."""
    lines = [f"            sub_filter '<head>' '<head><script>{BOOT_SCRIPT}</script>';"] if "<head>" in html else []
    lines += [f"            sub_filter '{tag}' '';" for tag in font_preloads(html) if "'" not in tag]
    return "\n".join(lines)


def script_sources() -> tuple[str, str]:
    """script-src for app pages, and for component iframes.

    streamlit-folium's iframe runs the map script its Python side sends, by eval and by inline
    <script> elements whose text changes with every map, so no hash can list them: component
    documents (and only they) get 'unsafe-inline' 'unsafe-eval'. Whatever a component draws from
    data must be escaped on the Python side (the injection test hovers the map for that).
    """
    html = streamlit_index_html()
    boot = inline_script_hashes(f"<script>{BOOT_SCRIPT}</script>") if "<head>" in html else []
    pages = " ".join([CSP_DIRECTIVES["script-src"], *inline_script_hashes(html), *boot])
    return pages, f"{CSP_DIRECTIVES['script-src']} 'unsafe-inline' 'unsafe-eval'"


def content_security_policy(extra: list[str] | tuple[str, ...] = ()) -> str:
    """The policy without script-src and frame-ancestors (nginx adds those per request).

    `extra` adds sources, e.g. "img-src https://tile.example.org" when the map shows street tiles
    (SLATE_MAP_TILES).
    """
    directives = {k: v for k, v in CSP_DIRECTIVES.items() if k != "script-src"}
    for item in extra:
        name, _, value = item.strip().partition(" ")
        if name == "script-src" or not value.strip():
            raise ValueError(f"cannot add {item!r}: give 'directive source ...' (scripts stay the app's own)")
        directives[name] = f"{directives.get(name, '')} {value.strip()}".strip()
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def cpus_available() -> int:
    """Cores this process may use: the container's CPU quota (cgroup v2 cpu.max) or its affinity."""
    cores = len(os.sched_getaffinity(0))
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()
        if quota != "max":
            cores = min(cores, max(1, round(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cores)


def find_nginx(install: bool = True) -> str:
    """The nginx binary; installs the Debian package with apt-get when it is missing (needs root)."""
    for path in (shutil.which("nginx"), *NGINX_CANDIDATES):
        if path and os.access(path, os.X_OK):
            return path
    if not install:
        raise FileNotFoundError("nginx is not installed (Debian: apt-get install nginx)")
    if os.geteuid() != 0:
        raise PermissionError("nginx is missing and installing it needs root: apt-get install -y nginx")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "nginx"], check=True, env=env)
    return find_nginx(install=False)


def mime_types_file() -> str:
    for path in ("/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"):
        if os.path.exists(path):
            return path
    raise FileNotFoundError("nginx's mime.types was not found")


def render_config(*, listen: str, app_ports: list[int], run_dir: Path, static_dir: Path,
                  embed_ancestors: str = DEFAULT_EMBED_ANCESTORS, csp_extra: tuple[str, ...] = (),
                  secure_cookie: bool = False, frontend_dir: Path | None = None,
                  down: frozenset[int] = frozenset()) -> str:
    """The nginx config; `frontend_dir`: the precompressed copy of Streamlit's front end (built if None);
    `down`: app ports nginx must not send visitors to (a process being restarted, until it is warm)."""
    frontend_dir = frontend_dir or frontend.frontend_dir()
    servers = "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=5s{' down' if port in down else ''};"
                        for port in app_ports)
    page_scripts, component_scripts = script_sources()
    return fill_template(
        TEMPLATE.read_text(),
        RUN_DIR=run_dir, MIME_TYPES=mime_types_file(), UPSTREAM_SERVERS=servers, LISTEN=listen,
        STATIC_DIR=str(static_dir).rstrip("/"), EMBED_ANCESTORS=embed_ancestors, EMBED_PATHS=embed_paths(),
        FRONTEND_DIR=str(frontend_dir), APP_STATIC_DIR=str(APP_STATIC_DIR), FOLIUM_BUILD_DIR=str(folium_build_dir()),
        PAGE_SUB_FILTERS=sub_filters(streamlit_index_html()),
        CSP=f"{content_security_policy(csp_extra)}; script-src $script_src",
        SCRIPT_SRC=page_scripts, COMPONENT_SCRIPT_SRC=component_scripts,
        # Over HTTPS the routing cookie must also reach embed views inside other sites' iframes
        # (a third-party context): SameSite=None needs Secure, and Partitioned keeps it per embedding site.
        COOKIE_ATTRIBUTES="; Secure; SameSite=None; Partitioned" if secure_cookie else "; SameSite=Lax",
    )


def embed_paths() -> str:
    """A regular expression of the URL paths that have an embed layout (routes marked embeddable), e.g.
    `/(map|majority)/?`: only these may be framed by other sites (with ?embed=true)."""
    from slate_explorer.routes import ROUTES

    paths = sorted(re.escape(r.path) for r in ROUTES.values() if r.embeddable)
    return f"/({'|'.join(paths)})/?"


def warm_up(base: str) -> None:
    """Run the home page once in a fresh process, before visitors arrive.

    It imports the app and loads the data, so the first visitor does not wait for that.
    """
    from devtools.stclient import Session, run_sync

    async def visit():
        session = Session(base)
        try:
            interaction = await session.open("")
        finally:
            await session.close()
        if interaction.errors:
            raise RuntimeError(f"warm-up visit of {base} failed: {interaction.errors}")

    run_sync(visit())


def fill_template(text: str, **values) -> str:
    """Replace ${UPPER_CASE} fields (nginx's own $variables stay as they are); a missing one is an error."""
    return re.sub(r"\$\{([A-Z_]+)\}", lambda m: str(values[m.group(1)]), text)


@dataclass
class AppProcess:
    """One app process of the layout, under supervisord (its pid changes when it is restarted)."""

    name: str
    port: int
    supervisor: Supervisor

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.supervisor.states()[self.name]["pid"]


@dataclass
class Cluster:
    url: str
    supervisor: Supervisor
    apps: list[AppProcess] = field(default_factory=list)
    run_dir: Path | None = None
    config: str = ""
    render: object = None  # down ports -> the nginx config (render_config with this layout's settings)

    @property
    def app_pids(self) -> list[int]:
        return [a.pid for a in self.apps]

    def route_around(self, down: frozenset[int]) -> None:
        """Rewrite nginx's config with these app ports marked down and reload it (old workers finish their
        open WebSockets; new requests follow the new config)."""
        self.config = self.render(down)
        (self.run_dir / "nginx.conf").write_text(self.config)
        self.supervisor.rpc.signalProcess("nginx", "HUP")

    def problem(self) -> str | None:
        """Why the layout cannot recover (nginx exited, an app process FATAL, supervisord gone), else None."""
        if self.supervisor.process.poll() is not None:
            return f"supervisord exited with {self.supervisor.process.returncode}"
        states = self.supervisor.states()
        if states["nginx"]["statename"] != "RUNNING":
            return f"nginx is {states['nginx']['statename']} (exit status {states['nginx']['exitstatus']})"
        fatal = [f"{a.name} ({states[a.name]['spawnerr'] or 'kept exiting'})" for a in self.apps
                 if states[a.name]["statename"] == "FATAL"]
        return f"gave up restarting {', '.join(fatal)}" if fatal else None


def _wait_http(url: str, failed, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if failed():
            raise RuntimeError(failed())
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer in {seconds:.0f} s")


def _state_problem(supervisor: Supervisor, name: str, given_up=("FATAL",)):
    """For waiting on a program: why waiting is over (an app process is retried until FATAL; nginx is not)."""
    def failed() -> str | None:
        if supervisor.process.poll() is not None:
            return f"supervisord exited with {supervisor.process.returncode}"
        state = supervisor.states()[name]
        return f"{name} is {state['statename']}: {state['spawnerr']}" if state["statename"] in given_up else None
    return failed


def _programs(ports: list[int], app_args: tuple[str, ...], run_dir: Path, nginx_args: list[str],
              log_name: str | None) -> list[Program]:
    from devtools.procs import log_path, streamlit_command

    apps = [Program(f"app-{port}", streamlit_command(port, extra_args=app_args),
                    str(log_path(log_name, port)) if log_name else "/dev/stdout") for port in ports]
    nginx = Program("nginx", nginx_args, str(run_dir / "nginx.stderr"), restart=False, autostart=False)
    return [*apps, nginx]


@contextmanager
def cluster(processes: int = 2, *, env: dict | None = None, static_dir: Path | None = None,
            port: int | None = None, embed_ancestors: str = DEFAULT_EMBED_ANCESTORS,
            app_args: tuple[str, ...] = PRODUCTION_ARGS, listen_host: str = "127.0.0.1", secure_cookie: bool = False,
            log_name: str | None = "cluster-streamlit", csp_extra: tuple[str, ...] = ()):
    """nginx + `processes` app processes on loopback under supervisord (deploy/supervise.py: a dead app process
    is restarted), all stopped when the block ends. App output goes to tests/artifacts/LOG_NAME-PORT.log, or
    to our own output with log_name=None."""
    from devtools.procs import free_port

    nginx_bin = find_nginx()
    run_dir = Path(tempfile.mkdtemp(prefix="slate-nginx-"))
    os.chmod(run_dir, 0o755)  # nginx workers (user nobody when started as root) use temp dirs here
    if static_dir is None:
        static_dir = run_dir / "static-site"
        static_dir.mkdir()
    ports = [free_port() for _ in range(processes)]
    port = port or free_port()

    def render(down: frozenset[int] = frozenset()) -> str:
        return render_config(listen=f"{listen_host}:{port}", app_ports=ports, run_dir=run_dir, static_dir=static_dir,
                             embed_ancestors=embed_ancestors, secure_cookie=secure_cookie, csp_extra=csp_extra,
                             down=down)

    config = render()
    (run_dir / "nginx.conf").write_text(config)
    # -e: nginx opens its error log before reading the config; not the system one (may be unwritable).
    args = [nginx_bin, "-c", str(run_dir / "nginx.conf"), "-p", str(run_dir), "-e", str(run_dir / "error.log")]
    subprocess.run([*args, "-t", "-q"], check=True, capture_output=True)
    supervisor = None
    try:
        supervisor = Supervisor(run_dir, _programs(ports, app_args, run_dir, args, log_name), ROOT, env)
        apps = [AppProcess(f"app-{p}", p, supervisor) for p in ports]
        for app in apps:
            wait_healthy(app.base, failed=_state_problem(supervisor, app.name))
            warm_up(app.base)
        supervisor.start("nginx")
        url = f"http://127.0.0.1:{port}"
        _wait_http(f"{url}/_stcore/health", _state_problem(supervisor, "nginx", ("FATAL", "EXITED")))
        yield Cluster(url, supervisor, apps, run_dir, config, render)
    finally:
        if supervisor is not None:
            supervisor.shutdown()
        shutil.rmtree(run_dir, ignore_errors=True)


def watch(running: Cluster, stopping, every=None, interval: float = 1.0) -> int:
    """Until `stopping()`: 0; 1 when the layout cannot recover. An app process that died is marked down in
    nginx at once (a restarted Streamlit accepts connections seconds before it can run a page: visitors sent
    there would wait for its imports), warmed up once supervisord has it running again, then marked up.
    `every()` runs each second (the daily export)."""
    warm = {a.name: a.pid for a in running.apps}  # name -> the pid that is warm
    warming: dict[str, int] = {}  # name -> the pid being warmed up
    down: frozenset[int] = frozenset()
    while not stopping():
        problem = running.problem()
        if problem:
            print(f"deploy.layout: cannot recover: {problem}; stopping (exit 1)", file=sys.stderr, flush=True)
            return 1
        states = running.supervisor.states()
        # A process supervisord still calls STARTING (its first startsecs) is the one warmed before nginx
        # started when its pid is the warm one: marking it down sent every first visitor a 502.
        cold = frozenset(a.port for a in running.apps if states[a.name]["pid"] != warm[a.name]
                         or states[a.name]["statename"] not in ("RUNNING", "STARTING"))
        for app in running.apps:
            state = states[app.name]
            if app.port in cold and state["statename"] == "RUNNING" and warming.get(app.name) != state["pid"]:
                warming[app.name] = state["pid"]
                print(f"deploy.layout: {app.name} restarted (pid {state['pid']})", file=sys.stderr, flush=True)
                threading.Thread(target=_warm_restarted, args=(app, state["pid"], warm), daemon=True).start()
        if cold != down:
            running.route_around(cold)
            down = cold
        if every is not None:
            every()
        time.sleep(interval)
    return 0


def _warm_restarted(app: AppProcess, pid: int, warm: dict) -> None:
    """Warm the restarted process up; once it is, the watch loop marks it up in nginx again."""
    try:
        wait_healthy(app.base, seconds=60)
        warm_up(app.base)
        warm[app.name] = pid
    except Exception as problem:  # the next check of the loop sees a process that keeps failing
        print(f"deploy.layout: warm-up of {app.name} failed: {problem}", file=sys.stderr, flush=True)


def static_site_address() -> str | None:
    """The exported site's public address: SLATE_STATIC_URL, else SLATE_PUBLIC_URL + /static-site, else None."""
    public = os.environ.get("SLATE_PUBLIC_URL", "").strip().rstrip("/")
    return os.environ.get("SLATE_STATIC_URL", "").strip() or (f"{public}/static-site" if public else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=cpus_available(), help="app processes (default: one per available core)")
    parser.add_argument("--https", action="store_true", help="visitors arrive over HTTPS (TLS ends in front of nginx): secure routing cookie")
    parser.add_argument("--port", type=int, default=8080, help="port nginx listens on")
    parser.add_argument("--listen", default=None, help="nginx listen host (default 127.0.0.1; 0.0.0.0 in a container)")
    parser.add_argument("--static-dir", type=Path, default=None, help="folder served at /static-site/")
    parser.add_argument("--export", action="store_true",
                        help="write the static export into --static-dir at start and again whenever the date changes "
                             "(deploy/daily_export.py); with SLATE_PUBLIC_URL set, /share offers its pages as embeds")
    parser.add_argument("--embed-ancestors", default=DEFAULT_EMBED_ANCESTORS, help="CSP sources that may frame ?embed=true views")
    parser.add_argument("--csp-extra", action="append", default=[], metavar="'DIRECTIVE SOURCES'",
                        help="add sources to the content-security policy, e.g. 'img-src https://tiles.example.org'")
    parser.add_argument("--print-config", action="store_true", help="print the rendered nginx config and exit")
    args = parser.parse_args(argv)
    if args.print_config:
        print(render_config(listen=f"{args.listen or '127.0.0.1'}:{args.port}", app_ports=[8501 + i for i in range(args.processes)],
                            run_dir=Path("/tmp/slate-nginx"), static_dir=args.static_dir or Path("/srv/static-site"),
                            embed_ancestors=args.embed_ancestors, secure_cookie=args.https,
                            csp_extra=tuple(args.csp_extra)))
        return 0
    stopping = False

    def _stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    # Boundary layers and the map's files, before any app process takes a visitor (a failure is reported by the map).
    subprocess.run([sys.executable, "-m", "slate_explorer", "geodata"], cwd=ROOT, check=False)
    host = (args.listen or "127.0.0.1").rsplit(":", 1)[0]
    static_dir, export, app_env = args.static_dir, None, {}
    if args.export:
        if static_dir is None:
            parser.error("--export needs --static-dir (where the days' sites are written)")
        address = static_site_address()
        export = daily_export.DailyExport(static_dir, address)
        export.refresh()  # today's site, written before nginx serves it
        static_dir = daily_export.served_dir(static_dir)
        if address:  # the app processes offer the exported pages as embeds (share/embed.py)
            app_env["SLATE_STATIC_URL"] = address
    with cluster(args.processes, env=app_env, static_dir=static_dir, port=args.port,
                 embed_ancestors=args.embed_ancestors, listen_host=host, secure_cookie=args.https, log_name=None,
                 csp_extra=tuple(args.csp_extra)) as running:
        pids = ", ".join(f"{name}={info['pid']}" for name, info in running.supervisor.states().items())
        print(f"serving {running.url} via nginx -> {len(running.apps)} app processes ({pids})", flush=True)
        # A dead app process is restarted by supervisord; exit 1 only when that cannot help (nginx gone, an app
        # process that keeps failing): the container platform then restarts the container.
        return watch(running, lambda: stopping, export.refresh if export is not None else None)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
