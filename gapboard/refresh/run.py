"""Refresh the public datasets from upstream (or a mirror), show what changes, and write only if all of it holds.

    python -m gapboard.refresh [DATASET ...] [--from URL_OR_FOLDER] [--dry-run]

Every file is fetched into a staging folder beside the data and checked; the build's own readers and validation
then run on the staged snapshot beside the current sources; the report follows. Only then, and only without
--dry-run, the new folders and registry rows replace the old ones in one journaled swap, and the data is rebuilt;
if anything fails, nothing under data/ changes and the exit status is 1.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from gapboard.build import swap
from gapboard.build.config import DataPaths, data_paths
from gapboard.build.ingest.common import MIRROR_VERSION
from gapboard.build.rows import BuildContext, BuildFailed, BuildOptions
from gapboard.build.run import ValidTable, build, validate
from gapboard.refresh import report as reports
from gapboard.refresh.fetch import FetchFailed, Missing, Source
from gapboard.refresh.upstreams import LAYOUTS, File, Upstream

REGISTRY = "datasets.csv"  # under sources/
SNAPSHOT_NOTE = "SNAPSHOT.md"  # what a refresh fetched, written beside the files
MIN_CAP = 1 << 20
MAX_CAP = 200 << 20
CAP_FACTOR = 5  # a file may grow to this many times its current size (or the largest of its kind) before it is refused


class RefreshFailed(Exception):
    pass


def _registry(paths: DataPaths) -> tuple[list[str], list[dict]]:
    with (paths.sources / REGISTRY).open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _write_registry(path: Path, header: list[str], rows: list[dict]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def refreshable(paths: DataPaths) -> list[str]:
    """The datasets whose registry row names an upstream Gapboard knows the layout of."""
    return [row["id"] for row in _registry(paths)[1] if row.get("upstream") and row["id"] in LAYOUTS]


def _cap(current: Path, kind_sizes: list[int]) -> int:
    base = current.stat().st_size if current.is_file() else max(kind_sizes, default=0)
    return min(max(CAP_FACTOR * base, MIN_CAP), MAX_CAP)


def _fetch_dataset(source: Source, dataset: str, row: dict, old: Path, target: Path) -> tuple[str, str]:
    """Fetch every file of one dataset into `target`; returns (version, how it was fetched)."""
    upstream = Upstream.parse(row["upstream"])
    layout = LAYOUTS[dataset]
    version = source.version(dataset, upstream)
    sizes: dict[str, list[int]] = {}
    for path in old.rglob("*") if old.is_dir() else []:
        if path.is_file():
            sizes.setdefault(path.suffix, []).append(path.stat().st_size)
    fetched: dict[str, bytes] = {}

    def get(file: File) -> None:
        try:
            body = source.fetch(dataset, upstream, version, file, _cap(old / file.local_path, sizes.get(Path(file.local_path).suffix, [])))
        except Missing:
            if file.required:
                raise
            return
        fetched[file.repository_path] = body
        destination = target / file.local_path
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(body)

    for file in layout.files:
        get(file)
    if layout.more is not None:
        try:
            more = layout.more(fetched)
        except (ValueError, KeyError, TypeError) as exc:
            raise FetchFailed(f"{dataset} index", f"its file list could not be read: {exc}") from exc
        for file in more:
            get(file)
    digest = hashlib.sha256(b"".join(hashlib.sha256(fetched[p]).digest() for p in sorted(fetched))).hexdigest()
    held = version or f"{MIRROR_VERSION}{digest[:12]}"
    where = f"{upstream.repository} at {version}" if version else f"a mirror of {upstream.repository} ({source.label})"
    lines = [f"# {dataset}: snapshot fetched by `python -m gapboard.refresh`", "",
             f"From {where} on {dt.date.today().isoformat()}; version recorded as `{held}`.", "",
             "| file | path upstream | sha256 |", "|---|---|---|"]
    lines += [f"| `{f}` | `{f}` | `{hashlib.sha256(fetched[f]).hexdigest()}` |" for f in sorted(fetched)]
    (target / SNAPSHOT_NOTE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return held, where


def _validated(paths: DataPaths, options: BuildOptions) -> tuple[dict[str, ValidTable], BuildContext]:
    ctx = BuildContext(paths, options)
    try:
        return validate(ctx, lambda message: None), ctx
    except BuildFailed:
        raise
    except Exception as exc:  # a reader that meets a renamed field, say: what failed, not a traceback
        raise RefreshFailed(f"a reader failed on the new snapshot: {type(exc).__name__}: {exc}") from exc


def _rows(tables: dict[str, ValidTable], table: str, dataset: str) -> list:
    return [row for row in tables[table].rows if getattr(row, "dataset", None) == dataset]


def _files(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file() and p.name != SNAPSHOT_NOTE}


def _dataset_report(dataset: str, where: str, before: dict, after: dict, old: tuple, new: tuple, model_ids: list[str]) -> reports.DatasetReport:
    (old_tables, old_folder), (new_tables, new_folder, new_ctx) = old, new
    layout = LAYOUTS[dataset]
    old_files, new_files = _files(old_folder), _files(new_folder)
    old_names, new_names = layout.names(old_folder), layout.names(new_folder)
    result = reports.DatasetReport(
        dataset, where, (before.get("version", ""), after["version"]), (before.get("as_of", ""), after["as_of"]),
        (sorted(set(new_files) - set(old_files)), sorted(set(old_files) - set(new_files)),
         sorted(f for f in set(old_files) & set(new_files) if old_files[f] != new_files[f])),
        (sorted(new_names - old_names), sorted(old_names - new_names)),
    )
    scores = [{(r.model, r.benchmark, r.harness): (r.value,) for r in _rows(t, "scores", dataset)} for t in (old_tables, new_tables)]
    results = [{(r.entry, r.model or r.other_model, r.benchmark): (r.value,) for r in _rows(t, "harness_results", dataset)}
               for t in (old_tables, new_tables)]
    prices = [{(r.model, r.provider, r.tier): (r.input_usd_per_mtok, r.output_usd_per_mtok, r.cached_input_usd_per_mtok)
               for r in _rows(t, "prices", dataset)} for t in (old_tables, new_tables)]
    result.values = reports.changed_values(*scores) + reports.changed_values(*results)
    result.prices = reports.changed_values(*prices)
    result.unmapped = [(name, scored, reports.closest(name, model_ids))
                       for name, scored in sorted(new_ctx.unmapped.get(dataset, {}).items())]
    for table in new_tables:
        counts = (len(_rows(old_tables, table, dataset)), len(_rows(new_tables, table, dataset)))
        if any(counts):
            result.counts[table] = counts
    return result


def refresh(names: list[str], mirror: str | None = None, dry_run: bool = False, paths: DataPaths | None = None,
            out: Callable[[str], None] = print, options: BuildOptions = BuildOptions()) -> int:
    """Run one refresh; returns the exit status (0: written or a clean dry run; 1: refused or failed)."""
    paths = paths or data_paths()
    recovered = swap.recover(paths)
    if recovered:
        out(f"Before refreshing: {recovered}.")
    header, rows = _registry(paths)
    known = refreshable(paths)
    unknown = [n for n in names if n not in known]
    if unknown:
        out(f"Unknown dataset(s): {', '.join(unknown)}. Refreshable: {', '.join(known)}.")
        return 2
    chosen = names or known
    if "upstream" not in header or "version" not in header:
        out(f"sources/{REGISTRY} needs `upstream` and `version` columns")
        return 2
    source = Source(mirror, single=len(chosen) == 1)
    staging = Path(tempfile.mkdtemp(prefix=".refresh-", dir=paths.root))
    try:
        staged = DataPaths(staging / "data")
        shutil.copytree(paths.sources, staged.sources)
        staged.external.mkdir()
        for folder in paths.external.iterdir() if paths.external.is_dir() else []:
            if folder.is_dir() and folder.name not in chosen and not folder.name.startswith("."):
                (staged.external / folder.name).symlink_to(folder.resolve(), target_is_directory=True)
        by_id = {row["id"]: row for row in rows}
        before = {d: dict(by_id[d]) for d in chosen}
        sources_of = {}
        for dataset in chosen:
            out(f"fetching {dataset} from {source.label} …")
            version, sources_of[dataset] = _fetch_dataset(source, dataset, by_id[dataset], paths.external / dataset, staged.external / dataset)
            by_id[dataset].update(version=version, as_of=dt.date.today().isoformat())
        _write_registry(staged.sources / REGISTRY, header, rows)

        try:
            old_tables, old_ctx = _validated(paths, options)
        except BuildFailed as failed:
            raise RefreshFailed("the current data does not build, so there is nothing to compare with; fix it first:\n"
                                + "\n".join(f"  {p}" for p in failed.problems[:20])) from failed
        problems: list[str] = []
        try:
            new_tables, new_ctx = _validated(staged, options)
        except BuildFailed as failed:
            problems = [str(p) for p in failed.problems]
            new_tables, new_ctx = {name: ValidTable(t.spec, [], []) for name, t in old_tables.items()}, BuildContext(staged, options)
        model_ids = [row.id for row in old_tables["models"].rows]
        result = reports.Report([
            _dataset_report(d, sources_of[d], before[d], by_id[d], (old_tables, paths.external / d),
                            (new_tables, staged.external / d, new_ctx), model_ids)
            for d in chosen
        ], problems, [note for note in new_ctx.notes if note not in set(old_ctx.notes)])
        out(result.text())
        if result.refusals:
            out("Refresh refused: the data was not changed. Fix what is listed (add a mapping row for a new name, "
                "or wait for upstream to repair a file), then run it again.")
            return 1
        if dry_run:
            out("Dry run: nothing was written.")
            return 0
        replacements = {paths.external / d: staged.external / d for d in chosen}
        replacements[paths.sources / REGISTRY] = staged.sources / REGISTRY
        swap.swap(paths, replacements, before_commit=lambda: build(paths, options, out))
        out(f"Refreshed {', '.join(chosen)}; the registry records each new version and date.")
        return 0
    except (FetchFailed, RefreshFailed) as failure:
        out(f"Refresh failed, nothing was written: {failure}")
        return 1
    except BuildFailed as failure:
        out("Refresh failed while rebuilding; every file was put back:\n" + "\n".join(f"  {p}" for p in failure.problems))
        return 1
    finally:
        source.close()
        shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gapboard.refresh", description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", metavar="DATASET", help="dataset ids (default: every refreshable one)")
    parser.add_argument("--from", dest="mirror", metavar="URL_OR_FOLDER",
                        help="take the files from a mirror: an HTTP base URL or a folder holding <dataset>/<path upstream>")
    parser.add_argument("--dry-run", action="store_true", help="print the report only; write nothing")
    parser.add_argument("--exclude-noncommercial", action="store_true", help="validate as the build with this switch would")
    args = parser.parse_args(argv)
    return refresh(args.datasets, args.mirror, args.dry_run, options=BuildOptions(include_noncommercial=not args.exclude_noncommercial))


if __name__ == "__main__":
    sys.exit(main())
