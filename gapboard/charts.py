"""Chart builders. Each returns an `alt.Chart`; pages only pass data in and hand the chart to Streamlit.

Shared conventions: open-weight and proprietary models always get the same two colours (colour-blind
safe, legible on a projector), fonts are sized for a room, and a chart never silently drops data —
the page says what was left out (see `ui.left_out`).
"""
from __future__ import annotations

import altair as alt
import pandas as pd

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


def readable(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Projector-sized axis, legend and title fonts."""
    return (
        chart.configure_axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE + 1, labelLimit=260)
        .configure_legend(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, symbolSize=140)
        .configure_title(fontSize=FONT_SIZE + 4)
        .configure_text(fontSize=FONT_SIZE - 1)
    )


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
