"""The open-vs-proprietary gap: per benchmark today, head to head between two models, and over time.

Pure functions on query results (long score rows, see `db.scores.benchmark_scores`). Scores are only
compared under comparable conditions: the same stated harness, or side by side in one source (one
table or chart, where the publisher ran or quoted the models under its own setup). Missing values are
left out and reported by the caller, never treated as 0.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from gapboard.core.headline import (
    benchmark_cells,
    headline_values,
    per_harness,
    with_harness_key,
)
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import (
    ANY_HARNESS,
    DAYS_PER_MONTH,
    NOT_STATED,
    NOT_STATED_LABEL,
    WEIGHTS,
)

SOURCE_COLUMNS = ("model_name", "reported_by", "as_of", "source_url", "source_note")
GAP_RULE = N_(
    "Gap = best proprietary score − best open score under the same harness (positive: proprietary ahead). "
    "The main setting of a benchmark is the stated harness with the most models of both kinds."
)
MONTHS_BEHIND_RULE = N_(
    "Each line is the best score reached by any model of that kind released on or before each date. "
    "Months behind = time from the day the proprietary frontier first reached the open frontier's current best "
    "to the day the open frontier reached it."
)


def _best(frame: pd.DataFrame, higher_is_better: bool) -> pd.DataFrame:
    """The rows holding the best value (several when tied)."""
    target = frame["value"].max() if higher_is_better else frame["value"].min()
    return frame[frame["value"] == target]


def _ahead(difference: float, higher_is_better: bool) -> float:
    """A difference signed so that positive means the first value is better."""
    return difference if higher_is_better else -difference


def harness_label(key: str, name: object, lang: str = DEFAULT) -> str:
    return text(NOT_STATED_LABEL, lang) if key == NOT_STATED else str(name if isinstance(name, str) and name else key)


# --- per benchmark, today ------------------------------------------------------------------------


def class_gaps(scores: pd.DataFrame, higher_is_better: Mapping[str, bool], lang: str = DEFAULT) -> pd.DataFrame:
    """Best open vs best proprietary model per benchmark and harness, where both kinds have a value.

    One row per (benchmark, harness_key) with `open_value`, `open_models` (tied holders joined by " = "),
    `proprietary_value`, `proprietary_models`, `gap` (positive: proprietary ahead), `models` (how many
    models were compared), `stated` (the harness is named) and `main` (the benchmark's main setting:
    stated before not stated, then most models, then harness id); `open_source_url` etc. give the
    provenance of each best value (the first holder by name when tied).
    """
    columns = [
        "benchmark", "harness_key", "harness", "gap", "models", "stated", "main",
        *[f"{w}_{c}" for w in WEIGHTS for c in ("value", "models", *SOURCE_COLUMNS)],
    ]
    cells = per_harness(scores)
    rows = []
    for (benchmark, key), group in cells.groupby(["benchmark", "harness_key"], sort=True):
        better = bool(higher_is_better.get(benchmark, True))
        by_class = {w: group[group["weights"] == w] for w in WEIGHTS}
        if any(part.empty for part in by_class.values()):
            continue
        best = {w: _best(part, better) for w, part in by_class.items()}
        open_value, proprietary_value = (float(best[w]["value"].iloc[0]) for w in WEIGHTS)
        record = {
            "benchmark": benchmark,
            "harness_key": key,
            "harness": harness_label(key, group["harness_name"].iloc[0], lang),
            "gap": round(_ahead(proprietary_value - open_value, better), 6),
            "models": int(group["model"].nunique()),
            "stated": key != NOT_STATED,
        }
        for weights in WEIGHTS:
            holder = best[weights].sort_values("model_name").iloc[0]
            record |= {
                f"{weights}_value": float(holder["value"]),
                f"{weights}_models": " = ".join(sorted(best[weights]["model_name"])),
                **{f"{weights}_{c}": holder[c] for c in SOURCE_COLUMNS},
            }
        rows.append(record)
    gaps = pd.DataFrame(rows, columns=columns)
    if gaps.empty:
        return gaps.astype({"main": "bool", "stated": "bool"})
    gaps = gaps.sort_values(["benchmark", "stated", "models", "harness_key"], ascending=[True, False, False, True])
    gaps["main"] = ~gaps.duplicated("benchmark")
    return gaps.reset_index(drop=True)


def dots(gaps: pd.DataFrame, label: pd.Series) -> pd.DataFrame:
    """`class_gaps` rows as a long frame for a dot chart: one row per (setting, kind) with its best model."""
    rows = [
        {"setting": text, "weights": weights, "value": row[f"{weights}_value"], "model_name": row[f"{weights}_models"]}
        for text, (_, row) in zip(label, gaps.iterrows())
        for weights in WEIGHTS
    ]
    return pd.DataFrame(rows, columns=["setting", "weights", "value", "model_name"])


# --- two models, head to head --------------------------------------------------------------------


def source_label(url: str) -> str:
    """A short name for a source document: `MiniMax-M2.5 bench_1.png`, `openai.com introducing-gpt-5…`."""
    github = re.match(r"^https?://(?:raw\.)?github(?:usercontent)?\.com/[^/]+/([^/]+)/(?:.*/)?([^/]+)$", url)
    if github:
        return f"{github.group(1)} {github.group(2)}"
    parts = re.sub(r"^https?://(www\.)?", "", url).rstrip("/").split("/")
    return parts[0] if len(parts) == 1 else f"{parts[0]} {parts[-1]}"


H2H_COLUMNS = ("model", "value", "harness_key", "weights", *SOURCE_COLUMNS)


def head_to_head(
    scores: pd.DataFrame,
    subject: str,
    comparator: str | None = None,
    harness: str | None = None,
    higher_is_better: bool = True,
    lang: str = DEFAULT,
) -> pd.DataFrame:
    """`subject` against `comparator` (or, if None, the best other model) in every comparable setting.

    `scores` holds the rows of one benchmark. Two values are comparable when both name the same harness,
    or when they were published side by side in one source (same source URL) and at least one of them
    does not name its harness. `harness` restricts the subject's rows to one harness. In each setting
    each model's value is its headline value there. One row per setting: `setting`, `short` (a chart
    label), `harness_key`, `subject_*` and `comparator_*` columns (H2H_COLUMNS), `difference`
    (subject − comparator, positive: subject better) and `subject_ahead`.
    """
    rows = with_harness_key(scores)
    # Headline values computed once: per (model, harness) and per (model, source, harness), best first.
    by_harness = headline_values(rows, ("model", "harness_key"))
    by_source = headline_values(rows, ("model", "source_url", "harness_key"))

    def sides(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        mine = frame[frame["model"] == subject]
        if harness is not None:
            mine = mine[mine["harness_key"] == harness]
        return mine, frame[frame["model"] == comparator] if comparator else frame[frame["model"] != subject]

    settings: list[tuple[str, str, str, pd.Series, pd.DataFrame]] = []  # label, short label, harness, a, b
    mine, theirs = sides(by_harness)
    for _, a in mine[mine["harness_key"] != NOT_STATED].sort_values("harness_key").iterrows():
        b = theirs[theirs["harness_key"] == a["harness_key"]]
        if not b.empty:
            name = harness_label(a["harness_key"], a["harness_name"], lang)
            settings.append((name, name, a["harness_key"], a, b))
    mine, theirs = sides(by_source)
    for _, a in mine.sort_values(["source_url", "harness_key"]).iterrows():
        b = theirs[theirs["source_url"] == a["source_url"]]
        if a["harness_key"] != NOT_STATED:
            b = b[b["harness_key"] == NOT_STATED]
        b = b.drop_duplicates("model")  # rows are best first, so this keeps each model's headline
        if not b.empty:
            name = harness_label(a["harness_key"], a["harness_name"], lang)
            document = a["source_url"].rstrip("/").rsplit("/", 1)[-1]
            label = text("{harness} · side by side in {source}", lang, harness=name, source=source_label(a["source_url"]))
            settings.append((label, f"{name} ({document})", a["harness_key"], a, b))
    out = []
    for label, short, key, a_row, b in settings:
        b_best = _best(b, higher_is_better).sort_values("model_name").iloc[0]
        difference = round(_ahead(float(a_row["value"]) - float(b_best["value"]), higher_is_better), 6)
        record = {"setting": label, "short": short, "harness_key": key, "difference": difference, "subject_ahead": difference > 0}
        for prefix, row in (("subject", a_row), ("comparator", b_best)):
            for column in H2H_COLUMNS:
                record[f"{prefix}_{column}"] = row[column]
        out.append(record)
    columns = ["setting", "short", "harness_key", "difference", "subject_ahead"] + [
        f"{p}_{c}" for p in ("subject", "comparator") for c in H2H_COLUMNS
    ]
    return pd.DataFrame(out, columns=columns)


# --- over time -----------------------------------------------------------------------------------

def frontier_points(rows: pd.DataFrame, harness: str | None, higher_is_better: bool = True) -> tuple[pd.DataFrame, str | None]:
    """One value per model on one benchmark for the frontier, and the harness key used.

    `harness` None: the benchmark's main setting (see `class_gaps`); ANY_HARNESS: every model's table cell
    whatever its harness (not comparable); otherwise that harness only.
    """
    if harness == ANY_HARNESS:
        return benchmark_cells(rows), ANY_HARNESS
    if harness is None:
        benchmark = rows["benchmark"].iloc[0] if not rows.empty else None
        gaps = class_gaps(rows, {benchmark: higher_is_better})
        harness = gaps.loc[gaps["main"], "harness_key"].iloc[0] if not gaps.empty else None
    cells = per_harness(rows)
    return cells[cells["harness_key"] == harness], harness


def undated(points: pd.DataFrame) -> list[str]:
    """Names of the models a frontier leaves out because they have no release date."""
    return sorted(points.loc[points["release_date"].isna(), "model_name"].unique())


def frontier(points: pd.DataFrame, higher_is_better: bool = True) -> pd.DataFrame:
    """The steps of each kind's frontier: the dates on which a release set a new best score.

    `points` has one value per model (model, model_name, weights, release_date, value). Models without a
    release date are left out (see `undated`). On the same date the best of that day counts once.
    Returns weights, release_date, value, model_name (the holder of the new best), sorted by date.
    """
    dated = points.dropna(subset=["release_date", "value"]).copy()
    dated["release_date"] = pd.to_datetime(dated["release_date"])
    steps = []
    for weights, group in dated.groupby("weights", sort=True):
        best = None
        ordered = group.sort_values(["release_date", "value", "model_name"], ascending=[True, not higher_is_better, True])
        for _, row in ordered.iterrows():
            value = float(row["value"])
            if best is None or _ahead(value - best, higher_is_better) > 0:
                best = value
                steps.append({"weights": weights, "release_date": row["release_date"], "value": value, "model_name": row["model_name"]})
    frame = pd.DataFrame(steps, columns=["weights", "release_date", "value", "model_name"])
    return frame.sort_values(["release_date", "weights"]).reset_index(drop=True)


def frontier_lines(steps: pd.DataFrame, end: dt.date | pd.Timestamp | None = None) -> pd.DataFrame:
    """Both frontiers evaluated on every step date (carried forward), up to `end`, for step lines and shading.

    Columns: release_date, open, proprietary (NaN before a kind's first step), low/high (the band
    between the two where both exist).
    """
    if steps.empty:
        return pd.DataFrame(columns=["release_date", *WEIGHTS, "low", "high"])
    wide = steps.pivot_table(index="release_date", columns="weights", values="value", aggfunc="last")
    wide = wide.reindex(columns=list(WEIGHTS))
    last = pd.Timestamp(end) if end is not None else wide.index.max()
    if last > wide.index.max():
        wide.loc[last] = float("nan")
    wide = wide.sort_index().ffill()
    wide["low"] = wide[list(WEIGHTS)].min(axis=1, skipna=False)
    wide["high"] = wide[list(WEIGHTS)].max(axis=1, skipna=False)
    wide.columns.name = None
    return wide.reset_index()


@dataclass(frozen=True)
class Lag:
    """How far the open frontier trails the proprietary one on a benchmark."""

    status: str  # "behind", "level", "ahead" or "incomplete"
    open_best: float | None = None
    open_model: str | None = None
    open_date: pd.Timestamp | None = None
    proprietary_date: pd.Timestamp | None = None
    proprietary_model: str | None = None
    proprietary_value: float | None = None
    months: float | None = None

    def headline(self, lang: str = DEFAULT) -> str:
        """The figure for a metric: "6.2 months", "level", "ahead" or "not enough data"."""
        if self.status == "behind":
            return text("{months:.1f} months", lang, months=self.months)
        return text({"level": N_("level"), "ahead": N_("ahead")}.get(self.status, N_("not enough data")), lang)

    def sentence(self, benchmark: str, lang: str = DEFAULT) -> str:
        """The figure in one plain sentence (dates as YYYY-MM-DD)."""
        if self.status == "incomplete":
            return text("{benchmark}: the frontier needs dated results of both open and proprietary models.", lang, benchmark=benchmark)
        reached = f"{self.open_best:g} ({self.open_model}, {self.open_date:%Y-%m-%d})"
        if self.status == "ahead":
            if self.proprietary_date is None:
                return text("The open frontier's best on {benchmark}, {reached}, has not been reached by any dated proprietary model.",
                            lang, benchmark=benchmark, reached=reached)
            return text(
                "The open frontier reached {reached} first; proprietary models got there {months:.1f} months later "
                "({model}, {date:%Y-%m-%d}).", lang,
                reached=reached, months=-self.months, model=self.proprietary_model, date=self.proprietary_date,
            )
        return text(
            "Proprietary models first reached the open frontier's best, {reached}, on {date:%Y-%m-%d} ({model}, {value:g}): "
            "{months:.1f} months earlier.", lang,
            reached=reached, date=self.proprietary_date, model=self.proprietary_model, value=self.proprietary_value, months=self.months,
        )


def months_behind(steps: pd.DataFrame, higher_is_better: bool = True) -> Lag:
    """How long before the open frontier's best date the proprietary frontier first reached that score."""
    opens, proprietary = (steps[steps["weights"] == w] for w in WEIGHTS)
    if opens.empty or proprietary.empty:
        return Lag("incomplete")
    latest = opens.iloc[-1]
    target = float(latest["value"])
    reached = proprietary[[_ahead(v - target, higher_is_better) >= 0 for v in proprietary["value"]]]
    base = {"open_best": target, "open_model": latest["model_name"], "open_date": pd.Timestamp(latest["release_date"])}
    if reached.empty:
        return Lag("ahead", **base)
    first = reached.iloc[0]
    months = round((base["open_date"] - pd.Timestamp(first["release_date"])).days / DAYS_PER_MONTH, 6)
    status = "behind" if months > 0 else "level" if months == 0 else "ahead"
    return Lag(
        status, **base, proprietary_date=pd.Timestamp(first["release_date"]), proprietary_model=first["model_name"],
        proprietary_value=float(first["value"]), months=months,
    )
