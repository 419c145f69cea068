"""What the build holds: models, benchmarks, harnesses, claims, the dataset registry and the built tables themselves."""
from __future__ import annotations

import re

import duckdb
import pandas as pd

from gapboard.db.connection import run

MODELS_SQL = """
SELECT id, name, family, vendor, weights, release_date, release_date_precision,
       total_params_b, active_params_b, context_window, licence, source_url, note, release_date_source
FROM models
ORDER BY release_date DESC NULLS LAST, name
"""


def models(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every model with its attributes, newest release first (undated last)."""
    return run(con, MODELS_SQL)


BENCHMARKS_SQL = """
SELECT b.id, b.name, b.category, b.unit, b.higher_is_better, b.kind, b.variant_of, b.timeline_only, b.measures,
       count(s.value) AS results
FROM benchmarks b LEFT JOIN scores s ON s.benchmark = b.id
GROUP BY ALL
ORDER BY results DESC, b.name
"""


def benchmarks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The benchmark catalogue with the number of results held for each, most reported first."""
    return run(con, BENCHMARKS_SQL)


CHANGES_SQL = """
SELECT change, model, model_name, subject, old_value, new_value, from_dataset, as_of, source_url, since_version, since_built_at
FROM changes
ORDER BY CASE split_part(change, ' ', 1) WHEN 'model' THEN 0 WHEN 'score' THEN 1 ELSE 2 END, change, model_name, subject
"""


def changes(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """What the current build changed since the build it replaced (`build.changes`)."""
    return run(con, CHANGES_SQL)


SCORES_PER_MODEL_SQL = "SELECT model, count(*) AS scores FROM scores GROUP BY model ORDER BY model"


def scores_per_model(con: duckdb.DuckDBPyConnection) -> pd.Series:
    """How many score rows the build holds per model id (models without any are absent)."""
    return run(con, SCORES_PER_MODEL_SQL).set_index("model")["scores"]


FAMILIES_SQL = "SELECT DISTINCT family FROM models ORDER BY family"


def families(con: duckdb.DuckDBPyConnection) -> list[str]:
    return run(con, FAMILIES_SQL)["family"].tolist()


CLAIMS_SQL = """
SELECT id, claim, claimant, claimant_url, made_on, claimed, kind, model, comparator, benchmark, harness, tier,
       field, value, value_high, at_tokens_per_second, tolerance, date_from, date_to, not_evidence,
       not_evidence_reason, note, claim_ko, source_file, source_line
FROM claims
ORDER BY source_line
"""


def claims(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The launch claims, in file order, with how each one is checked (the verdicts are computed)."""
    return run(con, CLAIMS_SQL)


CLAIM_CHECKS_SQL = "SELECT claim, moment, verdict, reason FROM claim_checks WHERE lang = $lang"
CLAIM_EVIDENCE_SQL = """
SELECT claim, moment, position, what, value, counts, reported_by, as_of, source_url, source_note
FROM claim_evidence WHERE lang = $lang
ORDER BY claim, moment, position
"""


def claim_checks(con: duckdb.DuckDBPyConnection, lang: str) -> pd.DataFrame:
    """Each claim's verdict and reason (in `lang`) on its date and today, as the build judged them."""
    return run(con, CLAIM_CHECKS_SQL, {"lang": lang})


def claim_evidence(con: duckdb.DuckDBPyConnection, lang: str) -> pd.DataFrame:
    """The rows behind each of those verdicts (described in `lang`), in their order."""
    return run(con, CLAIM_EVIDENCE_SQL, {"lang": lang})


MODEL_ROWS_SQL = """
SELECT id, name, family, vendor, weights, release_date, release_date_precision, total_params_b,
       active_params_b, context_window, hf_downloads_last_month, hf_downloads_as_of, source_url, note
FROM models
ORDER BY release_date NULLS LAST, name
"""


def model_rows(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every model with all its recorded facts (downloads included), oldest release first, undated last."""
    return run(con, MODEL_ROWS_SQL)


HARNESSES_SQL = "SELECT id, name, scaffold, version, kind, maker FROM harnesses ORDER BY name"


def harnesses(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The harness catalogue, by name."""
    return run(con, HARNESSES_SQL)


VENDORS_SQL = "SELECT DISTINCT vendor FROM models ORDER BY vendor"


def vendors(con: duckdb.DuckDBPyConnection) -> list[str]:
    return run(con, VENDORS_SQL)["vendor"].tolist()


RELEASE_RANGE_SQL = "SELECT min(release_date) AS first, max(release_date) AS last FROM models"


def release_range(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Earliest and latest release date of the models we track."""
    return run(con, RELEASE_RANGE_SQL)


# The registry finds every built table with a `dataset` column itself, so a dataset another ingest adds
# is counted without a change here. Queries that take `user_scores` include this session's uploaded
# rows (see gapboard.views.session); pass `uploads.user_scores_frame()` for none.

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


def datasets(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The dataset registry: origin, licence, whether it ships, and, counted over every built table
    with a `dataset` column, how many records it contributed and the date range of their `as_of`."""
    tables = run(con, DATASET_TABLES_SQL)
    parts, params = [], {}
    for i, (table, has_as_of) in enumerate(zip(tables["table_name"], tables["has_as_of"])):
        if not _IDENTIFIER.match(table):
            raise ValueError(f"unexpected table name {table!r}")
        dates = "min(as_of) AS first_record, max(as_of) AS last_record" if has_as_of else (
            "NULL::DATE AS first_record, NULL::DATE AS last_record"
        )
        parts.append(_RECORDS_SQL.format(i=i, dates=dates, table=table))
        params[f"t{i}"] = table
    return run(con, REGISTRY_SQL.format(records=" UNION ALL ".join(parts) or _NO_RECORDS_SQL), params)


BUILT_TABLES_SQL = """
SELECT DISTINCT table_name FROM information_schema.columns
WHERE table_schema = 'main' AND column_name = 'source_file'
ORDER BY table_name
"""


def built_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The names of every built table read from the sources (not the ones the build derives from them, which
    carry no source columns; they are in the whole-build download)."""
    return run(con, BUILT_TABLES_SQL)["table_name"].tolist()


_TABLE_ROWS_SQL = "SELECT * FROM {table}"


def table_rows(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """Every row and column of one built table (including its source columns), for download."""
    if table not in built_tables(con) or not _IDENTIFIER.match(table):
        raise ValueError(f"no built table {table!r}")
    return run(con, _TABLE_ROWS_SQL.format(table=table))


_TABLE_COUNT_SQL = "SELECT count(*) AS n FROM {table}"


def table_row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """How many rows one built table has (the download's label, without reading its rows)."""
    if table not in built_tables(con) or not _IDENTIFIER.match(table):
        raise ValueError(f"no built table {table!r}")
    return int(run(con, _TABLE_COUNT_SQL.format(table=table))["n"].iloc[0])


UPLOAD_BENCHMARKS_SQL = "SELECT id, name, unit, other_units FROM benchmarks ORDER BY name"


def upload_benchmarks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Benchmarks with every unit they may be reported in, to check uploaded rows."""
    return run(con, UPLOAD_BENCHMARKS_SQL)


UPLOAD_HARNESSES_SQL = "SELECT id, name FROM harnesses ORDER BY name"


def upload_harnesses(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Harness ids and names, to match uploaded harness names."""
    return run(con, UPLOAD_HARNESSES_SQL)
