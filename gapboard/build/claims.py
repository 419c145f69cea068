"""The launch claims judged once per build, in every language: a verdict depends only on the build's rows (on the
claim's date, and all of them), so no visitor waits for it. The rows are read through db's own queries, so the
build judges exactly what the pages would."""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pyarrow as pa

from gapboard.core import claims
from gapboard.core.i18n import LANGS
from gapboard.db import catalogue, prices, scores

CLAIM_TABLES = ("claim_checks", "claim_evidence")
JUDGED_FROM = ("claims", "scores", "models", "benchmarks", "harnesses", "prices", "providers")
_SCHEMAS = {
    "claim_checks": pa.schema([("claim", pa.string()), ("lang", pa.string()), ("moment", pa.string()),
                               ("verdict", pa.string()), ("reason", pa.string())]),
    "claim_evidence": pa.schema([("claim", pa.string()), ("lang", pa.string()), ("moment", pa.string()),
                                 ("position", pa.int64()), ("what", pa.string()), ("value", pa.string()),
                                 ("counts", pa.string()), ("reported_by", pa.string()), ("as_of", pa.date32()),
                                 ("source_url", pa.string()), ("source_note", pa.string())]),
}


def _day(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def claim_inputs(connection: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, ...]:
    """What `claims.judge_all` reads, through db's queries: the claims, the scores on their benchmarks, every price
    row and every model."""
    return (catalogue.claims(connection), scores.claim_scores(connection), prices.price_rows(connection),
            catalogue.model_rows(connection))


def judge_claims(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Every claim judged in every language (`claims.judgement_rows`): `claim_checks` (verdict and reason per
    claim, language and moment) and `claim_evidence` (the rows behind each, in order)."""
    with duckdb.connect(":memory:") as connection:
        for name in JUDGED_FROM:  # as tables, not registered views: db's queries run on cursors, which see no views
            connection.register("incoming", tables[name])
            connection.execute("CREATE TABLE " + name + " AS SELECT * FROM incoming")
            connection.unregister("incoming")
        inputs = claim_inputs(connection)
    made = [claims.judgement_rows(claims.judge_all(*inputs, lang), lang) for lang in LANGS]
    checks = pd.concat([c for c, _ in made], ignore_index=True)
    evidence = pd.concat([e for _, e in made], ignore_index=True)
    evidence["as_of"] = [_day(value) for value in evidence["as_of"]]
    return {
        "claim_checks": pa.Table.from_pandas(checks, schema=_SCHEMAS["claim_checks"], preserve_index=False),
        "claim_evidence": pa.Table.from_pandas(evidence, schema=_SCHEMAS["claim_evidence"], preserve_index=False),
    }
