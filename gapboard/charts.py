"""Chart builders. Each returns an `alt.Chart`; pages only pass data in and hand the chart to Streamlit.

Shared conventions: open-weight and proprietary models always get the same two colours (colour-blind
safe, legible on a projector), fonts are sized for a room, and a chart never silently drops data —
the page says what was left out (see `ui.left_out`).
"""
from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import altair as alt
import pandas as pd
from altair.utils.schemapi import debug_mode
# Streamlit's own Altair conversion pieces, so `vega_lite` sends exactly what `st.altair_chart` would
from streamlit.elements.vega_charts import _altair_globals_lock, _to_arrow_dataset

from gapboard import store

WEIGHTS_DOMAIN = ["open", "proprietary"]
WEIGHTS_RANGE = ["#009E73", "#D55E00"]
FONT_SIZE = 14
MONTH_AXIS = alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": 2}, labelAngle=0)


def weights_color(field: str = "weights", legend: bool = True) -> alt.Color:
    """The open/proprietary colour encoding every chart uses."""
    return alt.Color(
        f"{field}:N",
        title="Weights",
        scale=alt.Scale(domain=WEIGHTS_DOMAIN, range=WEIGHTS_RANGE),
        legend=alt.Legend(orient="top") if legend else None,
    )


READABLE_CONFIG = alt.Config(
    axis=alt.AxisConfig(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE + 1, labelLimit=260),
    legend=alt.LegendConfig(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, symbolSize=140),
    title=alt.TitleConfig(fontSize=FONT_SIZE + 4),
    text=alt.MarkConfig(fontSize=FONT_SIZE - 1),
)


def readable(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Projector-sized axis, legend and title fonts: one config object built (and validated) once, set on a
    shallow copy, instead of four `configure_*` calls that each copy the chart and build a new config."""
    copy = chart.copy(deep=False)
    copy.config = READABLE_CONFIG
    return copy


def vega_lite(chart: alt.TopLevelMixin) -> dict:
    """The Vega-Lite spec `st.altair_chart` would send for `chart` (same theme, same Arrow datasets under the
    same content-hash names), without validating the finished spec against the Vega-Lite schema again: the
    builders' output is checked once, by tests, against Streamlit's own validated conversion."""
    datasets: dict[str, Any] = {}
    alt.data_transformers.register("to_arrow_dataset", _to_arrow_dataset)
    with _altair_globals_lock:  # Altair's theme and data transformer are process-wide; Streamlit's lock guards them
        theme = alt.theme.enable("none") if alt.theme.active == "default" else contextlib.nullcontext()
        with theme, alt.data_transformers.enable("to_arrow_dataset", datasets=datasets), debug_mode(False):
            spec = chart.to_dict(validate=False)
    spec["datasets"] = {**spec.get("datasets", {}), **datasets}
    return spec


def spec(build: Callable[..., alt.TopLevelMixin], *args: Any, **kwargs: Any) -> dict:
    """`vega_lite(build(*args, **kwargs))`, cached by the builder and its inputs: a rerun that leaves a chart's
    data unchanged costs a hash of the inputs instead of building and serialising the chart again. Pages draw
    it with `ui.chart`."""
    return _cached_spec(build, f"{build.__module__}.{build.__qualname__}", *args, **kwargs)


@dataclass(frozen=True)
class Prepared:
    """A chart already serialised (`vega_lite`) inside a view function cached by widget values, so a rerun
    draws it (`ui.chart(prepared)`) without hashing its frames again. The builder and its inputs are kept
    so tests can check the spec against Streamlit's own conversion."""

    build: Callable[..., alt.TopLevelMixin]
    args: tuple
    kwargs: dict = field(default_factory=dict)
    spec: dict = field(default_factory=dict, repr=False)

    @property
    def __name__(self) -> str:
        return self.build.__name__


def prepare(build: Callable[..., alt.TopLevelMixin], *args: Any, **kwargs: Any) -> Prepared:
    """`build(*args, **kwargs)` serialised now, for a view function to return (see `Prepared`)."""
    with debug_mode(False):
        return Prepared(build, args, kwargs, vega_lite(build(*args, **kwargs)))


@store.cached(max_entries=256)
def _cached_spec(_build: Callable[..., alt.TopLevelMixin], name: str, *args: Any, **kwargs: Any) -> dict:
    """`name` keys the cache by builder (Streamlit does not hash functions)."""
    with debug_mode(False):
        return vega_lite(_build(*args, **kwargs))


# --- Timeline -------------------------------------------------------------------------------------

TIMELINE_WIDTH = 880
DATE_AXIS = alt.Axis(format="%b %Y", title="Release date", labelAngle=0, tickCount="month")
MONTH_ONLY_NOTE = "hollow marker = only the month of release is known; the bar spans that month"


def _svg(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Draw as SVG: marks stay inspectable (named groups, aria labels) in the browser."""
    return chart.properties(usermeta={"embedOptions": {"renderer": "svg"}})


def _precision_fill(color: alt.Color) -> alt.condition:
    """Filled marker for a day-precise release date, hollow (white) for a month-only one."""
    return alt.condition("datum.release_date_precision === 'month'", alt.value("white"), color)


def group_color(groups: list[str], title: str = "Family") -> alt.Color:
    """One colour per family, fixed by the order of `groups` so a family keeps its colour across charts."""
    scheme = "tableau10" if len(groups) <= 10 else "tableau20"
    return alt.Color(
        "group:N", title=title, scale=alt.Scale(domain=groups, scheme=scheme),
        legend=alt.Legend(orient="top", columns=6, symbolOpacity=1, symbolStrokeWidth=3),
    )


def _haloed_text(chart: alt.Chart, **mark: object) -> list[alt.Chart]:
    """A text layer twice: a thick white copy under the real one, so labels stay legible over lines."""
    return [
        chart.mark_text(stroke="white", strokeWidth=4, strokeJoin="round", opacity=0.9, **mark),
        chart.mark_text(**mark),
    ]


def version_timeline_chart(points, panels: list[str], x_domain: tuple) -> alt.FacetChart:
    """One panel per metric: each version a marker on a true date axis, named, with the change from the
    previous version written on the segment between them. `points` from `pace.version_timeline` with
    a `panel` column; `panels` in display order."""
    fill = weights_color(legend=False)
    x = alt.X("x:T", scale=alt.Scale(domain=list(x_domain)), axis=DATE_AXIS)
    y = alt.Y("value:Q", title=None, scale=alt.Scale(zero=False, nice=True, padding=34))
    tooltip = [
        alt.Tooltip("version:N", title="Version"),
        alt.Tooltip("date_label:N", title="Released"),
        alt.Tooltip("value:Q", title="Value", format=".4~g"),
        alt.Tooltip("harness_name:N", title="Harness"),
        alt.Tooltip("reported_by:N", title="Reported by"),
        alt.Tooltip("change_label:N", title="Change"),
        alt.Tooltip("previous_version:N", title="From"),
        alt.Tooltip("all_values:N", title="All values reported"),
    ]
    base = alt.Chart().encode(x=x, y=y)
    line = base.mark_line(color="#9a9a9a", strokeWidth=2)
    span = base.mark_rule(strokeWidth=3, opacity=0.6).encode(
        x="x_from:T", x2="x_to:T", color=weights_color(legend=False)
    ).transform_filter("datum.release_date_precision === 'month'")
    markers = base.mark_point(size=170, strokeWidth=2.5, shape="circle", opacity=1).encode(
        color=weights_color(), fill=_precision_fill(fill), tooltip=tooltip
    ).properties(name="versions")
    names = _haloed_text(base.encode(text="version:N"), dy=-17, fontSize=13, fontWeight="bold")
    deltas = _haloed_text(
        alt.Chart().encode(x="mid_x:T", y="mid_value:Q", text="change_label:N").transform_filter("datum.change_label != null"),
        dy=15, fontSize=12, color="#333",
    )
    layered = alt.layer(line, span, markers, *names, *deltas).properties(width=TIMELINE_WIDTH, height=190)
    chart = layered.facet(
        data=points,
        row=alt.Row(
            "panel:N", sort=panels, title=None,
            header=alt.Header(labelAngle=0, labelOrient="top", labelAnchor="start", labelFontSize=16, labelFontWeight="bold"),
        ),
        spacing=28,
    ).resolve_scale(y="independent")
    return _svg(readable(chart))


def pace_chart(points, trends, groups: list[str], y_title: str, label_versions: bool = True) -> alt.LayerChart:
    """Value against release date per family, with each family's least-squares trend over the window dashed."""
    x = alt.X("x:T", axis=DATE_AXIS)
    y = alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False, nice=True, padding=20))
    color = group_color(groups)
    tooltip = [
        alt.Tooltip("group:N", title="Family"),
        alt.Tooltip("version:N", title="Version"),
        alt.Tooltip("date_label:N", title="Released"),
        alt.Tooltip("value:Q", title="Value", format=".4~g"),
        alt.Tooltip("harness_name:N", title="Harness"),
        alt.Tooltip("reported_by:N", title="Reported by"),
    ]
    base = alt.Chart(points).encode(x=x, y=y, color=color)
    lines = base.mark_line(strokeWidth=1.5, opacity=0.45).encode(detail="group:N")
    markers = base.mark_point(size=130, strokeWidth=2.5, opacity=1).encode(
        fill=_precision_fill(color), tooltip=tooltip
    ).properties(name="pace_points")
    trend = alt.Chart(trends).mark_line(strokeWidth=3.5, strokeDash=[8, 5]).encode(
        x="x:T", y="value:Q", color=alt.Color("group:N", scale=alt.Scale(domain=groups), legend=None), detail="group:N"
    )
    layers = [lines, trend, markers]
    if label_versions:
        layers += _haloed_text(base.encode(text="version:N"), dy=-14, fontSize=12)
    return _svg(readable(alt.layer(*layers).properties(height=430)))


def arena_frontier_chart(frontier, trends, leaders, breaks, groups: list[str]) -> alt.LayerChart:
    """Each family's best LMArena overall score at every snapshot; a dot where a new model takes the lead
    (its name in the tooltip), the latest leader named at the end of each line, and a grey rule where
    the rating scale itself changed (`breaks` from `pace.scale_breaks`)."""
    x = alt.X("x:T", axis=alt.Axis(format="%b %Y", title="LMArena snapshot", labelAngle=0))
    y = alt.Y("value:Q", title="Best overall Arena score in the family", scale=alt.Scale(zero=False, nice=True))
    color = group_color(groups)
    base = alt.Chart(frontier).encode(x=x, y=y, color=color)
    steps = base.mark_line(interpolate="step-after", strokeWidth=2.5).encode(
        detail="group:N",
        tooltip=[
            alt.Tooltip("group:N", title="Family"),
            alt.Tooltip("version:N", title="Leader"),
            alt.Tooltip("x:T", title="Snapshot", format="%d %b %Y"),
            alt.Tooltip("value:Q", title="Score", format=".0f"),
        ],
    )
    leads = base.transform_filter("datum.leader_changed").mark_point(size=70, filled=True).properties(name="arena_leads")
    leads = leads.encode(tooltip=[alt.Tooltip("group:N", title="Family"), alt.Tooltip("version:N", title="New leader"),
                                  alt.Tooltip("x:T", title="Snapshot", format="%d %b %Y"),
                                  alt.Tooltip("value:Q", title="Score", format=".0f")])
    names = _haloed_text(alt.Chart(leaders).encode(x="x:T", y="value:Q", color=color, text="version:N"),
                         align="left", dx=6, fontSize=12, fontWeight="bold")
    trend = alt.Chart(trends).mark_line(strokeWidth=3, strokeDash=[8, 5], opacity=0.8).encode(
        x="x:T", y="value:Q", color=alt.Color("group:N", scale=alt.Scale(domain=groups), legend=None), detail="group:N"
    )
    layers = [steps, trend, leads, *names]
    if not breaks.empty:
        rule = alt.Chart(breaks).encode(x="snapshot:T")
        layers[:0] = [
            rule.mark_rule(color="#777", strokeDash=[3, 3], strokeWidth=2),
            rule.mark_text(text="rating scale changed", align="left", dx=4, y=8, color="#555", fontSize=12),
        ]
    return _svg(readable(alt.layer(*layers).properties(height=460, padding={"right": 190})))


def arena_models_chart(history) -> alt.Chart:
    """One line per model: its overall LMArena score at every snapshot it was on the leaderboard."""
    return _svg(readable(
        alt.Chart(history)
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=alt.X("snapshot:T", axis=alt.Axis(format="%b %Y", title="LMArena snapshot", labelAngle=0)),
            y=alt.Y("score:Q", title="Overall Arena score", scale=alt.Scale(zero=False, nice=True)),
            color=alt.Color("name:N", title="Model", legend=alt.Legend(orient="right", labelLimit=320)),
            tooltip=[alt.Tooltip("name:N", title="Model"), alt.Tooltip("snapshot:T", title="Snapshot", format="%d %b %Y"),
                     alt.Tooltip("score:Q", title="Score", format=".0f"), alt.Tooltip("source_note:N", title="Source")],
        )
        .properties(height=380)
    ))
# --- Harnesses ------------------------------------------------------------------------------------

def _quick(builder):
    """Build a chart without Altair's per-object validation at construction (the finished spec is still
    validated when Streamlit serialises it); it roughly halves the cost of building these layered charts."""
    @functools.wraps(builder)
    def build(*args, **kwargs):
        with alt.utils.schemapi.debug_mode(False):
            return builder(*args, **kwargs)

    return build


OVERLAP_COLOURS = {"open only": WEIGHTS_RANGE[0], "proprietary only": WEIGHTS_RANGE[1], "both": "#7A7A7A", "neither": "#CFCFCF"}


@_quick
def harness_spread(ranges: pd.DataFrame, points: pd.DataFrame, unit_title: str) -> alt.TopLevelMixin:
    """Dumbbell per model: a bar from its lowest to its highest harness value, a dot per harness (coloured
    open/proprietary), the spread written at the right. Models appear in the order of `ranges`."""
    order = ranges["model_name"].tolist()
    y = alt.Y("model_name:N", sort=order, title=None, axis=alt.Axis(labelLimit=320))
    x_scale = alt.Scale(zero=False, nice=True)
    bars = alt.Chart(ranges).mark_rule(strokeWidth=4, color="#9A9A9A").encode(
        x=alt.X("low:Q", title=unit_title, scale=x_scale), x2="high:Q", y=y
    )
    dots = alt.Chart(points).mark_circle(size=150, opacity=0.9, stroke="white", strokeWidth=1).encode(
        x=alt.X("value:Q", scale=x_scale),
        y=y,
        color=weights_color(),
        tooltip=[
            alt.Tooltip("model_name:N", title="Model"),
            alt.Tooltip("harness_name:N", title="Harness"),
            alt.Tooltip("value:Q", title="Value", format=".1f"),
            alt.Tooltip("version:N", title="Scaffold version"),
            alt.Tooltip("reported_by:N", title="Reported by"),
            alt.Tooltip("date:T", title="Date"),
            alt.Tooltip("dataset_name:N", title="Dataset"),
        ],
    )
    labels = alt.Chart(ranges).mark_text(align="left", dx=10, fontSize=FONT_SIZE - 1, color="#333").encode(
        x="high:Q", y=y, text=alt.Text("spread:Q", format="+.1f")
    )
    return readable((bars + dots + labels).properties(height=max(160, 30 * len(order))))


@_quick
def rank_flip(flips: pd.DataFrame, a_name: str, b_name: str, unit_title: str) -> alt.TopLevelMixin:
    """Per harness, both models' values joined by a line, so a flip shows as crossing leads."""
    long = pd.concat([
        flips[["harness_name", "a_value", "comparable"]].rename(columns={"a_value": "value"}).assign(model=a_name),
        flips[["harness_name", "b_value", "comparable"]].rename(columns={"b_value": "value"}).assign(model=b_name),
    ]).dropna(subset=["value"])
    y = alt.Y("harness_name:N", title=None, sort=flips["harness_name"].tolist())
    lines = alt.Chart(long).mark_line(color="#B0B0B0", strokeWidth=2).encode(x="value:Q", y=y, detail="harness_name:N")
    dots = alt.Chart(long).mark_point(size=170, filled=True, opacity=0.95).encode(
        x=alt.X("value:Q", title=unit_title, scale=alt.Scale(zero=False, nice=True)),
        y=y,
        color=alt.Color("model:N", title="Model", scale=alt.Scale(domain=[a_name, b_name], range=["#0072B2", "#E69F00"]),
                        legend=alt.Legend(orient="top")),
        shape=alt.Shape("model:N", scale=alt.Scale(domain=[a_name, b_name], range=["circle", "diamond"]), legend=None),
        tooltip=[alt.Tooltip("model:N", title="Model"), alt.Tooltip("harness_name:N", title="Harness"),
                 alt.Tooltip("value:Q", title="Value", format=".1f"), alt.Tooltip("comparable:N", title="Like for like")],
    )
    return readable((lines + dots).properties(height=alt.Step(46)))


@_quick
def overlap_bars(summary: pd.DataFrame) -> alt.TopLevelMixin:
    """Instances per overlap category (open only, proprietary only, both, neither) as labelled bars."""
    shown = summary[summary["category"].isin(list(OVERLAP_COLOURS))]
    order = list(OVERLAP_COLOURS)
    y = alt.Y("category:N", sort=order, title=None)
    bars = alt.Chart(shown).mark_bar().encode(
        x=alt.X("instances:Q", title="SWE-bench Verified instances"),
        y=y,
        color=alt.Color("category:N", scale=alt.Scale(domain=order, range=list(OVERLAP_COLOURS.values())), legend=None),
        tooltip=[alt.Tooltip("category:N", title="Solved by"), alt.Tooltip("instances:Q", title="Instances")],
    )
    text = bars.mark_text(align="left", dx=6, fontSize=FONT_SIZE).encode(text="instances:Q", color=alt.value("#222"))
    return readable((bars + text).properties(height=200))
# --- Cost -----------------------------------------------------------------------------------------


def _built_once_validated(build: Callable[..., alt.TopLevelMixin]) -> Callable[..., alt.TopLevelMixin]:
    """Skip Altair's validation of every intermediate object (a third of a slider step's chart time);
    Streamlit still validates the finished spec once when it serialises the chart."""

    @functools.wraps(build)
    def quietly(*args: Any, **kwargs: Any) -> alt.TopLevelMixin:
        with debug_mode(False):
            return build(*args, **kwargs)

    return quietly


@functools.lru_cache(maxsize=64)
def _monthly_cost_template(rows: int, baseline_name: str) -> alt.TopLevelMixin:
    """The bar chart without its data: it depends only on the row count and the baseline, so a slider
    step reuses it and only swaps the data in."""
    base = alt.Chart().encode(
        y=alt.Y("model_name:N", sort=alt.EncodingSortField(field="total", op="min"), title=None),  # cheapest first
        x=alt.X("total:Q", title="USD per month", axis=alt.Axis(format="$,.0f")),
        tooltip=[
            alt.Tooltip("model_name:N", title="Model"),
            alt.Tooltip("option:N", title="Price"),
            alt.Tooltip("total:Q", title="USD per month", format="$,.2f"),
            alt.Tooltip("vs_baseline:N", title=f"vs {baseline_name}"),
        ],
    )
    bars = base.mark_bar().encode(color=weights_color())
    labels = base.mark_text(align="left", dx=6).encode(text=alt.Text("vs_baseline:N"))
    room = (  # an invisible point past the longest bar, so its label fits inside the chart
        alt.Chart()
        .transform_joinaggregate(longest="max(total)")
        .transform_calculate(room="datum.longest * 1.5")
        .mark_point(opacity=0)
        .encode(x="room:Q")
    )
    height = 170 + 40 * rows  # title, legend and axis, then one readable row per model
    return readable(alt.layer(bars, labels, room).properties(height=height, title=f"Monthly cost, ratio to {baseline_name}"))


@_built_once_validated
def monthly_cost_bars(table: pd.DataFrame, baseline_name: str) -> alt.TopLevelMixin:
    """Monthly cost per model, cheapest first, each bar labelled with its ratio to the baseline."""
    return _monthly_cost_template(len(table), baseline_name).properties(data=table)


MONTHLY_COST_DATA = "monthly_costs"


@functools.lru_cache(maxsize=64)
def _monthly_cost_spec_json(rows: int, baseline_name: str) -> str:
    """The template as Vega-Lite JSON, validated by Altair once here (as JSON so no caller can change it)."""
    spec = _monthly_cost_template(rows, baseline_name).properties(data=alt.InlineData(values=[])).to_dict()
    view = spec.get("config", {}).get("view", {})
    for key in ("continuousWidth", "continuousHeight"):  # Altair's default theme; Streamlit serialises without it
        view.pop(key, None)
    if "view" in spec.get("config", {}) and not view:
        del spec["config"]["view"]
    return json.dumps(spec)


def monthly_cost_spec(table: pd.DataFrame, baseline_name: str) -> dict:
    """`monthly_cost_bars` as a Vega-Lite spec for `st.vega_lite_chart`, for the Cost page's slider path: the
    spec is validated once per (row count, baseline) and a slider step only swaps the data in, so it skips
    the validation of the whole layered spec that `st.altair_chart` repeats on every step."""
    spec = json.loads(_monthly_cost_spec_json(len(table), baseline_name))
    spec["data"] = {"name": MONTHLY_COST_DATA}
    spec["datasets"] = {MONTHLY_COST_DATA: table}
    return spec


@_built_once_validated
def score_cost_scatter(points: pd.DataFrame, x_title: str, y_title: str) -> alt.TopLevelMixin:
    """Score against cost (log scale) with the Pareto frontier drawn through the points no other beats on both."""
    base = alt.Chart(points).encode(
        x=alt.X("cost:Q", title=x_title, scale=alt.Scale(type="log"), axis=alt.Axis(format="$,.3~f")),
        y=alt.Y("score:Q", title=y_title, scale=alt.Scale(zero=False)),
    )
    dots = base.mark_circle(size=160, opacity=0.9).encode(
        color=weights_color(),
        tooltip=[
            alt.Tooltip("label:N", title="Model"),
            alt.Tooltip("score:Q", title=y_title, format=".1f"),
            alt.Tooltip("cost:Q", title=x_title, format="$,.4f"),
            alt.Tooltip("frontier:N", title="On the frontier"),
        ],
    )
    names = base.mark_text(align="left", dx=9, dy=-7).encode(text="label:N")
    frontier = (
        alt.Chart(points[points["frontier"] == "yes"].sort_values("cost"))
        .mark_line(interpolate="step-after", strokeDash=[6, 4], color="#444", strokeWidth=2)
        .encode(x="cost:Q", y="score:Q", order="cost:Q")
    )
    return readable((frontier + dots + names).properties(height=460, title="Score vs cost — dashed: Pareto frontier"))
# --- Benchmarks and Overview: the gap ------------------------------------------------------------


def gap_dots(frame, y: str, y_title: str, x_title: str, label: str = "model") -> alt.TopLevelMixin:
    """Dots per row (open green, proprietary orange) joined by a line; open labels above, proprietary below.

    `frame` is long: one row per dot with columns `y`, value, weights, model_name. `label` "model" writes
    "model value" next to each dot, "value" only the value (when the legend already names the models).
    """
    order = list(dict.fromkeys(frame[y]))
    text = "datum.model_name + ' ' + format(datum.value, '.1f')" if label == "model" else "format(datum.value, '.1f')"
    base = alt.Chart(frame).encode(
        y=alt.Y(f"{y}:N", title=y_title, sort=order, axis=alt.Axis(labelLimit=300)),
        x=alt.X("value:Q", title=x_title, scale=alt.Scale(zero=False, padding=40)),
    )
    line = base.mark_line(color="#999999", strokeWidth=3).encode(detail=f"{y}:N")
    dots = base.mark_point(filled=True, size=260, opacity=1).encode(
        color=weights_color(),
        shape=alt.Shape("weights:N", title="Weights", scale=alt.Scale(domain=WEIGHTS_DOMAIN, range=["circle", "square"])),
        tooltip=[alt.Tooltip(f"{y}:N", title=y_title or "Setting"), "model_name:N", "weights:N", alt.Tooltip("value:Q", format=".1f")],
    )
    labels = [
        base.transform_filter(alt.datum.weights == weights).transform_calculate(label=text)
        .mark_text(dy=dy, fontSize=FONT_SIZE - 1, color=color)
        .encode(text="label:N")
        for weights, dy, color in zip(WEIGHTS_DOMAIN, (-17, 19), WEIGHTS_RANGE)
    ]
    return readable(alt.layer(line, dots, *labels).properties(height=alt.Step(64)))


def frontier_chart(lines, steps, y_title: str, target: float | None = None, lag: tuple | None = None) -> alt.TopLevelMixin:
    """Step lines of the open and proprietary frontiers over release dates, the gap between them shaded.

    `lines` comes from `gap.frontier_lines` (release_date, open, proprietary, low, high), `steps` from
    `gap.frontier` (the releases that moved a frontier, labelled with their model). `target` draws the
    open frontier's current best as a dashed rule; `lag` = (from date, to date, text) draws the
    months-behind span on it.
    """
    long = lines.melt(id_vars=["release_date"], value_vars=WEIGHTS_DOMAIN, var_name="weights", value_name="value").dropna()
    x = alt.X("release_date:T", title="Release date", axis=MONTH_AXIS)
    band = alt.Chart(lines.dropna(subset=["low", "high"])).mark_area(interpolate="step-after", color="#BBBBBB", opacity=0.35).encode(
        x=x, y="low:Q", y2="high:Q"
    )
    step_lines = alt.Chart(long).mark_line(interpolate="step-after", strokeWidth=4).encode(
        x=x, y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False)), color=weights_color()
    )
    points = alt.Chart(steps).mark_point(filled=True, size=160, opacity=1).encode(
        x="release_date:T",
        y="value:Q",
        color=weights_color(legend=False),
        tooltip=["model_name:N", "weights:N", alt.Tooltip("release_date:T", format="%Y-%m-%d"), alt.Tooltip("value:Q", format=".1f")],
    )
    labels = alt.Chart(steps).mark_text(dy=-14, fontSize=FONT_SIZE - 2).encode(
        x="release_date:T", y="value:Q", text="model_name:N", color=weights_color(legend=False)
    )
    layers = [band, step_lines, points, labels]
    if target is not None:
        layers.append(alt.Chart(pd.DataFrame({"target": [target]})).mark_rule(strokeDash=[6, 4], color="#555555").encode(y="target:Q"))
    if lag is not None:
        span = pd.DataFrame({"start": [pd.Timestamp(lag[0])], "end": [pd.Timestamp(lag[1])], "y": [target], "text": [lag[2]]})
        span["middle"] = span["start"] + (span["end"] - span["start"]) / 2
        layers.append(alt.Chart(span).mark_rule(strokeWidth=5, color="#222222").encode(x="start:T", x2="end:T", y="y:Q"))
        layers.append(
            alt.Chart(span).mark_text(dy=22, fontSize=FONT_SIZE + 2, fontWeight="bold", color="#222222").encode(x="middle:T", y="y:Q", text="text:N")
        )
    return readable(alt.layer(*layers).properties(height=440))


def price_bars(frame) -> alt.TopLevelMixin:
    """Horizontal bars of each model's cheapest output price, cheapest first, labelled with the price."""
    order = frame["model_name"].tolist()
    base = alt.Chart(frame).encode(
        y=alt.Y("model_name:N", title=None, sort=order),
        x=alt.X("output_usd_per_mtok:Q", title="Output price, USD per million tokens"),
    )
    bars = base.mark_bar().encode(
        color=weights_color(),
        tooltip=["model_name:N", "price_list:N", alt.Tooltip("output_usd_per_mtok:Q", format="$.2f"), alt.Tooltip("times:Q", format=".1f")],
    )
    labels = base.mark_text(align="left", dx=4, fontSize=FONT_SIZE - 1).encode(text=alt.Text("output_usd_per_mtok:Q", format="$.2f"))
    return readable((bars + labels).properties(height=alt.Step(30)))


def version_steps(frame, y_title: str) -> alt.TopLevelMixin:
    """A family's versions on a true date axis, each labelled with its name and score (missing scores sit on the axis line)."""
    scored = frame.dropna(subset=["value"])
    base = alt.Chart(scored).encode(
        x=alt.X("release_date:T", title="Release date", axis=MONTH_AXIS, scale=alt.Scale(padding=40)),
        y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False, padding=20)),
    )
    line = base.mark_line(strokeWidth=3, color="#999999")
    dots = base.mark_point(filled=True, size=220, opacity=1).encode(
        color=weights_color(), tooltip=["name:N", alt.Tooltip("release_date:T", format="%Y-%m-%d"), alt.Tooltip("value:Q", format=".1f")]
    )
    labels = base.mark_text(dy=-18, fontSize=FONT_SIZE).encode(text="label:N").transform_calculate(
        label="datum.name + ' ' + format(datum.value, '.1f')"
    )
    return readable((line + dots + labels).properties(height=300))
