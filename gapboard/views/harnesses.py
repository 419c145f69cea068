"""The Harnesses page's views: the model × harness matrix, the spread, rank flips and the per-instance overlap,
each computed once per choice of widget values. `benchmark`, `sources` and `weights` select the cells
(`db.harnesses.harness_cells`); `yours` is this session's upload, shown as its own "(yours)" models."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from gapboard.core import freshness
from gapboard.core.harness import (
    comparability_warnings,
    comparison_scaffold,
    matrix,
    model_labels,
    rank_flips,
    run_labels,
    sort_spread,
    spread,
    summarise_flips,
    version_warnings,
    with_min_harnesses,
)
from gapboard.core.i18n import DEFAULT, text
from gapboard.core.vocabulary import NOT_STATED, WEIGHTS, YOURS
from gapboard.db import harnesses as db_harnesses
from gapboard.db import instances
from gapboard.views.cache import connection, view
from gapboard.views.charts import harnesses as harness_charts
from gapboard.views.charts.theme import spec
from gapboard.views.session import SessionRows
from gapboard.views.tables import arrow


def _marked(yours: SessionRows | None) -> pd.DataFrame | None:
    return yours.marked if yours is not None else None



def _cells(benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], min_harnesses: int, yours: SessionRows | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every matching cell, and the cells of the models with at least `min_harnesses` named harnesses."""
    all_cells = db_harnesses.harness_cells(connection(), benchmark, list(sources), list(weights), _marked(yours))
    return all_cells, with_min_harnesses(all_cells, min_harnesses)


@dataclass(frozen=True)
class MatrixView:
    """The model × harness matrix for models with at least `min_harnesses` named harnesses, ready to draw."""

    table: pa.Table  # `matrix(cells)`
    value_columns: list[str]  # its harness columns
    cells: pa.Table  # the cells of the models shown, the columns asked for
    hidden: int  # models left out by the slider
    warnings: list[str]  # `comparability_warnings(cells)`
    newest: dt.date | None  # as-of date of the newest value shown


@view()
def matrix_view(
    benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], min_harnesses: int, columns: tuple[str, ...],
    yours: SessionRows | None, lang: str = DEFAULT,
) -> MatrixView | None:
    """None when no harness-attributed value matches the filters; the warnings come in `lang`."""
    all_cells, cells = _cells(benchmark, sources, weights, min_harnesses, yours)
    if all_cells.empty:
        return None
    hidden = all_cells["model_key"].nunique() - cells["model_key"].nunique()
    table = matrix(cells)
    value_columns = [c for c in table.columns if c not in ("Model", "Weights", "Sources (licence)")]
    return MatrixView(arrow(table), value_columns, arrow(cells[list(columns)].reset_index(drop=True)), hidden,
                      comparability_warnings(cells, lang), freshness.newest(cells["as_of"]))


@dataclass(frozen=True)
class SpreadView:
    ranges: pd.DataFrame  # `sort_spread(spread(...))`
    chart: dict | None  # None when no model has two named harnesses
    left_out: list[str]  # names of the models shown in the matrix but not in the spread chart


@view()
def spread_view(
    benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], min_harnesses: int, sort: str, unit_title: str,
    yours: SessionRows | None, lang: str = DEFAULT,
) -> SpreadView:
    _, cells = _cells(benchmark, sources, weights, min_harnesses, yours)
    ranges = sort_spread(spread(cells, max(2, min_harnesses)), sort)
    chart = None
    if not ranges.empty:
        points = cells[cells["model_key"].isin(ranges["model_key"]) & (cells["harness"] != NOT_STATED)]
        chart = spec(harness_charts.harness_spread, ranges, points, unit_title, lang=lang)
    return SpreadView(ranges, chart, sorted(set(cells["model_name"]) - set(ranges["model_name"])))


@view()
def pair_choices(benchmark: str, sources: tuple[str, ...], yours: SessionRows | None) -> tuple[dict[str, str], int]:
    """The rank-flip pickers' models (`model_labels` over both weights classes) and how many uploaded rows they include."""
    cells = db_harnesses.harness_cells(connection(), benchmark, list(sources), list(WEIGHTS), _marked(yours))
    return model_labels(cells), int((cells["dataset"] == YOURS).sum())


@dataclass(frozen=True)
class FlipView:
    table: pa.Table  # `rank_flips` rows with the leader named, for display
    compared: bool  # the two models have a value under at least one common harness
    sentence: str
    chart: dict | None
    not_comparable: bool  # some comparison uses a value whose source states no harness


@view()
def flip_view(
    benchmark: str, sources: tuple[str, ...], a: str, b: str, unit_title: str, yours: SessionRows | None, lang: str = DEFAULT,
) -> FlipView:
    """Models `a` and `b` compared harness by harness (the texts in `lang`)."""
    cells = db_harnesses.harness_cells(connection(), benchmark, list(sources), list(WEIGHTS), _marked(yours))
    labels = model_labels(cells)
    flips = rank_flips(cells, a, b, lang)
    compared = flips[flips["leader"].notna()]
    leader_names = {"A": labels[a], "B": labels[b], "tie": text("tie", lang)}
    return FlipView(
        arrow(flips.assign(leader=flips["leader"].map(leader_names)).drop(columns="harness")),
        not compared.empty,
        summarise_flips(flips).sentence(labels[a], labels[b], lang),
        spec(harness_charts.rank_flip, compared, labels[a], labels[b], unit_title, lang=lang) if not compared.empty and a != b else None,
        bool(flips["comparable"].eq(False).any()),
    )


@dataclass(frozen=True)
class InstanceRuns:
    """The runs with per-instance results on a benchmark, their labels, the runs left out and why, and the
    scaffold whose runs are compared at first."""

    runs: pd.DataFrame  # `db.instances.instance_runs`
    labels: dict[str, str]  # `run_labels`
    skipped: list[tuple[str, str, str]]  # (model name, run, why) per run left out
    scaffold: str | None = None  # `comparison_scaffold` (None: no runs)
    default_runs: list[str] = field(default_factory=list)  # the runs under `scaffold`, best headline first


@view()
def instance_runs_view(benchmark: str) -> InstanceRuns:
    runs = instances.instance_runs(connection(), benchmark)
    skipped = [(row.model_name, row.run, row.note) for row in instances.skipped_instance_runs(connection()).itertuples()]
    scaffold = comparison_scaffold(runs)
    return InstanceRuns(runs, run_labels(runs), skipped, scaffold, runs.loc[runs["harness_name"] == scaffold, "run"].tolist())


@dataclass(frozen=True)
class OverlapView:
    """The selected runs compared per instance."""

    warnings: list[str]  # `version_warnings` of the selected runs
    both_groups: bool  # at least one open-weight and one proprietary run is selected
    summary: pd.Series | None  # instances per overlap category (`db.instances.overlap_summary`), when both_groups
    chart: dict | None  # the overlap bars, when both_groups
    stats: pa.Table | None  # `db.instances.run_stats`, runs named by their labels (None: no run selected)
    open_runs: set[str]  # the selected open-weight runs


@view()
def overlap_view(benchmark: str, chosen: tuple[str, ...], lang: str = DEFAULT) -> OverlapView:
    every = instance_runs_view(benchmark)
    selected = every.runs[every.runs["run"].isin(chosen)]
    both_groups = selected["weights"].nunique() >= 2
    summary = chart = None
    if both_groups:
        summary = instances.overlap_summary(connection(), list(chosen)).set_index("category")["instances"]
        chart = spec(harness_charts.overlap_bars, summary.reset_index(), lang=lang)
    stats = instances.run_stats(connection(), list(chosen))
    stats = stats.assign(run=stats["run"].map(every.labels)).drop(columns=["model_name"])
    open_runs = set(selected.loc[selected["weights"] == "open", "run"])
    return OverlapView(version_warnings(selected, lang), both_groups, summary, chart, None if stats.empty else arrow(stats), open_runs)


@view()
def instances_view(chosen: tuple[str, ...], category: str) -> pa.Table:
    """The comparable instances of one overlap category with the selected runs solving each, ready to draw."""
    return arrow(instances.overlap_instances(connection(), list(chosen), category).drop(columns="category"))


@view()
def pair_counts(run_a: str, run_b: str) -> dict[str, int]:
    """Instances both runs solve, only A, only B and neither (`db.instances.pair_overlap`)."""
    row = instances.pair_overlap(connection(), run_a, run_b).iloc[0]
    return {field: int(row[field]) for field in ("both_solve", "only_a", "only_b", "neither")}


CELL_RULE = db_harnesses.HARNESS_CELL_RULE  # how one value per model and harness is chosen (the page's intro)


@dataclass(frozen=True)
class PageFilters:
    benchmarks: dict[str, str]  # benchmarks with values under two named harnesses: id → name, most models first
    sources: pd.DataFrame  # the datasets with harness-attributed values, with their licences
    cell_rule: str  # how one value per model and harness is chosen


@view()
def page_filters() -> PageFilters:
    con = connection()
    catalogue = db_harnesses.harness_benchmarks(con)
    return PageFilters(dict(zip(catalogue["id"], catalogue["name"])), db_harnesses.harness_datasets(con), CELL_RULE)
