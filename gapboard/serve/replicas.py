"""Several app replicas behind HAProxy on one port.

    python -m gapboard.serve [--replicas 2] [--port 8501] [--first-replica-port 8601]     # also: make replicas N=2

Every replica runs the same app with the same settings: the ones that must be equal are passed to each (the
cookie secret signs the XSRF cookie an upload carries, so a replica must accept what another one set) and the
data location comes from `GAPBOARD_DATA_DIR` (point it at one published build, e.g. `s3://bucket/gapboard`).
HAProxy sends a browser to one replica and keeps it there with a cookie; when that replica stops answering its
health check, the next request and the websocket's reconnection go to a live one, which rebuilds the view from
the URL (everything but this session's uploaded rows, which the page then says were lost).
"""
from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from gapboard.build.config import PROJECT_ROOT

COOKIE = "GAPBOARD_REPLICA"  # HAProxy's stickiness cookie: which replica holds this browser's session
HEALTH = "/_stcore/health"
COOKIE_SECRET_ENV = "GAPBOARD_COOKIE_SECRET"  # set it to one value for replicas started by separate launchers
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"


def haproxy_config(port: int, replicas: list[int], address: str = "127.0.0.1") -> str:
    """The HAProxy configuration: sticky by cookie, health-checked, websockets kept open, failed replicas skipped."""
    servers = "\n".join(
        f"    server r{i} 127.0.0.1:{p} check cookie r{i} inter 1s fall 2 rise 2" for i, p in enumerate(replicas, start=1)
    )
    return f"""global
    maxconn 4096

defaults
    mode http
    option redispatch          # a request whose sticky replica is down goes to a live one
    retries 2
    timeout connect 5s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h          # Streamlit's websocket stays open for the whole session

frontend gapboard
    bind {address}:{port}
    default_backend replicas

backend replicas
    balance roundrobin
    cookie {COOKIE} insert indirect nocache httponly
    option httpchk GET {HEALTH}
    http-check expect string ok
{servers}
"""


@dataclass
class Replicas:
    url: str
    replica_ports: list[int]
    processes: list[subprocess.Popen]  # the replicas, in port order
    balancer: subprocess.Popen

    def replica_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.replica_ports[index]}"


def _wait_healthy(url: str, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if urllib.request.urlopen(url + HEALTH, timeout=1).read() == b"ok":
                return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not become healthy; its log:\n" + log.read_text(errors="replace")[-4000:])
        time.sleep(0.1)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def replicas(count: int, port: int, replica_ports: list[int], logs: Path, env: dict[str, str] | None = None) -> Iterator[Replicas]:
    """Start `count` replicas on `replica_ports` and HAProxy on `port`; stop them all on exit."""
    logs.mkdir(parents=True, exist_ok=True)
    secret = os.environ.get(COOKIE_SECRET_ENV) or secrets.token_hex(32)
    # Streamlit takes the secret only from its config or environment, never from the command line
    environment = {**os.environ, **(env or {}), "STREAMLIT_SERVER_COOKIE_SECRET": secret}
    started: list[subprocess.Popen] = []
    balancer = None
    try:
        for index, replica_port in enumerate(replica_ports[:count], start=1):
            log = logs / f"replica-{index}.log"
            started.append(subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(replica_port)],
                cwd=PROJECT_ROOT, env=environment, stdout=log.open("w"), stderr=subprocess.STDOUT,
            ))
        for index, (process, replica_port) in enumerate(zip(started, replica_ports), start=1):
            _wait_healthy(f"http://127.0.0.1:{replica_port}", process, logs / f"replica-{index}.log")
        config = logs / "haproxy.cfg"
        config.write_text(haproxy_config(port, replica_ports[:count]))
        balancer_log = logs / "haproxy.log"
        balancer = subprocess.Popen([HAPROXY, "-db", "-f", str(config)], stdout=balancer_log.open("w"), stderr=subprocess.STDOUT)
        _wait_healthy(f"http://127.0.0.1:{port}", balancer, balancer_log)
        yield Replicas(f"http://127.0.0.1:{port}", replica_ports[:count], started, balancer)
    finally:
        for process in [*started, *([balancer] if balancer else [])]:
            _stop(process)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gapboard.serve", description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=2, help="how many app processes (default 2)")
    parser.add_argument("--port", type=int, default=8501, help="the one port users open (default 8501)")
    parser.add_argument("--first-replica-port", type=int, default=8601, help="replicas listen from this port up")
    parser.add_argument("--logs", type=Path, default=None, help="folder for the replicas' and HAProxy's logs")
    args = parser.parse_args(argv)
    if not Path(HAPROXY).exists():
        print("HAProxy is not installed: `sudo apt-get install haproxy` (Debian's package)", file=sys.stderr)
        return 2
    logs = args.logs or Path(tempfile.mkdtemp(prefix="gapboard-replicas-"))
    ports = [args.first_replica_port + i for i in range(args.replicas)]
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    with replicas(args.replicas, args.port, ports, logs) as running:
        print(f"Gapboard on {running.url}: {args.replicas} replicas on ports {', '.join(map(str, ports))}; logs in {logs}")
        try:
            while not stop and all(p.poll() is None for p in [running.balancer]):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
    return 0
