"""The Harnesses page's charts: spread across harnesses, rank flips, per-instance overlap."""
from __future__ import annotations

import altair as alt
import pandas as pd

from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.views.charts.theme import (
    FONT_SIZE,
    WEIGHTS_RANGE,
    readable,
    tooltips,
    weights_color,
    words_expr,
)

OVERLAP_COLOURS = {"open only": WEIGHTS_RANGE[0], "proprietary only": WEIGHTS_RANGE[1], "both": "#7A7A7A", "neither": "#CFCFCF"}
OVERLAP_LABELS = {"open only": N_("Open-weight only"), "proprietary only": N_("Proprietary only"), "both": N_("Both groups"),
                  "neither": N_("Neither")}


def harness_spread(ranges: pd.DataFrame, points: pd.DataFrame, unit_title: str, lang: str = DEFAULT) -> alt.TopLevelMixin:
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
        color=weights_color(lang=lang),
        tooltip=tooltips(lang, ("model_name:N", "Model"), ("harness_name:N", "Harness"), ("value:Q", "Value", ".1f"),
                         ("version:N", "Scaffold version"), ("reported_by:N", "Reported by"), ("date:T", "Date"),
                         ("dataset_name:N", "Dataset")),
    )
    labels = alt.Chart(ranges).mark_text(align="left", dx=10, fontSize=FONT_SIZE - 1, color="#333").encode(
        x="high:Q", y=y, text=alt.Text("spread:Q", format="+.1f")
    )
    return readable((bars + dots + labels).properties(height=max(160, 30 * len(order))))


def rank_flip(flips: pd.DataFrame, a_name: str, b_name: str, unit_title: str, lang: str = DEFAULT) -> alt.TopLevelMixin:
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
        color=alt.Color("model:N", title=text("Model", lang), scale=alt.Scale(domain=[a_name, b_name], range=["#0072B2", "#E69F00"]),
                        legend=alt.Legend(orient="top")),
        shape=alt.Shape("model:N", scale=alt.Scale(domain=[a_name, b_name], range=["circle", "diamond"]), legend=None),
        tooltip=tooltips(lang, ("model:N", "Model"), ("harness_name:N", "Harness"), ("value:Q", "Value", ".1f"),
                         ("comparable:N", "Like for like")),
    )
    return readable((lines + dots).properties(height=alt.Step(46)))


def overlap_bars(summary: pd.DataFrame, lang: str = DEFAULT) -> alt.TopLevelMixin:
    """Instances per overlap category (open only, proprietary only, both, neither) as labelled bars (words in `lang`)."""
    shown = summary[summary["category"].isin(list(OVERLAP_COLOURS))]
    order = list(OVERLAP_COLOURS)
    axis = {} if lang == DEFAULT else {"axis": alt.Axis(labelExpr=words_expr(OVERLAP_LABELS, lang))}
    y = alt.Y("category:N", sort=order, title=None, **axis)
    bars = alt.Chart(shown).mark_bar().encode(
        x=alt.X("instances:Q", title=text("SWE-bench Verified instances", lang)),
        y=y,
        color=alt.Color("category:N", scale=alt.Scale(domain=order, range=list(OVERLAP_COLOURS.values())), legend=None),
        tooltip=tooltips(lang, ("category:N", "Solved by"), ("instances:Q", "Instances")),
    )
    numbers = bars.mark_text(align="left", dx=6, fontSize=FONT_SIZE).encode(text="instances:Q", color=alt.value("#222"))
    return readable((bars + numbers).properties(height=200))
