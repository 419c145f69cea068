"""How current the numbers are: the date of the newest number behind a figure, the known models that have no
score for it, and per vendor the newest model with scores beside the newest model known."""
from __future__ import annotations

import datetime as dt

import pandas as pd


def newest(dates: pd.Series) -> dt.date | None:
    """The latest of some as-of dates (None when there is none)."""
    dates = pd.to_datetime(dates, errors="coerce").dropna()
    return None if dates.empty else dates.max().date()


def month_label(day: dt.date | None) -> str | None:
    """ "June 2026" — the month a figure's newest number is from."""
    return None if day is None else f"{day:%B %Y}"


def unscored_since(models: pd.DataFrame, scored: set[str], since: dt.date | None) -> list[str]:
    """Names of the known models released after `since` (every dated model when None) with no score in `scored`,
    newest first. A known model is any model Gapboard lists: it has a price, a score or a record in some dataset."""
    released = pd.to_datetime(models["release_date"])
    later = released.notna() & (True if since is None else released > pd.Timestamp(since))
    missing = models[later & ~models["id"].isin(scored)].assign(_released=released)
    return missing.sort_values(["_released", "name"], ascending=[False, True])["name"].tolist()


COVERAGE_COLUMNS = ["vendor", "newest_known", "newest_known_released", "newest_scored", "newest_scored_released",
                    "newest_score_as_of", "known", "unscored"]


def vendor_coverage(models: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    """Per vendor: its newest model known and its newest model with any score (with that score's newest as-of
    date), how many models it has and how many of them have no score at all. Newest vendors first."""
    scored = set(scores["model"])
    newest_as_of = pd.to_datetime(scores["as_of"]).groupby(scores["model"]).max()
    rows = []
    for vendor, group in models.assign(_released=pd.to_datetime(models["release_date"])).groupby("vendor", sort=False):
        ordered = group.sort_values(["_released", "name"], ascending=[False, True], na_position="last")
        with_scores = ordered[ordered["id"].isin(scored)]
        known, best = ordered.iloc[0], (with_scores.iloc[0] if not with_scores.empty else None)
        rows.append({
            "vendor": vendor,
            "newest_known": known["name"],
            "newest_known_released": known["_released"].date() if pd.notna(known["_released"]) else None,
            "newest_scored": best["name"] if best is not None else None,
            "newest_scored_released": best["_released"].date() if best is not None and pd.notna(best["_released"]) else None,
            "newest_score_as_of": newest_as_of[best["id"]].date() if best is not None else None,
            "known": len(group),
            "unscored": int((~group["id"].isin(scored)).sum()),
        })
    table = pd.DataFrame(rows, columns=COVERAGE_COLUMNS)
    return table.sort_values(["newest_known_released", "vendor"], ascending=[False, True], na_position="last").reset_index(drop=True)
