"""Every SQL statement Gapboard runs, each behind a named function. Values are always bound parameters.

Sections follow the pages; shared lookups come first.
"""
from __future__ import annotations

import re

import pandas as pd

from gapboard.build import DERIVED_TABLES
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
       p.valid_from, p.valid_to, p.as_of, p.reported_by, p.source_url, p.source_note, p.dataset,
       coalesce(pr.vendor = m.vendor, false) AS first_party
FROM prices p JOIN models m ON m.id = p.model LEFT JOIN providers pr ON pr.id = p.provider
ORDER BY m.name, p.tier, p.price_list
"""


def price_rows() -> pd.DataFrame:
    """Every price row with its model, provenance and whether the model's own developer sells it (first party)."""
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
    benchmarks: list[str],
    weights: list[str],
    reporters: list[str],
    confidences: list[str],
    vendors: list[str] | None = None,
    families: list[str] | None = None,
    harnesses: list[str] | None = None,
    not_stated: str = "~not-stated",
    datasets: list[str] | None = None,
    user_scores: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every score row behind the Benchmarks views, with its model, harness and provenance.

    Empty `vendors`/`families`/`harnesses`/`datasets` mean "all"; in `harnesses` the `not_stated` key
    stands for rows whose source names no harness. `user_scores` (marked, see `user_data.marked_scores`)
    adds this session's uploaded rows as their own "(yours)" models; None runs the public query alone.
    """
    params = {
        "benchmarks": benchmarks, "weights": weights, "reporters": reporters, "confidences": confidences,
        "vendors": vendors or [], "families": families or [], "harnesses": harnesses or [], "not_stated": not_stated,
        "datasets": datasets or [],
    }
    if user_scores is None:
        return query(BENCHMARK_SCORES_SQL, params)
    return query(BENCHMARK_SCORES_WITH_YOURS_SQL, params, extra_tables={"user_scores": user_scores})


CELL_SOURCES_SQL = SCORE_ROWS_SQL + """
WHERE s.model = $model AND s.benchmark = $benchmark
ORDER BY h.name NULLS LAST, s.value DESC, s.as_of DESC
"""


YOUR_CELL_SOURCES_SQL = YOUR_SCORE_ROWS_SQL + """
WHERE s.model = $model AND s.benchmark = $benchmark
ORDER BY s.harness_name NULLS LAST, s.value DESC, s.as_of DESC
"""


def cell_sources(model: str, benchmark: str, user_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every value held for one model on one benchmark, whatever the filters, with where it was read.

    A "(yours)" model's values come from `user_scores` (marked uploaded rows) and nowhere else."""
    if user_scores is not None and model in set(user_scores["model"]):
        return query(YOUR_CELL_SOURCES_SQL, {"model": model, "benchmark": benchmark}, extra_tables={"user_scores": user_scores})
    return query(CELL_SOURCES_SQL, {"model": model, "benchmark": benchmark})


CLAIM_SCORES_SQL = SCORE_ROWS_SQL + """
WHERE s.benchmark IN (SELECT benchmark FROM claims WHERE benchmark IS NOT NULL)
ORDER BY m.name, b.name, s.as_of DESC
"""


def claim_scores() -> pd.DataFrame:
    """Every score row on a benchmark that some claim is about (all models, harnesses and sources)."""
    return query(CLAIM_SCORES_SQL)


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

HARNESS_CELL_RULE = (
    "One value per model and harness: printed text beats a chart label, then higher confidence, then the newest "
    "run or source, then the higher value; the cell says how many values were reported."
)


def harness_rows(benchmark: str, datasets: list[str], weights: list[str]) -> pd.DataFrame:
    """Every harness-attributed value on one benchmark (curated and external), with source and licence."""
    return query(HARNESS_ROWS_SQL + "ORDER BY model_name, harness_name, date DESC", {"benchmark": benchmark, "datasets": datasets, "weights": weights})


def harness_cells(
    benchmark: str, datasets: list[str], weights: list[str], user_scores: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One value per (model, harness) on one benchmark, chosen by HARNESS_CELL_RULE, with its provenance.

    `user_scores` (marked uploaded rows) adds this session's rows that name a harness, as "(yours)"
    models of their own; None runs the public query alone."""
    params = {"benchmark": benchmark, "datasets": datasets, "weights": weights}
    if user_scores is None:
        return query(HARNESS_CELLS_SQL, params)
    return query(HARNESS_CELLS_WITH_YOURS_SQL, params, extra_tables={"user_scores": user_scores})


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


# Build-time derivation (gapboard.build.derive_instance_tables): the page's per-instance queries group and join
# on small integer keys over pre-aggregated tables, never on the run and instance strings. Runs get keys in
# (dataset, run) order, instances in name order; `instance_results` stays as it is (provenance, listings).
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


def run_stats(runs: list[str]) -> pd.DataFrame:
    """Per selected run: instances solved, solves no other selected run has (on the comparable set), total
    USD cost and cost per solved instance (missing when any instance's cost is missing), API calls."""
    return query(RUN_STATS_SQL, {"runs": runs})


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


def overlap_summary(runs: list[str]) -> pd.DataFrame:
    """How many comparable instances the selected open-weight runs solve that no selected proprietary run
    solves, and vice versa (categories: open only, proprietary only, both, neither, not comparable)."""
    return query(OVERLAP_SUMMARY_SQL, {"runs": runs})


def overlap_instances(runs: list[str], category: str) -> pd.DataFrame:
    """The comparable instances of one overlap category, with the selected runs that solve each."""
    return query(OVERLAP_INSTANCES_SQL, {"runs": runs, "category": category})


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


def published_runs(benchmark: str, user_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Runs whose source publishes both the score and the cost per task (same model, harness and source).

    `user_scores` (marked uploaded rows) adds this session's rows on the benchmark that give a cost per
    task, as "(yours)" runs; None runs the public query alone."""
    if user_scores is None:
        return query(PUBLISHED_RUNS_SQL, {"benchmark": benchmark})
    return query(PUBLISHED_RUNS_WITH_YOURS_SQL, {"benchmark": benchmark}, extra_tables={"user_scores": user_scores})


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
       a.as_of AS snapshot, a.score, a.source_url, a.source_note
FROM arena_scores a LEFT JOIN models m ON m.id = a.model
WHERE coalesce(m.family, a.family) = ANY($groups) OR coalesce(m.vendor, a.vendor) = ANY($groups)
ORDER BY a.as_of, name
"""


def arena_history(groups: list[str]) -> pd.DataFrame:
    """LMArena overall score per model and snapshot for the models of these families or vendors."""
    return query(ARENA_HISTORY_SQL, {"groups": groups})


ARENA_SCORES_SQL = "SELECT lmarena_id, as_of AS snapshot, score FROM arena_scores ORDER BY as_of, lmarena_id"


def arena_scores() -> pd.DataFrame:
    """Every LMArena score held (all models), e.g. to see where the rating scale itself moved."""
    return query(ARENA_SCORES_SQL)


ARENA_RANGE_SQL = "SELECT min(as_of) AS first, max(as_of) AS last, count(DISTINCT as_of) AS snapshots FROM arena_scores"


def arena_range() -> pd.DataFrame:
    """First and last LMArena snapshot held, and how many."""
    return query(ARENA_RANGE_SQL)


RELEASE_RANGE_SQL = "SELECT min(release_date) AS first, max(release_date) AS last FROM models"


def release_range() -> pd.DataFrame:
    """Earliest and latest release date of the models we track."""
    return query(RELEASE_RANGE_SQL)


# --- Sources --------------------------------------------------------------------------------------
# The registry finds every built table with a `dataset` column itself, so a dataset another ingest adds
# is counted without a change here. Queries that take `user_scores` include this session's uploaded
# rows (see gapboard.user_data); pass `uploads.user_scores_frame()` for none.

_IDENTIFIER = re.compile(r"^[a-z_]+$")  # table names from the catalogue, checked before they enter SQL

DATASET_TABLES_SQL = """
SELECT table_name, bool_or(column_name = 'as_of') AS has_as_of
FROM information_schema.columns
WHERE table_schema = 'main' AND column_name IN ('dataset', 'as_of')
GROUP BY table_name
HAVING bool_or(column_name = 'dataset')
ORDER BY table_name
"""

_RECORDS_SQL = "SELECT $t{i} AS table_name, dataset, count(*) AS records, {dates} FROM {table} GROUP BY dataset"
_NO_RECORDS_SQL = (
    "SELECT NULL::VARCHAR AS table_name, NULL::VARCHAR AS dataset, 0 AS records, "
    "NULL::DATE AS first_record, NULL::DATE AS last_record WHERE false"
)

REGISTRY_SQL = """
WITH records AS ({records}),
per_dataset AS (
    SELECT dataset, sum(records)::BIGINT AS records, min(first_record) AS first_record,
           max(last_record) AS last_record,
           string_agg(table_name || ': ' || records, ', ' ORDER BY table_name) AS tables
    FROM records GROUP BY dataset
)
SELECT d.id, d.name, d.ships, d.licence, d.licence_url, d.commercial_use, coalesce(r.records, 0) AS records,
       r.first_record, r.last_record, d.as_of, r.tables, d.origin, d.url, d.attribution, d.description
FROM datasets d LEFT JOIN per_dataset r ON r.dataset = d.id
ORDER BY d.ships DESC, records DESC, d.name
"""


def datasets() -> pd.DataFrame:
    """The dataset registry: origin, licence, whether it ships, and, counted over every built table
    with a `dataset` column, how many records it contributed and the date range of their `as_of`."""
    tables = query(DATASET_TABLES_SQL)
    parts, params = [], {}
    for i, (table, has_as_of) in enumerate(zip(tables["table_name"], tables["has_as_of"])):
        if not _IDENTIFIER.match(table):
            raise ValueError(f"unexpected table name {table!r}")
        dates = "min(as_of) AS first_record, max(as_of) AS last_record" if has_as_of else (
            "NULL::DATE AS first_record, NULL::DATE AS last_record"
        )
        parts.append(_RECORDS_SQL.format(i=i, dates=dates, table=table))
        params[f"t{i}"] = table
    return query(REGISTRY_SQL.format(records=" UNION ALL ".join(parts) or _NO_RECORDS_SQL), params)


BUILT_TABLES_SQL = """
SELECT table_name FROM information_schema.tables
WHERE table_schema = 'main' AND table_name NOT IN (SELECT unnest($derived))
ORDER BY table_name
"""


def built_tables() -> list[str]:
    """The names of every built table read from the sources (not the ones the build derives from them, which
    carry no source columns; they are in the whole-build download)."""
    return query(BUILT_TABLES_SQL, {"derived": list(DERIVED_TABLES)})["table_name"].tolist()


_TABLE_ROWS_SQL = "SELECT * FROM {table}"


def table_rows(table: str) -> pd.DataFrame:
    """Every row and column of one built table (including its source columns), for download."""
    if table not in built_tables() or not _IDENTIFIER.match(table):
        raise ValueError(f"no built table {table!r}")
    return query(_TABLE_ROWS_SQL.format(table=table))


_TABLE_COUNT_SQL = "SELECT count(*) AS n FROM {table}"


def table_row_count(table: str) -> int:
    """How many rows one built table has (the download's label, without reading its rows)."""
    if table not in built_tables() or not _IDENTIFIER.match(table):
        raise ValueError(f"no built table {table!r}")
    return int(query(_TABLE_COUNT_SQL.format(table=table))["n"].iloc[0])


UPLOAD_BENCHMARKS_SQL = "SELECT id, name, unit, other_units FROM benchmarks ORDER BY name"


def upload_benchmarks() -> pd.DataFrame:
    """Benchmarks with every unit they may be reported in, to check uploaded rows."""
    return query(UPLOAD_BENCHMARKS_SQL)


UPLOAD_HARNESSES_SQL = "SELECT id, name FROM harnesses ORDER BY name"


def upload_harnesses() -> pd.DataFrame:
    """Harness ids and names, to match uploaded harness names."""
    return query(UPLOAD_HARNESSES_SQL)


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


def lookup_scores(model: str, benchmark: str | None, user_scores: pd.DataFrame) -> pd.DataFrame:
    """Every value held for a model (optionally on one benchmark), from every source and this session's upload."""
    return query(LOOKUP_SCORES_SQL, {"model": model, "benchmark": benchmark}, extra_tables={"user_scores": user_scores})


LOOKUP_PRICES_SQL = """
SELECT provider, tier, price_list, input_usd_per_mtok, output_usd_per_mtok, cached_input_usd_per_mtok,
       tokens_per_second, valid_from, valid_to, as_of, reported_by, dataset, source_url, source_note,
       source_file, source_line
FROM prices
WHERE model = $model
ORDER BY as_of DESC, provider, tier
"""


def lookup_prices(model: str) -> pd.DataFrame:
    """Every price held for a model, from every price list."""
    return query(LOOKUP_PRICES_SQL, {"model": model})


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


def lookup_facts(model: str, curated_dataset: str) -> pd.DataFrame:
    """A model's attributes as models.csv states them (dataset `curated_dataset`) and as every external
    dataset in `model_facts` states them, one row per fact and source."""
    return query(LOOKUP_FACTS_SQL, {"model": model, "curated": curated_dataset})
