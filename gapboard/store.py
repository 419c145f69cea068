"""Access to the built data: one shared DuckDB connection, a cursor per query, cached results.

The app calls `ensure_current()` once per script run. It compares the build with its sources (content
hashes, re-read only when a file's size or mtime changed) and rebuilds when they differ, so a page can
never show data that is stale against `data/sources/`. When the sources are broken it reports every
problem instead, and no page runs on stale data.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from gapboard.build import BuildFailed, BuildOptions, build
from gapboard.config import BUILD_COMMAND, DataPaths, data_paths
from gapboard.manifest import Manifest, ManifestError, check, read_manifest, sha256_of

_TABLE_NAME = re.compile(r"^[a-z_]+$")
_rebuild_lock = threading.Lock()


@dataclass(frozen=True)
class DataStatus:
    """Whether the built data can be used, and if not, what is wrong and how to fix it."""

    manifest: Manifest | None
    rebuilt_because: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.manifest is not None and not self.problems

    @property
    def fix_command(self) -> str:
        return BUILD_COMMAND


def _options_of(paths: DataPaths) -> BuildOptions:
    try:
        return BuildOptions(**read_manifest(paths).options)
    except (ManifestError, TypeError):
        return BuildOptions()


def ensure_current(paths: DataPaths | None = None) -> DataStatus:
    """The current build, rebuilt first if it is missing, damaged or older than its sources."""
    paths = paths or data_paths()
    reasons = _stale_reasons(paths)
    if not reasons:
        return DataStatus(read_manifest(paths))
    with _rebuild_lock:
        reasons = _stale_reasons(paths)  # another session may have rebuilt while we waited
        if not reasons:
            return DataStatus(read_manifest(paths))
        if not paths.sources.is_dir():
            return DataStatus(None, problems=[f"the data sources folder {paths.sources} is missing"])
        try:
            manifest = build(paths, _options_of(paths))
        except BuildFailed as failed:
            return DataStatus(None, reasons, [str(problem) for problem in failed.problems])
        st.cache_data.clear()
        return DataStatus(manifest, rebuilt_because=reasons)


def _stale_reasons(paths: DataPaths) -> list[str]:
    try:
        manifest = read_manifest(paths)
    except ManifestError as missing:
        return [str(missing)]
    staleness = check(paths, manifest, verify_sources=paths.sources.is_dir())
    return [f"source changed: {name}" for name in staleness.changed_sources] + [
        f"built table damaged or missing: {name}" for name in staleness.broken_tables
    ]


class DataUnavailable(Exception):
    """The built data cannot be read; the message says why and names the command that fixes it."""


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(root: str, version: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB holding every built table of one build version (verified by hash)."""
    paths = DataPaths(Path(root))
    manifest = read_manifest(paths)
    if manifest.version != version:
        raise DataUnavailable(f"the build changed while loading ({version} → {manifest.version}); reload the page")
    connection = duckdb.connect(":memory:")
    for name, entry in manifest.tables.items():
        if not _TABLE_NAME.match(name):
            raise DataUnavailable(f"the manifest names an invalid table {name!r}; run `{BUILD_COMMAND}`")
        path = paths.built / entry.file
        if sha256_of(path) != entry.sha256:
            raise DataUnavailable(f"{path} does not match its manifest; run `{BUILD_COMMAND}`")
        connection.execute("CREATE TABLE " + name + " AS SELECT * FROM read_parquet(?)", [str(path)])
    return connection


def connection(paths: DataPaths | None = None) -> duckdb.DuckDBPyConnection:
    """The shared connection for the current build. Use `.cursor()` on it, one per query."""
    paths = paths or data_paths()
    try:
        version = read_manifest(paths).version
        return _connection(str(paths.root), version)
    except (ManifestError, OSError, duckdb.Error) as exc:
        raise DataUnavailable(f"{exc}; run `{BUILD_COMMAND}`") from exc


@st.cache_data(max_entries=512, show_spinner=False)
def _cached_query(root: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    with _connection(root, version).cursor() as cursor:
        return cursor.execute(sql, dict(params)).df()


def query(sql: str, params: Mapping[str, object] | None = None, paths: DataPaths | None = None) -> pd.DataFrame:
    """Run one parameterised query against the current build; results are cached per build version."""
    paths = paths or data_paths()
    try:
        version = read_manifest(paths).version
    except ManifestError as exc:
        raise DataUnavailable(f"{exc}; run `{BUILD_COMMAND}`") from exc
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (params or {}).items()))
    return _cached_query(str(paths.root), version, sql, frozen)


def build_notes(prefixes: tuple[str, ...] = (), paths: DataPaths | None = None) -> list[str]:
    """The current build's notes (things a user should know that are not errors), optionally only those
    starting with one of `prefixes` (ingest notes start with their dataset id)."""
    try:
        notes = read_manifest(paths or data_paths()).notes
    except ManifestError:
        return []
    return [note for note in notes if not prefixes or note.startswith(prefixes)]
