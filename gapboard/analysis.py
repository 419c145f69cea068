"""Pure transformations of query results: no Streamlit, no SQL, easy to test on hand-made frames."""
from __future__ import annotations

import math

import datetime as dt
import hashlib
from collections.abc import Sequence

import pandas as pd

from gapboard.uploads import YOURS

SOURCE_FORM_RANK = {"text": 0, "chart": 1, "derived": 2, "estimated": 3}
CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}
HEADLINE_RULE = (
    "Headline value per cell: printed text beats a chart label, which beats a derived or estimated number; "
    "then higher confidence; then the newest source."
)
# A score row without a harness is "harness not stated"; this key stands for it wherever harnesses are grouped.
NOT_STATED = "~not-stated"
NOT_STATED_LABEL = "harness not stated"
CELL_RULE = (
    "Harnesses are never mixed silently: each benchmark column has a main harness (the stated harness that "
    "the most models in the column were run with). A model's cell shows its value under that harness when it "
    "has one; otherwise its value under the harness the most models share, marked ≠."
)


def _ranked(scores: pd.DataFrame) -> pd.DataFrame:
    """Rows in headline order (HEADLINE_RULE), best first."""
    return scores.assign(
        _form=scores["source_form"].map(SOURCE_FORM_RANK),
        _confidence=scores["confidence"].map(CONFIDENCE_RANK),
    ).sort_values(["_form", "_confidence", "as_of"], ascending=[True, True, False], kind="stable")


def _empty_with(frame: pd.DataFrame, **dtypes: str) -> pd.DataFrame:
    """An empty result that still has the columns a non-empty one would add."""
    return frame.assign(**{column: pd.Series(dtype=dtype) for column, dtype in dtypes.items()})


def _listed(values: pd.Series, headline: float) -> str:
    others = sorted({float(v) for v in values if float(v) != float(headline)}, reverse=True)
    return ", ".join(f"{v:g}" for v in others)


def headline_values(scores: pd.DataFrame, keys: Sequence[str] = ("model", "benchmark")) -> pd.DataFrame:
    """One row per `keys` group: the value chosen by HEADLINE_RULE, with how many values disagree.

    Adds `values_reported` (rows behind the cell), `distinct_values` (how many different numbers) and
    `other_values` (the numbers that were not chosen, as text).
    """
    keys = list(keys)
    if scores.empty:
        return _empty_with(scores, values_reported="int64", distinct_values="int64", other_values="str")
    ranked = _ranked(scores).drop(columns=["_form", "_confidence"])
    # One pass in plain Python: score tables are small, and a pandas groupby with its index alignment
    # cost tens of milliseconds per call, paid many times over by the claims checks and the gap views.
    values = ranked["value"].tolist()
    groups: dict[tuple, list[int]] = {}  # key → its rows in headline order, groups in order of first row
    for row, key in enumerate(zip(*(map(_group_key, ranked[column].tolist()) for column in keys))):
        groups.setdefault(key, []).append(row)
    chosen = ranked.iloc[[rows[0] for rows in groups.values()]].reset_index(drop=True)
    reported = [[values[row] for row in rows] for rows in groups.values()]
    chosen["values_reported"] = pd.Series([len(group) for group in reported], dtype="int64")
    chosen["distinct_values"] = pd.Series([len({v for v in group if not pd.isna(v)}) for group in reported], dtype="int64")
    chosen["other_values"] = [_listed(group, group[0]) for group in reported]
    return chosen.set_index(keys).reset_index()  # keys first, typed as a groupby's keys would be


def _group_key(value: object) -> object:
    """Missing keys form one group, as in a pandas groupby with dropna=False (NaN is not equal to itself)."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA else value


def with_harness_key(scores: pd.DataFrame) -> pd.DataFrame:
    """The scores with `harness_key`: the harness id, or NOT_STATED when the source names none."""
    return scores.assign(harness_key=scores["harness"].astype("object").where(scores["harness"].notna(), NOT_STATED))


def per_harness(scores: pd.DataFrame) -> pd.DataFrame:
    """Headline value per (model, benchmark, harness): values under different harnesses are never merged."""
    return headline_values(with_harness_key(scores), ("model", "benchmark", "harness_key"))


def main_harnesses(cells: pd.DataFrame) -> dict[str, str]:
    """Per benchmark, the stated harness covering the most models (ties: by id); NOT_STATED if none is stated.

    Uploaded ("yours") rows never decide it while the benchmark has public rows, so an upload cannot
    change which public value a cell shows."""
    main = {}
    for benchmark, group in cells.groupby("benchmark", sort=False):
        if "dataset" in group.columns and (group["dataset"] != YOURS).any():
            group = group[group["dataset"] != YOURS]
        coverage = group.groupby("harness_key")["model"].nunique().reset_index(name="models")
        coverage["stated"] = coverage["harness_key"] != NOT_STATED
        best = coverage.sort_values(["stated", "models", "harness_key"], ascending=[False, False, True]).iloc[0]
        main[benchmark] = best["harness_key"]
    return main


def benchmark_cells(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per (model, benchmark), chosen by CELL_RULE and then HEADLINE_RULE.

    Adds `main_harness` (the column's main harness), `harness_differs` (the cell comes from another
    harness), `harnesses` (how many harnesses this model has values under on the benchmark) and
    `conflict` (several different values for this model, benchmark and harness).
    """
    cells = per_harness(scores)
    if cells.empty:
        return _empty_with(cells, main_harness="str", harness_differs="bool", harnesses="int64", conflict="bool")
    main = main_harnesses(cells)
    ranked = cells.assign(
        main_harness=cells["benchmark"].map(main),
        harnesses=cells.groupby(["model", "benchmark"])["harness_key"].transform("nunique"),
        _coverage=cells.groupby(["benchmark", "harness_key"])["model"].transform("nunique"),
        _form=cells["source_form"].map(SOURCE_FORM_RANK),
        _confidence=cells["confidence"].map(CONFIDENCE_RANK),
    )
    ranked["harness_differs"] = ranked["harness_key"] != ranked["main_harness"]
    ranked = ranked.sort_values(
        ["harness_differs", "_coverage", "_form", "_confidence", "as_of", "harness_key"],
        ascending=[True, False, True, True, False, True],
        kind="stable",
    )
    chosen = ranked.groupby(["model", "benchmark"], sort=False).head(1)
    chosen = chosen.assign(conflict=chosen["distinct_values"] > 1)
    return chosen.drop(columns=["_form", "_confidence", "_coverage"]).reset_index(drop=True)


def model_by_benchmark(headlines: pd.DataFrame, benchmark_names: dict[str, str]) -> pd.DataFrame:
    """Models as rows, benchmarks as columns; a missing result stays missing (NaN), never 0."""
    if headlines.empty:
        return pd.DataFrame(columns=["Model", "Weights", *benchmark_names.values()])
    wide = headlines.pivot(index=["model_name", "weights"], columns="benchmark", values="value")
    wide = wide.reindex(columns=[b for b in benchmark_names if b in wide.columns]).rename(columns=benchmark_names)
    wide = wide.reset_index().rename(columns={"model_name": "Model", "weights": "Weights"})
    wide.columns.name = None
    return wide


# --- the Benchmarks table ------------------------------------------------------------------------

VENDOR_MARK, OTHER_HARNESS_MARK, CONFLICT_MARK = "V", "≠", "⚠"
MARKER_LEGEND = (
    f"{VENDOR_MARK} (tinted): reported by the model's own developer; cells without it are third-party numbers · "
    f"{OTHER_HARNESS_MARK} from another harness than the column's main one · "
    f"{CONFLICT_MARK}n: n different values reported for this model, benchmark and harness (select the cell to see them all)"
)
SOURCE_FIELDS = {
    "harness_name": "harness",
    "reported_by": "reported by",
    "source_form": "form",
    "confidence": "confidence",
    "as_of": "as of",
    "source_url": "source",
    "other_values": "other values",
}


def cell_marker(cell: pd.Series) -> str:
    """The short marker text of one table cell (see MARKER_LEGEND)."""
    marks = []
    if cell["reported_by"] == "vendor":
        marks.append(VENDOR_MARK)
    if cell.get("harness_differs", False):
        marks.append(OTHER_HARNESS_MARK)
    if cell["distinct_values"] > 1:
        marks.append(f"{CONFLICT_MARK}{int(cell['distinct_values'])}")
    return " ".join(marks)


def release_text(date: object, precision: object) -> str | None:
    """A release date as ISO text, month-only dates as YYYY-MM (sorts correctly as text); None if unknown."""
    if pd.isna(date):
        return None
    stamp = pd.Timestamp(date)
    return f"{stamp:%Y-%m}" if precision == "month" else f"{stamp:%Y-%m-%d}"


def split_by_harness(cells: pd.DataFrame, names: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """Per-harness cells recast as one column per (benchmark, harness): ids `benchmark@harness`, biggest first."""
    cells = cells.assign(harness_differs=False)
    coverage = cells.groupby(["benchmark", "harness_key"])["model"].nunique().reset_index(name="models")
    columns = {}
    for benchmark in names:
        rows = coverage[coverage["benchmark"] == benchmark].sort_values(["models", "harness_key"], ascending=[False, True])
        for key in rows["harness_key"]:
            label = NOT_STATED_LABEL if key == NOT_STATED else cells.loc[cells["harness_key"] == key, "harness_name"].iloc[0]
            columns[f"{benchmark}@{key}"] = f"{names[benchmark]} · {label}"
    return cells.assign(benchmark=cells["benchmark"] + "@" + cells["harness_key"]), columns


class BenchmarkTable:
    """The models × benchmarks table: numbers, cell markers, vendor tint, row ids and a sourced export.

    `cells` has one row per (model, column id) (see `benchmark_cells` / `split_by_harness`); `columns`
    maps column ids to their titles, in display order.
    """

    def __init__(self, cells: pd.DataFrame, columns: dict[str, str], complete_only: bool = False):
        self.columns = {cid: title for cid, title in columns.items() if cid in set(cells["benchmark"])}
        self.titles = list(self.columns.values())
        cells = cells[cells["benchmark"].isin(self.columns)]
        if complete_only:
            counts = cells.groupby("model")["benchmark"].nunique()
            cells = cells[cells["model"].isin(counts[counts == len(self.columns)].index)]
        self.cells = cells.assign(marker=[cell_marker(row) for _, row in cells.iterrows()] if not cells.empty else [])
        models = cells.drop_duplicates("model").set_index("model")
        wide = cells.pivot(index="model", columns="benchmark", values="value").reindex(columns=list(self.columns))
        frame = pd.DataFrame({
            "Model": models["model_name"],
            "Weights": models["weights"],
            "Vendor": models["vendor"],
            "Released": [release_text(d, p) for d, p in zip(models["release_date"], models["release_date_precision"])],
        }, index=models.index).join(wide.rename(columns=self.columns))
        # Highest first on the first benchmark (missing last), then by name; users can re-sort by clicking.
        keys = [*self.titles[:1], "Model"]
        frame = frame.sort_values(keys, ascending=[False] * (len(keys) - 1) + [True], na_position="last")
        self.model_ids: list[str] = frame.index.tolist()
        self.values = frame.reset_index(drop=True)
        self.values.columns.name = None
        self.markers = self._wide("marker").fillna("")
        self.vendor = self._wide("reported_by").eq("vendor")

    def _wide(self, field: str) -> pd.DataFrame:
        wide = self.cells.pivot(index="model", columns="benchmark", values=field)
        return wide.reindex(index=self.model_ids, columns=list(self.columns)).rename(columns=self.columns).reset_index(drop=True)

    def __len__(self) -> int:
        return len(self.values)

    def position(self, model: str, column_id: str) -> tuple[int, str] | None:
        """Where a (model, column) cell sits in the table, as a dataframe selection wants it."""
        if model not in self.model_ids or column_id not in self.columns:
            return None
        return self.model_ids.index(model), self.columns[column_id]

    def cell_at(self, row: int, title: str) -> tuple[str, str] | None:
        """The (model, column id) behind a selected cell, or None for a non-benchmark column."""
        ids = {t: cid for cid, t in self.columns.items()}
        if title not in ids or not 0 <= row < len(self.model_ids):
            return None
        return self.model_ids[row], ids[title]

    def column_help(self, harness_names: dict[str, str]) -> dict[str, str]:
        """Per column title, its main harness and how many of its models were run under it."""
        if "main_harness" not in self.cells.columns:
            return {}
        helps = {}
        for cid, title in self.columns.items():
            column = self.cells[self.cells["benchmark"] == cid]
            if column.empty:  # "complete rows only" can leave a column with no model
                helps[title] = "No model has a value for every selected benchmark"
                continue
            main = column["main_harness"].iloc[0]
            under = int((~column["harness_differs"]).sum())
            helps[title] = f"Main harness: {harness_names.get(main, main)} ({under} of {len(column)} models); others marked {OTHER_HARNESS_MARK}"
        return helps

    def key(self) -> str:
        """A widget key that changes whenever the rows or columns do (so a stale selection never points elsewhere)."""
        digest = hashlib.sha1("|".join([*self.model_ids, "#", *self.columns]).encode()).hexdigest()[:12]
        return f"cells-{digest}"

    def detail(self, rows: pd.DataFrame, model: str, column: str) -> tuple[pd.DataFrame, pd.Series | None]:
        """Every value for one cell (`rows`: all sources), with `shown` ticking the one the table shows."""
        match = self.cells[(self.cells["model"] == model) & (self.cells["benchmark"] == column)]
        shown = match.iloc[0] if not match.empty else None
        detail = with_harness_key(rows)
        detail["shown"] = [
            "✓" if shown is not None and (k, v) == (shown["harness_key"], shown["value"]) and _same(u, shown["source_url"]) else ""
            for k, u, v in zip(detail["harness_key"], detail["source_url"], detail["value"])
        ]
        return detail, shown

    def export(self) -> pd.DataFrame:
        """Exactly the shown rows and columns, plus the source of every cell next to its value."""
        out = self.values[["Model", "Weights", "Vendor", "Released"]].copy()
        indexed = self.cells.set_index(["model", "benchmark"])
        for cid, title in self.columns.items():
            out[title] = self.values[title]
            for field, label in SOURCE_FIELDS.items():
                out[f"{title} · {label}"] = [
                    _source_field(indexed, model, cid, field) for model in self.model_ids
                ]
        return out


def _same(a: object, b: object) -> bool:
    """Equal, counting two missing values (e.g. the source URL of uploaded rows) as the same."""
    return bool(pd.isna(a) and pd.isna(b)) or a == b


def _source_field(indexed: pd.DataFrame, model: str, column: str, field: str) -> object:
    if (model, column) not in indexed.index:
        return None
    value = indexed.loc[(model, column), field]
    if field == "harness_name" and pd.isna(value):
        return NOT_STATED_LABEL
    if isinstance(value, (pd.Timestamp, dt.date)):
        return f"{pd.Timestamp(value):%Y-%m-%d}"
    return None if isinstance(value, str) and value == "" else value


def released_since(scores: pd.DataFrame, since: dt.date | None) -> tuple[pd.DataFrame, list[str]]:
    """Rows of models released on or after `since` (None: no filter), and the undated models this leaves out."""
    if since is None:
        return scores, []
    dates = pd.to_datetime(scores["release_date"])
    undated = sorted(scores.loc[dates.isna(), "model_name"].unique())
    return scores[dates >= pd.Timestamp(since)], undated


def conflicts(scores: pd.DataFrame) -> pd.DataFrame:
    """Every (model, benchmark, harness) with more than one distinct value: the headline and the others."""
    cells = per_harness(scores)
    found = cells[cells["distinct_values"] > 1]
    return found.assign(
        harness=[NOT_STATED_LABEL if k == NOT_STATED else n for k, n in zip(found["harness_key"], found["harness_name"])]
    )[["model_name", "weights", "benchmark_name", "harness", "value", "other_values", "values_reported"]].reset_index(drop=True)


def parse_cell(text: str | None, models: set[str], benchmarks: set[str]) -> tuple[str, str] | None:
    """A `model:benchmark` (or `model:benchmark@harness`) link value, or None if it names no known cell."""
    model, _, column = (text or "").partition(":")
    return (model, column) if model in models and column.partition("@")[0] in benchmarks else None
