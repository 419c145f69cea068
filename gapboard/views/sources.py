"""The Sources page's views: the dataset registry with freshness, the look-up of one number, the downloads."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from gapboard.core import freshness, provenance, uploads
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import CURATED
from gapboard.db import catalogue as db_catalogue
from gapboard.db import prices as db_prices
from gapboard.db import scores as db_scores
from gapboard.views import common
from gapboard.views.cache import connection, view
from gapboard.views.data import current_build
from gapboard.views.session import SessionRows, rows_or_empty
from gapboard.views.tables import arrow


@view(max_entries=4)
def registry() -> pd.DataFrame:
    """The dataset registry with every dataset's record count and date range (`db.catalogue.datasets`)."""
    return db_catalogue.datasets(connection())


def dataset_zip() -> bytes:
    """The whole build as a zip laid out like data/built/: manifest.json, <version>/<table>.parquet, LICENCES.md.

    Each Parquet file is checked against its manifest hash before it is added (built only when asked for)."""
    built, manifest = current_build()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest.to_json())
        for entry in manifest.tables.values():
            content = built.read_bytes(entry.file)
            if hashlib.sha256(content).hexdigest() != entry.sha256:
                raise ValueError(f"{built.table_url(entry.file)} does not match its manifest; rebuild the data")
            archive.writestr(entry.file, content)
        archive.writestr("LICENCES.md", provenance.licences_text(registry(), manifest.version))
    return buffer.getvalue()


@dataclass(frozen=True)
class Lookup:
    """Everything held for one model (optionally one benchmark), ready to draw: scores compared with their
    headline, facts compared with models.csv, prices, and the credit lines of the datasets they come from."""

    scores: pa.Table
    facts: pa.Table
    prices: pa.Table
    attributions: list[str]


@view()
def lookup(model: str, benchmark: str | None, yours: SessionRows | None, lang: str = DEFAULT) -> Lookup:
    """The Sources page's look-up for one model and benchmark, this session's uploaded rows included (texts in `lang`)."""
    con = connection()
    scores = provenance.compare_scores(db_scores.lookup_scores(con, model, benchmark, rows_or_empty(yours)), lang)
    facts = provenance.compare_facts(db_scores.lookup_facts(con, model, CURATED), lang)
    prices = db_prices.lookup_prices(con, model)
    used = {*scores["dataset"], *facts["dataset"], *prices["dataset"]}
    return Lookup(arrow(scores), arrow(facts), arrow(prices), provenance.attributions(registry(), used))


@dataclass(frozen=True)
class DatasetsView:
    """The dataset registry tab, ready to draw."""

    table: pa.Table  # `db.catalogue.datasets`
    credits: list[tuple[str, str]]  # (dataset name, attribution) of every dataset that asks for one
    freshness_lines: list[str]  # `freshness` summaries
    freshness: pa.Table  # `freshness` without its summary column
    coverage: pa.Table  # `core.freshness.vendor_coverage`: per vendor, the newest model known and the newest scored


@view(max_entries=8)
def datasets_view(today: dt.date, lang: str = DEFAULT) -> DatasetsView:
    datasets = registry()
    credited = datasets[datasets["attribution"].notna()]
    fresh = provenance.freshness(datasets, today, lang)
    coverage = freshness.vendor_coverage(common.models(), db_catalogue.scores_per_model(connection()))
    return DatasetsView(
        arrow(datasets), list(zip(credited["name"], credited["attribution"])), fresh["summary"].tolist(),
        arrow(fresh.drop(columns="summary")), arrow(coverage),
    )


@dataclass(frozen=True)
class ChangesView:
    """What the current build changed since the build it replaced, ready to draw."""

    table: pa.Table  # `db.catalogue.changes`
    counts: dict[str, int]  # change → rows, e.g. "score changed" → 3
    since_version: str | None  # the build compared with (None: there was none)
    since_built_at: str | None


CHANGE_WORDS = (  # what `build.changes` calls each kind of change
    N_("model added"), N_("model removed"), N_("score added"), N_("score changed"), N_("score removed"),
    N_("price added"), N_("price changed"), N_("price removed"),
)


def change_counts(counts: dict[str, int], lang: str = DEFAULT) -> str:
    """"55 model added, 958 score added" in `lang`."""
    return ", ".join(text("{count} {change}", lang, count=count, change=text(change, lang)) for change, count in counts.items())


@view(max_entries=4)
def changes_view() -> ChangesView:
    found = db_catalogue.changes(connection())
    since = found.iloc[0] if not found.empty else None
    return ChangesView(
        arrow(found.drop(columns=["since_version", "since_built_at"])), found["change"].value_counts(sort=False).to_dict(),
        since["since_version"] if since is not None else None, since["since_built_at"] if since is not None else None,
    )


@view(max_entries=4)
def lookup_choices() -> tuple[dict[str, str], dict[str, str]]:
    """What "Look up a number" offers: model id → name and benchmark id → name, in catalogue order."""
    models, benchmarks = common.models(), common.benchmarks()
    return dict(zip(models["id"], models["name"])), dict(zip(benchmarks["id"], benchmarks["name"]))


@view(max_entries=4)
def built_tables() -> list[str]:
    """The tables a user may download one by one (those read from the sources)."""
    return db_catalogue.built_tables(connection())


@view(max_entries=64)
def table_row_count(table: str) -> int:
    return db_catalogue.table_row_count(connection(), table)


def table_rows(table: str) -> pd.DataFrame:
    """Every row of one built table, for its download (made only when asked for, never kept)."""
    return db_catalogue.table_rows(connection(), table)


@view(max_entries=4)
def upload_catalogue() -> uploads.Catalogue:
    """What uploaded names are matched against, from the current build."""
    con = connection()
    return uploads.Catalogue.from_frames(common.models(), db_catalogue.upload_benchmarks(con), db_catalogue.upload_harnesses(con))
