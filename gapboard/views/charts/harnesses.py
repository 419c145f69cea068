"""The Harnesses page's charts: spread across harnesses, rank flips, per-instance overlap."""
from __future__ import annotations

import altair as alt
import pandas as pd

from gapboard.views.charts.theme import (
    FONT_SIZE,
    WEIGHTS_RANGE,
    readable,
    weights_color,
)

OVERLAP_COLOURS = {"open only": WEIGHTS_RANGE[0], "proprietary only": WEIGHTS_RANGE[1], "both": "#7A7A7A", "neither": "#CFCFCF"}


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
