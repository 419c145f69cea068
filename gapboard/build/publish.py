"""Publish the current local build to object storage, for replicas that read from there.

    python -m gapboard.build.publish s3://bucket/gapboard [--data-dir data]

Uploads the build's version folder first and its manifest last, so a replica polling the manifest
never sees a version whose tables are not all there. The two newest published versions are kept.
Credentials and endpoint come from the usual AWS settings (see gapboard.location).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gapboard.build.config import DataPaths, data_paths
from gapboard.build.location import RemoteBuilt, is_remote
from gapboard.build.manifest import ManifestError, read_manifest
from gapboard.build.run import KEEP_VERSIONS


def publish(paths: DataPaths, url: str) -> str:
    """Upload the local build at `paths` to `url`; returns the published version."""
    if not is_remote(url):
        raise ValueError(f"{url} is not a remote URL (expected e.g. s3://bucket/prefix)")
    manifest = read_manifest(paths)
    target = RemoteBuilt(url)
    filesystem = target.filesystem
    for entry in manifest.tables.values():
        filesystem.put_file(str(paths.built / entry.file), target._path(entry.file))
    filesystem.pipe_file(target._path("manifest.json"), manifest.to_json().encode("utf-8"))
    published = sorted(
        (p.rstrip("/").rsplit("/", 1)[-1] for p in filesystem.ls(target._path(""), detail=False)),
        reverse=True,
    )
    for old in [v for v in published if v.startswith("v") and v != manifest.version][KEEP_VERSIONS - 1 :]:
        filesystem.rm(target._path(old), recursive=True)
    return manifest.version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gapboard.build.publish", description=__doc__.splitlines()[0])
    parser.add_argument("url", help="where to publish, e.g. s3://bucket/gapboard")
    parser.add_argument("--data-dir", type=Path, help="local data folder holding the build (default: data/)")
    args = parser.parse_args(argv)
    paths = DataPaths(args.data_dir.resolve()) if args.data_dir else data_paths()
    try:
        version = publish(paths, args.url)
    except (ManifestError, OSError, ValueError) as problem:
        print(f"Publish failed: {problem}", file=sys.stderr)
        return 1
    print(f"published {version} to {args.url}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
