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


CLAIMS_SQL = """
SELECT id, claim, claimant, claimant_url, made_on, claimed, kind, model, comparator, benchmark, harness, tier,
       field, value, value_high, at_tokens_per_second, tolerance, date_from, date_to, not_evidence,
       not_evidence_reason, note, source_file, source_line
FROM claims
ORDER BY source_line
"""


def claims() -> pd.DataFrame:
    """The launch claims, in file order, with how each one is checked (the verdicts are computed)."""
    return query(CLAIMS_SQL)


PRICE_ROWS_SQL = """
SELECT p.model, m.name AS model_name, m.weights, p.provider, p.tier, p.price_list, p.catalogue_key,
       p.input_usd_per_mtok, p.output_usd_per_mtok, p.cached_input_usd_per_mtok, p.tokens_per_second,
       p.valid_from, p.valid_to, p.as_of, p.reported_by, p.source_url, p.source_note, p.dataset
FROM prices p JOIN models m ON m.id = p.model
ORDER BY m.name, p.tier, p.price_list
"""


def price_rows() -> pd.DataFrame:
    """Every price row with its model and provenance (no aggregation: claims and cards pick their rows)."""
    return query(PRICE_ROWS_SQL)


MODEL_ROWS_SQL = """
SELECT id, name, family, vendor, weights, release_date, release_date_precision, total_params_b,
       active_params_b, context_window, hf_downloads_last_month, hf_downloads_as_of, source_url, note
FROM models
ORDER BY release_date NULLS LAST, name
"""


def model_rows() -> pd.DataFrame:
    """Every model with all its recorded facts (downloads included), oldest release first, undated last."""
    return query(MODEL_ROWS_SQL)


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


HARNESSES_SQL = "SELECT id, name, scaffold, version, kind, maker FROM harnesses ORDER BY name"


def harnesses() -> pd.DataFrame:
    """The harness catalogue, by name."""
    return query(HARNESSES_SQL)


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

BENCHMARK_SCORES_SQL = SCORE_ROWS_SQL + """
WHERE s.benchmark = ANY($benchmarks)
  AND m.weights = ANY($weights)
  AND (len($vendors) = 0 OR m.vendor = ANY($vendors))
  AND (len($families) = 0 OR m.family = ANY($families))
  AND (len($harnesses) = 0 OR coalesce(s.harness, $not_stated) = ANY($harnesses))
  AND (len($datasets) = 0 OR s.dataset = ANY($datasets))
  AND s.reported_by = ANY($reporters)
  AND s.confidence = ANY($confidences)
ORDER BY m.name, b.name, s.as_of DESC
"""


def benchmark_scores(
    benchmarks: list[str],
    weights: list[str],
    reporters: list[str],
    confidences: list[str],
    vendors: list[str] | None = None,
    families: list[str] | None = None,
    harnesses: list[str] | None = None,
    not_stated: str = "~not-stated",
    datasets: list[str] | None = None,
) -> pd.DataFrame:
    """Every score row behind the Benchmarks views, with its model, harness and provenance.

    Empty `vendors`/`families`/`harnesses`/`datasets` mean "all"; in `harnesses` the `not_stated` key
    stands for rows whose source names no harness.
    """
    return query(
        BENCHMARK_SCORES_SQL,
        {
            "benchmarks": benchmarks, "weights": weights, "reporters": reporters, "confidences": confidences,
            "vendors": vendors or [], "families": families or [], "harnesses": harnesses or [], "not_stated": not_stated,
            "datasets": datasets or [],
        },
    )


CELL_SOURCES_SQL = SCORE_ROWS_SQL + """
WHERE s.model = $model AND s.benchmark = $benchmark
ORDER BY h.name NULLS LAST, s.value DESC, s.as_of DESC
"""


def cell_sources(model: str, benchmark: str) -> pd.DataFrame:
    """Every value held for one model on one benchmark, whatever the filters, with where it was read."""
    return query(CELL_SOURCES_SQL, {"model": model, "benchmark": benchmark})


CLAIM_SCORES_SQL = SCORE_ROWS_SQL + """
WHERE s.benchmark IN (SELECT benchmark FROM claims WHERE benchmark IS NOT NULL)
ORDER BY m.name, b.name, s.as_of DESC
"""


def claim_scores() -> pd.DataFrame:
    """Every score row on a benchmark that some claim is about (all models, harnesses and sources)."""
    return query(CLAIM_SCORES_SQL)


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
