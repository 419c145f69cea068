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
