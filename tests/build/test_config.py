"""The deployment settings that protect users, read from the files the server actually uses."""
import re
import socket
import subprocess
import tomllib

import pytest
from streamlit.testing.v1 import AppTest

from gapboard.build.config import PROJECT_ROOT
from gapboard.ui.registry import PAGES

CONFIG = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_server_settings_protect_users():
    server = CONFIG["server"]
    assert server["enableXsrfProtection"] is True
    assert 0 < server["maxUploadSize"] <= 10  # MB; uploads are small CSV/Parquet result files
    assert server["address"] == "127.0.0.1"  # replicas override this explicitly
    assert server.get("enableStaticServing", False) is False
    assert CONFIG["browser"]["gatherUsageStats"] is False
    assert CONFIG["client"]["showErrorDetails"] == "none"  # no tracebacks in the browser
    assert CONFIG["client"]["toolbarMode"] == "viewer"


def test_no_secrets_are_committed():
    tracked = subprocess.run(["git", "ls-files"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    names = tracked.stdout.split()
    assert not any(name.endswith("secrets.toml") or name.endswith(".env") for name in names)
    pattern = re.compile(r"(AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|sk-[A-Za-z0-9]{20,}|ghp_[A-Za-z0-9]{30,})")
    for name in names:
        path = PROJECT_ROOT / name
        if path.suffix in {".py", ".toml", ".md", ".csv", ".ini", ".txt", ".yml", ".yaml", ""} and path.is_file():
            assert not pattern.search(path.read_text(encoding="utf-8", errors="ignore")), name


@pytest.fixture
def no_network(monkeypatch):
    """Any connection to a non-loopback address fails the test."""
    attempts = []
    real_connect = socket.socket.connect

    def guarded(sock, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("/"):
            attempts.append(address)
            raise OSError(f"network access attempted: {address}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: guarded(socket.socket(), address))
    return attempts


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_no_page_touches_the_network(no_network, page_info):
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60)
    at.switch_page(page_info.file)
    at.run()
    assert not at.exception
    assert no_network == []


def test_the_network_guard_catches_a_fetch(no_network):
    at = AppTest.from_string("import urllib.request\nurllib.request.urlopen('http://93.184.216.34/', timeout=1)")
    at.run()
    assert at.exception and no_network == [("93.184.216.34", 80)]
