"""Chart builders. Each returns an `alt.Chart`; pages only pass data in and hand the chart to Streamlit.

Shared conventions: open-weight and proprietary models always get the same two colours (colour-blind
safe, legible on a projector), fonts are sized for a room, and a chart never silently drops data —
the page says what was left out (see `ui.left_out`).
"""
from __future__ import annotations

import altair as alt

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
