"""Where the app reads a build from: the local data folder, or a published copy on object storage.

`GAPBOARD_DATA_DIR` names the data folder. A local path (the default, `data/`) holds sources and
builds, and the app rebuilds it when sources change. A URL such as `s3://bucket/gapboard` (any fsspec
filesystem) holds only what `python -m gapboard.build.publish` uploaded — `built/manifest.json` and the
version folders — and is read-only for the app: several replicas can point at it at once.
For S3, credentials, region and endpoint come from the usual AWS settings (`AWS_ACCESS_KEY_ID`,
`AWS_SECRET_ACCESS_KEY`, `AWS_DEFAULT_REGION`, `AWS_ENDPOINT_URL`, or a profile).
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Protocol

import duckdb

from gapboard.build.config import DATA_DIR_ENV, DataPaths, data_paths
from gapboard.build.manifest import (
    Manifest,
    ManifestError,
    parse_manifest,
    read_manifest,
)

MANIFEST_REFRESH_SECONDS = 30.0  # how soon a replica notices a newly published build


def is_remote(location: str) -> bool:
    return "://" in location and not location.startswith("file://")


class BuiltData(Protocol):
    """The read side of a build, wherever it lives."""

    key: str  # identity for caches: the folder path or URL
    writable: bool  # True when the app may rebuild it from local sources

    def manifest(self) -> Manifest: ...
    def read_bytes(self, relative: str) -> bytes: ...
    def table_url(self, relative: str) -> str: ...
    def attach(self, connection: duckdb.DuckDBPyConnection) -> None: ...


@dataclass(frozen=True)
class LocalBuilt:
    paths: DataPaths
    writable: bool = True

    @property
    def key(self) -> str:
        return str(self.paths.root)

    def manifest(self) -> Manifest:
        return read_manifest(self.paths)

    def read_bytes(self, relative: str) -> bytes:
        return (self.paths.built / relative).read_bytes()

    def table_url(self, relative: str) -> str:
        return str(self.paths.built / relative)

    def attach(self, connection: duckdb.DuckDBPyConnection) -> None:
        """Local files need nothing registered."""


class RemoteBuilt:
    """A published build on an fsspec filesystem (S3 and compatible stores, GCS, …)."""

    writable = False

    def __init__(self, url: str):
        import fsspec  # only deployments that read from object storage need it

        self.key = url.rstrip("/")
        # our own instance: fsspec's instance cache would ignore credentials or endpoint changed in the environment
        self.filesystem, self._root = fsspec.core.url_to_fs(self.key, skip_instance_cache=True)
        self._protocol = self.key.split("://", 1)[0]
        self._lock = threading.Lock()
        self._manifest: tuple[float, Manifest] | None = None

    def _path(self, relative: str) -> str:
        return f"{self._root}/built/{relative}"

    def manifest(self) -> Manifest:
        """The published manifest, fetched again at most every MANIFEST_REFRESH_SECONDS."""
        with self._lock:
            if self._manifest and time.monotonic() - self._manifest[0] < MANIFEST_REFRESH_SECONDS:
                return self._manifest[1]
            try:
                text = self.filesystem.cat_file(self._path("manifest.json")).decode("utf-8")
            except FileNotFoundError as exc:
                raise ManifestError(f"no build published at {self.key}/built/manifest.json") from exc
            except OSError as exc:
                raise ManifestError(f"cannot read {self.key}/built/manifest.json: {exc}") from exc
            manifest = parse_manifest(text, f"{self.key}/built/manifest.json")
            self._manifest = (time.monotonic(), manifest)
            return manifest

    def read_bytes(self, relative: str) -> bytes:
        return self.filesystem.cat_file(self._path(relative))

    def table_url(self, relative: str) -> str:
        return f"{self._protocol}://{self._path(relative)}"

    def attach(self, connection: duckdb.DuckDBPyConnection) -> None:
        """Let DuckDB read this store's URLs through the same fsspec filesystem (no httpfs needed)."""
        connection.register_filesystem(self.filesystem)


_remote: dict[str, RemoteBuilt] = {}
_remote_lock = threading.Lock()


def current(paths: DataPaths | None = None) -> BuiltData:
    """The build location in use: `paths` if given, else `$GAPBOARD_DATA_DIR`, else `data/`."""
    if paths is not None:
        return LocalBuilt(paths)
    configured = os.environ.get(DATA_DIR_ENV, "")
    if is_remote(configured):
        with _remote_lock:
            if configured not in _remote:
                _remote[configured] = RemoteBuilt(configured)
            return _remote[configured]
    return LocalBuilt(data_paths())
