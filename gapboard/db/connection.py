"""One function that runs a parameterised statement on its own cursor of a DuckDB connection: a build loaded by
`gapboard.build.database`, or the tables of a build being made. No caching here: the views hold connections and
results (`gapboard.views.cache`)."""
from __future__ import annotations

import re
from collections.abc import Mapping

import duckdb
import pandas as pd


TABLE_NAME = re.compile(r"^[a-z_]+$")
_TABLE_HELD_SQL = "SELECT 1 FROM duckdb_tables() WHERE table_name = ?"


def run(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: Mapping[str, object] | None = None,
    extra_tables: Mapping[str, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """One parameterised statement on its own cursor of `con`.

    `extra_tables` adds per-session frames (e.g. a user's uploaded results) as tables of this one statement:
    they are registered on its own cursor, so no other statement or session can see them. Their names must be
    lower-case identifiers that do not shadow a table of the connection."""
    with con.cursor() as cursor:
        for name, frame in (extra_tables or {}).items():
            if not TABLE_NAME.match(name) or cursor.execute(_TABLE_HELD_SQL, [name]).fetchone():
                raise ValueError(f"extra table name {name!r} must be a lower-case identifier that is not a built table")
            cursor.register(name, frame)
        return cursor.execute(sql, dict(params or {})).df()
