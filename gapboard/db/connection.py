"""DuckDB over one build: every built table loaded into an in-memory database (checked against its manifest), and
one function that runs a parameterised statement on its own cursor. No caching here: the views hold connections
and results (`gapboard.views.cache`)."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

import duckdb
import pandas as pd

from gapboard.build.config import BUILD_COMMAND
from gapboard.build.location import BuiltData
from gapboard.build.manifest import ManifestError
from gapboard.build.tables import TABLE_NAMES
from gapboard.core.errors import DataUnavailable

TABLE_NAME = re.compile(r"^[a-z_]+$")


def load(built: BuiltData, version: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB holding every built table of build `version` at `built`, each verified by its hash."""
    try:
        manifest = built.manifest()
    except ManifestError as exc:
        raise DataUnavailable(f"{exc}; run `{BUILD_COMMAND}`") from exc
    if manifest.version != version:
        raise DataUnavailable(f"the build changed while loading ({version} → {manifest.version}); reload the page")
    unbuilt = [name for name in TABLE_NAMES if name not in manifest.tables]
    if unbuilt:
        raise DataUnavailable(f"the build has no table {', '.join(unbuilt)} (made by an older version?); run `{BUILD_COMMAND}`")
    connection = duckdb.connect(":memory:")
    try:
        built.attach(connection)
        for name, entry in manifest.tables.items():
            if not TABLE_NAME.match(name):
                raise DataUnavailable(f"the manifest names an invalid table {name!r}; run `{BUILD_COMMAND}`")
            if hashlib.sha256(built.read_bytes(entry.file)).hexdigest() != entry.sha256:
                raise DataUnavailable(f"{built.table_url(entry.file)} does not match its manifest; run `{BUILD_COMMAND}`")
            connection.execute("CREATE TABLE " + name + " AS SELECT * FROM read_parquet(?)", [built.table_url(entry.file)])
    except (OSError, duckdb.Error) as exc:
        connection.close()
        raise DataUnavailable(f"{exc}; run `{BUILD_COMMAND}`") from exc
    except DataUnavailable:
        connection.close()
        raise
    return connection


def run(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: Mapping[str, object] | None = None,
    extra_tables: Mapping[str, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """One parameterised statement on its own cursor of `con`.

    `extra_tables` adds per-session frames (e.g. a user's uploaded results) as tables of this one statement:
    they are registered on its own cursor, so no other statement or session can see them. Their names must be
    lower-case identifiers that do not shadow a built table."""
    with con.cursor() as cursor:
        for name, frame in (extra_tables or {}).items():
            if not TABLE_NAME.match(name) or name in TABLE_NAMES:
                raise ValueError(f"extra table name {name!r} must be a lower-case identifier that is not a built table")
            cursor.register(name, frame)
        return cursor.execute(sql, dict(params or {})).df()
