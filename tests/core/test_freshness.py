"""How current the data is (core/freshness.py): the newest date behind a figure, the known models a benchmark has no
score for, and per vendor the newest scored model beside the newest known one. Exact values on hand-made frames."""
import datetime as dt

import pandas as pd

from gapboard.core import freshness
from gapboard.core.freshness import Unscored

D = dt.date


def _models(*rows: tuple) -> pd.DataFrame:
    """(id, name, release date or None, vendor) rows in the shape of `views.common.models`."""
    return pd.DataFrame(
        [{"id": i, "name": n, "release_date": pd.Timestamp(r) if r else pd.NaT, "vendor": v} for i, n, r, v in rows],
        columns=["id", "name", "release_date", "vendor"],
    )


def _rows(*rows: tuple) -> pd.DataFrame:
    """(model, as_of or None) rows of one benchmark's scores."""
    return pd.DataFrame([{"model": m, "as_of": pd.Timestamp(a) if a else pd.NaT} for m, a in rows], columns=["model", "as_of"])


# --- newest --------------------------------------------------------------------------------------


def test_newest_is_the_latest_date_and_ignores_missing_ones():
    dates = pd.Series([pd.Timestamp("2026-03-01"), pd.NaT, pd.Timestamp("2026-11-18"), None, pd.Timestamp("2025-12-31")])
    assert freshness.newest(dates) == D(2026, 11, 18)
    assert freshness.newest(pd.Series(["2026-02-13", "2026-02-15", None])) == D(2026, 2, 15)  # dates as text too
    assert freshness.newest(pd.Series(["2026-02-13", "not a date"])) == D(2026, 2, 13)


def test_newest_of_no_date_is_none():
    assert freshness.newest(pd.Series([], dtype="datetime64[ns]")) is None
    assert freshness.newest(pd.Series([pd.NaT, None])) is None


# --- unscored ------------------------------------------------------------------------------------

MODELS = _models(
    ("a", "Alpha", "2025-01-01", "V1"),
    ("b", "Beta", "2025-06-01", "V1"),  # the newest model with a score
    ("beth", "Beth", "2025-06-01", "V1"),  # released the same day as Beta: not "since" it
    ("e", "Eps", "2025-03-01", "V2"),
    ("g", "Gamma", "2025-09-01", "V2"),
    ("d", "Delta", "2025-09-01", "V2"),  # same day as Gamma: ordered by name
    ("f", "Phi", None, "V3"),  # undated, no score
    ("z", "Zeta", None, "V3"),  # undated, scored: cannot be the newest scored model
)


def test_unscored_splits_the_models_without_a_score_at_the_newest_scored_release():
    rows = _rows(("a", "2025-02-01"), ("b", "2025-07-01"), ("b", None), ("z", "2025-08-15"), ("not-listed", "2025-05-01"))
    assert freshness.unscored(MODELS, rows) == Unscored(
        newest_number=D(2025, 8, 15),
        newest_scored="Beta",
        newest_scored_release=D(2025, 6, 1),
        released_since=("Delta", "Gamma"),  # newest first, then by name
        earlier=("Beth", "Eps", "Phi"),  # the same day counts as earlier; undated last
    )


def test_unscored_with_no_scored_model_lists_every_model_as_earlier():
    assert freshness.unscored(MODELS, _rows()) == Unscored(
        None, None, None, (), ("Delta", "Gamma", "Beta", "Beth", "Eps", "Alpha", "Phi", "Zeta"),
    )
    # only an undated model is scored: there is no release to split at, but the newest number is still given
    assert freshness.unscored(MODELS, _rows(("z", "2025-08-15"))) == Unscored(
        D(2025, 8, 15), None, None, (), ("Delta", "Gamma", "Beta", "Beth", "Eps", "Alpha", "Phi"),
    )


# --- vendor_coverage -----------------------------------------------------------------------------


def test_vendor_coverage_per_vendor_with_missing_dates_and_a_vendor_without_scores():
    models = _models(
        ("a1", "A1", "2025-01-01", "V1"),
        ("a2", "A2", "2025-05-01", "V1"),
        ("a3", "A3", "2025-08-01", "V1"),  # after A2, no score
        ("a4", "A4", None, "V1"),  # undated, no score: not counted as "since"
        ("b1", "B1", "2025-10-01", "V2"),  # V2 has no scored model at all
        ("b2", "B2", None, "V2"),
        ("b3", "B3", "2025-02-01", "V2"),
        ("c1", "C1", None, "V3"),  # V3: one undated, scored model
    )
    counts = pd.Series({"a1": 3, "a2": 1, "a3": 0, "c1": 2, "gone": 7})  # a model that is no longer listed is ignored
    coverage = freshness.vendor_coverage(models, counts)
    assert list(coverage.columns) == freshness.COVERAGE_COLUMNS
    missing_as_none = coverage.astype(object).where(coverage.notna(), None)  # a text column holds a missing name as NaN
    assert missing_as_none.to_dict("records") == [
        {"vendor": "V2", "newest_known": "B1", "newest_known_release": D(2025, 10, 1), "newest_scored": None,
         "newest_scored_release": None, "models": 3, "scored_models": 0, "unscored_since": 2},  # every dated model
        {"vendor": "V1", "newest_known": "A3", "newest_known_release": D(2025, 8, 1), "newest_scored": "A2",
         "newest_scored_release": D(2025, 5, 1), "models": 4, "scored_models": 2, "unscored_since": 1},
        {"vendor": "V3", "newest_known": "C1", "newest_known_release": None, "newest_scored": "C1",
         "newest_scored_release": None, "models": 1, "scored_models": 1, "unscored_since": 0},
    ]


def test_vendor_coverage_of_no_models_is_an_empty_table_with_its_columns():
    coverage = freshness.vendor_coverage(_models(), pd.Series(dtype="int64"))
    assert coverage.empty and list(coverage.columns) == freshness.COVERAGE_COLUMNS
