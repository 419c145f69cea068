"""The Sources page's logic: comparing the values sources give, dataset freshness, licences, the download.

Pure transforms of query results (plus `dataset_zip`, which copies the built files it is given), and the
page's "Look up a number" view (at the end), cached by the widget values.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import zipfile

from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from gapboard import analysis, location, queries, schema, store, ui
from gapboard.config import DataPaths
from gapboard.location import BuiltData
from gapboard.manifest import Manifest
from gapboard.uploads import YOURS

CURATED = schema.Score.model_fields["dataset"].default  # the dataset of every row in data/sources/*.csv


def compare_scores(scores: pd.DataFrame) -> pd.DataFrame:
    """Mark, per benchmark, the headline value (analysis.HEADLINE_RULE over public sources) and how far every
    other value is from it; say where sources disagree under the same harness. "Yours" rows never headline."""
    out = scores.assign(headline=False, vs_headline=float("nan"), agreement="")
    public = out[out["dataset"] != YOURS]
    if public.empty:
        return out.assign(agreement=out["agreement"].mask(out["dataset"] == YOURS, "yours"))
    chosen = analysis.headline_values(public.assign(_row=public.index)).set_index("benchmark")
    out.loc[list(chosen["_row"]), "headline"] = True
    headline_value = out["benchmark"].map(chosen["value"])
    same_unit = out["unit"] == out["benchmark"].map(chosen["unit"])
    out["vs_headline"] = (out["value"] - headline_value).where(same_unit).round(4)
    harness = public["harness_name"].fillna("not stated")
    for _, group in public.groupby([public["benchmark"], harness, public["unit"]], sort=False):
        values = sorted(group["value"].unique(), reverse=True)
        if len(values) > 1:
            text = f"conflict: {len(group)} sources give " + " / ".join(f"{v:g}" for v in values) + " under this harness"
        elif len(group) > 1:
            text = f"{len(group)} sources agree"
        else:
            continue
        out.loc[group.index, "agreement"] = text
    out.loc[out["dataset"] == YOURS, "agreement"] = "yours"
    return out


def _agrees(curated: pd.Series, external: pd.Series) -> bool:
    if pd.notna(curated["number"]) and pd.notna(external["number"]):
        return math.isclose(curated["number"], external["number"], rel_tol=1e-9)
    a, b = str(curated["value"]).casefold().strip(), str(external["value"]).casefold().strip()
    return a == b or a.startswith(b) or b.startswith(a)


def compare_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Say for each external fact whether it agrees with models.csv, differs from it, or fills a gap there."""
    curated = {row["fact"]: row for _, row in facts[facts["dataset"] == CURATED].iterrows()}
    status = []
    for _, row in facts.iterrows():
        mine = curated.get(row["fact"])
        if row["dataset"] == CURATED:
            status.append("models.csv" if pd.notna(row["value"]) else "missing in models.csv")
        elif mine is None or pd.isna(mine["value"]):
            status.append("fills a gap in models.csv")
        else:
            status.append("agrees with models.csv" if _agrees(mine, row) else "differs from models.csv")
    return facts.assign(status=status)


def freshness(registry: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    """Per dataset: the snapshot date, the newest record and how old it is, in one readable line."""
    rows = []
    for _, d in registry.iterrows():
        newest = pd.Timestamp(d["last_record"]).date() if pd.notna(d["last_record"]) else None
        months = (today.year - newest.year) * 12 + today.month - newest.month if newest else None
        if not d["ships"]:
            summary = f"{d['name']}: not shipped, licence {d['licence']}"
        elif newest is None:
            summary = f"{d['name']}: no dated records in this build"
        else:
            summary = f"{d['name']} ends {newest:%Y-%m} (newest record {newest}; snapshot as of {pd.Timestamp(d['as_of']).date()})"
        rows.append((d["name"], d["as_of"], newest, months, summary))
    return pd.DataFrame(rows, columns=["dataset", "as_of", "newest_record", "months_old", "summary"])


def attributions(registry: pd.DataFrame, used: set[str]) -> list[str]:
    """The credit lines (e.g. for CC BY data) of the datasets behind the values on screen."""
    credited = registry[registry["id"].isin(used) & registry["attribution"].notna()]
    return [f"{name}: {text}" for name, text in zip(credited["name"], credited["attribution"])]


def licences_text(registry: pd.DataFrame, version: str) -> str:
    """LICENCES.md for the download: every dataset's licence, commercial use, origin and attribution."""
    lines = [
        "# Licences of the Gapboard data", "",
        f"Build {version}. Each dataset keeps its own licence; rows name their dataset in the `dataset` column.", "",
    ]
    for _, d in registry.iterrows():
        licence = d["licence"] + (f" ({d['licence_url']})" if pd.notna(d["licence_url"]) else "")
        lines += [
            f"## {d['name']} (`{d['id']}`)", "",
            f"- Licence: {licence}",
            f"- Commercial use allowed: {'yes' if d['commercial_use'] else 'no'}",
            f"- In this download: {'yes' if d['ships'] else 'no, it may not be redistributed'}",
            f"- Origin: {d['origin']}" + (f" ({d['url']})" if pd.notna(d["url"]) else ""),
        ]
        if pd.notna(d["attribution"]):
            lines.append(f"- Attribution: {d['attribution']}")
        lines.append("")
    return "\n".join(lines)


def dataset_zip(built: BuiltData, manifest: Manifest, registry: pd.DataFrame) -> bytes:
    """The whole build as a zip laid out like data/built/: manifest.json, <version>/<table>.parquet, LICENCES.md.

    Each Parquet file is checked against its manifest hash before it is added."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest.to_json())
        for entry in manifest.tables.values():
            content = built.read_bytes(entry.file)
            if hashlib.sha256(content).hexdigest() != entry.sha256:
                raise ValueError(f"{built.table_url(entry.file)} does not match its manifest; rebuild the data")
            archive.writestr(entry.file, content)
        archive.writestr("LICENCES.md", licences_text(registry, manifest.version))
    return buffer.getvalue()


def current_build(paths: DataPaths | None = None) -> tuple[BuiltData, Manifest]:
    """The build location in use and its current manifest (its notes, tables and version)."""
    built = location.current(paths)
    return built, built.manifest()


@dataclass(frozen=True)
class Lookup:
    """Everything held for one model (optionally one benchmark), ready to draw: scores compared with their
    headline, facts compared with models.csv, prices, and the credit lines of the datasets they come from."""

    scores: pa.Table
    facts: pa.Table
    prices: pa.Table
    attributions: list[str]


@store.cached()
def lookup(model: str, benchmark: str | None, yours_digest: str, _yours: pd.DataFrame) -> Lookup:
    """The Sources page's look-up for one model and benchmark. `_yours` (this session's uploaded rows) is not
    hashed: `yours_digest` (`store.frame_digest` of it) keys it, so sessions share only identical uploads."""
    scores = compare_scores(queries.lookup_scores(model, benchmark, _yours))
    facts = compare_facts(queries.lookup_facts(model, CURATED))
    prices = queries.lookup_prices(model)
    used = {*scores["dataset"], *facts["dataset"], *prices["dataset"]}
    return Lookup(ui.arrow_table(scores), ui.arrow_table(facts), ui.arrow_table(prices), attributions(queries.datasets(), used))


@dataclass(frozen=True)
class DatasetsView:
    """The dataset registry tab, ready to draw."""

    table: pa.Table  # `queries.datasets()`
    credits: list[tuple[str, str]]  # (dataset name, attribution) of every dataset that asks for one
    freshness_lines: list[str]  # `freshness` summaries
    freshness: pa.Table  # `freshness` without its summary column


@store.cached(max_entries=4)
def datasets_view(today: dt.date) -> DatasetsView:
    registry = queries.datasets()
    credited = registry[registry["attribution"].notna()]
    fresh = freshness(registry, today)
    return DatasetsView(
        ui.arrow_table(registry), list(zip(credited["name"], credited["attribution"])), fresh["summary"].tolist(),
        ui.arrow_table(fresh.drop(columns="summary")),
    )


@store.cached(max_entries=4)
def lookup_choices() -> tuple[dict[str, str], dict[str, str]]:
    """What "Look up a number" offers: model id → name and benchmark id → name, in catalogue order."""
    models, catalogue = queries.models(), queries.benchmarks()
    return dict(zip(models["id"], models["name"])), dict(zip(catalogue["id"], catalogue["name"]))
