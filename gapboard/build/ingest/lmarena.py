"""LMArena overall score history (nakasyou/lmarena-history, MIT) → one row per model and snapshot.

The raw file `external/lmarena-history/result.csv` is wide: the first (unnamed) column is the snapshot
date `yyyymmdd`, every other column is an LMArena model id, and a cell is that model's overall Arena
score on that date. `0.0` means the model was not on the leaderboard at that date; it is missing,
never a score, so no row is written for it.

LMArena ids map to our model ids, or to "not tracked" with a display name, family and vendor, through
`sources/mappings/lmarena_models.csv`. Ids the mapping does not cover are left out and reported with
`ctx.note(...)`; nothing is guessed.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from gapboard.build.ingest.common import source_link
from gapboard.build.rows import BuildContext, BuildFailed, Problem, SourceRow, read_csv
from gapboard.core import schema

DATASET = "lmarena-history"
HISTORY = "lmarena-history/result.csv"  # under external/
MAPPING = "mappings/lmarena_models.csv"  # under sources/
NOT_TRACKED = "not tracked"
UPSTREAM_PATH = "output/result.csv"
NOT_ON_LEADERBOARD = 0.0


class MappingRow(BaseModel):
    """One line of the mapping table: an LMArena id and what it is to Gapboard."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    lmarena_id: str = Field(pattern=schema.LMARENA_ID_PATTERN, max_length=120)
    model: schema.Identifier | Literal["not tracked"]
    name: str | None = Field(default=None, max_length=120)
    family: str | None = None
    vendor: str | None = None
    weights: schema.Weights | None = None
    note: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_missing(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _complete(self) -> "MappingRow":
        described = (self.name, self.family, self.vendor, self.weights)
        if self.model == NOT_TRACKED and None in described[:3]:
            raise ValueError("a model that is not tracked needs a name, family and vendor")
        if self.model != NOT_TRACKED and any(value is not None for value in described):
            raise ValueError("a tracked model takes name, family, vendor and weights from models.csv; leave them blank")
        return self

    def described(self) -> dict[str, str | None]:
        """The columns this mapping contributes to every score row of its model."""
        if self.model != NOT_TRACKED:
            return {"model": self.model}
        weights = self.weights.value if self.weights else None
        return {"name": self.name, "family": self.family, "vendor": self.vendor, "weights": weights}


def read_mapping(ctx: BuildContext) -> dict[str, MappingRow]:
    """The mapping table by LMArena id; every bad line (and unknown model id) is a build problem."""
    known_models = {row.values.get("id") for row in read_csv("models.csv")(ctx)}
    mapping: dict[str, MappingRow] = {}
    first_line: dict[str, int] = {}
    problems: list[Problem] = []
    for raw in read_csv(MAPPING)(ctx):
        try:
            row = MappingRow.model_validate(raw.values)
        except ValidationError as exc:
            for error in exc.errors():
                column = ".".join(str(part) for part in error["loc"]) or None
                problems.append(Problem(raw.file, raw.line, column, error["msg"].removeprefix("Value error, ")))
            continue
        if row.lmarena_id in mapping:
            problems.append(Problem(raw.file, raw.line, "lmarena_id", f"duplicate of line {first_line[row.lmarena_id]}"))
            continue
        if row.model != NOT_TRACKED and row.model not in known_models:
            problems.append(Problem(raw.file, raw.line, "model", f"unknown model {row.model!r} (not in models.csv)"))
            continue
        mapping[row.lmarena_id] = row
        first_line[row.lmarena_id] = raw.line
    if problems:
        raise BuildFailed(problems)
    return mapping


def _snapshot(text: str) -> dt.date:
    return dt.datetime.strptime(text.strip(), "%Y%m%d").date()


def read_history(ctx: BuildContext) -> Iterator[SourceRow]:
    """Score rows for every mapped model and every snapshot where it was on the leaderboard."""
    mapping = read_mapping(ctx)
    link = source_link(ctx, DATASET, UPSTREAM_PATH)
    path = ctx.paths.external / HISTORY
    label = path.relative_to(ctx.paths.root).as_posix()
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if not header or len(header) < 2:
            raise BuildFailed([Problem(label, 1, None, "expected a date column followed by LMArena model ids")])
        ids = header[1:]
        unmapped = sorted(set(ids) - set(mapping))
        ctx.unmapped_names(DATASET, unmapped, scored=True)
        if unmapped:
            ctx.note(
                f"LMArena history: {len(unmapped)} model id(s) not in {MAPPING}, left out: " + ", ".join(unmapped)
            )
        unused = sorted(set(mapping) - set(ids))
        if unused:
            ctx.note(f"{MAPPING}: {len(unused)} id(s) do not occur in the LMArena history: " + ", ".join(unused))
        problems: list[Problem] = []
        rows: list[SourceRow] = []
        for cells in reader:
            line = reader.line_num
            if len(cells) != len(header):
                problems.append(Problem(label, line, None, f"{len(cells)} fields, the header has {len(header)}"))
                continue
            try:
                snapshot = _snapshot(cells[0])
            except ValueError:
                problems.append(Problem(label, line, "as_of", f"not a yyyymmdd date: {cells[0][:20]!r}"))
                continue
            for lmarena_id, cell in zip(ids, cells[1:]):
                if lmarena_id not in mapping or _is_not_on_leaderboard(cell):
                    continue
                rows.append(SourceRow(label, line, {
                    "lmarena_id": lmarena_id,
                    **mapping[lmarena_id].described(),
                    "as_of": snapshot.isoformat(),
                    "score": cell,
                    "dataset": DATASET,
                    "source_url": link,
                    "source_note": f"output/result.csv row {cells[0]}, column {lmarena_id}",
                }))
    if problems:
        raise BuildFailed(problems)
    yield from rows


def _is_not_on_leaderboard(cell: str) -> bool:
    try:
        return float(cell) == NOT_ON_LEADERBOARD
    except ValueError:
        return False  # not a number: validation reports it with its line
