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

TIMELINE_GROUPS_SQL = """
SELECT vendor AS name, 'vendor' AS kind FROM models
UNION SELECT family, 'family' FROM models
ORDER BY name, kind
"""


def timeline_groups() -> pd.DataFrame:
    """Every vendor and model family we track: the names a family view can be chosen by."""
    return query(TIMELINE_GROUPS_SQL)


ARENA_GROUPS_SQL = """
SELECT DISTINCT coalesce(m.vendor, a.vendor) AS name, 'vendor' AS kind
FROM arena_scores a LEFT JOIN models m ON m.id = a.model
UNION SELECT DISTINCT coalesce(m.family, a.family), 'family'
FROM arena_scores a LEFT JOIN models m ON m.id = a.model
ORDER BY name, kind
"""


def arena_groups() -> pd.DataFrame:
    """Every vendor and family that has LMArena history, tracked by us or not."""
    return query(ARENA_GROUPS_SQL)


VENDORS_SQL = "SELECT DISTINCT vendor FROM models ORDER BY vendor"


def vendors() -> list[str]:
    return query(VENDORS_SQL)["vendor"].tolist()


FAMILY_VERSIONS_SQL = """
SELECT m.id, m.name, m.family, m.vendor, m.weights, m.release_date, m.release_date_precision,
       m.total_params_b, m.active_params_b, m.context_window,
       m.hf_downloads_last_month, m.hf_downloads_as_of, m.source_url, m.note
FROM models m
WHERE m.family = $group OR m.vendor = $group
ORDER BY m.release_date NULLS LAST, m.name
"""


def family_versions(group: str) -> pd.DataFrame:
    """The models of one family or vendor in release order (undated last)."""
    return query(FAMILY_VERSIONS_SQL, {"group": group})


TIMELINE_SCORES_SQL = """
SELECT s.model, m.name AS model_name, s.benchmark, b.name AS benchmark_name, b.kind, b.unit AS benchmark_unit,
       b.higher_is_better, s.harness, coalesce(h.name, 'not stated') AS harness_name, s.value, s.unit,
       s.reported_by, s.source_form, s.confidence, s.as_of, s.source_url, s.source_note, s.runs, s.dataset
FROM scores s
JOIN models m ON m.id = s.model
JOIN benchmarks b ON b.id = s.benchmark
LEFT JOIN harnesses h ON h.id = s.harness
WHERE s.model = ANY($models) AND (s.benchmark = ANY($benchmarks) OR b.kind <> 'score')
ORDER BY b.name, m.name, s.as_of
"""


def timeline_scores(models: list[str], benchmarks: list[str]) -> pd.DataFrame:
    """Every value held for these models on these benchmarks, plus their per-task runtime, tokens and cost."""
    return query(TIMELINE_SCORES_SQL, {"models": models, "benchmarks": benchmarks})


TIMELINE_PRICES_SQL = """
SELECT p.model, p.provider, p.tier, p.price_list, p.input_usd_per_mtok, p.output_usd_per_mtok,
       p.cached_input_usd_per_mtok, p.tokens_per_second, p.as_of, p.reported_by, p.source_url, p.source_note
FROM prices p
WHERE p.model = ANY($models)
ORDER BY p.model, p.output_usd_per_mtok NULLS LAST
"""


def timeline_prices(models: list[str]) -> pd.DataFrame:
    """Every price list entry of these models."""
    return query(TIMELINE_PRICES_SQL, {"models": models})


CLAIMS_SQL = """
SELECT c.model, m.name AS model_name, c.topic, c.claim, c.claimed_value, c.claimed_by, c.claimed_on, c.verdict,
       c.checked_against_url, c.checked_on, c.note
FROM claims c JOIN models m ON m.id = c.model
WHERE c.model = ANY($models)
ORDER BY m.name, c.topic
"""


def claims(models: list[str]) -> pd.DataFrame:
    """Published figures about these models and whether a source bears them out."""
    return query(CLAIMS_SQL, {"models": models})


PACE_SCORES_SQL = """
SELECT s.model, m.name AS model_name, m.family, m.vendor, m.weights, m.release_date, m.release_date_precision,
       s.benchmark, s.harness, coalesce(h.name, 'not stated') AS harness_name, s.value, s.unit, s.reported_by,
       s.source_form, s.confidence, s.as_of, s.source_url, s.source_note
FROM scores s
JOIN models m ON m.id = s.model
LEFT JOIN harnesses h ON h.id = s.harness
WHERE s.benchmark = $benchmark
ORDER BY m.release_date NULLS LAST, m.name
"""


def pace_scores(benchmark: str) -> pd.DataFrame:
    """Every value on one benchmark with the model's family, vendor and release date."""
    return query(PACE_SCORES_SQL, {"benchmark": benchmark})


ARENA_HISTORY_SQL = """
SELECT a.lmarena_id, a.model, coalesce(m.name, a.name) AS name, coalesce(m.family, a.family) AS family,
       coalesce(m.vendor, a.vendor) AS vendor, coalesce(m.weights, a.weights) AS weights,
       a.snapshot, a.score, a.source_url, a.source_note
FROM arena_scores a LEFT JOIN models m ON m.id = a.model
WHERE coalesce(m.family, a.family) = ANY($groups) OR coalesce(m.vendor, a.vendor) = ANY($groups)
ORDER BY a.snapshot, name
"""


def arena_history(groups: list[str]) -> pd.DataFrame:
    """LMArena overall score per model and snapshot for the models of these families or vendors."""
    return query(ARENA_HISTORY_SQL, {"groups": groups})


ARENA_SCORES_SQL = "SELECT lmarena_id, snapshot, score FROM arena_scores ORDER BY snapshot, lmarena_id"


def arena_scores() -> pd.DataFrame:
    """Every LMArena score held (all models), e.g. to see where the rating scale itself moved."""
    return query(ARENA_SCORES_SQL)


ARENA_RANGE_SQL = "SELECT min(snapshot) AS first, max(snapshot) AS last, count(DISTINCT snapshot) AS snapshots FROM arena_scores"


def arena_range() -> pd.DataFrame:
    """First and last LMArena snapshot held, and how many."""
    return query(ARENA_RANGE_SQL)


RELEASE_RANGE_SQL = "SELECT min(release_date) AS first, max(release_date) AS last FROM models"


def release_range() -> pd.DataFrame:
    """Earliest and latest release date of the models we track."""
    return query(RELEASE_RANGE_SQL)


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
