"""The real app in a real browser: a `streamlit run` server on a free port, Debian's Chromium, and waiting until
Streamlit has drawn everything."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from gapboard.build.config import PROJECT_ROOT
from gapboard.ui.frame import NAV_KEY

ARTIFACTS = PROJECT_ROOT / "test-results"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server(log_path: Path, env: dict[str, str] | None = None, script: Path = PROJECT_ROOT / "app.py"):
    """A real `streamlit run <script>` (default: app.py) on a free loopback port; yields its base URL."""
    with streamlit_process(log_path, env, script) as (url, _process):
        yield url


@contextmanager
def streamlit_process(log_path: Path, env: dict[str, str] | None = None, script: Path = PROJECT_ROOT / "app.py"):
    """Like `streamlit_server`, yielding (base URL, server process) for tools that watch the process."""
    port = free_port()
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)],
            cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        try:
            while True:
                try:
                    if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("streamlit did not start:\n" + log_path.read_text())
                time.sleep(0.1)
            yield url, process
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


APP_IDLE = (
    '[data-testid="stApp"][data-test-script-state="notRunning"][data-test-connection-state="CONNECTED"]'
)
NO_SKELETONS = (
    "() => !document.querySelector('[data-testid=stSkeleton],[data-testid=stSkeletonElement],"
    "[data-testid=stAppSkeleton]')"
)


def wait_for_app_run(page, timeout: int = 30_000) -> None:
    """Streamlit finished its script run and the frontend drew every element (no skeletons left)."""
    page.wait_for_selector(APP_IDLE, timeout=timeout)
    page.wait_for_function(NO_SKELETONS, timeout=timeout)


def nav_links(page):
    """The sidebar's page links, drawn by the app from the page registry."""
    return page.locator(f".st-key-{NAV_KEY}").get_by_test_id("stPageLink-NavLink")


def past_first_visit(browser, url: str) -> str:
    """Visit a fresh server once through app.py and return its URL.

    A fresh server runs a deep-linked page twice on its first visit (tests/browser/test_navigation.py covers that on
    servers of their own); the visit keeps a test from acting between those two runs.
    """
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    wait_for_app_run(page)
    context.close()
    return url


def worker_log(name: str) -> Path:
    """A server log of this test worker's own (the workers run their servers side by side)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / f"{name}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.log"

