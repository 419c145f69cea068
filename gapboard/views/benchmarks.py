"""The Benchmarks page's views: the filters' choices, the table, the cell detail, the gap today and over time,
and the claims check, each computed once per choice of widget values."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from gapboard.core import benchmark_table, claims, freshness, gap, headline
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import ANY_HARNESS, NOT_STATED, NOT_STATED_LABEL, WEIGHTS
from gapboard.db import catalogue as db_catalogue
from gapboard.db import scores as db_scores
from gapboard.views import common
from gapboard.views.cache import connection, view
from gapboard.views.charts import gap as gap_charts
from gapboard.views.charts.theme import spec
from gapboard.views.session import SessionRows


@dataclass(frozen=True)
class Catalogue:
    """The choices the page's filters offer, from the current build."""

    names: dict[str, str]  # score benchmark id → name, most reported first
    categories: list[str]
    category: dict[str, str]  # benchmark id → category
    higher_is_better: dict[str, bool]
    vendors: list[str]
    families: list[str]
    harness_names: dict[str, str]  # harness id → name, plus NOT_STATED
    dataset_names: dict[str, str]
    model_ids: frozenset[str]
    first_release: dt.date
    last_release: dt.date


@view(max_entries=4)
def catalogue() -> Catalogue:
    con = connection()
    benchmarks = common.benchmarks()
    benchmarks = benchmarks[(benchmarks["kind"] == "score") & ~benchmarks["timeline_only"]]
    models = common.models()
    harnesses = db_catalogue.harnesses(con)
    datasets = db_catalogue.datasets(con)
    dated = models["release_date"].dropna()
    return Catalogue(
        names=dict(zip(benchmarks["id"], benchmarks["name"])),
        categories=sorted(benchmarks["category"].unique()),
        category=dict(zip(benchmarks["id"], benchmarks["category"])),
        higher_is_better={b: bool(h) for b, h in zip(benchmarks["id"], benchmarks["higher_is_better"])},
        vendors=sorted(models["vendor"].unique()),
        families=db_catalogue.families(con),
        harness_names={**dict(zip(harnesses["id"], harnesses["name"])), NOT_STATED: NOT_STATED_LABEL},
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
    benchmarks: tuple[str, ...], weights: tuple[str, ...], filters: ScoreFilters, yours: SessionRows | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """The score rows under every filter, and the undated models a release-date filter leaves out."""
    rows = db_scores.benchmark_scores(
        connection(), list(benchmarks), list(weights), list(filters.reporters), list(filters.confidences),
        list(filters.vendors), list(filters.families), list(filters.harnesses), list(filters.datasets),
        user_scores=yours.marked if yours is not None else None,
    )
    return headline.released_since(rows, filters.released_since)


@dataclass
class TableView:
    """Everything the Table tab shows for one choice of benchmarks and filters."""

    scores: pd.DataFrame  # every value behind the table, with its source
    left_out: list[str]  # undated models a release-date filter leaves out
    table: benchmark_table.BenchmarkTable | None = None  # None when no benchmark is chosen or no score matches
    column_help: dict[str, str] = field(default_factory=dict)  # column title → its main harness
    conflicts: pd.DataFrame = field(default_factory=pd.DataFrame)  # `headline.conflicts` of the scores
    newest: dt.date | None = None  # as-of date of the newest value behind the table


def harness_names(lang: str = DEFAULT) -> dict[str, str]:
    """The catalogue's harness names, "harness not stated" written in `lang`."""
    return {key: text(name, lang) if key == NOT_STATED else name for key, name in catalogue().harness_names.items()}


@view(max_entries=32)
def table_view(
    benchmarks: tuple[str, ...], weights: tuple[str, ...], filters: ScoreFilters, split: bool, complete: bool,
    yours: SessionRows | None = None, lang: str = DEFAULT,
) -> TableView:
    """The models × benchmarks table (one column per benchmark, or per benchmark and harness with `split`), its
    column help and conflicts, for one choice of filters (its texts in `lang`)."""
    rows, left_out = filtered_scores(benchmarks, weights, filters, yours)
    if not benchmarks or rows.empty:
        return TableView(rows, left_out)
    names = catalogue().names
    columns = {b: names[b] for b in benchmarks}
    if split:
        cells, columns = benchmark_table.split_by_harness(headline.per_harness(rows), columns, lang)
    else:
        cells = headline.benchmark_cells(rows)
    table = benchmark_table.BenchmarkTable(cells, columns, complete_only=complete)
    return TableView(rows, left_out, table, table.column_help(harness_names(lang), lang), headline.conflicts(rows),
                     freshness.newest(rows["as_of"]))


@dataclass(frozen=True)
class CellDetail:
    """Every value held for one model on one benchmark, whatever the filters, the shown one ticked."""

    rows: pd.DataFrame  # empty: nothing is recorded
    shown: pd.Series | None  # the table's cell (None: the cell is not in the table under these filters)
    model_name: str = ""
    benchmark_name: str = ""


@view(max_entries=32)
def cell_detail(
    model: str, column: str, benchmarks: tuple[str, ...], weights: tuple[str, ...], filters: ScoreFilters, split: bool,
    complete: bool, yours: SessionRows | None = None, lang: str = DEFAULT,
) -> CellDetail:
    found = db_scores.cell_sources(connection(), model, column.partition("@")[0], yours.marked if yours is not None else None)
    table = table_view(benchmarks, weights, filters, split, complete, yours, lang).table
    if found.empty or table is None:
        return CellDetail(found, None)
    detail, shown = table.detail(found, model, column)
    detail["harness_name"] = detail["harness_key"].map(harness_names(lang))
    return CellDetail(detail, shown, found["model_name"].iloc[0], found["benchmark_name"].iloc[0])


@dataclass(frozen=True)
class GapToday:
    """Best open vs best proprietary per chosen benchmark and harness."""

    gaps: pd.DataFrame  # `gap.class_gaps` with benchmark_name; empty: no benchmark has both kinds
    chart: dict | None
    without_both: list[str]  # names of the chosen benchmarks with no harness holding both kinds
    left_out: list[str]  # undated models a release-date filter leaves out


@view(max_entries=32)
def gap_today(benchmarks: tuple[str, ...], filters: ScoreFilters, yours: SessionRows | None = None, lang: str = DEFAULT) -> GapToday:
    both, left_out = filtered_scores(benchmarks, WEIGHTS, filters, yours)
    names = catalogue().names
    gaps = gap.class_gaps(both, catalogue().higher_is_better, lang)
    if gaps.empty:
        return GapToday(gaps, None, [], left_out)
    gaps = gaps.assign(benchmark_name=gaps["benchmark"].map(names))
    main_rows = gaps[gaps["main"]]
    dots = gap.dots(main_rows, main_rows["benchmark_name"] + " · " + main_rows["harness"])
    chart = spec(gap_charts.gap_dots, dots, "setting", None, text("Best score", lang), lang=lang)
    missing = [names[b] for b in benchmarks if b not in set(gaps["benchmark"])]
    return GapToday(gaps, chart, missing, left_out)


AUTO = "~auto"  # the frontier's harness choice: the benchmark's main setting


@dataclass(frozen=True)
class Frontier:
    """The open and proprietary frontiers of one benchmark over release dates, and how far apart they are."""

    setting: str  # the harness the values come from, as shown
    lag: gap.Lag
    chart: dict | None  # None: no dated result under this setting
    undated: list[str]  # models left out for having no release date
    left_out: list[str]  # undated models a release-date filter leaves out


@view(max_entries=32)
def frontier(benchmark: str, harness: str, filters: ScoreFilters, yours: SessionRows | None = None, lang: str = DEFAULT) -> Frontier:
    """`harness` is a harness id, NOT_STATED, ANY_HARNESS or AUTO; the texts come in `lang`."""
    rows, left_out = filtered_scores((benchmark,), WEIGHTS, filters, yours)
    names, higher = catalogue().names, catalogue().higher_is_better[benchmark]
    points, key = gap.frontier_points(rows, None if harness == AUTO else harness, higher)
    if key == ANY_HARNESS:
        setting = text(FRONTIER_ANY_LABEL, lang)
    else:
        setting = harness_names(lang).get(key) or text("no setting with both kinds", lang)
    steps = gap.frontier(points, higher)
    lag = gap.months_behind(steps, higher)
    chart = None
    if not steps.empty:
        lines = gap.frontier_lines(steps, points["release_date"].dropna().max())
        span = (lag.proprietary_date, lag.open_date, text("{months:.1f} months behind", lang, months=lag.months)) if lag.status == "behind" else None
        chart = spec(gap_charts.frontier_chart, lines, steps, text("{benchmark} (best so far)", lang, benchmark=names[benchmark]),
                     lag.open_best, span, lang=lang)
    return Frontier(setting, lag, chart, gap.undated(points), left_out)


FRONTIER_AUTO_LABEL = N_("Main setting (the stated harness with most models of both kinds)")
FRONTIER_ANY_LABEL = N_("Any harness (mixed: not comparable)")


@dataclass(frozen=True)
class ClaimsView:
    summary: common.ClaimsSummary
    verdicts: pd.DataFrame  # `claims.judged_table`
    judged: dict[str, claims.Judged]  # by claim id


@view(max_entries=4)
def claims_view(lang: str = DEFAULT) -> ClaimsView:
    judged = common.claim_judgements(lang)
    return ClaimsView(common.claims_summary(lang), claims.judged_table(judged, lang), {j.claim["id"]: j for j in judged})
