"""The Cost page's charts: monthly cost per model, and score against cost with its Pareto frontier."""
from __future__ import annotations

import altair as alt
import pandas as pd

from gapboard.core.i18n import DEFAULT, text
from gapboard.views.charts.theme import readable, weights_color

MONTHLY_COST_DATA = "monthly_costs"  # the named dataset the monthly bars draw (a slider step swaps only it)


def monthly_cost_bars(rows: int, baseline_name: str, lang: str = DEFAULT) -> alt.TopLevelMixin:
    """Monthly cost per model, cheapest first, each bar labelled with its ratio to the baseline; the data is
    the named dataset MONTHLY_COST_DATA (`rows` of it), so the spec depends only on these two values."""
    base = alt.Chart().encode(
        y=alt.Y("model_name:N", sort=alt.EncodingSortField(field="total", op="min"), title=None),  # cheapest first
        x=alt.X("total:Q", title=text("USD per month", lang), axis=alt.Axis(format="$,.0f")),
        tooltip=[
            alt.Tooltip("model_name:N", title=text("Model", lang)),
            alt.Tooltip("option:N", title=text("Price", lang)),
            alt.Tooltip("total:Q", title=text("USD per month", lang), format="$,.2f"),
            alt.Tooltip("vs_baseline:N", title=text("vs {name}", lang, name=baseline_name)),
        ],
    )
    bars = base.mark_bar().encode(color=weights_color(lang=lang))
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
        height=height, title=text("Monthly cost, ratio to {name}", lang, name=baseline_name), data=alt.NamedData(name=MONTHLY_COST_DATA)
    )
    return readable(chart)


def score_cost_scatter(points: pd.DataFrame, x_title: str, y_title: str, lang: str = DEFAULT) -> alt.TopLevelMixin:
    """Score against cost (log scale) with the Pareto frontier drawn through the points no other beats on both."""
    base = alt.Chart(points).encode(
        x=alt.X("cost:Q", title=x_title, scale=alt.Scale(type="log"), axis=alt.Axis(format="$,.3~f")),
        y=alt.Y("score:Q", title=y_title, scale=alt.Scale(zero=False)),
    )
    dots = base.mark_circle(size=160, opacity=0.9).encode(
        color=weights_color(lang=lang),
        tooltip=[
            alt.Tooltip("label:N", title=text("Model", lang)),
            alt.Tooltip("score:Q", title=y_title, format=".1f"),
            alt.Tooltip("cost:Q", title=x_title, format="$,.4f"),
            alt.Tooltip("frontier:N", title=text("On the frontier", lang)),
        ],
    )
    names = base.mark_text(align="left", dx=9, dy=-7).encode(text="label:N")
    frontier = (
        alt.Chart(points[points["frontier"] == "yes"].sort_values("cost"))
        .mark_line(interpolate="step-after", strokeDash=[6, 4], color="#444", strokeWidth=2)
        .encode(x="cost:Q", y="score:Q", order="cost:Q")
    )
    return readable((frontier + dots + names).properties(height=460, title=text("Score vs cost — dashed: Pareto frontier", lang)))
