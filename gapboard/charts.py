"""Chart builders. Each returns an `alt.Chart`; pages only pass data in and hand the chart to Streamlit.

Shared conventions: open-weight and proprietary models always get the same two colours (colour-blind
safe, legible on a projector), fonts are sized for a room, and a chart never silently drops data —
the page says what was left out (see `ui.left_out`).
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import altair as alt
from altair.utils.schemapi import debug_mode

if TYPE_CHECKING:
    import pandas as pd

WEIGHTS_DOMAIN = ["open", "proprietary"]
WEIGHTS_RANGE = ["#009E73", "#D55E00"]
FONT_SIZE = 14


def weights_color(field: str = "weights", legend: bool = True) -> alt.Color:
    """The open/proprietary colour encoding every chart uses."""
    return alt.Color(
        f"{field}:N",
        title="Weights",
        scale=alt.Scale(domain=WEIGHTS_DOMAIN, range=WEIGHTS_RANGE),
        legend=alt.Legend(orient="top") if legend else None,
    )


def readable(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Projector-sized axis, legend and title fonts."""
    return (
        chart.configure_axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE + 1, labelLimit=260)
        .configure_legend(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, symbolSize=140)
        .configure_title(fontSize=FONT_SIZE + 4)
        .configure_text(fontSize=FONT_SIZE - 1)
    )


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
