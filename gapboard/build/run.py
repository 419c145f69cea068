"""The one build step: validate every source row, then write Parquet and a manifest, atomically.

    python -m gapboard.build [--exclude-noncommercial] [--data-dir DIR]

On any problem it prints every problem (file, line, column, plain reason) and writes nothing, so the
previous build stays byte-identical. On success it writes a new version folder and then swaps the
manifest in one rename.
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import hashlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import ValidationError

from gapboard.build import changes, swap
from gapboard.build.config import BUILD_COMMAND, DataPaths, data_paths
from gapboard.build.claims import CLAIM_TABLES, judge_claims
from gapboard.build.derive import DERIVED_TABLES, derive_instance_tables
from gapboard.build.manifest import (
    Manifest,
    ManifestError,
    TableEntry,
    check,
    fingerprint,
    read_manifest,
    sha256_of,
)
from gapboard.build.rows import (
    BuildContext,
    BuildFailed,
    BuildOptions,
    Problem,
    SourceRow,
)
from gapboard.build.tables import TABLE_NAMES, TABLES, TableSpec, arrow_schema
from gapboard.core import schema

KEEP_VERSIONS = 2  # the current build and the one it replaced (readers may still be on it)


@dataclass
class ValidTable:
    spec: TableSpec
    rows: list[schema.Row]
    origins: list[SourceRow]
    rejected_ids: set[str] = field(default_factory=set)  # ids of rows already reported as invalid


def _validate(spec: TableSpec, ctx: BuildContext) -> tuple[ValidTable, list[Problem]]:
    problems: list[Problem] = []
    table = ValidTable(spec, [], [])
    try:
        raw_rows = [row for reader in spec.readers for row in reader(ctx)]
    except FileNotFoundError as exc:
        return table, [Problem(spec.name, None, None, f"source file is missing: {exc.filename}")]
    except UnicodeDecodeError as exc:
        return table, [Problem(spec.name, None, None, f"source file is not UTF-8 text: {exc}")]
    except BuildFailed as exc:
        return table, exc.problems
    expected = set(spec.row_model.model_fields)
    first_rows = {raw.file: raw for raw in reversed(raw_rows)}
    for raw in first_rows.values():
        unknown = sorted(set(raw.values) - expected)
        if unknown:
            return table, [Problem(raw.file, 1, ", ".join(unknown), "unknown column(s)")]
    seen: dict[tuple, int] = {}
    for raw in raw_rows:
        try:
            # A blank or absent cell is missing: the field's default applies (None unless stated).
            row = spec.row_model.model_validate({k: v for k, v in raw.values.items() if v not in (None, "")})
        except ValidationError as exc:
            for error in exc.errors():
                column = ".".join(str(part) for part in error["loc"]) or None
                reason = error["msg"].removeprefix("Value error, ")
                problems.append(Problem(raw.file, raw.line, column, reason))
            table.rejected_ids.add(str(raw.values.get("id")))
            continue
        key = tuple(getattr(row, column) for column in spec.key)
        if key in seen:
            shown = ", ".join(f"{c}={v}" for c, v in zip(spec.key, key) if v is not None)
            problems.append(Problem(raw.file, raw.line, None, f"duplicate of line {seen[key]} ({shown})"))
            continue
        seen[key] = raw.line
        table.rows.append(row)
        table.origins.append(raw)
    return table, problems


_SINGULAR = {"models": "model", "benchmarks": "benchmark", "harnesses": "harness", "datasets": "dataset"}


def _reference_problems(tables: dict[str, ValidTable]) -> list[Problem]:
    problems = []
    ids = {name: {row.id for row in table.rows} for name, table in tables.items() if "id" in table.spec.row_model.model_fields}
    for table in tables.values():
        # every table with a `dataset` column names registered datasets, declared or not
        dataset_reference = {"dataset": "datasets"} if "dataset" in table.spec.row_model.model_fields else {}
        for column, target in (table.spec.references | dataset_reference).items():
            known = ids.get(target, set())
            already_reported = tables[target].rejected_ids
            for row, origin in zip(table.rows, table.origins):
                value = getattr(row, column)
                if value is not None and value not in known and value not in already_reported:
                    hint = difflib.get_close_matches(value, sorted(known), n=1)
                    suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
                    problems.append(
                        Problem(origin.file, origin.line, column, f"unknown {_SINGULAR.get(target, target)} {value!r}{suggestion}")
                    )
    return problems


def _unit_problems(tables: dict[str, ValidTable]) -> list[Problem]:
    benchmarks = {b.id: b for b in tables["benchmarks"].rows}
    problems = []
    for row, origin in zip(tables["scores"].rows, tables["scores"].origins):
        benchmark = benchmarks.get(row.benchmark)
        if benchmark and row.unit.value not in benchmark.allowed_units():
            allowed = ", ".join(sorted(benchmark.allowed_units()))
            problems.append(
                Problem(origin.file, origin.line, "unit", f"unit {row.unit.value} is not a unit of {benchmark.name} ({allowed})")
            )
    return problems


def _registry_problems(tables: dict[str, ValidTable], paths: DataPaths) -> list[Problem]:
    """The dataset registry covers what ships: every external folder is a registered dataset, and a
    dataset registered as not shipping (e.g. no licence) has neither files nor rows."""
    registry = {d.id: d for d in tables["datasets"].rows}
    registry_file = (paths.sources / "datasets.csv").relative_to(paths.root).as_posix()
    problems = []
    folders = sorted(p for p in paths.external.iterdir() if p.is_dir() and not p.name.startswith(".")) if paths.external.is_dir() else []
    for folder in folders:
        label = folder.relative_to(paths.root).as_posix()
        dataset = registry.get(folder.name)
        if dataset is None:
            problems.append(Problem(label, None, None, f"no row in {registry_file} for dataset {folder.name!r} (origin, licence, ships)"))
        elif not dataset.ships and any(p.is_file() for p in folder.rglob("*")):
            problems.append(Problem(label, None, None, f"dataset {folder.name!r} is registered as not shipping ({dataset.licence}) but has files here"))
    for table in tables.values():
        if "dataset" not in table.spec.row_model.model_fields:
            continue
        for row, origin in zip(table.rows, table.origins):
            dataset = registry.get(row.dataset)
            if dataset is not None and not dataset.ships:
                problems.append(Problem(origin.file, origin.line, "dataset", f"dataset {row.dataset!r} may not ship ({dataset.licence})"))
    return problems


def _drop_noncommercial(tables: dict[str, ValidTable]) -> None:
    """Leave out rows of datasets whose licence forbids commercial use (the build's one switch)."""
    commercial = {d.id for d in tables["datasets"].rows if d.commercial_use}
    for table in tables.values():
        if "dataset" in table.spec.row_model.model_fields:
            keep = [i for i, row in enumerate(table.rows) if row.dataset in commercial]
            table.rows = [table.rows[i] for i in keep]
            table.origins = [table.origins[i] for i in keep]


def _to_arrow(table: ValidTable) -> pa.Table:
    records = []
    for row, origin in zip(table.rows, table.origins):
        record = row.model_dump(mode="python")
        records.append({k: (v.value if isinstance(v, Enum) else v) for k, v in record.items()} | {
            "source_file": origin.file,
            "source_line": origin.line,
        })
    return pa.Table.from_pylist(records, schema=arrow_schema(table.spec.row_model))


def validate(ctx: BuildContext, log: Callable[[str], None]) -> dict[str, ValidTable]:
    """Validate every table; raise BuildFailed listing every problem found."""
    tables: dict[str, ValidTable] = {}
    problems: list[Problem] = []
    for index, spec in enumerate(TABLES, start=1):
        log(f"[{index}/{len(TABLES)}] validating {spec.name}")
        table, found = _validate(spec, ctx)
        tables[spec.name] = table
        problems += found
    problems += _reference_problems(tables)
    problems += _unit_problems(tables)
    problems += _registry_problems(tables, ctx.paths)
    if problems:
        raise BuildFailed(sorted(problems, key=lambda p: (p.file, p.line or 0)))
    if not ctx.options.include_noncommercial:
        _drop_noncommercial(tables)
    return tables


def _write_parquet_atomically(table: pa.Table, target: Path) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    try:
        pq.write_table(table, temporary, compression="zstd")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _replace_file_atomically(text: str, target: Path) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_old_versions(paths: DataPaths, current: str, previous: str | None) -> None:
    """Keep the new build and the one it replaced (KEEP_VERSIONS); delete every other folder of a build
    that started earlier, including what an interrupted build left half-written. A version name starts
    with its start time, so a build started later (and perhaps still writing) is left alone."""
    for folder in paths.built.glob("v*"):
        if folder.is_dir() and folder.name not in {current, previous} and folder.name < current:
            shutil.rmtree(folder, ignore_errors=True)


def build(
    paths: DataPaths | None = None,
    options: BuildOptions = BuildOptions(),
    log: Callable[[str], None] = lambda message: None,
) -> Manifest:
    """Validate all sources and publish a new build. Raises BuildFailed and writes nothing on problems."""
    paths = paths or data_paths()
    started = time.monotonic()
    sources_before = fingerprint(paths)
    ctx = BuildContext(paths, options)
    tables = validate(ctx, log)
    for note in ctx.notes:
        log(f"note: {note}")
    arrow_tables = {name: _to_arrow(table) for name, table in tables.items()}
    log("deriving " + ", ".join(DERIVED_TABLES))
    arrow_tables |= derive_instance_tables(arrow_tables)
    log("judging the launch claims into " + ", ".join(CLAIM_TABLES))
    arrow_tables |= judge_claims(arrow_tables)
    if fingerprint(paths) != sources_before:
        raise BuildFailed([Problem("sources", None, None, "a source file changed while building; run the build again")])
    content = hashlib.sha256("".join(sorted(sources_before.values())).encode() + repr(options.as_dict()).encode()).hexdigest()[:10]
    try:
        previous: Manifest | None = read_manifest(paths)
    except ManifestError:
        previous = None
    arrow_tables[changes.CHANGES_TABLE] = changes.since_previous(paths, previous, content, arrow_tables)
    version = "v" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + content
    folder = paths.built / version
    folder.mkdir(parents=True)
    entries = {}
    for name, arrow_table in arrow_tables.items():
        target = folder / f"{name}.parquet"
        _write_parquet_atomically(arrow_table, target)
        entries[name] = TableEntry(f"{version}/{name}.parquet", arrow_table.num_rows, sha256_of(target), target.stat().st_size)
        log(f"  wrote {name}: {arrow_table.num_rows} rows")
    manifest = Manifest(
        version, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), options.as_dict(), sources_before, entries, ctx.notes
    )
    _replace_file_atomically(manifest.to_json(), paths.manifest)
    _remove_old_versions(paths, version, previous.version if previous else None)
    log(f"built {version} in {time.monotonic() - started:.1f}s")
    return manifest


def stale_reasons(paths: DataPaths) -> list[str]:
    """Why the build in `paths` no longer matches its sources (none: it is current)."""
    try:
        manifest = read_manifest(paths)
    except ManifestError as missing:
        return [str(missing)]
    staleness = check(paths, manifest, verify_sources=paths.sources.is_dir())
    unbuilt = [name for name in TABLE_NAMES if name not in manifest.tables]  # e.g. a build made before a table was added
    return [f"source changed: {name}" for name in staleness.changed_sources] + [
        f"built table damaged or missing: {name}" for name in sorted(staleness.broken_tables + unbuilt)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gapboard.build", description=__doc__.splitlines()[0])
    parser.add_argument("--exclude-noncommercial", action="store_true", help="leave out datasets whose licence forbids commercial use")
    parser.add_argument("--data-dir", type=Path, help="data folder holding sources/, external/ and built/ (default: data/)")
    args = parser.parse_args(argv)
    paths = DataPaths(args.data_dir.resolve()) if args.data_dir else data_paths()
    recovered = swap.recover(paths)
    if recovered:
        print(f"Before building: {recovered}.", file=sys.stderr)
    try:
        build(paths, BuildOptions(include_noncommercial=not args.exclude_noncommercial), log=lambda m: print(m, file=sys.stderr))
    except BuildFailed as failed:
        print(f"Build failed: {len(failed.problems)} problem(s); nothing was written.", file=sys.stderr)
        for problem in failed.problems:
            print(f"  {problem}", file=sys.stderr)
        print(f"Fix the rows above, then run `{BUILD_COMMAND}` again.", file=sys.stderr)
        return 1
    return 0

