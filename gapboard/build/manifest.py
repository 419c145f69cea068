"""The build manifest: which sources a build was made from, and whether the built files still match them.

The manifest is the single pointer to the current build: it names a version folder under `built/` that
holds one Parquet file per table. Replacing the manifest (one atomic rename) switches builds, so a reader
never sees half of one build and half of another.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from gapboard.build.config import DataPaths

MANIFEST_FORMAT = 1


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_files(paths: DataPaths) -> list[Path]:
    """Every file the build reads: the editable sources and the raw external datasets."""
    found = []
    for folder in (paths.sources, paths.external):
        if folder.is_dir():  # nothing hidden: no editor's temporary file, no folder a swap has set aside
            found.extend(p for p in folder.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(folder).parts))
    return sorted(found)


class _HashCache:
    """Content hashes keyed by (size, mtime), so an unchanged file is never re-read."""

    def __init__(self) -> None:
        self._seen: dict[Path, tuple[int, int, str]] = {}

    def sha256(self, path: Path) -> str:
        stat = path.stat()
        cached = self._seen.get(path)
        if cached and cached[:2] == (stat.st_size, stat.st_mtime_ns):
            return cached[2]
        digest = sha256_of(path)
        self._seen[path] = (stat.st_size, stat.st_mtime_ns, digest)
        return digest


_hashes = _HashCache()


def fingerprint(paths: DataPaths) -> dict[str, str]:
    """Relative path → sha256 for every source file."""
    return {p.relative_to(paths.root).as_posix(): _hashes.sha256(p) for p in source_files(paths)}


@dataclass(frozen=True)
class TableEntry:
    file: str
    rows: int
    sha256: str
    bytes: int


@dataclass(frozen=True)
class Manifest:
    version: str
    built_at: str
    options: dict
    sources: dict[str, str]
    tables: dict[str, TableEntry] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the build wants users to know, e.g. unmapped names

    def table_path(self, paths: DataPaths, table: str) -> Path:
        return paths.built / self.tables[table].file

    def to_json(self) -> str:
        body = {
            "format": MANIFEST_FORMAT,
            "version": self.version,
            "built_at": self.built_at,
            "options": self.options,
            "sources": self.sources,
            "tables": {name: vars(entry) for name, entry in self.tables.items()},
            "notes": self.notes,
        }
        return json.dumps(body, indent=2, sort_keys=True)


class ManifestError(Exception):
    """The manifest is missing or unreadable."""


_parsed: dict[Path, tuple[tuple[int, int], Manifest]] = {}


def parse_manifest(text: str, label: str) -> Manifest:
    """A manifest from its JSON text; `label` names where it came from in error messages."""
    try:
        body = json.loads(text)
        if body.get("format") != MANIFEST_FORMAT:
            raise ManifestError(f"{label} has format {body.get('format')!r}, expected {MANIFEST_FORMAT}")
        return Manifest(
            version=body["version"],
            built_at=body["built_at"],
            options=body["options"],
            sources=body["sources"],
            tables={name: TableEntry(**entry) for name, entry in body["tables"].items()},
            notes=body.get("notes", []),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ManifestError(f"{label} is unreadable: {exc}") from exc


def read_manifest(paths: DataPaths) -> Manifest:
    """The current local manifest; parsed again only when the file changed."""
    try:
        stat = paths.manifest.stat()
    except FileNotFoundError as exc:
        raise ManifestError(f"no build found: {paths.manifest} does not exist") from exc
    signature = (stat.st_size, stat.st_mtime_ns)
    cached = _parsed.get(paths.manifest)
    if cached and cached[0] == signature:
        return cached[1]
    try:
        text = paths.manifest.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{paths.manifest} is unreadable: {exc}") from exc
    manifest = parse_manifest(text, str(paths.manifest))
    _parsed[paths.manifest] = (signature, manifest)
    return manifest


@dataclass(frozen=True)
class Staleness:
    """Why a build no longer matches its sources (empty lists mean it does)."""

    changed_sources: list[str]
    broken_tables: list[str]

    @property
    def fresh(self) -> bool:
        return not self.changed_sources and not self.broken_tables


def check(paths: DataPaths, manifest: Manifest, *, verify_sources: bool = True) -> Staleness:
    """Compare a build with its sources (by content hash) and its Parquet files (by size)."""
    changed: list[str] = []
    if verify_sources:
        current = fingerprint(paths)
        changed = sorted(
            name for name in set(current) | set(manifest.sources) if current.get(name) != manifest.sources.get(name)
        )
    broken = []
    for name, entry in manifest.tables.items():
        try:
            if os.path.getsize(paths.built / entry.file) != entry.bytes:
                broken.append(name)
        except OSError:
            broken.append(name)
    return Staleness(changed, sorted(broken))
