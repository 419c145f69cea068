"""What every reader of a public dataset shares: the explicit mapping tables and the notes helpers.

`sources/mappings/<dataset>_models.csv`-style tables map every model name an external dataset uses to
one of our model ids or, for a model Gapboard does not track, to its display name and weights class.
`<dataset>_systems.csv` tables say which harness a leaderboard system ran. A name no table covers is
never guessed: the reader leaves the model (or harness) blank and the build reports it in a note.
The tables are also validated as tables of their own (`model_names`, `system_mappings`), so a typo in
them is reported with its file and line.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from gapboard.build.rows import BuildContext, BuildFailed, Problem, read_csv


@dataclass(frozen=True)
class ModelTarget:
    """What an external model name stands for: one of our models, or another model under its own name."""

    model: str | None
    other_model: str | None
    other_weights: str | None

    @property
    def label(self) -> str:
        return self.model or self.other_model or ""


def read_mapping(ctx: BuildContext, relative: str, key: str) -> dict[str, tuple[dict, int]]:
    """A mapping table under `sources/`: its key column's value → (the row, its line). Each key appears once."""
    found: dict[str, tuple[dict, int]] = {}
    for row in read_csv(relative)(ctx):
        name = (row.values.get(key) or "").strip()
        if name in found:
            raise BuildFailed([Problem(row.file, row.line, key, f"{name!r} is mapped twice (first on line {found[name][1]})")])
        found[name] = (row.values, row.line)
    return found


def model_names(ctx: BuildContext, relative: str) -> dict[str, ModelTarget]:
    """External model name → what it maps to."""
    return {
        name: ModelTarget(values.get("model") or None, values.get("other_model") or None, values.get("other_weights") or None)
        for name, (values, _) in read_mapping(ctx, relative, "name").items()
    }


def flagged_versions(ctx: BuildContext, relative: str, flag: str) -> dict[str, tuple[str, int]]:
    """Names whose `flag` column is true → (our model id, mapping line)."""
    return {
        name: (values.get("model") or "", line)
        for name, (values, line) in read_mapping(ctx, relative, "name").items()
        if (values.get(flag) or "").strip().lower() == "true"
    }


def systems(ctx: BuildContext, relative: str) -> dict[str, dict]:
    """External system (submission folder, agent name) → its mapping row."""
    return {name: values for name, (values, _) in read_mapping(ctx, relative, "system").items()}


def resolve(names: Iterable[str], mapping: dict[str, ModelTarget]) -> tuple[list[ModelTarget], list[str]]:
    """The distinct targets of some external names (in first-seen order), and the names no row covers."""
    targets: list[ModelTarget] = []
    unmapped: list[str] = []
    for name in names:
        target = mapping.get(name)
        if target is None:
            unmapped.append(name)
        elif target not in targets:
            targets.append(target)
    return targets, unmapped


def model_columns(targets: list[ModelTarget], unmapped: list[str]) -> dict:
    """The model columns of a result row: a single mapped model is named; otherwise none is."""
    single = targets[0] if len(targets) == 1 and not unmapped else None
    return {
        "model": single.model if single else None,
        "other_model": single.other_model if single else None,
        "other_weights": single.other_weights if single else None,
        "models_named": len(targets) + len(unmapped),
    }


def dataset_as_of(ctx: BuildContext, dataset: str) -> dt.date:
    """The as-of date registered for a dataset in sources/datasets.csv (kept in one place)."""
    for row in read_csv("datasets.csv")(ctx):
        if row.values.get("id") == dataset:
            try:
                return dt.date.fromisoformat(row.values.get("as_of") or "")
            except ValueError:
                break
    raise BuildFailed([Problem("sources/datasets.csv", None, "as_of", f"dataset {dataset!r} needs a row with an as_of date")])


def _registry_row(ctx: BuildContext, dataset: str) -> dict:
    """The dataset's registry row; empty when it has none (the build's registry check reports that)."""
    return next((row.values for row in read_csv("datasets.csv")(ctx) if row.values.get("id") == dataset), {})


MIRROR_VERSION = "mirror-"  # how the refresh names a version taken from a mirror (no commit to name)


def is_commit(version: str) -> bool:
    return len(version) == 40 and all(c in "0123456789abcdef" for c in version)


def version_label(ctx: BuildContext, dataset: str) -> str:
    """The version a dataset's files hold, short enough to name a price list: a commit's first 7 characters."""
    version = (_registry_row(ctx, dataset).get("version") or "").strip()
    return version[:7] if is_commit(version) else version


def source_link(ctx: BuildContext, dataset: str, path: str) -> str:
    """Where a file of a dataset can be read, from its registry row (so a refresh moves every link with it): in its
    upstream repository at the commit held, or on its branch for a mirror's copy; a snapshot that came from
    elsewhere (a package release) links to the row's `url`."""
    row = _registry_row(ctx, dataset)
    upstream, version = (row.get("upstream") or "").rstrip("/"), (row.get("version") or "").strip()
    if "/tree/" in upstream and (is_commit(version) or version.startswith(MIRROR_VERSION)):
        repository, branch = upstream.split("/tree/", 1)
        return f"{repository}/blob/{version if is_commit(version) else branch}/{path}"
    return row.get("url") or ""  # no row yet: the build's registry check names the dataset


def listed(items: Iterable[str], limit: int = 12) -> str:
    """A short, readable list for a build note: the first few items and how many more."""
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (f" … and {len(items) - limit} more" if len(items) > limit else "")
