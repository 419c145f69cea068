"""How much the agent scaffold moves a model's score: spread across harnesses, rank flips between two
models, and what makes two values not comparable as they stand. Pure functions over the cells frame of
`db.harnesses.harness_cells` (one value per model and harness).

A cell whose source states no harness (`harness == NOT_STATED`) is never counted as a harness of its own:
it is left out of the spread, and a rank flip uses it only where the other model has a value under a named
harness and this one has none, marked as not comparable.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import NOT_STATED, WEIGHTS, YOURS

SPREAD_COLUMNS = [
    "model_key", "model_name", "weights", "harnesses", "low", "high", "spread", "low_harness", "high_harness",
]
FLIP_COLUMNS = ["harness", "harness_name", "a_value", "b_value", "difference", "leader", "comparable", "caveat"]


def spread(cells: pd.DataFrame, min_harnesses: int = 2) -> pd.DataFrame:
    """Per model: lowest and highest value across named harnesses and the gap between them, for models with
    at least `min_harnesses` named harnesses; largest spread first."""
    named = cells[cells["harness"] != NOT_STATED]
    if named.empty:
        return pd.DataFrame(columns=SPREAD_COLUMNS)
    ordered = named.sort_values(["model_key", "value", "harness_name"], kind="stable")
    grouped = ordered.groupby("model_key", sort=False)
    result = pd.DataFrame({
        "model_name": grouped["model_name"].first(),
        "weights": grouped["weights"].first(),
        "harnesses": grouped["harness"].nunique(),
        "low": grouped["value"].min(),
        "high": grouped["value"].max(),
        "low_harness": grouped["harness_name"].first(),
        "high_harness": grouped["harness_name"].last(),
    }).reset_index()
    result["spread"] = result["high"] - result["low"]
    result = result[result["harnesses"] >= min_harnesses]
    return result.sort_values(["spread", "model_name"], ascending=[False, True], kind="stable")[SPREAD_COLUMNS].reset_index(drop=True)


SORTS = {
    "spread": (["spread", "model_name"], [False, True]),
    "best score": (["high", "model_name"], [False, True]),
    "name": (["model_name"], [True]),
}
SORT_LABELS = {"spread": N_("Spread"), "best score": N_("Best score"), "name": N_("Name")}


def sort_spread(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """The spread table in one of the SORTS orders."""
    columns, ascending = SORTS[by]
    return table.sort_values(columns, ascending=ascending, kind="stable").reset_index(drop=True)


def _caveats(a: pd.Series, b: pd.Series, lang: str = DEFAULT) -> list[str]:
    """Why two values under the same harness may still not be like for like."""
    found = []
    versions = (a.get("version"), b.get("version"))
    if all(pd.notna(v) for v in versions) and versions[0] != versions[1]:
        found.append(text("scaffold versions differ ({a} vs {b})", lang, a=versions[0], b=versions[1]))
    runs = tuple(_runs_label(row.get("runs"), lang) for row in (a, b))
    if runs[0] != runs[1]:
        found.append(text("runs differ ({a} vs {b})", lang, a=runs[0], b=runs[1]))
    attempts = tuple(_label(row.get("attempts"), text("attempts not stated", lang)) for row in (a, b))
    if attempts[0] != attempts[1]:
        found.append(text("attempts differ ({a} vs {b})", lang, a=attempts[0], b=attempts[1]))
    splits = (a.get("split"), b.get("split"))
    if splits[0] != splits[1]:
        found.append(text("splits differ ({a} vs {b})", lang, a=splits[0], b=splits[1]))
    if a.get("reported_by") != b.get("reported_by"):
        found.append(text("reported by {a} vs {b}", lang, a=_reporter(a.get("reported_by"), lang), b=_reporter(b.get("reported_by"), lang)))
    return found


def _label(value: object, missing: str) -> str:
    return missing if value is None or pd.isna(value) else str(value)


def _runs_label(value: object, lang: str = DEFAULT) -> str:
    if value is None or pd.isna(value):
        return text("runs not stated", lang)
    return text("1 run", lang) if int(value) == 1 else text("average of {n} runs", lang, n=int(value))


def _reporter(value: object, lang: str = DEFAULT) -> str:
    return text({"vendor": N_("the vendor"), "third_party": N_("a third party")}.get(str(value), N_("unknown")), lang)


def rank_flips(cells: pd.DataFrame, a: str, b: str, lang: str = DEFAULT) -> pd.DataFrame:
    """Per named harness where model `a` or `b` has a value: both values, a − b, who leads, and caveats.

    Where only one model has a value under a harness and the other has a value whose harness is not
    stated, that value stands in, marked not comparable (it is how vendor charts often compare)."""
    rows = []
    by_model = {key: cells[cells["model_key"] == key].set_index("harness") for key in (a, b)}
    harnesses = sorted((set(by_model[a].index) | set(by_model[b].index)) - {NOT_STATED})
    names = pd.concat([by_model[a]["harness_name"], by_model[b]["harness_name"]]).groupby(level=0).first()
    for harness in harnesses:
        pair = [by_model[key].loc[harness] if harness in by_model[key].index else None for key in (a, b)]
        caveats: list[str] = []
        comparable = True
        for side, key in enumerate((a, b)):
            if pair[side] is None and NOT_STATED in by_model[key].index and pair[1 - side] is not None:
                pair[side] = by_model[key].loc[NOT_STATED]
                caveats.append(text("{side}: value with no stated harness", lang, side="AB"[side]))
                comparable = False
        if pair[0] is None or pair[1] is None:
            a_value = pair[0]["value"] if pair[0] is not None else None
            b_value = pair[1]["value"] if pair[1] is not None else None
            rows.append([harness, names[harness], a_value, b_value, None, None, False, text("only one model has a value", lang)])
            continue
        caveats += _caveats(pair[0], pair[1], lang)
        difference = float(pair[0]["value"]) - float(pair[1]["value"])
        leader = "tie" if abs(difference) < 1e-9 else ("A" if difference > 0 else "B")
        rows.append([harness, names[harness], pair[0]["value"], pair[1]["value"], difference, leader, comparable, "; ".join(caveats)])
    return pd.DataFrame(rows, columns=FLIP_COLUMNS)


@dataclass(frozen=True)
class FlipSummary:
    """Where A leads and where B leads, counting only comparisons that are like for like or flagged."""

    a_ahead: list[str]
    b_ahead: list[str]
    ties: list[str]
    flips: bool  # A leads somewhere and B leads somewhere

    def sentence(self, a_name: str, b_name: str, lang: str = DEFAULT) -> str:
        if not (self.a_ahead or self.b_ahead or self.ties):
            return text("{a} and {b} share no harness.", lang, a=a_name, b=b_name)
        parts = []
        if self.a_ahead:
            parts.append(text("ahead of {b} under {harnesses}", lang, b=b_name, harnesses=", ".join(self.a_ahead)))
        if self.b_ahead:
            parts.append(text("behind under {harnesses}", lang, harnesses=", ".join(self.b_ahead)))
        if self.ties:
            parts.append(text("level under {harnesses}", lang, harnesses=", ".join(self.ties)))
        return text("The ranking flips with the harness: {a} is {parts}." if self.flips else "No flip: {a} is {parts}.", lang,
                    a=a_name, parts="; ".join(parts))


def summarise_flips(flips: pd.DataFrame) -> FlipSummary:
    """Harness names where A leads, where B leads, and ties; a value with no stated harness is marked *."""
    compared = flips[flips["leader"].notna()]

    def names(leader: str) -> list[str]:
        chosen = compared[compared["leader"] == leader]
        return [name + ("" if ok else "*") for name, ok in zip(chosen["harness_name"], chosen["comparable"])]

    a_ahead, b_ahead = names("A"), names("B")
    return FlipSummary(a_ahead, b_ahead, names("tie"), bool(a_ahead and b_ahead))


def comparability_warnings(cells: pd.DataFrame, lang: str = DEFAULT) -> list[str]:
    """What differs between the values shown together: scaffold versions within a harness, splits, runs,
    attempts, reporters, and values with no stated harness."""
    if cells.empty:
        return []
    warnings = []
    named = cells[cells["harness"] != NOT_STATED]
    for harness_name, group in named.groupby("harness_name"):
        versions = sorted({str(v) for v in group["version"].dropna()})
        if len(versions) > 1:
            warnings.append(text("{harness}: scaffold versions differ between models ({versions}).", lang, harness=harness_name,
                                 versions=", ".join(versions)))
    splits = sorted(set(cells["split"].dropna()))
    if len(splits) > 1:
        warnings.append(text("Values come from different splits or leaderboards: {splits}.", lang, splits="; ".join(splits)))
    runs = sorted({_runs_label(v, lang) for v in cells["runs"]})
    if len(runs) > 1:
        warnings.append(text("Run counts differ: {runs}.", lang, runs=", ".join(runs)))
    attempts = sorted({_label(v, text("not stated", lang)) for v in cells["attempts"]})
    if len(attempts) > 1:
        warnings.append(text("Attempts per task differ (more attempts can raise a score): {attempts}.", lang, attempts=", ".join(attempts)))
    if cells["reported_by"].nunique() > 1:
        warnings.append(text("Vendor-reported and third-party values are mixed.", lang))
    unstated = int((cells["harness"] == NOT_STATED).sum())
    if unstated:
        warnings.append(text("{count} value(s) have no stated harness; they are shown apart and left out of the spread.", lang,
                             count=unstated))
    return warnings


def with_min_harnesses(cells: pd.DataFrame, min_harnesses: int) -> pd.DataFrame:
    """The cells of models that have values under at least `min_harnesses` named harnesses, and always the
    user's own uploaded ("yours") models, so an upload is never hidden by the threshold."""
    named = cells[cells["harness"] != NOT_STATED].groupby("model_key")["harness"].nunique()
    yours = cells.loc[cells["dataset"] == YOURS, "model_key"] if "dataset" in cells else ()
    keep = set(named[named >= min_harnesses].index) | set(yours)
    return cells[cells["model_key"].isin(keep)]


def licences(cells: pd.DataFrame) -> pd.Series:
    """Per model key: the datasets its values come from, each with its licence ("name (licence)")."""
    labelled = cells["dataset_name"] + " (" + cells["licence"] + ")"
    return labelled.groupby(cells["model_key"]).agg(lambda values: "; ".join(sorted(set(values))))


MATRIX_COLUMNS = (N_("Model"), N_("Weights"), N_("Sources (licence)"))  # the matrix's own columns, besides one per harness


def matrix(cells: pd.DataFrame) -> pd.DataFrame:
    """Models as rows, harnesses as columns (most-shared harness first, "harness not stated" last), and the
    sources with their licences; a missing value stays missing, never 0."""
    if cells.empty:
        return pd.DataFrame(columns=["Model", "Weights", "Sources (licence)"])
    order = (
        cells.assign(_unstated=cells["harness"] == NOT_STATED)
        .groupby("harness_name")
        .agg(models=("model_key", "nunique"), unstated=("_unstated", "max"))
        .sort_values(["unstated", "models"], ascending=[True, False], kind="stable")
        .index.tolist()
    )
    wide = cells.pivot_table(index=["model_key", "model_name", "weights"], columns="harness_name", values="value", aggfunc="first")
    wide = wide.reindex(columns=order).reset_index()
    wide["Sources (licence)"] = wide["model_key"].map(licences(cells))
    wide = wide.drop(columns="model_key").rename(columns={"model_name": "Model", "weights": "Weights"})
    wide.columns.name = None
    return wide.sort_values("Model", key=lambda names: names.str.lower(), kind="stable").reset_index(drop=True)


def model_labels(cells: pd.DataFrame) -> dict[str, str]:
    """A unique label per model key (its name; with the weights class where two models share a name)."""
    models = cells.drop_duplicates("model_key")
    duplicated = models["model_name"].duplicated(keep=False)
    labels = models["model_name"].where(~duplicated, models["model_name"] + " (" + models["weights"] + ")")
    return dict(sorted(zip(models["model_key"], labels), key=lambda item: item[1].lower()))


def version_warnings(runs: pd.DataFrame, lang: str = DEFAULT) -> list[str]:
    """Scaffold versions that differ between runs of one harness (per-instance comparisons)."""
    warnings = []
    for harness_name, group in runs.groupby("harness_name"):
        versions = sorted({str(v) for v in group["scaffold_version"].dropna()}, key=_version_key)
        if len(versions) > 1:
            warnings.append(text("{harness} versions differ between the selected runs: {versions}.", lang, harness=harness_name,
                                 versions=", ".join(versions)))
    return warnings


def comparison_scaffold(runs: pd.DataFrame) -> str | None:
    """The harness whose per-instance runs are compared at first (`harness_name` of `db.instances.instance_runs`):
    the one with the most runs among those with both an open-weight and a proprietary run, else the one with the
    most runs (ties: by name). Runs under different scaffolds are not like for like, instance by instance."""
    if runs.empty:
        return None
    sizes = runs.groupby("harness_name").size()
    both = runs.groupby("harness_name")["weights"].agg(lambda weights: set(WEIGHTS) <= set(weights))
    return min(sizes.index, key=lambda name: (not both[name], -sizes[name], name))


def _version_key(version: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in version.split("."))


def run_labels(runs: pd.DataFrame) -> dict[str, str]:
    """A unique, readable label per run: model · harness version (run id where that is not unique)."""
    base = runs["model_name"] + " · " + runs["harness_name"] + runs["scaffold_version"].map(lambda v: f" {v}" if pd.notna(v) else "")
    duplicated = base.duplicated(keep=False)
    labels = base.where(~duplicated, base + " (" + runs["run"] + ")")
    return dict(zip(runs["run"], labels))
