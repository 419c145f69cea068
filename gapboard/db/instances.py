"""Per-instance results. A run is one `harness_results` entry with rows in `instance_results`. Only instances with
an outcome in every selected run are compared (the comparable set); the rest are counted as not comparable, never
as unresolved."""
from __future__ import annotations

import duckdb
import pandas as pd

from gapboard.db.connection import run

# Per-instance results. A run is one `harness_results` entry with rows in `instance_results`. Only
# instances with an outcome in every selected run are compared (the comparable set); the rest are
# counted as not comparable, never as unresolved.

INSTANCE_RUNS_SQL = """
SELECT r.entry AS run, r.dataset, coalesce(m.name, r.other_model, r.system_name) AS model_name,
       coalesce(m.weights, r.other_weights) AS weights, coalesce(h.name, 'harness not stated') AS harness_name,
       r.harness, r.scaffold_version, r.value AS headline, r.date, r.instances, r.source_url,
       d.name AS dataset_name, d.licence, d.commercial_use
FROM harness_results r
LEFT JOIN models m ON m.id = r.model
LEFT JOIN harnesses h ON h.id = r.harness
JOIN datasets d ON d.id = r.dataset
WHERE r.benchmark = $benchmark AND r.instances > 0
ORDER BY r.value DESC, model_name
"""


def instance_runs(con: duckdb.DuckDBPyConnection, benchmark: str) -> pd.DataFrame:
    """Runs with per-instance results on a benchmark, best headline first."""
    return run(con, INSTANCE_RUNS_SQL, {"benchmark": benchmark})


_SELECTED_RUNS = """
selected AS (  -- the selected runs that have instance rows and a row in harness_results
    SELECT run_key, run, model_name, weights, instances, with_outcome, solved, cost_usd, cost_per_solved_usd, calls_per_instance
    FROM run_totals WHERE run IN (SELECT unnest($runs)) AND described
),
per_instance AS (
    SELECT o.instance_key, count(o.resolved) AS outcomes, count(*) FILTER (WHERE o.resolved) AS solvers,
           min(o.run_key) FILTER (WHERE o.resolved) AS first_solver,  -- the only solver where solvers = 1
           bool_or(o.resolved) FILTER (WHERE s.weights = 'open') AS open_solved,
           bool_or(o.resolved) FILTER (WHERE s.weights = 'proprietary') AS proprietary_solved
    FROM instance_outcomes o JOIN selected s USING (run_key)
    GROUP BY o.instance_key
),
comparable AS (  -- instances with an outcome in every selected run
    SELECT * FROM per_instance WHERE outcomes = (SELECT count(*) FROM selected)
)"""

RUN_STATS_SQL = "WITH " + _SELECTED_RUNS + """,
unique_solves AS (
    SELECT first_solver AS run_key, count(*) AS unique_solves FROM comparable WHERE solvers = 1 GROUP BY first_solver
)
SELECT s.run, s.model_name, s.weights, s.instances, s.with_outcome, s.solved, coalesce(u.unique_solves, 0) AS unique_solves,
       s.cost_usd, s.cost_per_solved_usd, s.calls_per_instance
FROM selected s LEFT JOIN unique_solves u USING (run_key)
ORDER BY s.solved DESC, s.model_name
"""


def run_stats(con: duckdb.DuckDBPyConnection, runs: list[str]) -> pd.DataFrame:
    """Per selected run: instances solved, solves no other selected run has (on the comparable set), total
    USD cost and cost per solved instance (missing when any instance's cost is missing), API calls."""
    return run(con, RUN_STATS_SQL, {"runs": runs})


# Open-weight vs proprietary: runs whose weights class is unknown take part in neither group.
_OVERLAP = "WITH " + _SELECTED_RUNS + """,
categorised AS (
    SELECT instance_key, solvers,
           CASE WHEN open_solved AND proprietary_solved THEN 'both'
                WHEN open_solved THEN 'open only'
                WHEN proprietary_solved THEN 'proprietary only'
                ELSE 'neither' END AS category
    FROM comparable
)
"""

OVERLAP_SUMMARY_SQL = _OVERLAP + """
SELECT category, count(*) AS instances FROM categorised GROUP BY category
UNION ALL
SELECT 'not comparable', (SELECT count(*) FROM per_instance) - (SELECT count(*) FROM comparable)
"""

OVERLAP_INSTANCES_SQL = _OVERLAP + """,
solvers_named AS (  -- who solves each listed instance, among the selected runs of a known weights class
    SELECT o.instance_key, s.model_name
    FROM instance_outcomes o JOIN selected s USING (run_key)
    WHERE o.resolved AND s.weights IS NOT NULL AND o.instance_key IN (SELECT instance_key FROM categorised WHERE category = $category)
)
SELECT n.instance, c.category, c.solvers, string_agg(v.model_name, ', ' ORDER BY v.model_name) AS solved_by
FROM categorised c
JOIN instance_names n USING (instance_key)
LEFT JOIN solvers_named v USING (instance_key)
WHERE c.category = $category
GROUP BY ALL
ORDER BY c.solvers, n.instance
"""


def overlap_summary(con: duckdb.DuckDBPyConnection, runs: list[str]) -> pd.DataFrame:
    """How many comparable instances the selected open-weight runs solve that no selected proprietary run
    solves, and vice versa (categories: open only, proprietary only, both, neither, not comparable)."""
    return run(con, OVERLAP_SUMMARY_SQL, {"runs": runs})


def overlap_instances(con: duckdb.DuckDBPyConnection, runs: list[str], category: str) -> pd.DataFrame:
    """The comparable instances of one overlap category, with the selected runs that solve each."""
    return run(con, OVERLAP_INSTANCES_SQL, {"runs": runs, "category": category})


PAIR_OVERLAP_SQL = """
WITH pair AS (
    SELECT o.instance_key,
           bool_or(o.resolved) FILTER (WHERE k.run = $a) AS a,
           bool_or(o.resolved) FILTER (WHERE k.run = $b) AS b
    FROM instance_outcomes o JOIN run_totals k USING (run_key)
    WHERE k.run IN ($a, $b)
    GROUP BY o.instance_key
)
SELECT count(*) FILTER (WHERE a AND b) AS both_solve,
       count(*) FILTER (WHERE a AND NOT b) AS only_a,
       count(*) FILTER (WHERE b AND NOT a) AS only_b,
       count(*) FILTER (WHERE NOT a AND NOT b) AS neither,
       count(*) FILTER (WHERE a IS NULL OR b IS NULL) AS not_comparable
FROM pair
"""


def pair_overlap(con: duckdb.DuckDBPyConnection, a: str, b: str) -> pd.DataFrame:
    """Instances both runs solve, only one solves, neither solves, and those without an outcome in both."""
    return run(con, PAIR_OVERLAP_SQL, {"a": a, "b": b})


SKIPPED_INSTANCE_RUNS_SQL = """
SELECT s.dataset, s.system AS run, coalesce(m.name, r.other_model, r.system_name) AS model_name, s.note
FROM system_mappings s
LEFT JOIN harness_results r ON r.dataset = s.dataset AND r.entry = s.system
LEFT JOIN models m ON m.id = r.model
WHERE s.skip_instances
ORDER BY s.system
"""


def skipped_instance_runs(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Runs whose per-instance results were deliberately left out, and why."""
    return run(con, SKIPPED_INSTANCE_RUNS_SQL)
