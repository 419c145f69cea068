"""The Benchmarks page's models × benchmarks table: one number per cell, its markers, and a sourced export."""
from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd

from gapboard.core.headline import with_harness_key
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import NOT_STATED, NOT_STATED_LABEL

VENDOR_MARK, OTHER_HARNESS_MARK, CONFLICT_MARK = "V", "≠", "⚠"
MARKER_LEGEND = N_(  # the marks are VENDOR_MARK, OTHER_HARNESS_MARK and CONFLICT_MARK
    "V (tinted): reported by the model's own developer; cells without it are third-party numbers · "
    "≠ from another harness than the column's main one · "
    "⚠n: n different values reported for this model, benchmark and harness (select the cell to see them all)"
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


def split_by_harness(cells: pd.DataFrame, names: dict[str, str], lang: str = DEFAULT) -> tuple[pd.DataFrame, dict[str, str]]:
    """Per-harness cells recast as one column per (benchmark, harness): ids `benchmark@harness`, biggest first."""
    cells = cells.assign(harness_differs=False)
    coverage = cells.groupby(["benchmark", "harness_key"])["model"].nunique().reset_index(name="models")
    columns = {}
    for benchmark in names:
        rows = coverage[coverage["benchmark"] == benchmark].sort_values(["models", "harness_key"], ascending=[False, True])
        for key in rows["harness_key"]:
            label = text(NOT_STATED_LABEL, lang) if key == NOT_STATED else cells.loc[cells["harness_key"] == key, "harness_name"].iloc[0]
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
        if complete_only:  # a value for every column asked for: one no model has (so not drawn) leaves none complete
            counts = cells.groupby("model")["benchmark"].nunique()
            cells = cells[cells["model"].isin(counts[counts == len(columns)].index)]
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

    def column_help(self, harness_names: dict[str, str], lang: str = DEFAULT) -> dict[str, str]:
        """Per column title, its main harness and how many of its models were run under it."""
        if "main_harness" not in self.cells.columns:
            return {}
        helps = {}
        for cid, title in self.columns.items():
            column = self.cells[self.cells["benchmark"] == cid]
            if column.empty:  # "complete rows only" can leave a column with no model
                helps[title] = text("No model has a value for every selected benchmark", lang)
                continue
            main = column["main_harness"].iloc[0]
            under = int((~column["harness_differs"]).sum())
            helps[title] = text("Main harness: {harness} ({under} of {total} models); others marked {mark}", lang,
                                harness=harness_names.get(main, main), under=under, total=len(column), mark=OTHER_HARNESS_MARK)
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




def parse_cell(text: str | None, models: set[str], benchmarks: set[str]) -> tuple[str, str] | None:
    """A `model:benchmark` (or `model:benchmark@harness`) link value, or None if it names no known cell."""
    model, _, column = (text or "").partition(":")
    return (model, column) if model in models and column.partition("@")[0] in benchmarks else None
