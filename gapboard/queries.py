"""Every SQL statement Gapboard runs, each behind a named function. Values are always bound parameters.

Sections follow the pages; shared lookups come first.
"""
from __future__ import annotations

import pandas as pd

from gapboard.store import query

# --- shared lookups -------------------------------------------------------------------------------

MODELS_SQL = """
SELECT id, name, family, vendor, weights, release_date, release_date_precision,
       total_params_b, active_params_b, context_window, licence, source_url, note, release_date_source
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
# One shape for every harness-attributed value on a benchmark: curated scores and external leaderboard
# results (`harness_results`) side by side. A model Gapboard does not track is keyed `other:<name>`.
# `harness` is '' where the source states no harness. Curated OpenHands Index notes name the agent
# version ("agent v1.8.3"); that phrase is read as the scaffold version.

HARNESS_ROWS_SQL = """
WITH cost AS (
    SELECT c.model, c.harness, c.source_url, min(c.value) AS value
    FROM scores c JOIN benchmarks b ON b.id = c.benchmark
    WHERE b.variant_of = $benchmark AND b.kind = 'cost_per_task'
    GROUP BY ALL
),
all_rows AS (
    SELECT s.model AS model_key, m.name AS model_name, m.weights, true AS tracked, coalesce(s.harness, '') AS harness,
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
           coalesce(r.harness, '') AS harness, r.value, r.reported_by, 'text' AS source_form, 'high' AS confidence,
           coalesce(r.date, r.as_of) AS date, r.as_of, r.runs, r.attempts, r.split, r.scaffold_version,
           r.cost_per_task_usd, r.stderr, r.source_url, r.source_note, r.dataset, r.entry, r.system_name
    FROM harness_results r LEFT JOIN models m ON m.id = r.model
    WHERE r.benchmark = $benchmark AND (r.model IS NOT NULL OR r.other_model IS NOT NULL)
)
SELECT a.*, coalesce(h.name, 'harness not stated') AS harness_name, h.scaffold,
       coalesce(a.scaffold_version, h.version) AS version, d.name AS dataset_name, d.licence, d.commercial_use
FROM all_rows a
JOIN datasets d ON d.id = a.dataset
LEFT JOIN harnesses h ON h.id = nullif(a.harness, '')
WHERE a.dataset = ANY($datasets) AND a.weights = ANY($weights)
"""

HARNESS_CELLS_SQL = """
WITH harness_rows AS (""" + HARNESS_ROWS_SQL + """)
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

HARNESS_CELL_RULE = (
    "One value per model and harness: printed text beats a chart label, then higher confidence, then the newest "
    "run or source, then the higher value; the cell says how many values were reported."
)


def harness_rows(benchmark: str, datasets: list[str], weights: list[str]) -> pd.DataFrame:
    """Every harness-attributed value on one benchmark (curated and external), with source and licence."""
    return query(HARNESS_ROWS_SQL + "ORDER BY model_name, harness_name, date DESC", {"benchmark": benchmark, "datasets": datasets, "weights": weights})


def harness_cells(benchmark: str, datasets: list[str], weights: list[str]) -> pd.DataFrame:
    """One value per (model, harness) on one benchmark, chosen by HARNESS_CELL_RULE, with its provenance."""
    return query(HARNESS_CELLS_SQL, {"benchmark": benchmark, "datasets": datasets, "weights": weights})


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


def harness_benchmarks() -> pd.DataFrame:
    """Score benchmarks with results under at least two named harnesses, most models first."""
    return query(HARNESS_BENCHMARKS_SQL)


HARNESS_DATASETS_SQL = """
SELECT d.id, d.name, d.licence, d.licence_url, d.commercial_use, d.url, d.as_of
FROM datasets d
WHERE d.id IN (SELECT dataset FROM scores WHERE harness IS NOT NULL UNION SELECT dataset FROM harness_results)
ORDER BY d.id = 'gapboard-curated' DESC, d.name
"""


def harness_datasets() -> pd.DataFrame:
    """The datasets harness values come from, with their licences (curated data first)."""
    return query(HARNESS_DATASETS_SQL)


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


def instance_runs(benchmark: str) -> pd.DataFrame:
    """Runs with per-instance results on a benchmark, best headline first."""
    return query(INSTANCE_RUNS_SQL, {"benchmark": benchmark})


_SELECTED_RUNS = """
chosen AS (  -- the selected runs' instance rows, nothing else: the wide columns join in after aggregating
    SELECT dataset, run, instance, resolved, cost_usd, api_calls
    FROM instance_results WHERE run IN (SELECT unnest($runs))
),
run_info AS (
    SELECT r.dataset, r.entry AS run, coalesce(m.name, r.other_model, r.system_name) AS model_name,
           coalesce(m.weights, r.other_weights) AS weights
    FROM harness_results r LEFT JOIN models m ON m.id = r.model
    WHERE r.entry IN (SELECT unnest($runs))
),
per_instance AS (
    SELECT c.instance, count(c.resolved) AS outcomes, count(*) FILTER (WHERE c.resolved) AS solvers,
           bool_or(c.resolved) FILTER (WHERE i.weights = 'open') AS open_solved,
           bool_or(c.resolved) FILTER (WHERE i.weights = 'proprietary') AS proprietary_solved
    FROM chosen c JOIN run_info i USING (dataset, run)
    GROUP BY c.instance
),
comparable AS (  -- instances with an outcome in every selected run
    SELECT * FROM per_instance WHERE outcomes = (SELECT count(*) FROM run_info WHERE run IN (SELECT run FROM chosen))
)"""

RUN_STATS_SQL = "WITH " + _SELECTED_RUNS + """,
stats AS (
    SELECT s.dataset, s.run,
           count(*) AS instances,
           count(s.resolved) AS with_outcome,
           count(*) FILTER (WHERE s.resolved) AS solved,
           count(*) FILTER (WHERE s.resolved AND c.solvers = 1) AS unique_solves,
           CASE WHEN count(s.cost_usd) = count(*) THEN sum(s.cost_usd) END AS cost_usd,
           CASE WHEN count(s.cost_usd) = count(*) AND count(*) FILTER (WHERE s.resolved) > 0
                THEN sum(s.cost_usd) / count(*) FILTER (WHERE s.resolved) END AS cost_per_solved_usd,
           avg(s.api_calls) AS calls_per_instance
    FROM chosen s LEFT JOIN comparable c USING (instance)
    GROUP BY s.dataset, s.run
)
SELECT s.run, i.model_name, i.weights, s.instances, s.with_outcome, s.solved, s.unique_solves, s.cost_usd,
       s.cost_per_solved_usd, s.calls_per_instance
FROM stats s JOIN run_info i USING (dataset, run)
ORDER BY s.solved DESC, i.model_name
"""


def run_stats(runs: list[str]) -> pd.DataFrame:
    """Per selected run: instances solved, solves no other selected run has (on the comparable set), total
    USD cost and cost per solved instance (missing when any instance's cost is missing), API calls."""
    return query(RUN_STATS_SQL, {"runs": runs})


# Open-weight vs proprietary: runs whose weights class is unknown take part in neither group.
_OVERLAP = "WITH " + _SELECTED_RUNS + """,
categorised AS (
    SELECT instance, solvers,
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
SELECT 'not comparable', count(*) FROM per_instance WHERE instance NOT IN (SELECT instance FROM comparable)
"""

OVERLAP_INSTANCES_SQL = _OVERLAP + """
SELECT c.instance, c.category, c.solvers, string_agg(i.model_name, ', ' ORDER BY i.model_name) AS solved_by
FROM categorised c
LEFT JOIN chosen s ON s.instance = c.instance AND s.resolved
LEFT JOIN run_info i ON i.dataset = s.dataset AND i.run = s.run AND i.weights IS NOT NULL
WHERE c.category = $category
GROUP BY ALL
ORDER BY c.solvers, c.instance
"""


def overlap_summary(runs: list[str]) -> pd.DataFrame:
    """How many comparable instances the selected open-weight runs solve that no selected proprietary run
    solves, and vice versa (categories: open only, proprietary only, both, neither, not comparable)."""
    return query(OVERLAP_SUMMARY_SQL, {"runs": runs})


def overlap_instances(runs: list[str], category: str) -> pd.DataFrame:
    """The comparable instances of one overlap category, with the selected runs that solve each."""
    return query(OVERLAP_INSTANCES_SQL, {"runs": runs, "category": category})


PAIR_OVERLAP_SQL = """
WITH pair AS (
    SELECT instance,
           bool_or(resolved) FILTER (WHERE run = $a) AS a,
           bool_or(resolved) FILTER (WHERE run = $b) AS b
    FROM instance_results
    WHERE run IN ($a, $b)
    GROUP BY instance
)
SELECT count(*) FILTER (WHERE a AND b) AS both_solve,
       count(*) FILTER (WHERE a AND NOT b) AS only_a,
       count(*) FILTER (WHERE b AND NOT a) AS only_b,
       count(*) FILTER (WHERE NOT a AND NOT b) AS neither,
       count(*) FILTER (WHERE a IS NULL OR b IS NULL) AS not_comparable
FROM pair
"""


def pair_overlap(a: str, b: str) -> pd.DataFrame:
    """Instances both runs solve, only one solves, neither solves, and those without an outcome in both."""
    return query(PAIR_OVERLAP_SQL, {"a": a, "b": b})


SKIPPED_INSTANCE_RUNS_SQL = """
SELECT s.dataset, s.system AS run, coalesce(m.name, r.other_model, r.system_name) AS model_name, s.note
FROM system_mappings s
LEFT JOIN harness_results r ON r.dataset = s.dataset AND r.entry = s.system
LEFT JOIN models m ON m.id = r.model
WHERE s.skip_instances
ORDER BY s.system
"""


def skipped_instance_runs() -> pd.DataFrame:
    """Runs whose per-instance results were deliberately left out, and why."""
    return query(SKIPPED_INSTANCE_RUNS_SQL)


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
