"""The Harnesses page's per-instance queries over the build's derived tables (`run_totals`, `instance_names`,
`instance_outcomes`; their derivation is in tests/build/test_instance_tables.py).

On a hand-made instance set (tests/support/ingest.py) the undescribed run is left out; on the project's real
SWE-bench runs (its own build, current for the session) every query equals the string-keyed SQL over
`instance_results` that it replaced (kept here as the reference). The derived tables are neither dataset records
nor source tables.
"""
import duckdb
import pandas as pd
import pytest

from gapboard.build.derive import DERIVED_TABLES, derive_instance_tables
from gapboard.db import catalogue, instances
from gapboard.views import cache
from tests.support.ingest import INSTANCE_TABLES


def test_the_page_queries_over_the_derived_tables_leave_the_undescribed_run_out():
    derived = derive_instance_tables(INSTANCE_TABLES)
    con = duckdb.connect()
    for name, table in (*INSTANCE_TABLES.items(), *derived.items()):
        con.from_arrow(table).create(name)
    runs = ["a-run", "b-run", "ghost"]
    stats = con.execute(instances.RUN_STATS_SQL, {"runs": runs}).df()
    assert stats[["run", "solved", "unique_solves"]].values.tolist() == [["a-run", 2, 1], ["b-run", 1, 1]]
    summary = con.execute(instances.OVERLAP_SUMMARY_SQL, {"runs": runs}).df().set_index("category")["instances"].to_dict()
    assert summary == {"open only": 1, "proprietary only": 1, "not comparable": 1}  # i3, i2; i1 lacks b-run's outcome


# --- the real runs: identical to the string-keyed SQL the derived tables replaced --------------------

_REFERENCE_SELECTED = """
chosen AS (SELECT dataset, run, instance, resolved, cost_usd, api_calls FROM instance_results WHERE run IN (SELECT unnest($runs))),
run_info AS (
    SELECT r.dataset, r.entry AS run, coalesce(m.name, r.other_model, r.system_name) AS model_name,
           coalesce(m.weights, r.other_weights) AS weights
    FROM harness_results r LEFT JOIN models m ON m.id = r.model WHERE r.entry IN (SELECT unnest($runs))
),
per_instance AS (
    SELECT c.instance, count(c.resolved) AS outcomes, count(*) FILTER (WHERE c.resolved) AS solvers,
           bool_or(c.resolved) FILTER (WHERE i.weights = 'open') AS open_solved,
           bool_or(c.resolved) FILTER (WHERE i.weights = 'proprietary') AS proprietary_solved
    FROM chosen c JOIN run_info i USING (dataset, run) GROUP BY c.instance
),
comparable AS (SELECT * FROM per_instance WHERE outcomes = (SELECT count(*) FROM run_info WHERE run IN (SELECT run FROM chosen)))"""

REFERENCE_RUN_STATS_SQL = "WITH " + _REFERENCE_SELECTED + """,
stats AS (
    SELECT s.dataset, s.run, count(*) AS instances, count(s.resolved) AS with_outcome,
           count(*) FILTER (WHERE s.resolved) AS solved, count(*) FILTER (WHERE s.resolved AND c.solvers = 1) AS unique_solves,
           CASE WHEN count(s.cost_usd) = count(*) THEN sum(s.cost_usd) END AS cost_usd,
           CASE WHEN count(s.cost_usd) = count(*) AND count(*) FILTER (WHERE s.resolved) > 0
                THEN sum(s.cost_usd) / count(*) FILTER (WHERE s.resolved) END AS cost_per_solved_usd,
           avg(s.api_calls) AS calls_per_instance
    FROM chosen s LEFT JOIN comparable c USING (instance) GROUP BY s.dataset, s.run
)
SELECT s.run, i.model_name, i.weights, s.instances, s.with_outcome, s.solved, s.unique_solves, s.cost_usd,
       s.cost_per_solved_usd, s.calls_per_instance
FROM stats s JOIN run_info i USING (dataset, run) ORDER BY s.solved DESC, i.model_name, s.run
"""

_REFERENCE_OVERLAP = "WITH " + _REFERENCE_SELECTED + """,
categorised AS (
    SELECT instance, solvers, CASE WHEN open_solved AND proprietary_solved THEN 'both' WHEN open_solved THEN 'open only'
                                   WHEN proprietary_solved THEN 'proprietary only' ELSE 'neither' END AS category
    FROM comparable
)
"""
REFERENCE_SUMMARY_SQL = _REFERENCE_OVERLAP + """
SELECT category, count(*) AS instances FROM categorised GROUP BY category
UNION ALL SELECT 'not comparable', count(*) FROM per_instance WHERE instance NOT IN (SELECT instance FROM comparable)
"""
REFERENCE_INSTANCES_SQL = _REFERENCE_OVERLAP + """
SELECT c.instance, c.category, c.solvers, string_agg(i.model_name, ', ' ORDER BY i.model_name) AS solved_by
FROM categorised c
LEFT JOIN chosen s ON s.instance = c.instance AND s.resolved
LEFT JOIN run_info i ON i.dataset = s.dataset AND i.run = s.run AND i.weights IS NOT NULL
WHERE c.category = $category GROUP BY ALL ORDER BY c.solvers, c.instance
"""
REFERENCE_PAIR_SQL = """
WITH pair AS (
    SELECT instance, bool_or(resolved) FILTER (WHERE run = $a) AS a, bool_or(resolved) FILTER (WHERE run = $b) AS b
    FROM instance_results WHERE run IN ($a, $b) GROUP BY instance
)
SELECT count(*) FILTER (WHERE a AND b) AS both_solve, count(*) FILTER (WHERE a AND NOT b) AS only_a,
       count(*) FILTER (WHERE b AND NOT a) AS only_b, count(*) FILTER (WHERE NOT a AND NOT b) AS neither,
       count(*) FILTER (WHERE a IS NULL OR b IS NULL) AS not_comparable
FROM pair
"""


def _reference(sql: str, **params) -> pd.DataFrame:
    with cache.connection().cursor() as cursor:
        return cursor.execute(sql, params).df()


@pytest.fixture
def con(project_build):
    """The connection to the build in use (the project's own, current for the session)."""
    return cache.connection()


@pytest.fixture
def real_runs(con) -> pd.DataFrame:
    return instances.instance_runs(con, "swe-bench-verified")


def _selections(runs: pd.DataFrame) -> list[list[str]]:
    everything = runs["run"].tolist()
    open_runs, proprietary = (runs.loc[runs["weights"] == w, "run"].tolist() for w in ("open", "proprietary"))
    return [everything, everything[::3], open_runs[:1] + proprietary[:1], open_runs + proprietary[-2:]]


def test_run_stats_on_the_real_runs_equal_the_string_keyed_sql(con, real_runs):
    for runs in _selections(real_runs):
        new = instances.run_stats(con, runs).sort_values(["solved", "model_name", "run"], ascending=[False, True, True]).reset_index(drop=True)
        pd.testing.assert_frame_equal(new, _reference(REFERENCE_RUN_STATS_SQL, runs=runs), check_dtype=False)
        assert new["unique_solves"].sum() > 0


def test_overlap_on_the_real_runs_equals_the_string_keyed_sql(con, real_runs):
    for runs in _selections(real_runs):
        summary = instances.overlap_summary(con, runs).set_index("category")["instances"].to_dict()
        assert summary == _reference(REFERENCE_SUMMARY_SQL, runs=runs).set_index("category")["instances"].to_dict()
        assert sum(summary.values()) == 500
        for category in ("open only", "proprietary only", "both", "neither"):
            pd.testing.assert_frame_equal(
                instances.overlap_instances(con, runs, category), _reference(REFERENCE_INSTANCES_SQL, runs=runs, category=category),
                check_dtype=False,
            )


def test_pair_overlap_on_the_real_runs_equals_the_string_keyed_sql(con, real_runs):
    runs = real_runs["run"].tolist()
    for a, b in [(runs[0], runs[-1]), (runs[3], runs[7]), (runs[5], runs[5])]:
        assert instances.pair_overlap(con, a, b).iloc[0].to_dict() == _reference(REFERENCE_PAIR_SQL, a=a, b=b).iloc[0].to_dict()


def test_derived_tables_are_not_counted_as_dataset_records_nor_offered_as_source_tables(con):
    swebench = catalogue.datasets(con).set_index("id").loc["swebench-leaderboard"]
    assert not any(name in swebench["tables"] for name in DERIVED_TABLES)
    assert "instance_results: 12000" in swebench["tables"]
    tables = catalogue.built_tables(con)
    assert "instance_results" in tables and not set(DERIVED_TABLES) & set(tables)
    with pytest.raises(ValueError):
        catalogue.table_rows(con, "run_totals")
