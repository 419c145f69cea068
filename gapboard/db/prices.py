"""Prices and cost: every price row, the vendors' $ per hour claims, self-hosting defaults and published run costs."""
from __future__ import annotations

import duckdb
import pandas as pd

from gapboard.db.connection import run

PRICE_ROWS_SQL = """
SELECT p.model, m.name AS model_name, m.weights, p.provider, p.tier, p.price_list, p.catalogue_key,
       p.input_usd_per_mtok, p.output_usd_per_mtok, p.cached_input_usd_per_mtok, p.tokens_per_second,
       p.valid_from, p.valid_to, p.as_of, p.reported_by, p.source_url, p.source_note, p.dataset,
       coalesce(pr.vendor = m.vendor, false) AS first_party
FROM prices p JOIN models m ON m.id = p.model LEFT JOIN providers pr ON pr.id = p.provider
ORDER BY m.name, p.tier, p.price_list
"""


def price_rows(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every price row with its model, provenance and whether the model's own developer sells it (first party)."""
    return run(con, PRICE_ROWS_SQL)


COST_PRICES_SQL = """
SELECT p.model, m.name AS model_name, m.weights, m.vendor, p.provider, coalesce(v.name, p.provider) AS provider_name,
       coalesce(v.vendor = m.vendor, false) AS first_party, p.tier, p.price_list, p.catalogue_key,
       p.input_usd_per_mtok, p.output_usd_per_mtok, p.cached_input_usd_per_mtok, p.tokens_per_second,
       p.valid_from, p.valid_to, p.as_of, p.reported_by, p.source_url, p.source_note, p.dataset, p.source_file, p.source_line
FROM prices p
JOIN models m ON m.id = p.model
LEFT JOIN providers v ON v.id = p.provider
ORDER BY m.name, p.provider, p.tier, p.price_list
"""


def cost_prices(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every price row with its model, provider name and whether the provider is the model's own developer."""
    return run(con, COST_PRICES_SQL)


COST_CLAIMS_SQL = """
SELECT c.model, m.name AS model_name, c.provider, c.tier, c.usd_per_hour, c.output_tokens_per_second, c.claim,
       c.reported_by, c.source_url, c.source_note, c.as_of
FROM cost_claims c JOIN models m ON m.id = c.model
ORDER BY m.name, c.usd_per_hour DESC
"""


def cost_claims(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Vendors' own “$ per hour of continuous generation” statements."""
    return run(con, COST_CLAIMS_SQL)


SELF_HOSTING_SQL = """
SELECT model, gpu, gpus, gpus_source_url, usd_per_gpu_hour, gpu_price_source_url, output_tokens_per_second,
       throughput_source_url, note, as_of
FROM self_hosting
ORDER BY model NULLS LAST
"""


def self_hosting_defaults(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Self-hosting assumptions per open-weight model; the row with a blank model is the fallback."""
    return run(con, SELF_HOSTING_SQL)


TASK_METRICS_SQL = """
SELECT s.model, m.name AS model_name, m.weights, b.kind, s.value, s.unit, s.harness,
       coalesce(h.name, 'not stated') AS harness_name, s.setting, s.reported_by, s.source_form, s.confidence,
       s.as_of, s.source_url, s.source_note, s.dataset
FROM scores s
JOIN benchmarks b ON b.id = s.benchmark
JOIN models m ON m.id = s.model
LEFT JOIN harnesses h ON h.id = s.harness
WHERE b.variant_of = $benchmark AND b.kind IN ('tokens_per_task', 'cost_per_task')
ORDER BY m.name, b.kind, s.as_of DESC
"""


def task_metrics(con: duckdb.DuckDBPyConnection, benchmark: str) -> pd.DataFrame:
    """Tokens-per-task and cost-per-task rows measured on one benchmark, with their sources."""
    return run(con, TASK_METRICS_SQL, {"benchmark": benchmark})


TASK_COST_BENCHMARKS_SQL = """
SELECT DISTINCT b.id, b.name
FROM benchmarks b JOIN benchmarks v ON v.variant_of = b.id
WHERE b.kind = 'score' AND v.kind IN ('tokens_per_task', 'cost_per_task')
  AND EXISTS (SELECT 1 FROM scores s WHERE s.benchmark = v.id)
ORDER BY b.name
"""


def task_cost_benchmarks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Score benchmarks for which some source gives tokens or cost per task."""
    return run(con, TASK_COST_BENCHMARKS_SQL)


PUBLISHED_RUNS_SQL = """
SELECT c.model, m.name AS model_name, m.weights, s.value AS score, c.value AS cost_per_task, c.setting,
       coalesce(h.name, 'not stated') AS harness_name, c.source_form AS cost_form, c.reported_by, c.as_of,
       c.source_url, c.source_note, c.dataset
FROM scores c
JOIN benchmarks cb ON cb.id = c.benchmark AND cb.kind = 'cost_per_task' AND cb.variant_of = $benchmark
JOIN scores s ON s.model = c.model AND s.benchmark = $benchmark AND s.source_url = c.source_url
             AND s.harness IS NOT DISTINCT FROM c.harness
JOIN models m ON m.id = c.model
LEFT JOIN harnesses h ON h.id = c.harness
ORDER BY c.value, m.name
"""
# This session's uploaded rows that give a cost per task with their score (marked by `uploads.marked`:
# "(yours)" models); the run's setting is the harness the user named.
PUBLISHED_RUNS_WITH_YOURS_SQL = PUBLISHED_RUNS_SQL.replace("ORDER BY c.value, m.name", "") + """
UNION ALL BY NAME
SELECT model, model_name, weights, value AS score, cost_usd_per_task AS cost_per_task, harness_name AS setting,
       coalesce(harness_name, 'not stated') AS harness_name, 'yours' AS cost_form, reported_by, as_of,
       source_url, source_note, dataset
FROM user_scores
WHERE benchmark = $benchmark AND cost_usd_per_task IS NOT NULL
ORDER BY cost_per_task, model_name
"""


def published_runs(con: duckdb.DuckDBPyConnection, benchmark: str, user_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Runs whose source publishes both the score and the cost per task (same model, harness and source).

    `user_scores` (marked uploaded rows) adds this session's rows on the benchmark that give a cost per
    task, as "(yours)" runs; None runs the public query alone."""
    if user_scores is None:
        return run(con, PUBLISHED_RUNS_SQL, {"benchmark": benchmark})
    return run(con, PUBLISHED_RUNS_WITH_YOURS_SQL, {"benchmark": benchmark}, extra_tables={"user_scores": user_scores})


LOOKUP_PRICES_SQL = """
SELECT provider, tier, price_list, input_usd_per_mtok, output_usd_per_mtok, cached_input_usd_per_mtok,
       tokens_per_second, valid_from, valid_to, as_of, reported_by, dataset, source_url, source_note,
       source_file, source_line
FROM prices
WHERE model = $model
ORDER BY as_of DESC, provider, tier
"""


def lookup_prices(con: duckdb.DuckDBPyConnection, model: str) -> pd.DataFrame:
    """Every price held for a model, from every price list."""
    return run(con, LOOKUP_PRICES_SQL, {"model": model})
