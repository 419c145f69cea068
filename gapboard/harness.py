"""How much the agent scaffold moves a model's score: spread across harnesses, rank flips between two
models, and what makes two values not comparable as they stand. Pure functions over the cells frame of
`queries.harness_cells` (one value per model and harness); no Streamlit, no SQL. The page's views (at the
end) run the queries and these functions for one set of widget values, cached by those values.

A cell whose source states no harness (`harness == ""`) is never counted as a harness of its own: it is
left out of the spread, and a rank flip uses it only where the other model has a value under a named
harness and this one has none, marked as not comparable.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from gapboard import charts, queries, store, ui
from gapboard.uploads import YOURS

NOT_STATED = ""

SPREAD_COLUMNS = [
    "model_key", "model_name", "weights", "harnesses", "low", "high", "spread", "low_harness", "high_harness",
]
FLIP_COLUMNS = ["harness", "harness_name", "a_value", "b_value", "difference", "leader", "comparable", "caveat"]


def spread(cells: pd.DataFrame, min_harnesses: int = 2) -> pd.DataFrame:
    """Per model: lowest and highest value across named harnesses and the gap between them, for models with
    at least `min_harnesses` named harnesses; largest spread first."""
    named = cells[cells["harness"] != NOT_STATED]
    if named.empty:
        return pd.DataFrame(columns=SPREAD_COLUMNS)
    ordered = named.sort_values(["model_key", "value", "harness_name"], kind="stable")
    grouped = ordered.groupby("model_key", sort=False)
    result = pd.DataFrame({
        "model_name": grouped["model_name"].first(),
        "weights": grouped["weights"].first(),
        "harnesses": grouped["harness"].nunique(),
        "low": grouped["value"].min(),
        "high": grouped["value"].max(),
        "low_harness": grouped["harness_name"].first(),
        "high_harness": grouped["harness_name"].last(),
    }).reset_index()
    result["spread"] = result["high"] - result["low"]
    result = result[result["harnesses"] >= min_harnesses]
    return result.sort_values(["spread", "model_name"], ascending=[False, True], kind="stable")[SPREAD_COLUMNS].reset_index(drop=True)


SORTS = {
    "spread": (["spread", "model_name"], [False, True]),
    "best score": (["high", "model_name"], [False, True]),
    "name": (["model_name"], [True]),
}


def sort_spread(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """The spread table in one of the SORTS orders."""
    columns, ascending = SORTS[by]
    return table.sort_values(columns, ascending=ascending, kind="stable").reset_index(drop=True)


def _caveats(a: pd.Series, b: pd.Series) -> list[str]:
    """Why two values under the same harness may still not be like for like."""
    found = []
    versions = (a.get("version"), b.get("version"))
    if all(pd.notna(v) for v in versions) and versions[0] != versions[1]:
        found.append(f"scaffold versions differ ({versions[0]} vs {versions[1]})")
    runs = tuple(_runs_label(row.get("runs")) for row in (a, b))
    if runs[0] != runs[1]:
        found.append(f"runs differ ({runs[0]} vs {runs[1]})")
    attempts = tuple(_label(row.get("attempts"), "attempts not stated") for row in (a, b))
    if attempts[0] != attempts[1]:
        found.append(f"attempts differ ({attempts[0]} vs {attempts[1]})")
    splits = (a.get("split"), b.get("split"))
    if splits[0] != splits[1]:
        found.append(f"splits differ ({splits[0]} vs {splits[1]})")
    if a.get("reported_by") != b.get("reported_by"):
        found.append(f"reported by {_reporter(a.get('reported_by'))} vs {_reporter(b.get('reported_by'))}")
    return found


def _label(value: object, missing: str) -> str:
    return missing if value is None or pd.isna(value) else str(value)


def _runs_label(value: object) -> str:
    if value is None or pd.isna(value):
        return "runs not stated"
    return "1 run" if int(value) == 1 else f"average of {int(value)} runs"


def _reporter(value: object) -> str:
    return {"vendor": "the vendor", "third_party": "a third party"}.get(str(value), "unknown")


def rank_flips(cells: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Per named harness where model `a` or `b` has a value: both values, a − b, who leads, and caveats.

    Where only one model has a value under a harness and the other has a value whose harness is not
    stated, that value stands in, marked not comparable (it is how vendor charts often compare)."""
    rows = []
    by_model = {key: cells[cells["model_key"] == key].set_index("harness") for key in (a, b)}
    harnesses = sorted((set(by_model[a].index) | set(by_model[b].index)) - {NOT_STATED})
    names = pd.concat([by_model[a]["harness_name"], by_model[b]["harness_name"]]).groupby(level=0).first()
    for harness in harnesses:
        pair = [by_model[key].loc[harness] if harness in by_model[key].index else None for key in (a, b)]
        caveats: list[str] = []
        comparable = True
        for side, key in enumerate((a, b)):
            if pair[side] is None and NOT_STATED in by_model[key].index and pair[1 - side] is not None:
                pair[side] = by_model[key].loc[NOT_STATED]
                caveats.append(f"{'AB'[side]}: value with no stated harness")
                comparable = False
        if pair[0] is None or pair[1] is None:
            a_value = pair[0]["value"] if pair[0] is not None else None
            b_value = pair[1]["value"] if pair[1] is not None else None
            rows.append([harness, names[harness], a_value, b_value, None, None, False, "only one model has a value"])
            continue
        caveats += _caveats(pair[0], pair[1])
        difference = float(pair[0]["value"]) - float(pair[1]["value"])
        leader = "tie" if abs(difference) < 1e-9 else ("A" if difference > 0 else "B")
        rows.append([harness, names[harness], pair[0]["value"], pair[1]["value"], difference, leader, comparable, "; ".join(caveats)])
    return pd.DataFrame(rows, columns=FLIP_COLUMNS)


@dataclass(frozen=True)
class FlipSummary:
    """Where A leads and where B leads, counting only comparisons that are like for like or flagged."""

    a_ahead: list[str]
    b_ahead: list[str]
    ties: list[str]
    flips: bool  # A leads somewhere and B leads somewhere

    def sentence(self, a_name: str, b_name: str) -> str:
        if not (self.a_ahead or self.b_ahead or self.ties):
            return f"{a_name} and {b_name} share no harness."
        parts = []
        if self.a_ahead:
            parts.append(f"ahead of {b_name} under " + ", ".join(self.a_ahead))
        if self.b_ahead:
            parts.append("behind under " + ", ".join(self.b_ahead))
        if self.ties:
            parts.append("level under " + ", ".join(self.ties))
        verdict = "The ranking flips with the harness: " if self.flips else "No flip: "
        return verdict + f"{a_name} is " + "; ".join(parts) + "."


def summarise_flips(flips: pd.DataFrame) -> FlipSummary:
    """Harness names where A leads, where B leads, and ties; a value with no stated harness is marked *."""
    compared = flips[flips["leader"].notna()]

    def names(leader: str) -> list[str]:
        chosen = compared[compared["leader"] == leader]
        return [name + ("" if ok else "*") for name, ok in zip(chosen["harness_name"], chosen["comparable"])]

    a_ahead, b_ahead = names("A"), names("B")
    return FlipSummary(a_ahead, b_ahead, names("tie"), bool(a_ahead and b_ahead))


def comparability_warnings(cells: pd.DataFrame) -> list[str]:
    """What differs between the values shown together: scaffold versions within a harness, splits, runs,
    attempts, reporters, and values with no stated harness."""
    if cells.empty:
        return []
    warnings = []
    named = cells[cells["harness"] != NOT_STATED]
    for harness_name, group in named.groupby("harness_name"):
        versions = sorted({str(v) for v in group["version"].dropna()})
        if len(versions) > 1:
            warnings.append(f"{harness_name}: scaffold versions differ between models ({', '.join(versions)}).")
    splits = sorted(set(cells["split"].dropna()))
    if len(splits) > 1:
        warnings.append("Values come from different splits or leaderboards: " + "; ".join(splits) + ".")
    runs = sorted({_runs_label(v) for v in cells["runs"]})
    if len(runs) > 1:
        warnings.append("Run counts differ: " + ", ".join(runs) + ".")
    attempts = sorted({_label(v, "not stated") for v in cells["attempts"]})
    if len(attempts) > 1:
        warnings.append("Attempts per task differ (more attempts can raise a score): " + ", ".join(attempts) + ".")
    if cells["reported_by"].nunique() > 1:
        warnings.append("Vendor-reported and third-party values are mixed.")
    unstated = int((cells["harness"] == NOT_STATED).sum())
    if unstated:
        warnings.append(f"{unstated} value(s) have no stated harness; they are shown apart and left out of the spread.")
    return warnings


def with_min_harnesses(cells: pd.DataFrame, min_harnesses: int) -> pd.DataFrame:
    """The cells of models that have values under at least `min_harnesses` named harnesses, and always the
    user's own uploaded ("yours") models, so an upload is never hidden by the threshold."""
    named = cells[cells["harness"] != NOT_STATED].groupby("model_key")["harness"].nunique()
    yours = cells.loc[cells["dataset"] == YOURS, "model_key"] if "dataset" in cells else ()
    keep = set(named[named >= min_harnesses].index) | set(yours)
    return cells[cells["model_key"].isin(keep)]


def licences(cells: pd.DataFrame) -> pd.Series:
    """Per model key: the datasets its values come from, each with its licence ("name (licence)")."""
    labelled = cells["dataset_name"] + " (" + cells["licence"] + ")"
    return labelled.groupby(cells["model_key"]).agg(lambda values: "; ".join(sorted(set(values))))


def matrix(cells: pd.DataFrame) -> pd.DataFrame:
    """Models as rows, harnesses as columns (most-shared harness first, "harness not stated" last), and the
    sources with their licences; a missing value stays missing, never 0."""
    if cells.empty:
        return pd.DataFrame(columns=["Model", "Weights", "Sources (licence)"])
    order = (
        cells.assign(_unstated=cells["harness"] == NOT_STATED)
        .groupby("harness_name")
        .agg(models=("model_key", "nunique"), unstated=("_unstated", "max"))
        .sort_values(["unstated", "models"], ascending=[True, False], kind="stable")
        .index.tolist()
    )
    wide = cells.pivot_table(index=["model_key", "model_name", "weights"], columns="harness_name", values="value", aggfunc="first")
    wide = wide.reindex(columns=order).reset_index()
    wide["Sources (licence)"] = wide["model_key"].map(licences(cells))
    wide = wide.drop(columns="model_key").rename(columns={"model_name": "Model", "weights": "Weights"})
    wide.columns.name = None
    return wide.sort_values("Model", key=lambda names: names.str.lower(), kind="stable").reset_index(drop=True)


def model_labels(cells: pd.DataFrame) -> dict[str, str]:
    """A unique label per model key (its name; with the weights class where two models share a name)."""
    models = cells.drop_duplicates("model_key")
    duplicated = models["model_name"].duplicated(keep=False)
    labels = models["model_name"].where(~duplicated, models["model_name"] + " (" + models["weights"] + ")")
    return dict(sorted(zip(models["model_key"], labels), key=lambda item: item[1].lower()))


def version_warnings(runs: pd.DataFrame) -> list[str]:
    """Scaffold versions that differ between runs of one harness (per-instance comparisons)."""
    warnings = []
    for harness_name, group in runs.groupby("harness_name"):
        versions = sorted({str(v) for v in group["scaffold_version"].dropna()}, key=_version_key)
        if len(versions) > 1:
            warnings.append(f"{harness_name} versions differ between the selected runs: {', '.join(versions)}.")
    return warnings


def _version_key(version: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in version.split("."))


def run_labels(runs: pd.DataFrame) -> dict[str, str]:
    """A unique, readable label per run: model · harness version (run id where that is not unique)."""
    base = runs["model_name"] + " · " + runs["harness_name"] + runs["scaffold_version"].map(lambda v: f" {v}" if pd.notna(v) else "")
    duplicated = base.duplicated(keep=False)
    labels = base.where(~duplicated, base + " (" + runs["run"] + ")")
    return dict(zip(runs["run"], labels))


# --- The Harnesses page's views: cached by the widget values, so a rerun hashes a few strings, not frames.
# `benchmark`, `sources` and `weights` select the cells (`queries.harness_cells`); `_yours` is this session's
# marked upload (or None), not hashed: `yours_digest` (`store.frame_digest` of it, "" for none) keys it.

BOTH_WEIGHTS = ("open", "proprietary")


def _cells(benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], min_harnesses: int, _yours) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every matching cell, and the cells of the models with at least `min_harnesses` named harnesses."""
    all_cells = queries.harness_cells(benchmark, list(sources), list(weights), _yours)
    return all_cells, with_min_harnesses(all_cells, min_harnesses)


@dataclass(frozen=True)
class MatrixView:
    """The model × harness matrix for models with at least `min_harnesses` named harnesses, ready to draw."""

    table: pa.Table  # `matrix(cells)`
    value_columns: list[str]  # its harness columns
    cells: pa.Table  # the cells of the models shown, the columns asked for
    hidden: int  # models left out by the slider
    warnings: list[str]  # `comparability_warnings(cells)`


@store.cached()
def matrix_view(
    benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], min_harnesses: int, columns: tuple[str, ...],
    yours_digest: str, _yours: pd.DataFrame | None,
) -> MatrixView | None:
    """None when no harness-attributed value matches the filters."""
    all_cells, cells = _cells(benchmark, sources, weights, min_harnesses, _yours)
    if all_cells.empty:
        return None
    hidden = all_cells["model_key"].nunique() - cells["model_key"].nunique()
    table = matrix(cells)
    value_columns = [c for c in table.columns if c not in ("Model", "Weights", "Sources (licence)")]
    return MatrixView(ui.arrow_table(table), value_columns, ui.arrow_table(cells[list(columns)].reset_index(drop=True)), hidden, comparability_warnings(cells))


@dataclass(frozen=True)
class SpreadView:
    ranges: pd.DataFrame  # `sort_spread(spread(...))`
    chart: dict | None  # None when no model has two named harnesses
    left_out: list[str]  # names of the models shown in the matrix but not in the spread chart


@store.cached()
def spread_view(
    benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], min_harnesses: int, sort: str, unit_title: str,
    yours_digest: str, _yours: pd.DataFrame | None,
) -> SpreadView:
    _, cells = _cells(benchmark, sources, weights, min_harnesses, _yours)
    ranges = sort_spread(spread(cells, max(2, min_harnesses)), sort)
    chart = None
    if not ranges.empty:
        points = cells[cells["model_key"].isin(ranges["model_key"]) & (cells["harness"] != NOT_STATED)]
        chart = charts.finished_spec(charts.harness_spread, ranges, points, unit_title)
    return SpreadView(ranges, chart, sorted(set(cells["model_name"]) - set(ranges["model_name"])))


@store.cached()
def pair_choices(benchmark: str, sources: tuple[str, ...], yours_digest: str, _yours: pd.DataFrame | None) -> tuple[dict[str, str], int]:
    """The rank-flip pickers' models (`model_labels` over both weights classes) and how many uploaded rows they include."""
    cells = queries.harness_cells(benchmark, list(sources), list(BOTH_WEIGHTS), _yours)
    return model_labels(cells), int((cells["dataset"] == YOURS).sum())


@dataclass(frozen=True)
class FlipView:
    table: pa.Table  # `rank_flips` rows with the leader named, for display
    compared: bool  # the two models have a value under at least one common harness
    sentence: str
    chart: dict | None
    not_comparable: bool  # some comparison uses a value whose source states no harness


@store.cached()
def flip_view(
    benchmark: str, sources: tuple[str, ...], a: str, b: str, unit_title: str, yours_digest: str, _yours: pd.DataFrame | None
) -> FlipView:
    """Models `a` and `b` compared harness by harness."""
    cells = queries.harness_cells(benchmark, list(sources), list(BOTH_WEIGHTS), _yours)
    labels = model_labels(cells)
    flips = rank_flips(cells, a, b)
    compared = flips[flips["leader"].notna()]
    leader_names = {"A": labels[a], "B": labels[b], "tie": "tie"}
    return FlipView(
        ui.arrow_table(flips.assign(leader=flips["leader"].map(leader_names)).drop(columns="harness")),
        not compared.empty,
        summarise_flips(flips).sentence(labels[a], labels[b]),
        charts.finished_spec(charts.rank_flip, compared, labels[a], labels[b], unit_title) if not compared.empty and a != b else None,
        bool(flips["comparable"].eq(False).any()),
    )


@dataclass(frozen=True)
class InstanceRuns:
    """The runs with per-instance results on a benchmark, their labels, and the runs left out and why."""

    runs: pd.DataFrame  # `queries.instance_runs`
    labels: dict[str, str]  # `run_labels`
    skipped: list[tuple[str, str, str]]  # (model name, run, why) per run left out


@store.cached()
def instance_runs_view(benchmark: str) -> InstanceRuns:
    runs = queries.instance_runs(benchmark)
    skipped = [(row.model_name, row.run, row.note) for row in queries.skipped_instance_runs().itertuples()]
    return InstanceRuns(runs, run_labels(runs), skipped)


@dataclass(frozen=True)
class OverlapView:
    """The selected runs compared per instance."""

    warnings: list[str]  # `version_warnings` of the selected runs
    both_groups: bool  # at least one open-weight and one proprietary run is selected
    summary: pd.Series | None  # instances per overlap category (`queries.overlap_summary`), when both_groups
    chart: dict | None  # the overlap bars, when both_groups
    stats: pa.Table | None  # `queries.run_stats`, runs named by their labels (None: no run selected)
    open_runs: set[str]  # the selected open-weight runs


@store.cached()
def overlap_view(benchmark: str, chosen: tuple[str, ...]) -> OverlapView:
    every = instance_runs_view(benchmark)
    selected = every.runs[every.runs["run"].isin(chosen)]
    both_groups = selected["weights"].nunique() >= 2
    summary = chart = None
    if both_groups:
        summary = queries.overlap_summary(list(chosen)).set_index("category")["instances"]
        chart = charts.finished_spec(charts.overlap_bars, summary.reset_index())
    stats = queries.run_stats(list(chosen))
    stats = stats.assign(run=stats["run"].map(every.labels)).drop(columns=["model_name"])
    open_runs = set(selected.loc[selected["weights"] == "open", "run"])
    return OverlapView(version_warnings(selected), both_groups, summary, chart, None if stats.empty else ui.arrow_table(stats), open_runs)


@store.cached()
def instances_view(chosen: tuple[str, ...], category: str) -> pa.Table:
    """The comparable instances of one overlap category with the selected runs solving each, ready to draw."""
    return ui.arrow_table(queries.overlap_instances(list(chosen), category).drop(columns="category"))


@store.cached()
def pair_counts(run_a: str, run_b: str) -> dict[str, int]:
    """Instances both runs solve, only A, only B and neither (`queries.pair_overlap`)."""
    row = queries.pair_overlap(run_a, run_b).iloc[0]
    return {field: int(row[field]) for field in ("both_solve", "only_a", "only_b", "neither")}


@store.cached()
def page_filters() -> tuple[dict[str, str], pd.DataFrame]:
    """The benchmarks the page offers (id → name, most models first) and the datasets with harness-attributed values."""
    catalogue = queries.harness_benchmarks()
    return dict(zip(catalogue["id"], catalogue["name"])), queries.harness_datasets()
