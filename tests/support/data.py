"""Private data folders for tests that edit or break the data, and small helpers to edit and read them."""
from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from gapboard.build.config import DATA_DIR_ENV, PROJECT_ROOT, DataPaths
from gapboard.build.manifest import read_manifest
from gapboard.views import cache


def copy_sources(target: Path) -> DataPaths:
    """A private copy of the project's data sources (not its build), for tests that edit or break them."""
    source = DataPaths(PROJECT_ROOT / "data")
    paths = DataPaths(target)
    shutil.copytree(source.sources, paths.sources)
    if source.external.is_dir():
        shutil.copytree(source.external, paths.external)
    return paths


def copy_data(source: DataPaths, target: Path) -> DataPaths:
    """A copy of a whole data folder, its build included (file times kept, so the build stays current)."""
    shutil.copytree(source.root, target, ignore=shutil.ignore_patterns(".*.tmp"))
    return DataPaths(target)


def edit_csv(path: Path, line: int, column: str, value: str) -> None:
    """Set one cell of a CSV source, addressed by its 1-based line number."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    rows[line - 1][header.index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def append_csv(path: Path, values: list) -> None:
    with path.open("a", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(values)


def built_bytes(paths: DataPaths) -> dict[Path, bytes]:
    """Every built file's bytes, to prove a failed step changed nothing."""
    return {p.relative_to(paths.built): p.read_bytes() for p in paths.built.rglob("*") if p.is_file()}


def read_built(paths: DataPaths, table: str):
    """One built table of a data folder's current build, as a pandas DataFrame."""
    return pq.read_table(paths.built / read_manifest(paths).tables[table].file).to_pandas()


def in_use(paths: DataPaths, monkeypatch) -> Iterator[DataPaths]:
    """Make `paths` the data folder the app and every view read, for one test (for a fixture to `yield from`)."""
    monkeypatch.setenv(DATA_DIR_ENV, str(paths.root))
    cache.clear()
    yield paths
    cache.clear()
