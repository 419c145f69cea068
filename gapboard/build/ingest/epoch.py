"""Epoch AI benchmark-stitching data (MIT) → `harness_results`, and release dates for `models`.

Source: github.com/epoch-research/benchmark-stitching, folder `data/` at the commit its registry row names, copied byte for
byte to `data/external/epoch-benchmark-stitching/`:

- `external_benchmark_terminal_bench.csv`: the Terminal-Bench leaderboard by agent × model version (mean
  accuracy and its standard error). Its values are those of Terminal-Bench 1.0 (e.g. Droid + Claude Opus
  4.1 58.8%, the mean of that submission's five runs), so they are stored as `terminal-bench-original`.
- `benchmarks_runs.csv`: Epoch AI's own evaluation runs; the `SWE-Bench verified` ones are read, each run
  under Epoch's scaffold (`Best score` 0–1 becomes percent).
- `model_versions.csv`: a release date per model version. A model in `models.csv` without a release date
  takes the date of the version `mappings/epoch_models.csv` flags `release_date_from`, and records that
  line of Epoch's file as its `release_date_source`.

Model version ids map through `mappings/epoch_models.csv`, agents and tasks through
`mappings/epoch_systems.csv`; names neither covers are reported in build notes, never guessed.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator

from gapboard.build.ingest import common
from gapboard.build.rows import BuildContext, Reader, SourceRow

DATASET = "epoch-benchmark-stitching"
FOLDER = "epoch-benchmark-stitching"
UPSTREAM_FOLDER = "data/"  # where the files sit in the repository
TERMINAL_BENCH = "external_benchmark_terminal_bench.csv"
RUNS = "benchmarks_runs.csv"
VERSIONS = "model_versions.csv"
MODELS = "mappings/epoch_models.csv"
SYSTEMS = "mappings/epoch_systems.csv"
SWE_BENCH_TASK = "SWE-Bench verified"
_STDERR = re.compile(r"±\s*([0-9.]+)")


def _records(ctx: BuildContext, file: str) -> Iterator[tuple[str, int, dict]]:
    """Each record of one Epoch CSV (UTF-8 with a byte-order mark) with its file label and first line."""
    path = ctx.paths.external / FOLDER / file
    label = path.relative_to(ctx.paths.root).as_posix()
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None:  # reads the header, so line numbers start after it
            return
        start = reader.line_num + 1
        for record in reader:
            yield label, start, record
            start = reader.line_num + 1


def _percent(text: str) -> float | None:
    text = (text or "").strip().rstrip("%")
    return float(text) if text else None


def _date(text: str) -> dt.date | None:
    """`started_at` such as "17 November 2025 4:28pm"."""
    try:
        return dt.datetime.strptime(text.strip(), "%d %B %Y %I:%M%p").date()
    except ValueError:
        return None


class _Mapper:
    """Maps Epoch's model version ids and agent/task names, remembering what no table covers."""

    def __init__(self, ctx: BuildContext):
        self.models = common.model_names(ctx, MODELS)
        self.systems = common.systems(ctx, SYSTEMS)
        self.unmapped_models: dict[str, int] = {}
        self.unmapped_systems: dict[str, int] = {}

    def model(self, version: str) -> dict:
        targets, unmapped = common.resolve([version] if version else [], self.models)
        for name in unmapped:
            self.unmapped_models[name] = self.unmapped_models.get(name, 0) + 1
        return common.model_columns(targets, unmapped)

    def system(self, name: str) -> dict:
        if name not in self.systems:
            self.unmapped_systems[name] = self.unmapped_systems.get(name, 0) + 1
        return self.systems.get(name, {})

    def report(self, ctx: BuildContext) -> None:
        ctx.unmapped_names(DATASET, self.unmapped_models, scored=True)
        if self.unmapped_models:
            ctx.note(
                f"{DATASET}: {len(self.unmapped_models)} model version(s) not in {MODELS}, so their results name no model: "
                + common.listed(f"{name!r} ({count} row{'s' if count > 1 else ''})" for name, count in sorted(self.unmapped_models.items()))
            )
        if self.unmapped_systems:
            ctx.note(f"{DATASET}: agent(s) not in {SYSTEMS}, scaffold shown as not stated: " + common.listed(sorted(self.unmapped_systems)))


def read_results(ctx: BuildContext) -> Iterator[SourceRow]:
    """Terminal-Bench agent × model results and Epoch's SWE-bench Verified runs as `harness_results` rows."""

    mapper = _Mapper(ctx)
    as_of = common.dataset_as_of(ctx, DATASET)
    base = common.source_link(ctx, DATASET, UPSTREAM_FOLDER)
    for label, line, record in _records(ctx, TERMINAL_BENCH):
        agent, version = record["Agent"].strip(), record["Model version"].strip()
        system = mapper.system(agent)
        notes = " ".join((record.get("Notes") or "").split())
        yield SourceRow(label, line, {
            "dataset": DATASET,
            "entry": record["id"],
            "benchmark": "terminal-bench-original",
            "split": "Terminal-Bench 1.0 leaderboard",
            "system_name": f"{agent} + {version}" if version else agent,
            "harness": system.get("harness") or None,
            "scaffold_version": system.get("scaffold_version") or None,
            **mapper.model(version),
            "model_names": version or None,
            "value": _percent(record["Accuracy mean"]),
            "unit": "percent",
            "stderr": _percent(record["Accuracy SE"]),
            "reported_by": system.get("reported_by") or "third_party",
            "source_url": f"{base}{TERMINAL_BENCH}#L{line}",
            "source_note": f"{record['Source']} ({record['Source link']}) as relayed by Epoch AI" + (f"; Epoch's note: {notes}" if notes else ""),
            "as_of": as_of,
        })
    system = mapper.system(SWE_BENCH_TASK)
    for label, line, record in _records(ctx, RUNS):
        if record["task"] != SWE_BENCH_TASK or record["Status"] != "Success":
            continue
        stderr = _STDERR.search(record["Scores"] or "")
        yield SourceRow(label, line, {
            "dataset": DATASET,
            "entry": record["id"],
            "benchmark": "swe-bench-verified",
            "split": f"Epoch AI runs (task version {record['task version']})",
            "system_name": f"Epoch AI SWE-bench agent + {record['model']}",
            "harness": system.get("harness") or None,
            "scaffold_version": f"task version {record['task version']}",
            **mapper.model(record["model"]),
            "model_names": record["model"],
            "value": round(100 * float(record["Best score (across scorers)"]), 2),
            "unit": "percent",
            "stderr": round(100 * float(stderr.group(1)), 2) if stderr else None,
            "runs": 1,
            "date": _date(record["started_at"]),
            "reported_by": system.get("reported_by") or "third_party",
            "source_url": f"{base}{RUNS}#L{line}",
            "source_note": f"Epoch AI run {record['id']}, scores {record['Scores']}",
            "system_url": record["log viewer"] if record["log viewer"].startswith("https://") else None,
            "as_of": as_of,
        })
    mapper.report(ctx)


def release_dates(ctx: BuildContext) -> dict[str, tuple[dt.date, str]]:
    """Our model id → (release date, source URL) from the versions `epoch_models.csv` flags. A model that
    two versions flag gets no date (which one is meant is not guessed) and a build note."""
    flagged = common.flagged_versions(ctx, MODELS, "release_date_from")
    lines_by_model: dict[str, list[int]] = {}
    for model, mapping_line in flagged.values():
        lines_by_model.setdefault(model, []).append(mapping_line)
    for model, lines in sorted(lines_by_model.items()):
        if len(lines) > 1:
            ctx.note(f"{DATASET}: {len(lines)} versions flag the release date of {model!r} (sources/{MODELS} lines "
                     f"{', '.join(map(str, sorted(lines)))}); none is used until one flag is removed")
            flagged = {version: target for version, target in flagged.items() if target[0] != model}
    found: dict[str, tuple[dt.date, str]] = {}
    base = common.source_link(ctx, DATASET, UPSTREAM_FOLDER)
    for label, line, record in _records(ctx, VERSIONS):
        version = record["id"].strip()
        if version not in flagged:
            continue
        model, _ = flagged.pop(version)
        try:
            found[model] = (dt.date.fromisoformat(record["Version release date"].strip()), f"{base}{VERSIONS}#L{line}")
        except ValueError:
            ctx.note(f"{DATASET}: {label}:{line} gives no release date for {version!r}")
    if flagged:
        ctx.note(f"{DATASET}: flagged version(s) not in {VERSIONS}: " + common.listed(sorted(flagged)))
    return found


def with_release_dates(reader: Reader) -> Reader:
    """`reader` (the models source), with missing release dates taken from Epoch's version dates."""

    def read(ctx: BuildContext) -> Iterator[SourceRow]:
        dates = release_dates(ctx)
        for row in reader(ctx):
            model = (row.values.get("id") or "").strip()
            if model in dates and not (row.values.get("release_date") or "").strip():
                date, url = dates[model]
                row = SourceRow(row.file, row.line, row.values | {
                    "release_date": date.isoformat(), "release_date_precision": "day", "release_date_source": url,
                })
            yield row

    return read
