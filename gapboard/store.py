"""Access to the built data: one shared DuckDB connection, a cursor per query, cached results.

The app calls `ensure_current()` once per script run. It compares the build with its sources (content
hashes, re-read only when a file's size or mtime changed) and rebuilds when they differ, so a page can
never show data that is stale against `data/sources/`. When the sources are broken it reports every
problem instead, and no page runs on stale data.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import streamlit as st

from gapboard.build import TABLE_NAMES, BuildFailed, BuildOptions, build
from gapboard import location
from gapboard.config import BUILD_COMMAND, DataPaths, data_paths
from gapboard.manifest import Manifest, ManifestError, check, read_manifest

PUBLISH_COMMAND = "python -m gapboard.publish URL"

_TABLE_NAME = re.compile(r"^[a-z_]+$")
_rebuild_lock = threading.Lock()


@dataclass(frozen=True)
class DataStatus:
    """Whether the built data can be used, and if not, what is wrong and how to fix it."""

    manifest: Manifest | None
    rebuilt_because: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    fix_command: str = BUILD_COMMAND

    @property
    def ok(self) -> bool:
        return self.manifest is not None and not self.problems



def _options_of(paths: DataPaths) -> BuildOptions:
    try:
        return BuildOptions(**read_manifest(paths).options)
    except (ManifestError, TypeError):
        return BuildOptions()


def ensure_current(paths: DataPaths | None = None) -> DataStatus:
    """The current build, rebuilt first if it is missing, damaged or older than its sources.

    A build published on object storage is read-only: it is used as published, or reported."""
    built = location.current(paths)
    if not built.writable:
        try:
            manifest = built.manifest()
        except ManifestError as problem:
            return DataStatus(None, problems=[str(problem)], fix_command=PUBLISH_COMMAND)
        problems = _load_problems(paths)
        return DataStatus(None if problems else manifest, problems=problems, fix_command=PUBLISH_COMMAND)
    paths = paths or data_paths()
    reasons = _stale_reasons(paths) or _load_problems(paths)
    if not reasons:
        return DataStatus(read_manifest(paths))
    with _rebuild_lock:
        reasons = _stale_reasons(paths) or _load_problems(paths)  # another session may have rebuilt meanwhile
        if not reasons:
            return DataStatus(read_manifest(paths))
        if not paths.sources.is_dir():
            missing = f"the data sources folder {paths.sources} is missing, so the build cannot be remade"
            return DataStatus(None, reasons, [missing, *reasons])
        try:
            manifest = build(paths, _options_of(paths))
        except BuildFailed as failed:
            return DataStatus(None, reasons, [str(problem) for problem in failed.problems])
        st.cache_data.clear()
        _shared_result.cache_clear()
        return DataStatus(manifest, rebuilt_because=reasons)


def _stale_reasons(paths: DataPaths) -> list[str]:
    try:
        manifest = read_manifest(paths)
    except ManifestError as missing:
        return [str(missing)]
    staleness = check(paths, manifest, verify_sources=paths.sources.is_dir())
    unbuilt = [name for name in TABLE_NAMES if name not in manifest.tables]  # e.g. a build made before a table was added
    return [f"source changed: {name}" for name in staleness.changed_sources] + [
        f"built table damaged or missing: {name}" for name in sorted(staleness.broken_tables + unbuilt)
    ]


def _load_problems(paths: DataPaths | None) -> list[str]:
    """Why the current build cannot be loaded (e.g. a table whose bytes do not match its manifest), if it cannot.

    Every built table is loaded into one DuckDB connection, shared by all pages, so a table that does not
    load stops every page: no page is shown on part of a build."""
    try:
        connection(paths)
    except DataUnavailable as problem:
        return [str(problem)]
    return []


class DataUnavailable(Exception):
    """The built data cannot be read; the message says why and names the command that fixes it."""


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(key: str, version: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB holding every built table of one build version (verified by hash)."""
    built = _built_at(key)
    manifest = built.manifest()
    if manifest.version != version:
        raise DataUnavailable(f"the build changed while loading ({version} → {manifest.version}); reload the page")
    unbuilt = [name for name in TABLE_NAMES if name not in manifest.tables]
    if unbuilt:
        raise DataUnavailable(f"the build has no table {', '.join(unbuilt)} (made by an older version?); run `{BUILD_COMMAND}`")
    connection = duckdb.connect(":memory:")
    built.attach(connection)
    for name, entry in manifest.tables.items():
        if not _TABLE_NAME.match(name):
            raise DataUnavailable(f"the manifest names an invalid table {name!r}; run `{BUILD_COMMAND}`")
        if hashlib.sha256(built.read_bytes(entry.file)).hexdigest() != entry.sha256:
            raise DataUnavailable(f"{built.table_url(entry.file)} does not match its manifest; run `{BUILD_COMMAND}`")
        connection.execute("CREATE TABLE " + name + " AS SELECT * FROM read_parquet(?)", [built.table_url(entry.file)])
    return connection


def _built_at(key: str) -> location.BuiltData:
    return location.current() if location.is_remote(key) else location.LocalBuilt(DataPaths(Path(key)))


def _current_version(built: location.BuiltData) -> str:
    try:
        return built.manifest().version
    except ManifestError as exc:
        raise DataUnavailable(f"{exc}; run `{BUILD_COMMAND}`") from exc


def connection(paths: DataPaths | None = None) -> duckdb.DuckDBPyConnection:
    """The shared connection for the current build. Use `.cursor()` on it, one per query."""
    built = location.current(paths)
    try:
        return _connection(built.key, _current_version(built))
    except (OSError, duckdb.Error) as exc:
        raise DataUnavailable(f"{exc}; run `{BUILD_COMMAND}`") from exc


@functools.lru_cache(maxsize=512)
def _shared_result(key: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    """One query's result, held once for every session and keyed by the build version, so a rebuild can
    never serve an old result. `query` hands out shallow copies: pandas' copy-on-write keeps this frame intact
    whatever a caller does to its copy. A plain LRU cache because a hit is then a dictionary lookup:
    `st.cache_data` deserialises a fresh copy on every call and Streamlit's cache wrappers inspect the
    function's signature per call, ≈ 1–2 ms per query on every rerun."""
    with _connection(key, version).cursor() as cursor:
        return cursor.execute(sql, dict(params)).df()


def frame_digest(frame: pd.DataFrame) -> str:
    """A content hash of a frame (column names, types and every value), for cache keys."""
    digest = hashlib.sha256(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def _frame_key(frame: pd.DataFrame) -> bytes:
    """A frame's cache key: column names and types plus its content as one Arrow IPC stream, hashed. About
    five times cheaper than Streamlit's own DataFrame hashing on pandas 3's Arrow-backed string columns, and
    the same for equal frames however they were built. A frame Arrow cannot take falls back to its pickle,
    which can differ between equal frames (a cache miss, never a wrong hit)."""
    digest = hashlib.sha256(repr([(c, str(t)) for c, t in frame.dtypes.items()]).encode())
    try:
        table = pa.Table.from_pandas(frame).combine_chunks()  # index kept as Streamlit keeps it (RangeIndex as metadata)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        digest.update(sink.getvalue())
    except (pa.ArrowException, TypeError, ValueError):
        digest.update(pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL))
    return digest.digest()


def cached(max_entries: int = 64) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`st.cache_data` for pure transforms (and chart specs) of query results, keyed by their inputs' content:
    a rerun with the same inputs skips the work."""
    return st.cache_data(show_spinner=False, max_entries=max_entries, hash_funcs={pd.DataFrame: _frame_key})


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def _cached_query_with(
    key: str, version: str, sql: str, params: tuple, digests: tuple, _tables: Mapping[str, pd.DataFrame]
) -> pd.DataFrame:
    """Like _shared_result, with session frames registered on this query's own cursor only.

    The frames are not hashed by Streamlit (leading underscore): `digests` names them by content, so
    two sessions share a cached result only when their frames are identical. Entries expire after an hour.
    """
    with _connection(key, version).cursor() as cursor:
        for name, frame in _tables.items():
            cursor.register(name, frame)
        return cursor.execute(sql, dict(params)).df()


def query(
    sql: str,
    params: Mapping[str, object] | None = None,
    paths: DataPaths | None = None,
    extra_tables: Mapping[str, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Run one parameterised query against the current build; results are cached per build version.

    `extra_tables` adds per-session frames (e.g. a user's uploaded results) as tables of this one query:
    they are registered on the query's own cursor, so no other query or session can see them. Their
    names must be lower-case identifiers that do not shadow a built table.
    """
    built = location.current(paths)
    try:
        manifest = built.manifest()
    except ManifestError as exc:
        raise DataUnavailable(f"{exc}; run `{BUILD_COMMAND}`") from exc
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (params or {}).items()))
    if not extra_tables:
        return _shared_result(built.key, manifest.version, sql, frozen).copy(deep=False)
    for name in extra_tables:
        if not _TABLE_NAME.match(name) or name in manifest.tables:
            raise ValueError(f"extra table name {name!r} must be a lower-case identifier that is not a built table")
    digests = tuple(sorted((name, frame_digest(frame)) for name, frame in extra_tables.items()))
    return _cached_query_with(built.key, manifest.version, sql, frozen, digests, dict(extra_tables))


def build_notes(prefixes: tuple[str, ...] = (), paths: DataPaths | None = None) -> list[str]:
    """The current build's notes (things a user should know that are not errors), optionally only those
    starting with one of `prefixes` (ingest notes start with their dataset id)."""
    try:
        notes = location.current(paths).manifest().notes
    except ManifestError:
        return []
    return [note for note in notes if not prefixes or note.startswith(prefixes)]
