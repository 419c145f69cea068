"""The Cost page's charts: monthly cost per model, and score against cost with its Pareto frontier."""
from __future__ import annotations

import altair as alt
import pandas as pd

from gapboard.views.charts.theme import readable, weights_color

MONTHLY_COST_DATA = "monthly_costs"  # the named dataset the monthly bars draw (a slider step swaps only it)


def monthly_cost_bars(rows: int, baseline_name: str) -> alt.TopLevelMixin:
    """Monthly cost per model, cheapest first, each bar labelled with its ratio to the baseline; the data is
    the named dataset MONTHLY_COST_DATA (`rows` of it), so the spec depends only on these two values."""
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
    chart = alt.layer(bars, labels, room).properties(
        height=height, title=f"Monthly cost, ratio to {baseline_name}", data=alt.NamedData(name=MONTHLY_COST_DATA)
    )
    return readable(chart)


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
