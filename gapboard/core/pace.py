"""Timeline and pace arithmetic: release dates with their precision, version-to-version changes, and
points per month per family over a window.

Pure functions on frames from `gapboard.db`; no Streamlit, no SQL. Conventions:

- A month-only release date (precision ``month``, stored as the 1st) is placed in the middle of its
  month on a time axis and labelled "Feb 2026 (month only)"; a model with no release date is left
  out of every time axis and said to be.
- A month is the mean Gregorian month, 365.2425 / 12 = 30.436875 days.
- "Points per month" is the least-squares slope of a family's values against release date, over the
  versions released inside the chosen window. It needs two versions with different dates.
- A family ("group") is named by a vendor or by a model family: a model belongs to a group when its
  vendor or its family has that name.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from gapboard.core import headline
from gapboard.core.i18n import DEFAULT, N_, medium_date, short_month_year, text
from gapboard.core.vocabulary import DAYS_PER_MONTH, DatePrecision

MONTH_ONLY = DatePrecision.MONTH.value
NO_DATE = N_("no sourced release date")
TOO_FEW = N_("fewer than two versions with different release dates in the window")


# --- dates ----------------------------------------------------------------------------------------


def _as_date(value: object) -> dt.date | None:
    if value is None or value is pd.NaT or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()


def plot_date(date: object, precision: object) -> pd.Timestamp:
    """Where a release date sits on a time axis: the day itself, or the middle of its month when only
    the month is known (NaT when there is no date)."""
    day = _as_date(date)
    if day is None:
        return pd.NaT
    if precision == MONTH_ONLY:
        days = calendar.monthrange(day.year, day.month)[1]
        return pd.Timestamp(day.replace(day=1)) + pd.Timedelta(days=days / 2)
    return pd.Timestamp(day)


def date_label(date: object, precision: object, lang: str = DEFAULT) -> str:
    """A release date as people read it, saying when only the month is known."""
    day = _as_date(date)
    if day is None:
        return text(NO_DATE, lang)
    if precision == MONTH_ONLY:
        return text("{month} (month only)", lang, month=short_month_year(day, lang))
    return medium_date(day, lang)


def with_positions(frame: pd.DataFrame, lang: str = DEFAULT) -> pd.DataFrame:
    """`frame` (with `release_date` and `release_date_precision`) plus where each row sits on a time axis:
    `x` (see `plot_date`), the span of dates it could be (`x_from`, `x_to`: the whole month for a
    month-only date) and its `date_label`."""
    pairs = list(zip(frame["release_date"], frame["release_date_precision"]))
    x = [plot_date(d, p) for d, p in pairs]
    x_from = [pd.Timestamp(d).replace(day=1) if p == MONTH_ONLY and not pd.isna(t) else t for (d, p), t in zip(pairs, x)]
    x_to = [f + pd.offsets.MonthBegin(1) if p == MONTH_ONLY and not pd.isna(f) else f for (_, p), f in zip(pairs, x_from)]
    return frame.assign(
        x=pd.to_datetime(pd.Series(x, index=frame.index, dtype="object")),
        x_from=pd.to_datetime(pd.Series(x_from, index=frame.index, dtype="object")),
        x_to=pd.to_datetime(pd.Series(x_to, index=frame.index, dtype="object")),
        date_label=[date_label(d, p, lang) for d, p in pairs],
    )


def months_between(start: object, end: object) -> float:
    """Signed months from `start` to `end` (mean Gregorian months, fractional)."""
    return (pd.Timestamp(end) - pd.Timestamp(start)) / pd.Timedelta(days=DAYS_PER_MONTH)


# --- families -------------------------------------------------------------------------------------


def group_members(frame: pd.DataFrame, groups: Sequence[str]) -> pd.DataFrame:
    """`frame` (with `family` and `vendor` columns) once per group its row belongs to, with a `group` column."""
    parts = [frame[(frame["family"] == g) | (frame["vendor"] == g)].assign(group=g) for g in groups]
    parts = [part for part in parts if not part.empty]
    if not parts:
        return frame.iloc[0:0].assign(group=pd.Series(dtype="object"))
    return pd.concat(parts, ignore_index=True)


# --- version-to-version changes -------------------------------------------------------------------


def with_changes(points: pd.DataFrame, by: str | list[str]) -> pd.DataFrame:
    """Each point's change from the previous point (in `x` order) of its `by` group.

    Adds `previous_version`, `previous_value`, `change`, `change_pct`, `months_since_previous`, and the
    middle of the segment from the previous point (`mid_x`, `mid_value`) where a label can sit.
    The first point of a group has no previous one: those columns stay missing.
    """
    ordered = points.sort_values([*([by] if isinstance(by, str) else by), "x", "version"], kind="stable")
    grouped = ordered.groupby(by, sort=False)
    previous_x = grouped["x"].shift()
    previous_value = grouped["value"].shift()
    changes = ordered.assign(
        previous_version=grouped["version"].shift(),
        previous_value=previous_value,
        change=ordered["value"] - previous_value,
        change_pct=(ordered["value"] - previous_value) / previous_value.abs() * 100,
        months_since_previous=(ordered["x"] - previous_x) / pd.Timedelta(days=DAYS_PER_MONTH),
        mid_x=previous_x + (ordered["x"] - previous_x) / 2,
        mid_value=(ordered["value"] + previous_value) / 2,
    )
    return changes.reset_index(drop=True)


# How a change is written per unit: (prefix, decimals, suffix); points-like units get no percentage.
CHANGE_FORMAT = {
    "percent": ("", 1, N_(" pts")), "win_rate": ("", 1, N_(" pts")), "index_points": ("", 1, N_(" pts")),
    "minutes": ("", 1, N_(" min")), "million_tokens": ("", 2, N_("M tokens")), "usd_per_task": ("$", 2, ""),
    "usd": ("$", 0, ""),
}
POINTS_LIKE = {"percent", "win_rate", "index_points"}


def _sign(number: float) -> str:
    return "+" if number > 0 else ("−" if number < 0 else "±")


def change_label(change: float, unit: str, change_pct: float | None = None, lang: str = DEFAULT) -> str | None:
    """A signed change as a chart label: "+6.2 pts", "−8.5 min (−27%)"; None for no change known."""
    if change is None or pd.isna(change):
        return None
    prefix, decimals, suffix = CHANGE_FORMAT.get(unit, ("", 1, ""))
    label = f"{_sign(change)}{prefix}{abs(change):.{decimals}f}{text(suffix, lang) if suffix else ''}"
    if unit not in POINTS_LIKE and change_pct is not None and not pd.isna(change_pct):
        label += f" ({_sign(change_pct)}{abs(change_pct):.0f}%)"
    return label


# --- the version timeline of one family -----------------------------------------------------------

UNIT_LABELS = {
    "percent": "%", "win_rate": N_("win rate %"), "minutes": N_("minutes"), "million_tokens": N_("million tokens"),
    "usd_per_task": N_("USD per task"), "usd": "USD", "elo": "Elo", "index_points": N_("index points"), "score": N_("score"),
}


def unit_label(unit: str, lang: str = DEFAULT) -> str:
    """How an axis or a panel names a unit ("%", "minutes"), in `lang`; an unknown unit as it is."""
    label = UNIT_LABELS.get(unit)
    return unit if label is None else text(label, lang) if label not in ("%", "USD", "Elo") else label


@dataclass(frozen=True)
class VersionTimeline:
    """One row per (version, metric) with the headline value, its change from the previous version and
    its source; what could not be placed on the time axis, and why."""

    points: pd.DataFrame
    left_out: dict[str, str] = field(default_factory=dict)


def version_timeline(
    versions: pd.DataFrame, scores: pd.DataFrame, benchmarks: dict[str, str], harness: str | None = None, lang: str = DEFAULT,
) -> VersionTimeline:
    """Headline value per version and metric (see `headline.HEADLINE_RULE`), in release order.

    `versions` come from `db.timeline.family_versions`, `scores` from `db.timeline.timeline_scores`; the score
    benchmarks (id → name) keep their order, per-task efficiency metrics follow. With a
    `harness`, scores measured under any other harness are not used (efficiency metrics are kept).
    A change between two versions whose values come from different harnesses is marked "≠ harness".
    """
    if harness is not None:
        scores = scores[(scores["kind"] != "score") | (scores["harness_name"] == harness)]
    dated = with_positions(versions, lang)
    left_out = {name: text(NO_DATE, lang) for name in dated.loc[dated["x"].isna(), "name"]}
    dated = dated[dated["x"].notna()]
    scores = scores[scores["model"].isin(dated["id"])]
    headlines = headline.headline_values(scores)
    headlines = headlines.merge(_other_values(scores, lang), on=["model", "benchmark"], how="left")
    merged = headlines.merge(
        dated[["id", "name", "weights", "release_date", "release_date_precision", "x", "x_from", "x_to", "date_label"]]
        .rename(columns={"id": "model", "name": "version"}),
        on="model",
    )
    metric_order = {b: i for i, b in enumerate(benchmarks)}
    merged = merged.assign(_order=[metric_order.get(b, len(metric_order)) for b in merged["benchmark"]])
    points = with_changes(merged, "benchmark")
    previous_harness = points.groupby("benchmark", sort=False)["harness_name"].shift()
    points["harness_changed"] = previous_harness.notna() & (previous_harness != points["harness_name"])
    points["change_label"] = [
        None if label is None else label + (text(" ≠ harness", lang) if changed else "")
        for label, changed in zip(
            (change_label(c, u, p, lang) for c, u, p in zip(points["change"], points["unit"], points["change_pct"])),
            points["harness_changed"],
        )
    ]
    points["panel"] = points["benchmark_name"] + " (" + points["unit"].map(lambda u: unit_label(u, lang)) + ")"
    points = points.sort_values(["_order", "benchmark_name", "x"], kind="stable").drop(columns="_order")
    missing = _missing_scores(dated, points, benchmarks, harness, lang)
    return VersionTimeline(points.reset_index(drop=True), left_out | missing)


SOURCE_FORMS = {"text": N_("text"), "chart": N_("chart"), "derived": N_("derived"), "estimated": N_("estimated")}


def _other_values(scores: pd.DataFrame, lang: str = DEFAULT) -> pd.DataFrame:
    """Per (model, benchmark), every reported value in text, e.g. "49.4 (text, 2025-12-23); 47.2 (chart, …)"."""
    def describe(rows: pd.DataFrame) -> str | None:
        if rows["value"].nunique() < 2:
            return None
        return "; ".join(
            f"{v:g} ({h}, {text(SOURCE_FORMS[f], lang) if f in SOURCE_FORMS else f}, {pd.Timestamp(a):%Y-%m-%d})"
            for v, h, f, a in zip(rows["value"], rows["harness_name"], rows["source_form"], rows["as_of"])
        )

    described = [(m, b, describe(rows)) for (m, b), rows in scores.groupby(["model", "benchmark"], sort=False)]
    return pd.DataFrame(described, columns=["model", "benchmark", "all_values"])


def _missing_scores(
    dated: pd.DataFrame, points: pd.DataFrame, benchmarks: dict[str, str], harness: str | None, lang: str = DEFAULT,
) -> dict[str, str]:
    """Versions lacking some chosen benchmarks, and benchmarks no version has a value on."""
    reported = set(points["benchmark"])
    none = (text("no version has a value under {harness}", lang, harness=harness) if harness
            else text("no version has a value", lang))
    missing = {name: none for b, name in benchmarks.items() if b not in reported}
    have = set(zip(points["model"], points["benchmark"]))
    for model, name in zip(dated["id"], dated["name"]):
        lacking = [benchmarks[b] for b in benchmarks if b in reported and (model, b) not in have]
        if lacking:
            missing[name] = (text("no reported value on {benchmarks} under {harness}", lang, benchmarks=", ".join(lacking), harness=harness)
                             if harness else text("no reported value on {benchmarks}", lang, benchmarks=", ".join(lacking)))
    return missing


def rereported(scores: pd.DataFrame) -> pd.DataFrame:
    """Rows where one model's value on one benchmark under one harness differs between sources.

    E.g. a version's score printed in its own README and re-reported differently in a later release's
    charts. Every row of such a (model, benchmark, harness) is kept, oldest source first.
    """
    if scores.empty:
        return scores
    keyed = scores.assign(_harness=scores["harness_name"].fillna("not stated"))
    distinct = keyed.groupby(["model", "benchmark", "_harness"])["value"].transform("nunique")
    found = keyed[distinct > 1].sort_values(["model_name", "benchmark_name", "_harness", "as_of", "value"])
    return found.drop(columns="_harness").reset_index(drop=True)


# --- price per version ----------------------------------------------------------------------------

PRICE_RULE = N_(
    "Price per version: the lowest listed output price in USD; where several lists give it, the input "
    "price most of them agree on, then the newest list. Every list entry is in the table below."
)


def headline_prices(prices: pd.DataFrame) -> pd.DataFrame:
    """One price row per model by PRICE_RULE, with how many list entries exist and the fastest stated tokens/s."""
    columns = ["model", "input_usd_per_mtok", "output_usd_per_mtok", "tier", "price_list", "price_as_of",
               "price_source_url", "price_entries", "output_range", "tokens_per_second", "tokens_per_second_tier"]
    rows = []
    for model, entries in prices.groupby("model", sort=True):
        priced = entries[entries["output_usd_per_mtok"].notna()]
        row = {"model": model, "price_entries": len(entries)}
        if not priced.empty:
            cheapest = priced[priced["output_usd_per_mtok"] == priced["output_usd_per_mtok"].min()]
            agreement = cheapest.groupby("input_usd_per_mtok", dropna=False)["input_usd_per_mtok"].transform("size")
            chosen = cheapest.assign(_agree=agreement.fillna(0)).sort_values(
                ["_agree", "as_of"], ascending=[False, False], kind="stable"
            ).iloc[0]
            low, high = priced["output_usd_per_mtok"].min(), priced["output_usd_per_mtok"].max()
            row |= {
                "input_usd_per_mtok": chosen["input_usd_per_mtok"],
                "output_usd_per_mtok": chosen["output_usd_per_mtok"],
                "tier": chosen["tier"],
                "price_list": chosen["price_list"],
                "price_as_of": chosen["as_of"],
                "price_source_url": chosen["source_url"],
                "output_range": f"{low:g}" if low == high else f"{low:g}–{high:g}",
            }
        fast = entries[entries["tokens_per_second"].notna()]
        if not fast.empty:
            fastest = fast.sort_values("tokens_per_second", ascending=False, kind="stable").iloc[0]
            row |= {"tokens_per_second": fastest["tokens_per_second"], "tokens_per_second_tier": fastest["tier"]}
        rows.append(row)
    return pd.DataFrame(rows, columns=columns)


# --- pace across families -------------------------------------------------------------------------


@dataclass(frozen=True)
class PacePoints:
    """One row per (family, model): the model's headline value and where it sits on the time axis."""

    points: pd.DataFrame
    left_out: dict[str, str] = field(default_factory=dict)


def pace_points(scores: pd.DataFrame, groups: Sequence[str], harness: str | None = None, lang: str = DEFAULT) -> PacePoints:
    """The headline value of every model of the chosen families, optionally under one harness only.

    `scores` come from `db.timeline.pace_scores`. A model without a release date is left out, and so is
    a chosen family with no value at all.
    """
    if harness is not None:
        scores = scores[scores["harness_name"] == harness]
    members = group_members(scores, groups)
    none = text("no value on this benchmark under {harness}", lang, harness=harness) if harness else text("no value on this benchmark", lang)
    left_out = {g: none for g in groups if g not in set(members["group"])}
    if members.empty:
        return PacePoints(_empty_pace(), left_out)
    headlines = headline.headline_values(scores[scores["model"].isin(members["model"])])
    headlines = with_positions(headlines, lang)
    left_out |= {name: text(NO_DATE, lang) for name in headlines.loc[headlines["x"].isna(), "model_name"]}
    points = group_members(headlines[headlines["x"].notna()], groups).rename(columns={"model_name": "version"})
    for g in groups:
        if g not in set(points["group"]) and g not in left_out:
            left_out[g] = text("no dated version with a value", lang)
    return PacePoints(points.sort_values(["group", "x"], kind="stable").reset_index(drop=True), left_out)


def _empty_pace() -> pd.DataFrame:
    return pd.DataFrame(columns=["group", "model", "version", "weights", "x", "x_from", "x_to", "date_label", "release_date_precision",
                                 "value", "harness_name", "reported_by", "as_of", "source_url"])


def in_window(points: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """The points whose `x` falls on a day from `start` to `end`, both included."""
    if points.empty:
        return points
    x = pd.to_datetime(points["x"])
    return points[(x >= pd.Timestamp(start)) & (x < pd.Timestamp(end) + pd.Timedelta(days=1))]


def slope_per_month(x: Sequence[object], values: Sequence[float]) -> float:
    """Least-squares slope of `values` against dates `x`, in value units per month; NaN if undefined."""
    months = np.array([months_between(x[0], day) for day in x], dtype=float)
    y = np.asarray(values, dtype=float)
    if len(months) < 2 or np.ptp(months) == 0:
        return float("nan")
    centred = months - months.mean()
    return float((centred * (y - y.mean())).sum() / (centred**2).sum())


def pace(points: pd.DataFrame, groups: Sequence[str], start: dt.date, end: dt.date, lang: str = DEFAULT) -> pd.DataFrame:
    """Per family: versions in the window, first and last, change, and points per month (see module doc).

    Also the fitted line's values at the first and last release in the window, so a chart can draw
    exactly the slope the table states.
    """
    window = in_window(points, start, end)
    rows = []
    for group in groups:
        member = window[window["group"] == group].sort_values("x", kind="stable")
        row = {"group": group, "versions": len(member)}
        if not member.empty:
            first, last = member.iloc[0], member.iloc[-1]
            slope = slope_per_month(list(member["x"]), list(member["value"]))
            months = np.array([months_between(first["x"], day) for day in member["x"]])
            centre = float(np.asarray(member["value"], dtype=float).mean()) - (
                slope * months.mean() if not np.isnan(slope) else 0.0
            )
            row |= {
                "weights": "/".join(sorted(set(member["weights"].dropna()))) or None,
                "first_version": first["version"],
                "last_version": last["version"],
                "first_x": first["x"],
                "last_x": last["x"],
                "span_months": months_between(first["x"], last["x"]),
                "change": float(last["value"] - first["value"]),
                "points_per_month": slope,
                "fit_first": centre if not np.isnan(slope) else np.nan,
                "fit_last": centre + slope * months[-1] if not np.isnan(slope) else np.nan,
            }
        row["note"] = text(TOO_FEW, lang) if np.isnan(row.get("points_per_month", np.nan)) else None
        rows.append(row)
    columns = ["group", "weights", "versions", "first_version", "last_version", "first_x", "last_x", "span_months",
               "change", "points_per_month", "fit_first", "fit_last", "note"]
    return pd.DataFrame(rows, columns=columns)


def trend_lines(paces: pd.DataFrame) -> pd.DataFrame:
    """Two points per family with a slope: the fitted line from its first to its last release in the window."""
    fitted = paces[paces["points_per_month"].notna()]
    first = fitted[["group", "first_x", "fit_first"]].rename(columns={"first_x": "x", "fit_first": "value"})
    last = fitted[["group", "last_x", "fit_last"]].rename(columns={"last_x": "x", "fit_last": "value"})
    return pd.concat([first, last], ignore_index=True).sort_values(["group", "x"], kind="stable")


# --- LMArena history ------------------------------------------------------------------------------


def arena_frontier(history: pd.DataFrame, groups: Sequence[str]) -> pd.DataFrame:
    """Per family and snapshot: the best overall Arena score among its models and which model holds it.

    `leader_changed` marks the snapshots where a different model took the lead (where a chart puts
    the model's name). Shaped like pace points (`group`, `x`, `value`, `version`) so `pace` applies.
    """
    members = group_members(history, groups)
    if members.empty:
        return pd.DataFrame(columns=["group", "x", "value", "version", "weights", "leader_changed"])
    best = (
        members.sort_values(["group", "snapshot", "score", "name"], ascending=[True, True, False, True], kind="stable")
        .groupby(["group", "snapshot"], sort=False)
        .head(1)
    )
    frontier = best.rename(columns={"snapshot": "x", "score": "value", "name": "version"})[
        ["group", "x", "value", "version", "weights"]
    ].assign(x=lambda f: pd.to_datetime(f["x"]))
    frontier["leader_changed"] = frontier["version"] != frontier.groupby("group")["version"].shift()
    return frontier.reset_index(drop=True)


def default_harness(scores: pd.DataFrame) -> str | None:
    """The harness under which the most dated models have a third-party value: the fairest common ground
    for comparing families (None when no harness is shared by two models)."""
    independent = scores[(scores["reported_by"] == "third_party") & scores["harness"].notna() & scores["release_date"].notna()]
    counts = independent.groupby("harness_name")["model"].nunique().sort_values(ascending=False, kind="stable")
    return counts.index[0] if not counts.empty and counts.iloc[0] >= 2 else None


def outside_window(points: pd.DataFrame, start: dt.date, end: dt.date, lang: str = DEFAULT) -> dict[str, str]:
    """Versions with a value that the window leaves out, by name."""
    if points.empty:
        return {}
    inside = set(in_window(points, start, end)["version"])
    return {v: text("released outside the window", lang) for v in points["version"] if v not in inside}


def absent(groups: Sequence[str], frame: pd.DataFrame, reason: str) -> dict[str, str]:
    """The chosen families that have no row in `frame` (which has a `group` column)."""
    present = set(frame["group"]) if not frame.empty else set()
    return {g: reason for g in groups if g not in present}


def _verdicts(then: str, now: str, lang: str = DEFAULT) -> str:
    """A claim's verdict on its day and today, said once when they agree (verdicts as `claims.VERDICTS` name them)."""
    if then == now:
        return text(now, lang)
    return text("{then} on its date, {now} today", lang, then=text(then, lang), now=text(now, lang))


def version_facts(versions: pd.DataFrame, prices: pd.DataFrame, claims: pd.DataFrame, lang: str = DEFAULT) -> pd.DataFrame:
    """One row per version: release, size, headline price (see PRICE_RULE), speed, downloads and the
    published claims about it with their verdicts. `versions` need `with_positions` applied."""
    checked = {
        model: "; ".join(
            f"{c} ({by}): {_verdicts(then, now, lang)}"
            for c, by, then, now in zip(rows["claim"], rows["claimed_by"], rows["verdict_then"], rows["verdict"])
        )
        for model, rows in claims.groupby("model", sort=False)
    }
    facts = versions.merge(prices, left_on="id", right_on="model", how="left")
    facts = facts.assign(version=facts["name"], claims=facts["id"].map(checked))
    return facts[[
        "version", "date_label", "weights", "total_params_b", "active_params_b", "input_usd_per_mtok", "output_usd_per_mtok",
        "tier", "price_list", "output_range", "price_entries", "tokens_per_second", "tokens_per_second_tier",
        "hf_downloads_last_month", "hf_downloads_as_of", "claims", "price_source_url", "source_url",
    ]]


def last_per_group(points: pd.DataFrame) -> pd.DataFrame:
    """Each family's latest point (where a chart writes the family's current leader)."""
    if points.empty:
        return points
    return points.sort_values(["group", "x"], kind="stable").groupby("group", sort=False).tail(1)


def time_domain(points: pd.DataFrame, pad_days: int = 20) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The date range a time axis needs to show every point's whole span, with some room at both ends."""
    if points.empty:
        return None
    pad = pd.Timedelta(days=pad_days)
    return pd.to_datetime(points["x_from"]).min() - pad, pd.to_datetime(points["x_to"]).max() + pad


PER_MONTH = N_("points per month")


def compare_paces(paces: dict[str, pd.DataFrame], lang: str = DEFAULT) -> pd.DataFrame:
    """Several views' pace tables (from `pace`) side by side, one row per family: per view its points per
    month, how many versions it rests on, and which (columns prefixed by the view's name, named in `lang`)."""
    merged = None
    for view, table in paces.items():
        # "string" dtype, because a window holding no version leaves these columns all-missing floats
        first, last = table["first_version"].astype("string"), table["last_version"].astype("string")
        part = pd.DataFrame({
            "group": table["group"],
            "weights": table["weights"].astype("string"),  # all-missing floats when the window holds no version
            f"{view}: {text(PER_MONTH, lang)}": table["points_per_month"],
            f"{view}: {text('versions', lang)}": table["versions"],
            f"{view}: {text('first → last', lang)}": first.where(first == last, first + " → " + last),
        })
        merged = part if merged is None else merged.merge(part, on="group", how="outer", sort=False, suffixes=("", "_"))
        if "weights_" in merged:
            merged["weights"] = merged["weights"].fillna(merged.pop("weights_"))
    ordered = ["group", *[c for c in merged.columns if c.endswith(text(PER_MONTH, lang))]]
    return merged[ordered + [c for c in merged.columns if c not in ordered]]


SCALE_BREAK_POINTS = 25.0
MIN_MODELS = 10  # fewer models in both snapshots is too little evidence of a scale change


def scale_breaks(history: pd.DataFrame, threshold: float = SCALE_BREAK_POINTS) -> pd.DataFrame:
    """Snapshots where the rating scale itself moved: the median score change, over the models present in
    both this and the previous snapshot, is at least `threshold` points. A slope across such a date mixes
    two scales."""
    columns = ["snapshot", "previous_snapshot", "median_change", "models"]
    if history.empty:
        return pd.DataFrame(columns=columns)
    wide = history.pivot_table(index="snapshot", columns="lmarena_id", values="score", aggfunc="first").sort_index()
    changes = wide.diff()
    found = pd.DataFrame({
        "snapshot": wide.index,
        "previous_snapshot": [None, *wide.index[:-1]],
        "median_change": changes.median(axis=1, skipna=True).to_numpy(),
        "models": changes.notna().sum(axis=1).to_numpy(),
    })
    return found[(found["median_change"].abs() >= threshold) & (found["models"] >= MIN_MODELS)].reset_index(drop=True)[columns]
