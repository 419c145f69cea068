"""Harness-attributed values: curated scores and external leaderboard results side by side, one value per model
and harness."""
from __future__ import annotations

import duckdb
import pandas as pd

from gapboard.core.i18n import N_
from gapboard.core.vocabulary import CURATED, NOT_STATED
from gapboard.db.connection import run

# One shape for every harness-attributed value on a benchmark: curated scores and external leaderboard
# results (`harness_results`) side by side. A model Gapboard does not track is keyed `other:<name>`.
# `harness` is NOT_STATED where the source states no harness. Curated OpenHands Index notes name the agent
# version ("agent v1.8.3"); that phrase is read as the scaffold version.

HARNESS_ROWS_SQL = """
WITH cost AS (
    SELECT c.model, c.harness, c.source_url, min(c.value) AS value
    FROM scores c JOIN benchmarks b ON b.id = c.benchmark
    WHERE b.variant_of = $benchmark AND b.kind = 'cost_per_task'
    GROUP BY ALL
),
all_rows AS (
    SELECT s.model AS model_key, m.name AS model_name, m.weights, true AS tracked, coalesce(s.harness, $not_stated) AS harness,
           s.value, s.reported_by, s.source_form, s.confidence, s.as_of AS date, s.as_of, s.runs,
           NULL::VARCHAR AS attempts, 'as reported' AS split,
           nullif(regexp_extract(s.source_note, 'agent (v[0-9][0-9.]*)', 1), '') AS scaffold_version,
           c.value AS cost_per_task_usd, NULL::DOUBLE AS stderr, s.source_url, s.source_note, s.dataset,
           NULL::VARCHAR AS entry, NULL::VARCHAR AS system_name
    FROM scores s
    JOIN models m ON m.id = s.model
    LEFT JOIN cost c ON c.model = s.model AND c.harness IS NOT DISTINCT FROM s.harness AND c.source_url = s.source_url
    WHERE s.benchmark = $benchmark
    UNION ALL BY NAME
    SELECT coalesce(r.model, 'other:' || r.other_model) AS model_key, coalesce(m.name, r.other_model) AS model_name,
           coalesce(m.weights, r.other_weights) AS weights, r.model IS NOT NULL AS tracked,
           coalesce(r.harness, $not_stated) AS harness, r.value, r.reported_by, 'text' AS source_form, 'high' AS confidence,
           coalesce(r.date, r.as_of) AS date, r.as_of, r.runs, r.attempts, r.split, r.scaffold_version,
           r.cost_per_task_usd, r.stderr, r.source_url, r.source_note, r.dataset, r.entry, r.system_name
    FROM harness_results r LEFT JOIN models m ON m.id = r.model
    WHERE r.benchmark = $benchmark AND (r.model IS NOT NULL OR r.other_model IS NOT NULL)
      AND r.dataset NOT IN (SELECT dataset FROM scores)  -- a dataset whose values are scores rows counts once
)
SELECT a.*, coalesce(h.name, 'harness not stated') AS harness_name, h.scaffold,
       coalesce(a.scaffold_version, h.version) AS version, d.name AS dataset_name, d.licence, d.commercial_use
FROM all_rows a
JOIN datasets d ON d.id = a.dataset
LEFT JOIN harnesses h ON h.id = nullif(a.harness, $not_stated)
WHERE a.dataset = ANY($datasets) AND a.weights = ANY($weights)
"""

# This session's uploaded rows with a harness (marked by `uploads.marked`: their own "(yours)" models). A
# harness Gapboard does not list is keyed `yours:<name>` and shown under the name the user gave it.
YOUR_HARNESS_ROWS_SQL = """
SELECT u.model AS model_key, u.model_name, u.weights, NOT u.model_is_new AS tracked,
       coalesce(u.harness, 'yours:' || u.harness_name) AS harness, u.value, u.reported_by, u.source_form,
       u.confidence, u.as_of AS date, u.as_of, u.runs, NULL::VARCHAR AS attempts, 'your upload' AS split,
       NULL::VARCHAR AS scaffold_version, u.cost_usd_per_task AS cost_per_task_usd, NULL::DOUBLE AS stderr,
       u.source_url, u.source_note, u.dataset, NULL::VARCHAR AS entry, NULL::VARCHAR AS system_name,
       coalesce(h.name, u.harness_name) AS harness_name, h.scaffold, h.version, 'your upload' AS dataset_name,
       'yours, this session only' AS licence, NULL::BOOLEAN AS commercial_use
FROM user_scores u LEFT JOIN harnesses h ON h.id = u.harness
WHERE u.benchmark = $benchmark AND u.weights = ANY($weights) AND coalesce(u.harness, u.harness_name) IS NOT NULL
"""

_HARNESS_CELLS_TAIL = """
SELECT *,
       count(*) OVER cell AS values_reported,
       count(DISTINCT value) OVER cell AS distinct_values
FROM harness_rows
WINDOW cell AS (PARTITION BY model_key, harness)
QUALIFY row_number() OVER (
    PARTITION BY model_key, harness
    ORDER BY CASE source_form WHEN 'text' THEN 0 WHEN 'chart' THEN 1 WHEN 'derived' THEN 2 ELSE 3 END,
             CASE confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
             date DESC, value DESC, source_url
) = 1
ORDER BY model_name, harness_name
"""
HARNESS_CELLS_SQL = "WITH harness_rows AS (" + HARNESS_ROWS_SQL + ")" + _HARNESS_CELLS_TAIL
# Uploaded rows pass the weights filter; the sources (datasets) filter is about public data and not applied.
HARNESS_CELLS_WITH_YOURS_SQL = (
    "WITH harness_rows AS (" + HARNESS_ROWS_SQL + "UNION ALL BY NAME" + YOUR_HARNESS_ROWS_SQL + ")" + _HARNESS_CELLS_TAIL
)

HARNESS_CELL_RULE = N_(
    "One value per model and harness: printed text beats a chart label, then higher confidence, then the newest "
    "run or source, then the higher value; the cell says how many values were reported."
)




def harness_cells(
    con: duckdb.DuckDBPyConnection,
    benchmark: str, datasets: list[str], weights: list[str], user_scores: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One value per (model, harness) on one benchmark, chosen by HARNESS_CELL_RULE, with its provenance.

    `user_scores` (marked uploaded rows) adds this session's rows that name a harness, as "(yours)"
    models of their own; None runs the public query alone."""
    params = {"benchmark": benchmark, "datasets": datasets, "weights": weights, "not_stated": NOT_STATED}
    if user_scores is None:
        return run(con, HARNESS_CELLS_SQL, params)
    return run(con, HARNESS_CELLS_WITH_YOURS_SQL, params, extra_tables={"user_scores": user_scores})


HARNESS_BENCHMARKS_SQL = """
WITH attributed AS (
    SELECT benchmark, model AS model_key, harness FROM scores WHERE harness IS NOT NULL
    UNION ALL
    SELECT benchmark, coalesce(model, other_model), harness FROM harness_results
    WHERE harness IS NOT NULL AND (model IS NOT NULL OR other_model IS NOT NULL)
)
SELECT b.id, b.name, count(DISTINCT a.harness) AS harnesses, count(DISTINCT a.model_key) AS models
FROM attributed a JOIN benchmarks b ON b.id = a.benchmark
WHERE b.kind = 'score'
GROUP BY ALL
HAVING count(DISTINCT a.harness) >= 2
ORDER BY models DESC, b.name
"""


def harness_benchmarks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Score benchmarks with results under at least two named harnesses, most models first."""
    return run(con, HARNESS_BENCHMARKS_SQL)


HARNESS_DATASETS_SQL = """
SELECT d.id, d.name, d.licence, d.licence_url, d.commercial_use, d.url, d.as_of
FROM datasets d
WHERE d.id IN (SELECT dataset FROM scores WHERE harness IS NOT NULL UNION SELECT dataset FROM harness_results)
ORDER BY d.id = $curated DESC, d.name
"""


def harness_datasets(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The datasets harness values come from, with their licences (curated data first)."""
    return run(con, HARNESS_DATASETS_SQL, {"curated": CURATED})
