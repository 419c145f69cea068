"""Every SQL statement Gapboard runs, each behind a named function. Values are always bound parameters.

Sections follow the pages; shared lookups come first.
"""
from __future__ import annotations

import pandas as pd

from gapboard.store import query

# --- shared lookups -------------------------------------------------------------------------------

MODELS_SQL = """
SELECT id, name, family, vendor, weights, release_date, release_date_precision,
       total_params_b, active_params_b, context_window, licence, source_url, note
FROM models
ORDER BY release_date DESC NULLS LAST, name
"""


def models() -> pd.DataFrame:
    """Every model with its attributes, newest release first (undated last)."""
    return query(MODELS_SQL)


BENCHMARKS_SQL = """
SELECT b.id, b.name, b.category, b.unit, b.higher_is_better, b.kind, b.variant_of, b.timeline_only, b.measures,
       count(s.value) AS results
FROM benchmarks b LEFT JOIN scores s ON s.benchmark = b.id
GROUP BY ALL
ORDER BY results DESC, b.name
"""


def benchmarks() -> pd.DataFrame:
    """The benchmark catalogue with the number of results held for each, most reported first."""
    return query(BENCHMARKS_SQL)


FAMILIES_SQL = "SELECT DISTINCT family FROM models ORDER BY family"


def families() -> list[str]:
    return query(FAMILIES_SQL)["family"].tolist()


# --- Overview -------------------------------------------------------------------------------------

DATA_SUMMARY_SQL = """
SELECT m.weights,
       count(DISTINCT m.id) AS models,
       count(s.value) AS scores,
       min(m.release_date) AS first_release,
       max(m.release_date) AS latest_release
FROM models m LEFT JOIN scores s ON s.model = m.id
GROUP BY m.weights
ORDER BY m.weights
"""


def data_summary() -> pd.DataFrame:
    """Models and scores held per weights class."""
    return query(DATA_SUMMARY_SQL)


# --- Benchmarks -----------------------------------------------------------------------------------

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


def scores_for_benchmarks(benchmarks: list[str], weights: list[str]) -> pd.DataFrame:
    """Every reported score (all sources, all harnesses) on the given benchmarks for the given weights classes."""
    return query(SCORES_FOR_BENCHMARKS_SQL, {"benchmarks": benchmarks, "weights": weights})


# --- Harnesses ------------------------------------------------------------------------------------

HARNESS_SCORES_SQL = """
SELECT m.name AS model_name, m.weights, coalesce(h.name, 'not stated') AS harness_name,
       s.value, s.reported_by, s.as_of, s.source_url, s.source_note
FROM scores s
JOIN models m ON m.id = s.model
LEFT JOIN harnesses h ON h.id = s.harness
WHERE s.benchmark = $benchmark
ORDER BY m.name, harness_name, s.value DESC
"""


def harness_scores(benchmark: str) -> pd.DataFrame:
    """Every score on one benchmark with the harness it was produced under."""
    return query(HARNESS_SCORES_SQL, {"benchmark": benchmark})


# --- Cost -----------------------------------------------------------------------------------------

PRICES_SQL = """
SELECT m.name AS model_name, m.weights, p.provider, p.tier, p.price_list,
       p.input_usd_per_mtok, p.output_usd_per_mtok, p.cached_input_usd_per_mtok, p.tokens_per_second,
       p.valid_from, p.as_of, p.reported_by, p.source_url, p.source_note
FROM prices p JOIN models m ON m.id = p.model
ORDER BY p.output_usd_per_mtok DESC NULLS LAST, m.name
"""


def prices() -> pd.DataFrame:
    """Every price list entry, most expensive output first; entries without a USD price last."""
    return query(PRICES_SQL)


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


def cost_prices() -> pd.DataFrame:
    """Every price row with its model, provider name and whether the provider is the model's own developer."""
    return query(COST_PRICES_SQL)


COST_CLAIMS_SQL = """
SELECT c.model, m.name AS model_name, c.provider, c.tier, c.usd_per_hour, c.output_tokens_per_second, c.claim,
       c.reported_by, c.source_url, c.source_note, c.as_of
FROM cost_claims c JOIN models m ON m.id = c.model
ORDER BY m.name, c.usd_per_hour DESC
"""


def cost_claims() -> pd.DataFrame:
    """Vendors' own “$ per hour of continuous generation” statements."""
    return query(COST_CLAIMS_SQL)


SELF_HOSTING_SQL = """
SELECT model, gpu, gpus, gpus_source_url, usd_per_gpu_hour, gpu_price_source_url, output_tokens_per_second,
       throughput_source_url, note, as_of
FROM self_hosting
ORDER BY model NULLS LAST
"""


def self_hosting_defaults() -> pd.DataFrame:
    """Self-hosting assumptions per open-weight model; the row with a blank model is the fallback."""
    return query(SELF_HOSTING_SQL)


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


def task_metrics(benchmark: str) -> pd.DataFrame:
    """Tokens-per-task and cost-per-task rows measured on one benchmark, with their sources."""
    return query(TASK_METRICS_SQL, {"benchmark": benchmark})


TASK_COST_BENCHMARKS_SQL = """
SELECT DISTINCT b.id, b.name
FROM benchmarks b JOIN benchmarks v ON v.variant_of = b.id
WHERE b.kind = 'score' AND v.kind IN ('tokens_per_task', 'cost_per_task')
  AND EXISTS (SELECT 1 FROM scores s WHERE s.benchmark = v.id)
ORDER BY b.name
"""


def task_cost_benchmarks() -> pd.DataFrame:
    """Score benchmarks for which some source gives tokens or cost per task."""
    return query(TASK_COST_BENCHMARKS_SQL)


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


def published_runs(benchmark: str) -> pd.DataFrame:
    """Runs whose source publishes both the score and the cost per task (same model, harness and source)."""
    return query(PUBLISHED_RUNS_SQL, {"benchmark": benchmark})


# --- Timeline -------------------------------------------------------------------------------------

FAMILY_VERSIONS_SQL = """
SELECT m.id, m.name, m.release_date, m.release_date_precision, m.total_params_b, m.active_params_b,
       max(s.value) FILTER (WHERE s.benchmark = $benchmark) AS best_reported,
       count(s.value) FILTER (WHERE s.benchmark = $benchmark) AS reports
FROM models m LEFT JOIN scores s ON s.model = m.id
WHERE m.family = $family OR m.vendor = $family
GROUP BY ALL
ORDER BY m.release_date NULLS LAST, m.name
"""


def family_versions(family: str, benchmark: str) -> pd.DataFrame:
    """The versions of one family (or vendor) in release order, with their best reported score on a benchmark."""
    return query(FAMILY_VERSIONS_SQL, {"family": family, "benchmark": benchmark})


VENDORS_SQL = "SELECT DISTINCT vendor FROM models ORDER BY vendor"


def vendors() -> list[str]:
    return query(VENDORS_SQL)["vendor"].tolist()


# --- Sources --------------------------------------------------------------------------------------

DATASETS_SQL = """
SELECT d.id, d.name, d.origin, d.url, d.licence, d.commercial_use, d.ships, d.as_of,
       (SELECT count(*) FROM scores s WHERE s.dataset = d.id) AS score_rows,
       (SELECT count(*) FROM prices p WHERE p.dataset = d.id) AS price_rows,
       d.description
FROM datasets d
ORDER BY d.name
"""


def datasets() -> pd.DataFrame:
    """The dataset registry with how many rows each dataset contributed."""
    return query(DATASETS_SQL)


MODEL_SCORES_SQL = """
SELECT b.name AS benchmark_name, coalesce(h.name, 'not stated') AS harness_name, s.value, s.unit,
       s.reported_by, s.source_form, s.confidence, s.as_of, s.source_url, s.source_note, s.source_file, s.source_line
FROM scores s
JOIN benchmarks b ON b.id = s.benchmark
LEFT JOIN harnesses h ON h.id = s.harness
WHERE s.model = $model
ORDER BY b.name, harness_name, s.as_of DESC
"""


def model_scores(model: str) -> pd.DataFrame:
    """Every value held for one model, from every source, with the file and line it was read from."""
    return query(MODEL_SCORES_SQL, {"model": model})
