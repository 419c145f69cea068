"""Downloading a dataset's files from its GitHub upstream or from a mirror, each checked before it is kept.

httpx does the HTTP (connect and read timeouts, retried connection errors); every body is streamed against a size
cap and an overall deadline, and checked for what it must be: a JSON, YAML or CSV file that parses, never an HTML
error page. A mirror is an HTTP base URL or a local folder: `<mirror>/<dataset>/<path in the repository>`, or, when
one dataset is refreshed, `<mirror>/<path in the repository>` as well.
"""
from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import yaml

from gapboard.refresh.upstreams import CSV, JSON, TEXT, YAML, File, Upstream

CONNECT_SECONDS = 10.0
READ_SECONDS = 30.0
DEADLINE_SECONDS = 120.0  # a whole file, however slowly its bytes arrive
RETRIES = 2  # connection failures only; an HTTP error status is final
RAW = "https://raw.githubusercontent.com"
API = "https://api.github.com"


class FetchFailed(Exception):
    """What could not be fetched, where from, and why."""

    def __init__(self, where: str, why: str):
        self.where, self.why = where, why
        super().__init__(f"{where}: {why}")


class Missing(FetchFailed):
    """The file does not exist there (HTTP 404 or no such file)."""


def _looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def check(body: bytes, kind: str, where: str) -> None:
    """Raise FetchFailed unless `body` is a whole file of `kind`."""
    if kind != TEXT and _looks_like_html(body):
        raise FetchFailed(where, f"an HTML page came back where a {kind.upper()} file was expected")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FetchFailed(where, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        if kind == JSON:
            json.loads(text)
        elif kind == YAML:
            yaml.safe_load(text)
        elif kind == CSV:
            rows = list(csv.reader(io.StringIO(text)))
            if not rows or len(rows[0]) < 2:
                raise ValueError("no header row")
    except (ValueError, yaml.YAMLError, csv.Error) as exc:
        raise FetchFailed(where, f"not a valid {kind.upper()} file (truncated or damaged): {str(exc).splitlines()[0][:200]}") from exc


@dataclass
class Source:
    """Where files come from: the upstream itself (mirror None) or a mirror URL or folder."""

    mirror: str | None = None
    single: bool = False  # one dataset is refreshed: the mirror may hold its repository's files at the top

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            timeout=httpx.Timeout(READ_SECONDS, connect=CONNECT_SECONDS), follow_redirects=True,
            transport=httpx.HTTPTransport(retries=RETRIES), headers={"User-Agent": "gapboard-refresh", "Accept-Encoding": "identity"},  # sizes as sent
        )

    def close(self) -> None:
        self._client.close()

    @property
    def label(self) -> str:
        return self.mirror or "upstream"

    def version(self, dataset: str, upstream: Upstream) -> str | None:
        """The upstream branch's newest commit (None from a mirror, which has no history to name)."""
        if self.mirror is not None:
            return None
        body = self._get(f"{API}/repos/{upstream.repository}/commits/{upstream.branch}", 1 << 20)
        check(body, JSON, f"{upstream.repository} commit of {upstream.branch}")
        sha = json.loads(body).get("sha")
        if not isinstance(sha, str) or len(sha) != 40:
            raise FetchFailed(f"{upstream.repository}@{upstream.branch}", "GitHub did not name the branch's newest commit")
        return sha

    def fetch(self, dataset: str, upstream: Upstream, ref: str | None, file: File, cap: int) -> bytes:
        """One file's bytes, checked; Missing when it does not exist."""
        if self.mirror is None:
            where = f"{RAW}/{upstream.repository}/{ref or upstream.branch}/{file.repository_path}"
            body = self._get(where, cap)
        elif "://" in self.mirror:
            body, where = self._from_mirror_url(dataset, file, cap)
        else:
            body, where = self._from_folder(dataset, file, cap)
        check(body, file.kind, where)
        return body

    def _candidates(self, dataset: str, file: File) -> list[str]:
        paths = [f"{dataset}/{file.repository_path}"]
        return paths + [file.repository_path] if self.single else paths

    def _from_mirror_url(self, dataset: str, file: File, cap: int) -> tuple[bytes, str]:
        base = self.mirror.rstrip("/")
        tried = [f"{base}/{path}" for path in self._candidates(dataset, file)]
        for where in tried:
            try:
                return self._get(where, cap), where
            except Missing:
                continue
        also = f"; also tried {', '.join(tried[1:])}" if len(tried) > 1 else ""
        raise Missing(tried[0], f"HTTP 404 (not found{also})")

    def _from_folder(self, dataset: str, file: File, cap: int) -> tuple[bytes, str]:
        base = Path(self.mirror)
        for path in self._candidates(dataset, file):
            candidate = base / path
            if candidate.is_file():
                size = candidate.stat().st_size
                if size > cap:
                    raise FetchFailed(str(candidate), f"{size:,} bytes, over the {cap:,}-byte cap for this file")
                return candidate.read_bytes(), str(candidate)
        raise Missing(str(base / self._candidates(dataset, file)[0]), "no such file in the mirror folder")

    def _get(self, url: str, cap: int) -> bytes:
        started = time.monotonic()
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code == 404:
                    raise Missing(url, "HTTP 404 (not found)")
                if response.status_code >= 400:
                    raise FetchFailed(url, f"HTTP {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > cap:
                    raise FetchFailed(url, f"{int(declared):,} bytes announced, over the {cap:,}-byte cap for this file")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FetchFailed(url, f"more than the {cap:,}-byte cap for this file")
                    if time.monotonic() - started > DEADLINE_SECONDS:
                        raise FetchFailed(url, f"still arriving after {DEADLINE_SECONDS:.0f} s")
                    chunks.append(chunk)
                if declared and declared.isdigit() and size != int(declared):
                    raise FetchFailed(url, f"truncated: {size:,} of {int(declared):,} bytes arrived")
                return b"".join(chunks)
        except httpx.TimeoutException as exc:
            raise FetchFailed(url, f"timed out ({type(exc).__name__})") from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchFailed(url, f"truncated: the connection closed before the whole file arrived ({exc})") from exc
        except httpx.HTTPError as exc:
            raise FetchFailed(url, f"{type(exc).__name__}: {exc}") from exc
