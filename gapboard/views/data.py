"""Whether the built data can be used: the check the entry point runs once per script run. A local build older
than its sources is rebuilt first; a broken one is reported with every problem and the command that fixes it,
so no page ever runs on stale or partial data."""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field

from gapboard.build import location
from gapboard.build.config import BUILD_COMMAND, DataPaths, data_paths
from gapboard.build.location import BuiltData
from gapboard.build.manifest import Manifest, ManifestError, fingerprint, read_manifest
from gapboard.build.rows import BuildFailed, BuildOptions
from gapboard.build.run import build, stale_reasons
from gapboard.core.errors import DataUnavailable
from gapboard.views import cache

PUBLISH_COMMAND = "python -m gapboard.build.publish URL"

_rebuild_lock = threading.Lock()
_failed: dict[str, tuple[str, DataStatus]] = {}  # data folder → (its sources' digest, the failed build's status)


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


def ensure_current(paths: DataPaths | None = None) -> DataStatus:
    """The current build, rebuilt first if it is missing, damaged or older than its sources; every view then
    reads it. A build published on object storage is read-only: it is used as published, or reported."""
    built = location.current(paths)
    if not built.writable:
        try:
            manifest = built.manifest()
        except ManifestError as problem:
            return DataStatus(None, problems=[str(problem)], fix_command=PUBLISH_COMMAND)
        problems = _load_problems(built, manifest.version)
        return DataStatus(None if problems else manifest, problems=problems, fix_command=PUBLISH_COMMAND)
    paths = paths or data_paths()
    reasons = stale_reasons(paths) or _load_problems(built)
    if not reasons:
        return DataStatus(read_manifest(paths))
    with _rebuild_lock:
        reasons = stale_reasons(paths) or _load_problems(built)  # another session may have rebuilt meanwhile
        if not reasons:
            return DataStatus(read_manifest(paths))
        if not paths.sources.is_dir():
            missing = f"the data sources folder {paths.sources} is missing, so the build cannot be remade"
            return DataStatus(None, reasons, [missing, *reasons])
        digest = _sources_digest(paths)
        known = _failed.get(str(paths.root))
        if known is not None and known[0] == digest:  # the same broken sources: say so again, do not rebuild
            return known[1]
        try:
            manifest = build(paths, _options_of(paths))
        except BuildFailed as failed:
            status = DataStatus(None, reasons, [str(problem) for problem in failed.problems])
            _failed[str(paths.root)] = (digest, status)
            return status
        _failed.pop(str(paths.root), None)
        cache.clear()
        problems = _load_problems(built, manifest.version)
        return DataStatus(None if problems else manifest, rebuilt_because=reasons, problems=problems)


def _sources_digest(paths: DataPaths) -> str:
    """One hash of every source file's content (each file is re-read only when its size or time changed)."""
    return hashlib.sha256(repr(sorted(fingerprint(paths).items())).encode()).hexdigest()


def _options_of(paths: DataPaths) -> BuildOptions:
    try:
        return BuildOptions(**read_manifest(paths).options)
    except (ManifestError, TypeError):
        return BuildOptions()


def _load_problems(built: BuiltData, version: str | None = None) -> list[str]:
    """Why the build cannot be loaded (e.g. a table whose bytes do not match its manifest), if it cannot.

    Every built table is loaded into one DuckDB connection, shared by all pages, so a table that does not
    load stops every page: no page is shown on part of a build. On success that build is the one in use."""
    try:
        if version is None:
            version = built.manifest().version
        cache.use(built, version)
        cache.connection()
    except (ManifestError, DataUnavailable) as problem:
        cache.clear()
        return [str(problem)]
    return []


def fix_command() -> str:
    """The command that remakes the data in use: a build for a local folder, a publish for object storage."""
    return BUILD_COMMAND if cache.current()[0].writable else PUBLISH_COMMAND


def current_build() -> tuple[BuiltData, Manifest]:
    """The build location in use and its manifest (its version, tables and notes)."""
    built, _ = cache.current()
    return built, built.manifest()


def build_notes(prefixes: tuple[str, ...] = ()) -> list[str]:
    """The current build's notes (things a user should know that are not errors), optionally only those
    starting with one of `prefixes` (ingest notes start with their dataset id)."""
    try:
        notes = current_build()[1].notes
    except (ManifestError, DataUnavailable):
        return []
    return [note for note in notes if not prefixes or note.startswith(prefixes)]
