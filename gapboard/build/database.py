"""A build opened as DuckDB: every built table of one version loaded into an in-memory database, each checked
against its manifest first."""
from __future__ import annotations

import hashlib

import duckdb

from gapboard.build.config import BUILD_COMMAND
from gapboard.build.location import BuiltData
from gapboard.build.manifest import ManifestError
from gapboard.build.tables import TABLE_NAMES
from gapboard.core.errors import DataUnavailable
from gapboard.db.connection import TABLE_NAME


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
