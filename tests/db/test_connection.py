"""The DuckDB connection to one build (`db.connection`): shared by every session, a cursor per statement, and the
catalogue and score statements that run on it."""
from __future__ import annotations

import threading

import pandas as pd
import pytest

from gapboard.db import catalogue, connection, scores
from gapboard.views import cache
from tests.support.ingest import PROJECT


def test_weights_filter_counts_exactly_the_open_and_proprietary_models():
    con = cache.connection()
    chosen = ["swe-bench-verified"]
    open_ = scores.scores_for_benchmarks(con, chosen, ["open"])
    closed = scores.scores_for_benchmarks(con, chosen, ["proprietary"])
    both = scores.scores_for_benchmarks(con, chosen, ["open", "proprietary"])
    models = catalogue.models(con).set_index("id")
    assert set(models.loc[open_["model"].unique(), "weights"]) == {"open"}
    assert set(models.loc[closed["model"].unique(), "weights"]) == {"proprietary"}
    assert len(both) == len(open_) + len(closed)
    # Counted independently in the source CSVs: the models SWE-bench Verified rows name, per weights class.
    rows = pd.read_csv(PROJECT.sources / "scores.csv").query("benchmark == 'swe-bench-verified'")
    weights = pd.read_csv(PROJECT.sources / "models.csv").set_index("id")["weights"]
    named = rows["model"].drop_duplicates().map(weights).value_counts()
    curated = lambda frame: frame[frame["dataset"] == "gapboard-curated"]["model"].nunique()  # noqa: E731
    assert (curated(open_), curated(closed)) == (named["open"], named["proprietary"])
    assert named["open"] > 0 and named["proprietary"] > 0


def test_cursors_on_the_shared_connection_work_from_many_threads():
    sql = "SELECT model, count(*) AS n FROM scores WHERE benchmark = $b GROUP BY model ORDER BY model"
    shared = cache.connection()
    with shared.cursor() as cursor:
        expected = cursor.execute(sql, {"b": "swe-bench-verified"}).df()
    results, errors = [], []

    def worker():
        try:
            for i in range(20):
                if i % 2:
                    results.append(connection.run(shared, sql, {"b": "swe-bench-verified"}))
                else:
                    with shared.cursor() as cursor:
                        results.append(cursor.execute(sql, {"b": "swe-bench-verified"}).df())
        except Exception as exc:  # noqa: BLE001 — the test reports any failure below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == 160 and all(frame.equals(expected) for frame in results)


@pytest.mark.parametrize("name", ["models", "benchmarks", "datasets"])
def test_lookup_queries_return_rows(name):
    assert len(getattr(catalogue, name)(cache.connection())) > 0


def test_an_extra_table_is_seen_by_its_own_statement_only():
    con = cache.connection()
    mine = pd.DataFrame({"v": [1, 2, 3]})
    assert connection.run(con, "SELECT sum(v) AS s FROM mine", extra_tables={"mine": mine})["s"].tolist() == [6]
    with pytest.raises(Exception, match="mine"):
        connection.run(con, "SELECT * FROM mine")  # registered on that statement's cursor only


@pytest.mark.parametrize("name", ["scores", "Mine", "mine; DROP TABLE scores", "my-table", ""])
def test_an_extra_table_may_not_shadow_a_built_table_or_be_any_other_name(name):
    with pytest.raises(ValueError, match="extra table name"):
        connection.run(cache.connection(), "SELECT 1", extra_tables={name: pd.DataFrame({"v": [1]})})
