"""Release history: families and vendors, their versions, values over time and the LMArena history."""
from __future__ import annotations

import duckdb
import pandas as pd

from gapboard.db.connection import run

TIMELINE_GROUPS_SQL = """
SELECT vendor AS name, 'vendor' AS kind FROM models
UNION SELECT family, 'family' FROM models
ORDER BY name, kind
"""


def timeline_groups(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every vendor and model family we track: the names a family view can be chosen by."""
    return run(con, TIMELINE_GROUPS_SQL)


ARENA_GROUPS_SQL = """
SELECT DISTINCT coalesce(m.vendor, a.vendor) AS name, 'vendor' AS kind
FROM arena_scores a LEFT JOIN models m ON m.id = a.model
UNION SELECT DISTINCT coalesce(m.family, a.family), 'family'
FROM arena_scores a LEFT JOIN models m ON m.id = a.model
ORDER BY name, kind
"""


def arena_groups(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every vendor and family that has LMArena history, tracked by us or not."""
    return run(con, ARENA_GROUPS_SQL)


FAMILY_VERSIONS_SQL = """
SELECT m.id, m.name, m.family, m.vendor, m.weights, m.release_date, m.release_date_precision,
       m.total_params_b, m.active_params_b, m.context_window,
       m.hf_downloads_last_month, m.hf_downloads_as_of, m.source_url, m.note
FROM models m
WHERE m.family = $group OR m.vendor = $group
ORDER BY m.release_date NULLS LAST, m.name
"""


def family_versions(con: duckdb.DuckDBPyConnection, group: str) -> pd.DataFrame:
    """The models of one family or vendor in release order (undated last)."""
    return run(con, FAMILY_VERSIONS_SQL, {"group": group})


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


def timeline_scores(con: duckdb.DuckDBPyConnection, models: list[str], benchmarks: list[str]) -> pd.DataFrame:
    """Every value held for these models on these benchmarks, plus their per-task runtime, tokens and cost."""
    return run(con, TIMELINE_SCORES_SQL, {"models": models, "benchmarks": benchmarks})


TIMELINE_PRICES_SQL = """
SELECT p.model, p.provider, p.tier, p.price_list, p.input_usd_per_mtok, p.output_usd_per_mtok,
       p.cached_input_usd_per_mtok, p.tokens_per_second, p.as_of, p.reported_by, p.source_url, p.source_note
FROM prices p
WHERE p.model = ANY($models)
ORDER BY p.model, p.output_usd_per_mtok NULLS LAST
"""


def timeline_prices(con: duckdb.DuckDBPyConnection, models: list[str]) -> pd.DataFrame:
    """Every price list entry of these models."""
    return run(con, TIMELINE_PRICES_SQL, {"models": models})


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


def pace_scores(con: duckdb.DuckDBPyConnection, benchmark: str) -> pd.DataFrame:
    """Every value on one benchmark with the model's family, vendor and release date."""
    return run(con, PACE_SCORES_SQL, {"benchmark": benchmark})


ARENA_HISTORY_SQL = """
SELECT a.lmarena_id, a.model, coalesce(m.name, a.name) AS name, coalesce(m.family, a.family) AS family,
       coalesce(m.vendor, a.vendor) AS vendor, coalesce(m.weights, a.weights) AS weights,
       a.as_of AS snapshot, a.score, a.source_url, a.source_note
FROM arena_scores a LEFT JOIN models m ON m.id = a.model
WHERE coalesce(m.family, a.family) = ANY($groups) OR coalesce(m.vendor, a.vendor) = ANY($groups)
ORDER BY a.as_of, name
"""


def arena_history(con: duckdb.DuckDBPyConnection, groups: list[str]) -> pd.DataFrame:
    """LMArena overall score per model and snapshot for the models of these families or vendors."""
    return run(con, ARENA_HISTORY_SQL, {"groups": groups})


ARENA_SCORES_SQL = "SELECT lmarena_id, as_of AS snapshot, score FROM arena_scores ORDER BY as_of, lmarena_id"


def arena_scores(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every LMArena score held (all models), e.g. to see where the rating scale itself moved."""
    return run(con, ARENA_SCORES_SQL)


ARENA_RANGE_SQL = "SELECT min(as_of) AS first, max(as_of) AS last, count(DISTINCT as_of) AS snapshots FROM arena_scores"


def arena_range(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """First and last LMArena snapshot held, and how many."""
    return run(con, ARENA_RANGE_SQL)
