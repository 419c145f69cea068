"""Hostile SQL for the injection tests (tests/db/test_sql_injection.py, tests/pages/test_sql_injection_on_pages.py),
and the check that nothing was executed: every built table still has the rows its manifest records."""
from __future__ import annotations

from gapboard.build.config import data_paths
from gapboard.build.manifest import read_manifest
from gapboard.views import cache

INJECTIONS = [
    "'; DROP TABLE scores; --",
    "' OR '1'='1",
    "1); DELETE FROM models; --",
    '\\" OR 1=1 --',
    "minimax-m2.5'; DROP TABLE models; --",
    "’ OR ‘1’=‘1’ --",  # typographic quotes
    "＇; DELETE FROM prices; --",  # fullwidth apostrophe
    "$model",  # a parameter placeholder as a value
]
NO_MATCH = "no-such-value"


def table_counts() -> dict[str, int]:
    """Every table of the shared connection, with its row count."""
    with cache.connection().cursor() as cursor:
        names = [row[0] for row in cursor.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        return {name: cursor.execute("SELECT count(*) FROM query_table($name)", {"name": name}).fetchone()[0] for name in names}


def manifest_counts() -> dict[str, int]:
    """Every built table with the row count its manifest records."""
    return {name: entry.rows for name, entry in read_manifest(data_paths()).tables.items()}
