"""The open-vs-proprietary gap, drawn: best values per setting (Benchmarks and Overview), frontiers over time."""
from __future__ import annotations

import altair as alt
import pandas as pd

from gapboard.core.i18n import DEFAULT, text
from gapboard.views.charts.theme import (
    FONT_SIZE,
    WEIGHTS_DOMAIN,
    WEIGHTS_RANGE,
    WEIGHTS_WORDS,
    month_axis,
    readable,
    weights_color,
    words_expr,
)


def gap_dots(frame, y: str, y_title: str | None, x_title: str, label: str = "model", lang: str = DEFAULT,
             font: int = FONT_SIZE, height: int | None = None) -> alt.TopLevelMixin:
    """Dots per row (open green, proprietary orange) joined by a line; open labels above, proprietary below.

    `frame` is long: one row per dot with columns `y`, value, weights, model_name. `label` "model" writes
    "model value" next to each dot, "value" only the value (when the legend already names the models). The titles
    come in `lang`; `font` and `height` (None: 64 px per row) size it for a page or a slide.
    """
    order = list(dict.fromkeys(frame[y]))
    label_text = "datum.model_name + ' ' + format(datum.value, '.1f')" if label == "model" else "format(datum.value, '.1f')"
    base = alt.Chart(frame).encode(
        y=alt.Y(f"{y}:N", title=y_title, sort=order, axis=alt.Axis(labelLimit=300)),
        # a slide's larger labels get more room, and its axis labels stay inside the chart
        x=alt.X("value:Q", title=x_title, scale=alt.Scale(zero=False, padding=40 if font == FONT_SIZE else 110),
                **({} if font == FONT_SIZE else {"axis": alt.Axis(labelFlush=True)})),
    )
    line = base.mark_line(color="#999999", strokeWidth=3).encode(detail=f"{y}:N")
    shape_legend = {} if lang == DEFAULT else {"legend": alt.Legend(direction="vertical", labelExpr=words_expr(WEIGHTS_WORDS, lang))}
    tooltip = [alt.Tooltip(f"{y}:N", title=y_title or text("Setting", lang)), "model_name:N", "weights:N", alt.Tooltip("value:Q", format=".1f")]
    if lang != DEFAULT:
        tooltip = [tooltip[0], alt.Tooltip("model_name:N", title=text("Model", lang)), alt.Tooltip("weights:N", title=text("Weights", lang)),
                   alt.Tooltip("value:Q", title=text("Value", lang), format=".1f")]
    dots = base.mark_point(filled=True, size=260 if font == FONT_SIZE else 420, opacity=1).encode(
        color=weights_color(lang=lang),
        shape=alt.Shape("weights:N", title=text("Weights", lang), scale=alt.Scale(domain=WEIGHTS_DOMAIN, range=["circle", "square"]),
                        **shape_legend),
        tooltip=tooltip,
    )
    offset = font + 3
    labels = [
        base.transform_filter(alt.datum.weights == weights).transform_calculate(label=label_text)
        .mark_text(dy=dy, fontSize=font - 1, color=color)
        .encode(text="label:N")
        for weights, dy, color in zip(WEIGHTS_DOMAIN, (-offset, offset + 2), WEIGHTS_RANGE)
    ]
    return readable(alt.layer(line, dots, *labels).properties(height=height or alt.Step(64)), font)


def frontier_chart(lines, steps, y_title: str, target: float | None = None, lag: tuple | None = None,
                   lang: str = DEFAULT) -> alt.TopLevelMixin:
    """Step lines of the open and proprietary frontiers over release dates, the gap between them shaded.

    `lines` comes from `gap.frontier_lines` (release_date, open, proprietary, low, high), `steps` from
    `gap.frontier` (the releases that moved a frontier, labelled with their model). `target` draws the
    open frontier's current best as a dashed rule; `lag` = (from date, to date, text) draws the
    months-behind span on it.
    """
    long = lines.melt(id_vars=["release_date"], value_vars=WEIGHTS_DOMAIN, var_name="weights", value_name="value").dropna()
    x = alt.X("release_date:T", title=text("Release date", lang), axis=month_axis(lang))
    band = alt.Chart(lines.dropna(subset=["low", "high"])).mark_area(interpolate="step-after", color="#BBBBBB", opacity=0.35).encode(
        x=x, y="low:Q", y2="high:Q"
    )
    step_lines = alt.Chart(long).mark_line(interpolate="step-after", strokeWidth=4).encode(
        x=x, y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False)), color=weights_color(lang=lang)
    )
    points = alt.Chart(steps).mark_point(filled=True, size=160, opacity=1).encode(
        x="release_date:T",
        y="value:Q",
        color=weights_color(legend=False),
        tooltip=[alt.Tooltip("model_name:N", title=text("Model", lang)), alt.Tooltip("weights:N", title=text("Weights", lang)),
                 alt.Tooltip("release_date:T", title=text("Release date", lang), format="%Y-%m-%d"),
                 alt.Tooltip("value:Q", title=text("Value", lang), format=".1f")]
        if lang != DEFAULT else
        ["model_name:N", "weights:N", alt.Tooltip("release_date:T", format="%Y-%m-%d"), alt.Tooltip("value:Q", format=".1f")],
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
