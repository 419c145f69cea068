"""A dataset mirror for the refresh tests: a folder laid out like the upstream repositories, served on 127.0.0.1 by
a small HTTP server whose answer for any path a test can replace (an error status, a slow reply, other bytes)."""
from __future__ import annotations

import hashlib
import http.server
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from gapboard.build.config import DataPaths
from gapboard.refresh.upstreams import LAYOUTS


def mirror_of(paths: DataPaths, dataset: str, target: Path) -> Path:
    """A mirror folder holding `dataset` as its upstream lays it out (`<target>/<dataset>/<path upstream>`), made from
    the data folder's snapshot, plus every further file its index lists."""
    layout, held = LAYOUTS[dataset], paths.external / dataset
    files = list(layout.files)
    if layout.more is not None:
        files += layout.more({f.repository_path: (held / f.local_path).read_bytes() for f in layout.files})
    for file in files:
        source = held / file.local_path
        if source.is_file():
            destination = target / dataset / file.repository_path
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, destination)
    return target


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path → sha256), to prove a failed refresh changed nothing."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@dataclass
class Reply:
    status: int = 200
    body: bytes | None = None  # None: the mirror file's bytes
    delay: float = 0.0  # seconds before answering
    declared_length: int | None = None  # a Content-Length that differs from the body sent (a cut-off transfer)


@contextmanager
def mirror_server(root: Path) -> Iterator[tuple[str, dict[str, Reply]]]:
    """Serve `root` on a free loopback port; yields (base URL, replies by URL path) for a test to fill in."""
    replies: dict[str, Reply] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            reply = replies.get(self.path, Reply())
            time.sleep(reply.delay)
            file = root / self.path.lstrip("/")
            body = reply.body if reply.body is not None else (file.read_bytes() if file.is_file() else None)
            if body is None:
                reply = Reply(404, b"not found")
                body = reply.body
            self.send_response(reply.status)
            self.send_header("Content-Length", str(reply.declared_length or len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", replies
    finally:
        server.shutdown()
        server.server_close()
