"""The Cost page's chart: score against cost with its Pareto frontier (the monthly bars are drawn in the browser,
by `ui.live_cost`)."""
from __future__ import annotations

import altair as alt
import pandas as pd

from gapboard.core.i18n import DEFAULT, text
from gapboard.views.charts.theme import readable, weights_color


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
