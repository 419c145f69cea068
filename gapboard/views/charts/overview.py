"""The Overview's own charts: the price bars and a family's version steps (the gap dots are in `gap`)."""
from __future__ import annotations

import altair as alt

from gapboard.views.charts.theme import FONT_SIZE, MONTH_AXIS, readable, weights_color


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
