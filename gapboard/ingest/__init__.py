"""Readers for public external datasets under `data/external/`, one module per dataset.

Each module exposes readers (see `gapboard.build.Reader`) that turn the raw files into rows of a
Gapboard table, mapping external model names to our ids through an explicit table under
`data/sources/mappings/`; names no mapping covers are reported with `ctx.note(...)`, never guessed.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the build imports these modules, so its names are imported where they are used
    from gapboard.build import BuildContext


def read_mapping(ctx: BuildContext, relative: str, key_column: str) -> dict[str, tuple[dict, int]]:
    """A mapping table under `sources/`: external name → (its row, its line), each name mapped once."""
    from gapboard.build import BuildFailed, Problem, read_csv

    mapping: dict[str, tuple[dict, int]] = {}
    for row in read_csv(relative)(ctx):
        name = row.values.get(key_column) or ""
        if name in mapping:
            raise BuildFailed([Problem(row.file, row.line, key_column, f"{name!r} is mapped twice (first on line {mapping[name][1]})")])
        mapping[name] = (row.values, row.line)
    return mapping


def dataset_as_of(ctx: BuildContext, dataset: str) -> dt.date:
    """The as-of date registered for a dataset in sources/datasets.csv (one date, kept in one place)."""
    from gapboard.build import BuildFailed, Problem, read_csv

    for row in read_csv("datasets.csv")(ctx):
        if row.values.get("id") == dataset:
            try:
                return dt.date.fromisoformat(row.values.get("as_of") or "")
            except ValueError:
                break
    raise BuildFailed([Problem("sources/datasets.csv", None, "as_of", f"dataset {dataset!r} needs a row with an as_of date")])


def short_list(names: list[str], limit: int = 12) -> str:
    """`a, b, c … and N more` for build notes."""
    shown = ", ".join(names[:limit])
    return shown + (f" … and {len(names) - limit} more" if len(names) > limit else "")
