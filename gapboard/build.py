"""The one build step: validate every source row, then write Parquet and a manifest, atomically.

    python -m gapboard.build [--exclude-noncommercial] [--data-dir DIR]

On any problem it prints every problem (file, line, column, plain reason) and writes nothing, so the
previous build stays byte-identical. On success it writes a new version folder and then swaps the
manifest in one rename.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import hashlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import UnionType
from typing import Union, get_args, get_origin

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel, ValidationError

from gapboard import schema
from gapboard.config import BUILD_COMMAND, DataPaths, data_paths
from gapboard.ingest import aider, epoch, litellm, llmstats, swebench
from gapboard.manifest import Manifest, ManifestError, TableEntry, fingerprint, read_manifest, sha256_of

KEEP_VERSIONS = 2  # the current build and the one it replaced (readers may still be on it)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the sources, located precisely enough to fix it by hand."""

    file: str
    line: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: " + (f"[{self.column}] " if self.column else "") + self.reason


class BuildFailed(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the data sources")


@dataclass(frozen=True)
class SourceRow:
    """One raw row and where it came from (file relative to the data folder, 1-based line)."""

    file: str
    line: int
    values: dict


@dataclass(frozen=True)
class BuildOptions:
    include_noncommercial: bool = True

    def as_dict(self) -> dict:
        return {"include_noncommercial": self.include_noncommercial}


@dataclass
class BuildContext:
    """What a reader gets: where the data is, the build options, and a place for notes.

    Notes are things a user should know that are not errors, e.g. names in an external dataset that
    no mapping table covers. The build prints them and records them in the manifest.
    """

    paths: DataPaths
    options: BuildOptions
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.notes.append(text)


Reader = Callable[[BuildContext], Iterable[SourceRow]]


@dataclass(frozen=True)
class TableSpec:
    """A Parquet table: where its raw rows come from, the row model that validates them, and its keys."""

    name: str
    row_model: type[schema.Row]
    readers: tuple[Reader, ...]
    key: tuple[str, ...]
    references: dict[str, str] = field(default_factory=dict)  # column -> table whose `id` it names


def read_csv(relative: str) -> Reader:
    """Reader for one CSV source file under `sources/`, keeping each record's first line number."""

    def read(ctx: BuildContext) -> Iterator[SourceRow]:
        path = ctx.paths.sources / relative
        label = path.relative_to(ctx.paths.root).as_posix()
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None:
                return
            start = reader.line_num + 1
            for record in reader:
                if None in record:
                    raise BuildFailed([Problem(label, start, None, "more fields than the header has columns")])
                yield SourceRow(label, start, dict(record))
                start = reader.line_num + 1

    return read


def _read_lmarena_history(ctx: BuildContext) -> Iterable[SourceRow]:
    from gapboard.ingest import lmarena  # imported late: the ingester builds on this module's types

    return lmarena.read_history(ctx)


TABLES: list[TableSpec] = [
    TableSpec("datasets", schema.Dataset, (read_csv("datasets.csv"),), ("id",)),
    TableSpec("models", schema.Model, (epoch.with_release_dates(read_csv("models.csv")),), ("id",)),
    TableSpec("benchmarks", schema.Benchmark, (read_csv("benchmarks.csv"),), ("id",), {"variant_of": "benchmarks"}),
    TableSpec("harnesses", schema.Harness, (read_csv("harnesses.csv"),), ("id",)),
    TableSpec(
        "scores",
        schema.Score,
        (read_csv("scores.csv"), aider.read_scores),
        ("model", "benchmark", "harness", "source_url", "dataset"),
        {"model": "models", "benchmark": "benchmarks", "harness": "harnesses", "dataset": "datasets"},
    ),
    TableSpec(
        "prices",
        schema.Price,
        (read_csv("prices.csv"), llmstats.read_prices, litellm.read_prices),
        ("model", "provider", "tier", "price_list"),
        {"model": "models", "dataset": "datasets"},
    ),
    TableSpec(
        "model_facts",
        schema.ModelFact,
        (llmstats.read_model_facts,),
        ("model", "fact", "dataset"),
        {"model": "models", "dataset": "datasets"},
    ),
    TableSpec(
        "claims",
        schema.Claim,
        (read_csv("claims.csv"),),
        ("id",),
        {"model": "models", "comparator": "models", "benchmark": "benchmarks", "harness": "harnesses"},
    ),
    TableSpec(
        "arena_scores",
        schema.ArenaScore,
        (_read_lmarena_history,),
        ("lmarena_id", "as_of"),
        {"model": "models", "dataset": "datasets"},
    ),
    # Harnesses: external leaderboards, their name mappings, and per-instance results
    TableSpec(
        "model_names",
        schema.ModelName,
        (read_csv("mappings/swebench_model_tags.csv"), read_csv("mappings/epoch_models.csv")),
        ("dataset", "name"),
        {"model": "models", "dataset": "datasets"},
    ),
    TableSpec(
        "system_mappings",
        schema.SystemMapping,
        (read_csv("mappings/swebench_systems.csv"), read_csv("mappings/epoch_systems.csv")),
        ("dataset", "system"),
        {"harness": "harnesses", "dataset": "datasets"},
    ),
    TableSpec(
        "harness_results",
        schema.HarnessResult,
        (swebench.read_results, epoch.read_results),
        ("dataset", "entry"),
        {"model": "models", "benchmark": "benchmarks", "harness": "harnesses", "dataset": "datasets"},
    ),
    TableSpec("instance_results", schema.InstanceResult, (swebench.read_instances,), ("dataset", "run", "instance"), {"dataset": "datasets"}),
    TableSpec("providers", schema.Provider, (read_csv("providers.csv"),), ("id",)),
    TableSpec(
        "cost_claims", schema.CostClaim, (read_csv("cost_claims.csv"),), ("model", "provider", "tier", "source_url"),
        {"model": "models"},
    ),
    TableSpec("self_hosting", schema.SelfHostingDefault, (read_csv("self_hosting.csv"),), ("model",), {"model": "models"}),
]


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


def _arrow_type(annotation: object) -> pa.DataType:
    if get_origin(annotation) in (Union, UnionType):
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return _arrow_type(inner)
    if get_origin(annotation) is not None and hasattr(annotation, "__metadata__"):
        return _arrow_type(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}[annotation]


def arrow_schema(row_model: type[BaseModel]) -> pa.Schema:
    """The Parquet schema of a row model, plus where each row came from."""
    fields = [pa.field(name, _arrow_type(info.annotation)) for name, info in row_model.model_fields.items()]
    return pa.schema(fields + [pa.field("source_file", pa.string()), pa.field("source_line", pa.int64())])


def _to_arrow(table: ValidTable) -> pa.Table:
    records = []
    for row, origin in zip(table.rows, table.origins):
        record = row.model_dump(mode="python")
        records.append({k: (v.value if isinstance(v, Enum) else v) for k, v in record.items()} | {
            "source_file": origin.file,
            "source_line": origin.line,
        })
    return pa.Table.from_pylist(records, schema=arrow_schema(table.spec.row_model))


# Derived tables: pre-aggregated from validated tables in this same build (never edited, never a source), so
# the Harnesses page's per-instance queries group and join on small integer keys. `instance_results` stays.
DERIVED_TABLES = ("run_totals", "instance_names", "instance_outcomes")  # in derivation order
DERIVED_FROM = ("instance_results", "harness_results", "models")


def derive_instance_tables(inputs: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Per-run totals (`run_totals`: integer run key, weights class and model name resolved from harness_results
    and models, instances, outcomes, solves, cost when every instance has one, API calls per instance), the
    instance names by integer key (`instance_names`), and one compact row per run and instance
    (`instance_outcomes`: run key, instance key, resolved; sorted by run key) from the DERIVED_FROM tables."""
    import duckdb

    from gapboard import queries  # imported late: queries → store → build

    derived: dict[str, pa.Table] = {}
    with duckdb.connect(":memory:") as connection:
        for name in DERIVED_FROM:
            connection.register(name, inputs[name])
        for name, sql in zip(DERIVED_TABLES, (
            queries.DERIVE_RUN_TOTALS_SQL, queries.DERIVE_INSTANCE_NAMES_SQL, queries.DERIVE_INSTANCE_OUTCOMES_SQL,
        )):
            derived[name] = connection.sql(sql).to_arrow_table()
            connection.register(name, derived[name])
    return derived


TABLE_NAMES = tuple(spec.name for spec in TABLES) + DERIVED_TABLES  # every table a build writes


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
    if fingerprint(paths) != sources_before:
        raise BuildFailed([Problem("sources", None, None, "a source file changed while building; run the build again")])
    content = hashlib.sha256("".join(sorted(sources_before.values())).encode() + repr(options.as_dict()).encode())
    version = "v" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + content.hexdigest()[:10]
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
    try:
        previous = read_manifest(paths).version
    except ManifestError:
        previous = None
    _replace_file_atomically(manifest.to_json(), paths.manifest)
    _remove_old_versions(paths, version, previous)
    log(f"built {version} in {time.monotonic() - started:.1f}s")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gapboard.build", description=__doc__.splitlines()[0])
    parser.add_argument("--exclude-noncommercial", action="store_true", help="leave out datasets whose licence forbids commercial use")
    parser.add_argument("--data-dir", type=Path, help="data folder holding sources/, external/ and built/ (default: data/)")
    args = parser.parse_args(argv)
    paths = DataPaths(args.data_dir.resolve()) if args.data_dir else data_paths()
    try:
        build(paths, BuildOptions(include_noncommercial=not args.exclude_noncommercial), log=lambda m: print(m, file=sys.stderr))
    except BuildFailed as failed:
        print(f"Build failed: {len(failed.problems)} problem(s); nothing was written.", file=sys.stderr)
        for problem in failed.problems:
            print(f"  {problem}", file=sys.stderr)
        print(f"Fix the rows above, then run `{BUILD_COMMAND}` again.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
