"""Start and measure `streamlit run` processes on loopback (Linux /proc; no extra dependencies)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOG_DIR = ROOT / "tests" / "artifacts"
SERVED_SCRIPT = "server.py"  # app.py as the public site serves it (the /_ready endpoint, clear_cache refused)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_bytes(pid: int) -> int:
    """Resident memory of one process now."""
    with open(f"/proc/{pid}/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process (all its threads) has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def wait_healthy(base: str, process: subprocess.Popen | None = None, seconds: float = 90, failed=None) -> float:
    """Block until /_stcore/health answers 200; return how long that took. Gives up when `process` exits, or
    when `failed()` (for a process someone else runs) returns a reason."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        reason = failed() if failed else None
        if reason:
            raise RuntimeError(reason)
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return time.monotonic() - started
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{base} did not become healthy within {seconds:.0f} s")


@dataclass
class App:
    base: str
    port: int
    process: subprocess.Popen
    started_at: float  # time.perf_counter() just before spawning

    @property
    def pid(self) -> int:
        return self.process.pid


def spawn_streamlit(script: str | Path = SERVED_SCRIPT, *, port: int | None = None, env: dict | None = None,
                    extra_args: tuple[str, ...] = (), log_name: str | None = "bench-streamlit",
                    cwd: Path = ROOT) -> App:
    """Spawn `streamlit run SCRIPT` on 127.0.0.1 (does not wait for it).

    Its output goes to tests/artifacts/LOG_NAME-PORT.log, or to this process's own output when
    log_name is None (a container's log). `cwd`: the checkout it runs (another commit's, for a baseline).
    """
    port = port or free_port()
    log = None
    if log_name:
        log = open(log_path(log_name, port), "w")
    started = time.perf_counter()
    process = subprocess.Popen(streamlit_command(port, script, extra_args), cwd=cwd, env={**os.environ, **(env or {})},
                               stdout=log, stderr=subprocess.STDOUT if log else None)
    return App(f"http://127.0.0.1:{port}", port, process, started)


def streamlit_command(port: int, script: str | Path = SERVED_SCRIPT, extra_args: tuple[str, ...] = ()) -> list[str]:
    """`streamlit run SCRIPT` on 127.0.0.1:PORT (run from the project's root)."""
    return [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
            "--server.address", "127.0.0.1", "--server.headless", "true", *extra_args]


def log_path(log_name: str, port: int) -> Path:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    return LOG_DIR / f"{log_name}-{port}.log"


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def running_streamlit(script: str | Path = SERVED_SCRIPT, **kwargs):
    """A healthy streamlit process for the duration of the block; always stopped afterwards."""
    app = spawn_streamlit(script, **kwargs)
    try:
        wait_healthy(app.base, app.process)
        yield app
    finally:
        stop(app.process)
