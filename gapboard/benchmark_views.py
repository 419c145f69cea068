"""The Benchmarks page's views, cached by its widget values: what the page renders, computed once per choice.

The page reads its widgets and calls these; each runs the queries and the `analysis` transforms inside and is
cached (`store.cached`) by its arguments, which are only scalars and tuples, so a rerun that changes nothing
they depend on costs a hash of a few strings. Rebuilding the data clears every cache (`store.ensure_current`).
This session's uploaded rows (`user_data.marked_scores()`) are passed as `_yours` (not hashed) together with
their content digest (`store.frame_digest`), which is what keys the cache.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from gapboard import analysis, queries, store


@dataclass(frozen=True)
class Catalogue:
    """The choices the page's filters offer, from the current build."""

    names: dict[str, str]  # score benchmark id → name, most reported first
    categories: list[str]
    category: dict[str, str]  # benchmark id → category
    higher_is_better: dict[str, bool]
    vendors: list[str]
    families: list[str]
    harness_names: dict[str, str]  # harness id → name, plus analysis.NOT_STATED
    dataset_names: dict[str, str]
    model_ids: frozenset[str]
    first_release: dt.date
    last_release: dt.date


@store.cached(max_entries=4)
def catalogue() -> Catalogue:
    benchmarks = queries.benchmarks()
    benchmarks = benchmarks[(benchmarks["kind"] == "score") & ~benchmarks["timeline_only"]]
    models = queries.models()
    harnesses = queries.harnesses()
    datasets = queries.datasets()
    dated = models["release_date"].dropna()
    return Catalogue(
        names=dict(zip(benchmarks["id"], benchmarks["name"])),
        categories=sorted(benchmarks["category"].unique()),
        category=dict(zip(benchmarks["id"], benchmarks["category"])),
        higher_is_better={b: bool(h) for b, h in zip(benchmarks["id"], benchmarks["higher_is_better"])},
        vendors=sorted(models["vendor"].unique()),
        families=queries.families(),
        harness_names={**dict(zip(harnesses["id"], harnesses["name"])), analysis.NOT_STATED: analysis.NOT_STATED_LABEL},
        dataset_names=dict(zip(datasets["id"], datasets["name"])),
        model_ids=frozenset(models["id"]),
        first_release=dated.min().date(),
        last_release=dated.max().date(),
    )


@dataclass(frozen=True)
class ScoreFilters:
    """Every row filter of the page but the benchmarks and weights (empty tuples mean "all")."""

    reporters: tuple[str, ...]
    confidences: tuple[str, ...]
    vendors: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    harnesses: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()
    released_since: dt.date | None = None  # None: no release-date filter (undated models kept)


def filtered_scores(
    benchmarks: list[str] | tuple[str, ...], weights: list[str] | tuple[str, ...], filters: ScoreFilters,
    yours: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """The score rows under every filter, and the undated models a release-date filter leaves out."""
    scores = queries.benchmark_scores(
        list(benchmarks), list(weights), list(filters.reporters), list(filters.confidences), list(filters.vendors),
        list(filters.families), list(filters.harnesses), analysis.NOT_STATED, list(filters.datasets), user_scores=yours,
    )
    return analysis.released_since(scores, filters.released_since)


@dataclass
class TableView:
    """Everything the Table tab shows for one choice of benchmarks and filters."""

    scores: pd.DataFrame  # every value behind the table, with its source
    left_out: list[str]  # undated models a release-date filter leaves out
    table: analysis.BenchmarkTable | None = None  # None when no benchmark is chosen or no score matches
    column_help: dict[str, str] = field(default_factory=dict)  # column title → its main harness
    conflicts: pd.DataFrame | None = None  # analysis.conflicts(scores), with the table


def yours_key(yours: pd.DataFrame | None) -> str | None:
    """The cache key of this session's uploaded rows (None when there are none)."""
    return None if yours is None else store.frame_digest(yours)


@store.cached(max_entries=32)
def table_view(
    benchmarks: tuple[str, ...], weights: tuple[str, ...], filters: ScoreFilters, split: bool, complete: bool,
    yours_digest: str | None = None, _yours: pd.DataFrame | None = None,
) -> TableView:
    """The models × benchmarks table (one column per benchmark, or per benchmark and harness with `split`),
    its column help and conflicts, for one choice of filters. `yours_digest` must be `yours_key(_yours)`."""
    scores, left_out = filtered_scores(benchmarks, weights, filters, _yours)
    if not benchmarks or scores.empty:
        return TableView(scores, left_out)
    names = catalogue().names
    columns = {b: names[b] for b in benchmarks}
    if split:
        cells, columns = analysis.split_by_harness(analysis.per_harness(scores), columns)
    else:
        cells = analysis.benchmark_cells(scores)
    table = analysis.BenchmarkTable(cells, columns, complete_only=complete)
    return TableView(scores, left_out, table, table.column_help(catalogue().harness_names), analysis.conflicts(scores))
