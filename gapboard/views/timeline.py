"""The Timeline page's views: one family's versions, the pace of several families and their LMArena history,
each computed once per choice of widget values (family, benchmarks, harness, window dates) and handed over as
Arrow tables, chart specs and the facts the page's texts need."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from gapboard.core import claims, freshness, pace
from gapboard.core.i18n import DEFAULT, N_, short_month_year, text
from gapboard.db import catalogue as db_catalogue
from gapboard.db import timeline as db_timeline
from gapboard.views import common
from gapboard.views.cache import connection, view
from gapboard.views.charts import timeline as timeline_charts
from gapboard.views.charts.theme import spec
from gapboard.views.tables import arrow


@dataclass(frozen=True)
class Choices:
    """What the page's widgets offer and default to (they do not depend on other widgets)."""

    benchmark_names: dict[str, str]  # score benchmarks shown on the timeline: id → name, catalogue order
    groups: list[str]  # families and vendors we track, for the version view
    pace_groups: list[str]  # the same plus those with only LMArena history, for the pace views
    vendors: list[str]
    first_release: dt.date
    last_release: dt.date
    arena_first: dt.date
    arena_last: dt.date
    arena_snapshots: int
    scale_breaks: pd.DataFrame  # see pace.scale_breaks, over every LMArena score held


@view()
def choices() -> Choices:
    """The page's choices in the current build (see `Choices`)."""
    catalogue = common.benchmarks()
    scored = catalogue[(catalogue["kind"] == "score") & ~catalogue["timeline_only"]]
    groups = list(dict.fromkeys(db_timeline.timeline_groups(connection())["name"]))
    first_release, last_release = db_catalogue.release_range(connection()).iloc[0]
    arena_first, arena_last, snapshots = db_timeline.arena_range(connection()).iloc[0]
    return Choices(
        benchmark_names=dict(zip(scored["id"], scored["name"])),
        groups=groups,
        pace_groups=sorted({*groups, *db_timeline.arena_groups(connection())["name"]}, key=str.lower),
        vendors=db_catalogue.vendors(connection()),
        first_release=first_release, last_release=last_release,
        arena_first=arena_first, arena_last=arena_last, arena_snapshots=int(snapshots),
        scale_breaks=pace.scale_breaks(db_timeline.arena_scores(connection())),
    )


def _harnesses(scores: pd.DataFrame) -> list[str]:
    """The harnesses named in `scores`, sorted: what a harness choice offers besides "any"."""
    return sorted(scores.loc[scores["harness"].notna(), "harness_name"].unique())


# --- one family's versions ------------------------------------------------------------------------


def _version_scores(family: str, benchmarks: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    versions = db_timeline.family_versions(connection(), family)
    return versions, db_timeline.timeline_scores(connection(), versions["id"].tolist(), list(benchmarks))


@view()
def version_harnesses(family: str, benchmarks: tuple[str, ...]) -> list[str]:
    """The harnesses the family's scores on these benchmarks were measured under."""
    _, scores = _version_scores(family, benchmarks)
    return _harnesses(scores[scores["kind"] == "score"])


@dataclass(frozen=True)
class VersionsView:
    """One family's versions on the chosen benchmarks: charts, tables and what was left out."""

    scores_chart: dict | None  # None when no version has a dated value on the chosen benchmarks
    efficiency_chart: dict | None  # runtime, tokens and cost per task; None when there is none
    left_out: dict[str, str]
    table: pa.Table  # every value per version with its source
    rereported: pa.Table  # values of one version, benchmark and harness that differ between sources
    facts: pa.Table  # price, speed and downloads per version
    claims: pa.Table  # published claims about these versions, checked
    versions: pa.Table  # where each version's date, parameters and downloads come from
    arena_chart: dict | None  # the family's models' LMArena lines; None without history
    arena_models: int = 0
    arena_snapshots: tuple[dt.date, dt.date] | None = None
    newest: dt.date | None = None  # as-of date of the newest value on the charts


TIMELINE_COLUMNS = [
    "version", "date_label", "benchmark_name", "value", "unit", "harness_name", "change", "change_pct",
    "previous_version", "harness_changed", "all_values", "reported_by", "source_form", "confidence", "as_of",
    "source_url", "source_note",
]
REREPORTED_COLUMNS = ["model_name", "benchmark_name", "harness_name", "value", "source_form", "reported_by", "as_of",
                      "source_url", "source_note"]
CLAIM_COLUMNS = ["model_name", "claim", "claimed_by", "claimed_on", "verdict_then", "verdict", "why", "claimant_url"]
VERSION_SOURCE_COLUMNS = ["name", "release_date", "release_date_precision", "source_url", "note"]
PACE_POINT_COLUMNS = ["group", "version", "date_label", "value", "harness_name", "reported_by", "as_of", "source_url"]
PACE_COLUMNS = ["group", "points_per_month", "versions", "first_version", "last_version", "span_months", "change",
                "weights", "note"]


def _panels(points: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(points["panel"]))


@view()
def versions_view(family: str, benchmarks: tuple[str, ...], harness: str | None, lang: str = DEFAULT) -> VersionsView:
    """The version view of `family` on `benchmarks` (ids, in the chosen order), with only `harness`'s scores
    when one is given; its texts in `lang`."""
    names = choices().benchmark_names
    versions, scores = _version_scores(family, benchmarks)
    ids = versions["id"].tolist()
    timeline = pace.version_timeline(versions, scores, {b: names[b] for b in benchmarks}, harness, lang)
    points = timeline.points
    on_chart, efficiency = points[points["kind"] == "score"], points[points["kind"] != "score"]
    x_domain = pace.time_domain(points)
    scores_chart = efficiency_chart = arena_chart = None
    if benchmarks and not on_chart.empty:
        scores_chart = spec(timeline_charts.version_timeline_chart, on_chart, _panels(on_chart), x_domain, lang=lang)
    if not efficiency.empty:
        efficiency_chart = spec(timeline_charts.version_timeline_chart, efficiency, _panels(efficiency), x_domain, lang=lang)

    checked = claims.checks_table([j for j in common.claim_judgements(lang) if j.claim["model"] in set(ids)])
    checked = checked.assign(model_name=checked["model"].map(dict(zip(versions["id"], versions["name"]))))
    facts = pace.version_facts(pace.with_positions(versions, lang), pace.headline_prices(db_timeline.timeline_prices(connection(), ids)),
                               checked, lang)

    history = db_timeline.arena_history(connection(), [family])
    extra = {}
    if not history.empty:
        arena_chart = spec(timeline_charts.arena_models_chart, history, lang=lang)
        extra = {"arena_models": history["name"].nunique(),
                 "arena_snapshots": (history["snapshot"].min(), history["snapshot"].max())}
    return VersionsView(
        scores_chart=scores_chart,
        efficiency_chart=efficiency_chart,
        left_out=timeline.left_out,
        table=arrow(points[TIMELINE_COLUMNS]),
        rereported=arrow(pace.rereported(scores[scores["benchmark"].isin(benchmarks)])[REREPORTED_COLUMNS]),
        facts=arrow(facts),
        claims=arrow(checked[CLAIM_COLUMNS]),
        versions=arrow(versions[VERSION_SOURCE_COLUMNS]),
        arena_chart=arena_chart,
        newest=freshness.newest(points["as_of"]),
        **extra,
    )


# --- pace across families -------------------------------------------------------------------------


@view()
def pace_harnesses(benchmark: str) -> tuple[list[str], str | None]:
    """The harnesses values on `benchmark` were measured under, and the fairest default (`pace.default_harness`)."""
    scores = db_timeline.pace_scores(connection(), benchmark)
    return _harnesses(scores), pace.default_harness(scores)


@dataclass(frozen=True)
class PacePanel:
    """One view of the pace (independent, or a vendor's own chart): its points in the window and its fit."""

    title: str
    measures: str | None  # what a vendor's view measures, as its catalogue says (None: the independent view)
    chart: dict | None  # None when the window holds no dated value
    left_out: dict[str, str]
    points: pa.Table  # every point in the window, with its source


@dataclass(frozen=True)
class PaceView:
    comparison: pa.Table  # points per month per family, every view side by side
    panels: list[PacePanel]


@view()
def pace_view(benchmark: str, harness: str | None, families: tuple[str, ...], start: dt.date, end: dt.date,
              lang: str = DEFAULT) -> PaceView:
    """Score against release date for `families` on `benchmark` (only `harness`'s values in the independent
    view when one is given), and each view's points per month over the window; the texts in `lang`."""
    catalogue = common.benchmarks()
    unit = catalogue.set_index("id").at[benchmark, "unit"]
    y_title = f"{choices().benchmark_names[benchmark]} ({pace.unit_label(unit, lang) if unit in pace.UNIT_LABELS else ''})"
    groups = list(families)
    found = [(text(INDEPENDENT_VIEW, lang), None,
              pace.pace_points(db_timeline.pace_scores(connection(), benchmark), groups, harness, lang))]
    vendor_views = catalogue[(catalogue["variant_of"] == benchmark) & catalogue["timeline_only"]]
    found += [(text(VENDOR_VIEW, lang), f"{view['name']}: {view['measures']}",
               pace.pace_points(db_timeline.pace_scores(connection(), view["id"]), groups, lang=lang))
              for view in vendor_views.to_dict("records")]
    paces = {title: pace.pace(points.points, groups, start, end, lang) for title, _, points in found}
    panels = []
    for title, measures, points in found:
        shown = pace.in_window(points.points, start, end)
        chart = None if shown.empty else spec(
            timeline_charts.pace_chart, shown, pace.trend_lines(paces[title]), groups, y_title, lang=lang)
        panels.append(PacePanel(
            title, measures, chart, points.left_out | pace.outside_window(points.points, start, end, lang),
            arrow(shown[PACE_POINT_COLUMNS]),
        ))
    return PaceView(arrow(pace.compare_paces(paces, lang)), panels)


INDEPENDENT_VIEW, VENDOR_VIEW = N_("Independent view"), N_("The vendor's view")


@dataclass(frozen=True)
class ArenaView:
    chart: dict | None  # None when no chosen family has history in the window
    paces: pa.Table  # points per month per family (PACE_COLUMNS)
    left_out: dict[str, str] = field(default_factory=dict)


@view()
def arena_view(families: tuple[str, ...], start: dt.date, end: dt.date, lang: str = DEFAULT) -> ArenaView:
    """The families' best LMArena overall score per snapshot, and their points per month over the window."""
    made = choices()
    groups = list(families)
    frontier = pace.arena_frontier(db_timeline.arena_history(connection(), groups), groups)
    paces = pace.pace(frontier, groups, start, end, lang)
    shown = pace.in_window(frontier, start, end)
    breaks = made.scale_breaks
    chart = None if shown.empty else spec(
        timeline_charts.arena_frontier_chart, shown, pace.trend_lines(paces), pace.last_per_group(shown),
        pace.in_window(breaks.assign(x=breaks["snapshot"]), start, end), groups, lang=lang)
    missing = text("not in the LMArena history ({first} to {last})", lang, first=short_month_year(made.arena_first, lang),
                   last=short_month_year(made.arena_last, lang))
    return ArenaView(chart, arrow(paces[PACE_COLUMNS]), pace.absent(groups, frontier, missing))
