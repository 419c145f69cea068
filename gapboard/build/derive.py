"""Tables the build derives from validated ones (never edited, never a source): pre-aggregated, integer-keyed
per-run and per-instance tables, so the Harnesses page's per-instance queries group and join on small keys."""
from __future__ import annotations

import duckdb
import pyarrow as pa

DERIVED_TABLES = ("run_totals", "instance_names", "instance_outcomes")  # in derivation order
DERIVED_FROM = ("instance_results", "harness_results", "models")

_RUN_KEYS = """
WITH run_keys AS (  -- one key per (dataset, run), in that order: the same keys in every derived table
    SELECT (row_number() OVER (ORDER BY dataset, run) - 1)::INTEGER AS run_key, dataset, run
    FROM (SELECT DISTINCT dataset, run FROM instance_results)
)"""

# No `dataset` column: the dataset registry counts records over every table that has one (Sources page).
DERIVE_RUN_TOTALS_SQL = _RUN_KEYS + """,
totals AS (
    SELECT dataset, run, count(*) AS instances, count(resolved) AS with_outcome,
           count(*) FILTER (WHERE resolved) AS solved,
           CASE WHEN count(cost_usd) = count(*) THEN sum(cost_usd) END AS cost_usd,
           avg(api_calls) AS calls_per_instance
    FROM instance_results GROUP BY dataset, run
)
SELECT k.run_key, k.run, r.entry IS NOT NULL AS described, r.model, r.harness,
       coalesce(m.name, r.other_model, r.system_name) AS model_name, coalesce(m.weights, r.other_weights) AS weights,
       t.instances, t.with_outcome, t.solved, t.cost_usd,
       CASE WHEN t.solved > 0 THEN t.cost_usd / t.solved END AS cost_per_solved_usd, t.calls_per_instance
FROM run_keys k
JOIN totals t USING (dataset, run)
LEFT JOIN harness_results r ON r.dataset = k.dataset AND r.entry = k.run
LEFT JOIN models m ON m.id = r.model
ORDER BY k.run_key
"""

DERIVE_INSTANCE_NAMES_SQL = """
SELECT (row_number() OVER (ORDER BY instance) - 1)::INTEGER AS instance_key, instance
FROM (SELECT DISTINCT instance FROM instance_results)
ORDER BY instance_key
"""

DERIVE_INSTANCE_OUTCOMES_SQL = _RUN_KEYS + """
SELECT k.run_key, n.instance_key, i.resolved
FROM instance_results i
JOIN run_keys k USING (dataset, run)
JOIN instance_names n USING (instance)
ORDER BY k.run_key, n.instance_key
"""



def derive_instance_tables(inputs: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Per-run totals (`run_totals`: integer run key, weights class and model name resolved from harness_results
    and models, instances, outcomes, solves, cost when every instance has one, API calls per instance), the
    instance names by integer key (`instance_names`), and one compact row per run and instance
    (`instance_outcomes`: run key, instance key, resolved; sorted by run key) from the DERIVED_FROM tables."""
    derived: dict[str, pa.Table] = {}
    with duckdb.connect(":memory:") as connection:
        for name in DERIVED_FROM:
            connection.register(name, inputs[name])
        for name, sql in zip(DERIVED_TABLES, (DERIVE_RUN_TOTALS_SQL, DERIVE_INSTANCE_NAMES_SQL, DERIVE_INSTANCE_OUTCOMES_SQL)):
            derived[name] = connection.sql(sql).to_arrow_table()
            connection.register(name, derived[name])
    return derived
