"""Pure transformations of query results: no Streamlit, no SQL, easy to test on hand-made frames."""
from __future__ import annotations

import pandas as pd

SOURCE_FORM_RANK = {"text": 0, "chart": 1, "derived": 2, "estimated": 3}
CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}
HEADLINE_RULE = (
    "Headline value per cell: printed text beats a chart label, which beats a derived or estimated number; "
    "then higher confidence; then the newest source."
)


def headline_values(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per (model, benchmark): the value chosen by HEADLINE_RULE, with how many values disagree."""
    if scores.empty:
        return scores.assign(values_reported=pd.Series(dtype="int64"), distinct_values=pd.Series(dtype="int64"))
    ranked = scores.assign(
        _form=scores["source_form"].map(SOURCE_FORM_RANK),
        _confidence=scores["confidence"].map(CONFIDENCE_RANK),
    ).sort_values(["_form", "_confidence", "as_of"], ascending=[True, True, False], kind="stable")
    grouped = ranked.groupby(["model", "benchmark"], sort=False)
    chosen = grouped.head(1).set_index(["model", "benchmark"])
    chosen["values_reported"] = grouped["value"].size()
    chosen["distinct_values"] = grouped["value"].nunique()
    return chosen.drop(columns=["_form", "_confidence"]).reset_index()


def model_by_benchmark(headlines: pd.DataFrame, benchmark_names: dict[str, str]) -> pd.DataFrame:
    """Models as rows, benchmarks as columns; a missing result stays missing (NaN), never 0."""
    if headlines.empty:
        return pd.DataFrame(columns=["Model", "Weights", *benchmark_names.values()])
    wide = headlines.pivot(index=["model_name", "weights"], columns="benchmark", values="value")
    wide = wide.reindex(columns=[b for b in benchmark_names if b in wide.columns]).rename(columns=benchmark_names)
    wide = wide.reset_index().rename(columns={"model_name": "Model", "weights": "Weights"})
    wide.columns.name = None
    return wide
