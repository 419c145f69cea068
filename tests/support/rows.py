"""Hand-made score rows in the shape of `db.scores.benchmark_scores`, for the gap, table and claims tests."""
from __future__ import annotations

import pandas as pd

MODELS = {
    # id: (name, weights, release date, vendor)
    "o1": ("Open One", "open", "2025-01-01", "OpenCo"),
    "o2": ("Open Two", "open", "2025-07-02", "OpenCo"),
    "o3": ("Open Three", "open", None, "OtherCo"),
    "p1": ("Prop One", "proprietary", "2024-10-01", "PropCo"),
    "p2": ("Prop Two", "proprietary", "2025-03-01", "PropCo"),
}
HARNESS_NAMES = {"h1": "Harness One", "h2": "Harness Two", None: None}


def score(model: str, value: float, benchmark: str = "b1", harness: str | None = "h1", **extra) -> dict:
    name, weights, released, vendor = MODELS[model]
    row = {
        "model": model, "model_name": name, "weights": weights, "vendor": vendor, "family": vendor,
        "release_date": pd.Timestamp(released) if released else pd.NaT, "release_date_precision": "day" if released else None,
        "benchmark": benchmark, "benchmark_name": benchmark.upper(), "higher_is_better": True,
        "harness": harness, "harness_name": HARNESS_NAMES.get(harness, harness), "value": float(value), "unit": "percent",
        "reported_by": "third_party", "source_form": "text", "confidence": "high", "as_of": pd.Timestamp("2026-01-01"),
        "source_url": f"https://example.org/{model}/{benchmark}", "source_note": None, "runs": None,
        "dataset": "gapboard-curated", "source_file": "sources/scores.csv", "source_line": 2,
    }
    row.update(extra)
    if "as_of" in extra:
        row["as_of"] = pd.Timestamp(extra["as_of"])
    return row


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows))
