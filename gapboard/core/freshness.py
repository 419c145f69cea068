"""How current the data is: the date of the newest number behind a figure, the known models that have no score on a
benchmark, and per vendor the newest model with scores beside the newest model known.

A model is known when Gapboard lists it (every listed model comes from a source: a catalogue price, a dataset or a
vendor's page), whether or not any score is held for it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd


def newest(dates: pd.Series) -> dt.date | None:
    """The newest of some as-of dates (missing ones ignored); None when there is none."""
    parsed = pd.to_datetime(dates, errors="coerce").dropna()
    return None if parsed.empty else parsed.max().date()


@dataclass(frozen=True)
class Unscored:
    """Known models with no score on one benchmark, split at the newest scored model's release."""

    newest_number: dt.date | None  # as-of date of the newest score on the benchmark
    newest_scored: str | None  # name of the most recently released model that has a score
    newest_scored_release: dt.date | None
    released_since: tuple[str, ...]  # released after `newest_scored`, no score, newest first
    earlier: tuple[str, ...]  # released before it (or undated), no score


def unscored(models: pd.DataFrame, benchmark_rows: pd.DataFrame) -> Unscored:
    """Which known models (`models`: id, name, release_date) have no row among `benchmark_rows` (one benchmark's
    scores: model, as_of)."""
    scored_ids = set(benchmark_rows["model"])
    released = pd.to_datetime(models["release_date"], errors="coerce")
    frame = models.assign(_released=released).sort_values(["_released", "name"], ascending=[False, True], na_position="last")
    scored = frame[frame["id"].isin(scored_ids) & frame["_released"].notna()]
    missing = frame[~frame["id"].isin(scored_ids)]
    if scored.empty:
        return Unscored(newest(benchmark_rows["as_of"]), None, None, (), tuple(missing["name"]))
    cutoff = scored["_released"].iloc[0]
    after = missing["_released"] > cutoff
    return Unscored(
        newest(benchmark_rows["as_of"]), scored["name"].iloc[0], cutoff.date(),
        tuple(missing.loc[after, "name"]), tuple(missing.loc[~after, "name"]),
    )


COVERAGE_COLUMNS = [
    "vendor", "newest_known", "newest_known_release", "newest_scored", "newest_scored_release", "models", "scored_models",
    "unscored_since",
]


def vendor_coverage(models: pd.DataFrame, score_counts: pd.Series) -> pd.DataFrame:
    """Per vendor: its newest known model, its newest model with any score, how many models it has and how many are
    scored, and how many of its models released after the newest scored one have no score. `score_counts`: scores
    held per model id. Vendors whose newest model is newest come first."""
    counts = score_counts.reindex(models["id"]).fillna(0).to_numpy()
    frame = models.assign(_released=pd.to_datetime(models["release_date"], errors="coerce"), _scores=counts)
    frame = frame.sort_values(["_released", "name"], ascending=[False, True], na_position="last")
    rows = []
    for vendor, group in frame.groupby("vendor", sort=False):
        known, scored = group.iloc[0], group[group["_scores"] > 0]
        scored_release = scored["_released"].dropna().max() if not scored.empty else pd.NaT
        later = group["_released"] > scored_release if pd.notna(scored_release) else group["_released"].notna()
        rows.append({
            "vendor": vendor,
            "newest_known": known["name"], "newest_known_release": _date(known["_released"]),
            "newest_scored": scored["name"].iloc[0] if not scored.empty else None,
            "newest_scored_release": _date(scored["_released"].iloc[0]) if not scored.empty else None,
            "models": len(group), "scored_models": len(scored),
            "unscored_since": int((later & (group["_scores"] == 0)).sum()),
        })
    return pd.DataFrame(rows, columns=COVERAGE_COLUMNS)


def _date(value: pd.Timestamp) -> dt.date | None:
    return None if pd.isna(value) else value.date()
