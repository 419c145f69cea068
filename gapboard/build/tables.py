"""Every table a build writes: where its raw rows come from, the row model that validates them, its keys and
the tables its columns refer to; and the Parquet schema of each row model."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from types import UnionType
from typing import Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from gapboard.build.changes import CHANGES_TABLE
from gapboard.build.claims import CLAIM_TABLES
from gapboard.build.derive import DERIVED_TABLES
from gapboard.build.ingest import (
    aider,
    epoch,
    litellm,
    llmstats,
    lmarena,
    openhands,
    swebench,
)
from gapboard.build.rows import Reader, read_csv
from gapboard.core import schema


@dataclass(frozen=True)
class TableSpec:
    """A Parquet table: where its raw rows come from, the row model that validates them, and its keys."""

    name: str
    row_model: type[schema.Row]
    readers: tuple[Reader, ...]
    key: tuple[str, ...]
    references: dict[str, str] = field(default_factory=dict)  # column -> table whose `id` it names


TABLES: list[TableSpec] = [
    TableSpec("datasets", schema.Dataset, (read_csv("datasets.csv"),), ("id",)),
    TableSpec("models", schema.Model, (epoch.with_release_dates(read_csv("models.csv")),), ("id",)),
    TableSpec("benchmarks", schema.Benchmark, (read_csv("benchmarks.csv"),), ("id",), {"variant_of": "benchmarks"}),
    TableSpec("harnesses", schema.Harness, (read_csv("harnesses.csv"),), ("id",)),
    TableSpec(
        "scores",
        schema.Score,
        (read_csv("scores.csv"), aider.read_scores, openhands.read_scores),
        ("model", "benchmark", "harness", "source_url", "dataset"),
        {"model": "models", "benchmark": "benchmarks", "harness": "harnesses", "dataset": "datasets"},
    ),
    TableSpec(
        "prices",
        schema.Price,
        (read_csv("prices.csv"), llmstats.read_prices, litellm.read_prices),
        ("model", "provider", "tier", "price_list"),
        {"model": "models", "dataset": "datasets"},
    ),
    TableSpec(
        "model_facts",
        schema.ModelFact,
        (llmstats.read_model_facts,),
        ("model", "fact", "dataset"),
        {"model": "models", "dataset": "datasets"},
    ),
    TableSpec(
        "claims",
        schema.Claim,
        (read_csv("claims.csv"),),
        ("id",),
        {"model": "models", "comparator": "models", "benchmark": "benchmarks", "harness": "harnesses"},
    ),
    TableSpec(
        "arena_scores",
        schema.ArenaScore,
        (lmarena.read_history,),
        ("lmarena_id", "as_of"),
        {"model": "models", "dataset": "datasets"},
    ),
    # Harnesses: external leaderboards, their name mappings, and per-instance results
    TableSpec(
        "model_names",
        schema.ModelName,
        (read_csv("mappings/swebench_model_tags.csv"), read_csv("mappings/epoch_models.csv")),
        ("dataset", "name"),
        {"model": "models", "dataset": "datasets"},
    ),
    TableSpec(
        "system_mappings",
        schema.SystemMapping,
        (read_csv("mappings/swebench_systems.csv"), read_csv("mappings/epoch_systems.csv")),
        ("dataset", "system"),
        {"harness": "harnesses", "dataset": "datasets"},
    ),
    TableSpec(
        "harness_results",
        schema.HarnessResult,
        (swebench.read_results, epoch.read_results, openhands.read_results),
        ("dataset", "entry"),
        {"model": "models", "benchmark": "benchmarks", "harness": "harnesses", "dataset": "datasets"},
    ),
    TableSpec("instance_results", schema.InstanceResult, (swebench.read_instances, openhands.read_instances), ("dataset", "run", "instance"), {"dataset": "datasets"}),
    TableSpec("providers", schema.Provider, (read_csv("providers.csv"),), ("id",)),
    TableSpec(
        "cost_claims", schema.CostClaim, (read_csv("cost_claims.csv"),), ("model", "provider", "tier", "source_url"),
        {"model": "models"},
    ),
    TableSpec("self_hosting", schema.SelfHostingDefault, (read_csv("self_hosting.csv"),), ("model",), {"model": "models"}),
]


MADE_TABLES = DERIVED_TABLES + CLAIM_TABLES + (CHANGES_TABLE,)  # written by the build itself, not read from a source
TABLE_NAMES = tuple(spec.name for spec in TABLES) + MADE_TABLES  # every table a build writes




def _arrow_type(annotation: object) -> pa.DataType:
    if get_origin(annotation) in (Union, UnionType):
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return _arrow_type(inner)
    if get_origin(annotation) is not None and hasattr(annotation, "__metadata__"):
        return _arrow_type(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}[annotation]


def arrow_schema(row_model: type[BaseModel]) -> pa.Schema:
    """The Parquet schema of a row model, plus where each row came from."""
    fields = [pa.field(name, _arrow_type(info.annotation)) for name, info in row_model.model_fields.items()]
    return pa.schema(fields + [pa.field("source_file", pa.string()), pa.field("source_line", pa.int64())])
