"""Which of several reported values a cell shows: the headline rule, per harness, and the column's main harness."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pandas as pd

from gapboard.core.i18n import N_
from gapboard.core.vocabulary import (
    CONFIDENCE_RANK,
    NOT_STATED,
    NOT_STATED_LABEL,
    SOURCE_FORM_RANK,
    YOURS,
)

HEADLINE_RULE = N_(
    "Headline value per cell: printed text beats a chart label, which beats a derived or estimated number; "
    "then higher confidence; then the newest source."
)
CELL_RULE = N_(
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
