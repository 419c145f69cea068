"""Score rows: every reported value with its model, harness and provenance, for the Benchmarks views, the claims
check and the look-up; this session's uploaded rows join them where a query takes `user_scores`."""
from __future__ import annotations

import duckdb
import pandas as pd

from gapboard.core.vocabulary import NOT_STATED
from gapboard.db.connection import run

SCORES_FOR_BENCHMARKS_SQL = """
SELECT s.model, m.name AS model_name, m.weights, m.vendor, s.benchmark, b.name AS benchmark_name,
       s.harness, h.name AS harness_name, s.value, s.unit, s.reported_by, s.source_form, s.confidence,
       s.as_of, s.source_url, s.source_note, s.runs, s.dataset
FROM scores s
JOIN models m ON m.id = s.model
JOIN benchmarks b ON b.id = s.benchmark
LEFT JOIN harnesses h ON h.id = s.harness
WHERE s.benchmark = ANY($benchmarks) AND m.weights = ANY($weights)
ORDER BY b.name, s.value DESC
"""


def scores_for_benchmarks(con: duckdb.DuckDBPyConnection, benchmarks: list[str], weights: list[str]) -> pd.DataFrame:
    """Every reported score (all sources, all harnesses) on the given benchmarks for the given weights classes."""
    return run(con, SCORES_FOR_BENCHMARKS_SQL, {"benchmarks": benchmarks, "weights": weights})


# Every score-row query of this section starts with this constant SELECT, so the pure modules see one
# shape; queries append constant WHERE text only (values are always bound parameters).
SCORE_ROWS_SQL = """
SELECT s.model, m.name AS model_name, m.weights, m.vendor, m.family, m.release_date, m.release_date_precision,
       s.benchmark, b.name AS benchmark_name, b.higher_is_better, s.harness, h.name AS harness_name,
       s.value, s.unit, s.reported_by, s.source_form, s.confidence, s.as_of, s.source_url, s.source_note,
       s.runs, s.dataset, s.source_file, s.source_line
FROM scores s
JOIN models m ON m.id = s.model
JOIN benchmarks b ON b.id = s.benchmark
LEFT JOIN harnesses h ON h.id = s.harness
"""

# This session's uploaded rows in the same shape (`user_scores` marked by `uploads.marked`: their own
# "(yours)" models); a known model's vendor, family and release date come from the catalogue.
YOUR_SCORE_ROWS_SQL = """
SELECT s.model, s.model_name, s.weights, m.vendor, m.family, m.release_date, m.release_date_precision,
       s.benchmark, b.name AS benchmark_name, b.higher_is_better, s.harness, s.harness_name,
       s.value, s.unit, s.reported_by, s.source_form, s.confidence, s.as_of, s.source_url, s.source_note,
       s.runs, s.dataset, s.source_file, s.source_line
FROM user_scores s
JOIN benchmarks b ON b.id = s.benchmark
LEFT JOIN models m ON m.id = s.model_id
"""

_BENCHMARK_FILTERS = """
WHERE s.benchmark = ANY($benchmarks)
  AND m.weights = ANY($weights)
  AND (len($vendors) = 0 OR m.vendor = ANY($vendors))
  AND (len($families) = 0 OR m.family = ANY($families))
  AND (len($harnesses) = 0 OR coalesce(s.harness, $not_stated) = ANY($harnesses))
"""
_PUBLIC_ONLY_FILTERS = """
  AND (len($datasets) = 0 OR s.dataset = ANY($datasets))
  AND s.reported_by = ANY($reporters)
  AND s.confidence = ANY($confidences)
"""
BENCHMARK_SCORES_SQL = SCORE_ROWS_SQL + _BENCHMARK_FILTERS + _PUBLIC_ONLY_FILTERS + "ORDER BY m.name, b.name, s.as_of DESC\n"
# Uploaded rows pass the weights, vendor, family and harness filters; reporter, confidence and dataset
# describe public sources and do not apply to them (their reporter and dataset are "yours").
BENCHMARK_SCORES_WITH_YOURS_SQL = (
    SCORE_ROWS_SQL + _BENCHMARK_FILTERS + _PUBLIC_ONLY_FILTERS + "UNION ALL BY NAME\n"
    + YOUR_SCORE_ROWS_SQL + _BENCHMARK_FILTERS.replace("m.weights", "s.weights") + "ORDER BY model_name, benchmark_name, as_of DESC\n"
)


def benchmark_scores(
    con: duckdb.DuckDBPyConnection,
    benchmarks: list[str],
    weights: list[str],
    reporters: list[str],
    confidences: list[str],
    vendors: list[str] | None = None,
    families: list[str] | None = None,
    harnesses: list[str] | None = None,
    datasets: list[str] | None = None,
    user_scores: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every score row behind the Benchmarks views, with its model, harness and provenance.

    Empty `vendors`/`families`/`harnesses`/`datasets` mean "all"; in `harnesses` the NOT_STATED key
    stands for rows whose source names no harness. `user_scores` (marked, see `views.session.SessionRows.marked`)
    adds this session's uploaded rows as their own "(yours)" models; None runs the public query alone.
    """
    params = {
        "benchmarks": benchmarks, "weights": weights, "reporters": reporters, "confidences": confidences,
        "vendors": vendors or [], "families": families or [], "harnesses": harnesses or [], "not_stated": NOT_STATED,
        "datasets": datasets or [],
    }
    if user_scores is None:
        return run(con, BENCHMARK_SCORES_SQL, params)
    return run(con, BENCHMARK_SCORES_WITH_YOURS_SQL, params, extra_tables={"user_scores": user_scores})


CELL_SOURCES_SQL = SCORE_ROWS_SQL + """
WHERE s.model = $model AND s.benchmark = $benchmark
ORDER BY h.name NULLS LAST, s.value DESC, s.as_of DESC
"""


YOUR_CELL_SOURCES_SQL = YOUR_SCORE_ROWS_SQL + """
WHERE s.model = $model AND s.benchmark = $benchmark
ORDER BY s.harness_name NULLS LAST, s.value DESC, s.as_of DESC
"""


def cell_sources(con: duckdb.DuckDBPyConnection, model: str, benchmark: str, user_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every value held for one model on one benchmark, whatever the filters, with where it was read.

    A "(yours)" model's values come from `user_scores` (marked uploaded rows) and nowhere else."""
    if user_scores is not None and model in set(user_scores["model"]):
        return run(con, YOUR_CELL_SOURCES_SQL, {"model": model, "benchmark": benchmark}, extra_tables={"user_scores": user_scores})
    return run(con, CELL_SOURCES_SQL, {"model": model, "benchmark": benchmark})


CLAIM_SCORES_SQL = SCORE_ROWS_SQL + """
WHERE s.benchmark IN (SELECT benchmark FROM claims WHERE benchmark IS NOT NULL)
ORDER BY m.name, b.name, s.as_of DESC
"""


def claim_scores(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every score row on a benchmark that some claim is about (all models, harnesses and sources)."""
    return run(con, CLAIM_SCORES_SQL)


LOOKUP_SCORES_SQL = """
WITH all_scores AS (
    SELECT s.model, s.benchmark, b.name AS benchmark_name, s.harness, h.name AS harness_name, s.value, s.unit,
           s.reported_by, s.source_form, s.confidence, s.as_of, s.runs, s.dataset,
           s.source_url, s.source_note, s.source_file, s.source_line
    FROM scores s JOIN benchmarks b ON b.id = s.benchmark LEFT JOIN harnesses h ON h.id = s.harness
    UNION ALL BY NAME
    SELECT model, benchmark, benchmark_name, harness, harness_name, value, unit, reported_by, source_form,
           confidence, as_of, runs, dataset, source_url, source_note, source_file, source_line,
           cost_usd_per_task, tokens_per_task
    FROM user_scores
)
SELECT model, benchmark, benchmark_name, harness, coalesce(harness_name, 'not stated') AS harness_name, value, unit,
       reported_by, source_form, confidence, as_of, runs, dataset, cost_usd_per_task, tokens_per_task,
       source_url, source_note, source_file, source_line
FROM all_scores
WHERE model = $model AND (CAST($benchmark AS VARCHAR) IS NULL OR benchmark = $benchmark)
ORDER BY benchmark_name, harness_name, dataset = 'yours', as_of DESC, value DESC
"""


def lookup_scores(con: duckdb.DuckDBPyConnection, model: str, benchmark: str | None, user_scores: pd.DataFrame) -> pd.DataFrame:
    """Every value held for a model (optionally on one benchmark), from every source and this session's upload."""
    return run(con, LOOKUP_SCORES_SQL, {"model": model, "benchmark": benchmark}, extra_tables={"user_scores": user_scores})


LOOKUP_FACTS_SQL = """
WITH curated AS (
    SELECT 'release_date' AS fact,
           CAST(release_date AS VARCHAR) || CASE WHEN release_date_precision = 'month' THEN ' (month only)' ELSE '' END
               AS value,
           NULL::DOUBLE AS number, id, source_url, note, source_file, source_line
    FROM models
    UNION ALL SELECT 'licence', licence, NULL, id, source_url, note, source_file, source_line FROM models
    UNION ALL SELECT 'total_params_b', CAST(total_params_b AS VARCHAR), total_params_b, id, source_url, note,
                     source_file, source_line FROM models
    UNION ALL SELECT 'active_params_b', CAST(active_params_b AS VARCHAR), active_params_b, id, source_url, note,
                     source_file, source_line FROM models
    UNION ALL SELECT 'context_window', CAST(context_window AS VARCHAR), context_window, id, source_url, note,
                     source_file, source_line FROM models
)
SELECT fact, value, number, NULL::VARCHAR AS reported_by, NULL::DATE AS as_of, $curated AS dataset,
       source_url, note AS source_note, source_file, source_line
FROM curated WHERE id = $model
UNION ALL
SELECT fact, value, number, reported_by, as_of, dataset, source_url, source_note, source_file, source_line
FROM model_facts WHERE model = $model
ORDER BY fact, dataset = $curated DESC, dataset
"""


def lookup_facts(con: duckdb.DuckDBPyConnection, model: str, curated_dataset: str) -> pd.DataFrame:
    """A model's attributes as models.csv states them (dataset `curated_dataset`) and as every external
    dataset in `model_facts` states them, one row per fact and source."""
    return run(con, LOOKUP_FACTS_SQL, {"model": model, "curated": curated_dataset})
