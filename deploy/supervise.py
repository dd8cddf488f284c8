"""The layout's processes under supervisord (PyPI `supervisor`): each app process restarted when it dies, nginx
watched; `deploy/layout.py` reads their states and decides when it cannot recover.

Restart policy (docs/deploy.md):
- An app process that dies after it has run `START_SECONDS` is started again at once; meanwhile nginx sends
  its visitors to the other processes (`max_fails=1 fail_timeout=5s` in nginx.conf.template), and the
  browser's new session resumes from the page's URL.
- One that dies sooner is retried with supervisord's backoff (1 s, 2 s, 3 s ... between tries), at most
  `START_RETRIES` times; then supervisord marks it FATAL and the layout stops everything and exits 1, so the
  container platform restarts the whole container.
- nginx is never restarted here: when it exits, the layout exits 1 (it cannot serve without it).

Public:
- `Program(name, command, log)`; `render_config(run_dir, apps, nginx) -> str` (supervisord.conf);
- `Supervisor(run_dir, env)`: start supervisord, `states()`, `start(name)`, `shutdown()`.
"""

from __future__ import annotations

import http.client
import os
import shlex
import subprocess
import sys
import time
import xmlrpc.client
from dataclasses import dataclass
from pathlib import Path

START_SECONDS = 5  # an app process that lives this long counts as started (a later exit is restarted at once)
START_RETRIES = 5  # tries with backoff before an app process is FATAL (about 15 s of failing starts)
STOP_SECONDS = 20


@dataclass(frozen=True)
class Program:
    name: str
    command: list[str]
    log: str  # a file path, or "/dev/stdout" (the layout's own output: a container's log)
    restart: bool = True
    autostart: bool = True


def _section(program: Program, root: Path) -> str:
    retries = START_RETRIES if program.restart else 0
    return f"""
[program:{program.name}]
command={shlex.join(program.command).replace('%', '%%')}
directory={root}
autostart={str(program.autostart).lower()}
autorestart={str(program.restart).lower()}
startsecs={START_SECONDS if program.restart else 1}
startretries={retries}
stopsignal=TERM
stopwaitsecs={STOP_SECONDS}
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile={program.log}
stdout_logfile_maxbytes=0
"""


def render_config(run_dir: Path, programs: list[Program], root: Path) -> str:
    head = f"""[supervisord]
nodaemon=true
logfile={run_dir}/supervisord.log
pidfile={run_dir}/supervisord.pid
childlogdir={run_dir}
loglevel=info

[unix_http_server]
file={run_dir}/supervisor.sock
chmod=0700

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
"""
    return head + "".join(_section(p, root) for p in programs)


class Supervisor:
    """supervisord in the foreground of a child process, driven over its local socket."""

    def __init__(self, run_dir: Path, programs: list[Program], root: Path, env: dict | None = None):
        self.run_dir = run_dir
        config = run_dir / "supervisord.conf"
        config.write_text(render_config(run_dir, programs, root))
        self.process = subprocess.Popen([sys.executable, "-m", "supervisor.supervisord", "-c", str(config)],
                                        cwd=root, env={**os.environ, **(env or {})})
        try:
            self._wait_ready()
        except BaseException:
            self.shutdown()
            raise

    @property
    def rpc(self):
        """A fresh connection per call: supervisor's transport keeps one that a failed call leaves unusable."""
        from supervisor.xmlrpc import SupervisorTransport

        transport = SupervisorTransport(None, None, f"unix://{self.run_dir}/supervisor.sock")
        return xmlrpc.client.ServerProxy("http://localhost", transport=transport).supervisor

    def _wait_ready(self, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"supervisord exited with {self.process.returncode}")
            try:
                if self.rpc.getState()["statename"] == "RUNNING":
                    return
            except (OSError, xmlrpc.client.Error, http.client.HTTPException):
                pass
            time.sleep(0.1)
        raise RuntimeError("supervisord did not answer")

    def states(self) -> dict[str, dict]:
        """name -> supervisord's process info (statename, pid, exitstatus, spawnerr ...)."""
        return {info["name"]: info for info in self.rpc.getAllProcessInfo()}

    def start(self, name: str) -> None:
        self.rpc.startProcess(name, True)

    def shutdown(self) -> None:
        """Stop every program (TERM, then KILL after STOP_SECONDS) and supervisord itself."""
        if self.process.poll() is None:
            try:
                self.rpc.shutdown()
            except (OSError, xmlrpc.client.Error, http.client.HTTPException):
                self.process.terminate()
            try:
                self.process.wait(timeout=STOP_SECONDS + 10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
