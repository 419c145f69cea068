"""What every chart shares: the open/proprietary colours, projector-sized text, date axes, and the one way a
chart becomes the Vega-Lite spec a page draws.

Conventions: open-weight and proprietary models always get the same two colours (colour-blind safe, legible on a
projector), fonts are sized for a room, and a chart never silently drops data — the page says what was left out.
"""
from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable
from typing import Any

import altair as alt
import pyarrow as pa
from altair.utils.schemapi import debug_mode

from gapboard.core.vocabulary import WEIGHTS, WEIGHTS_COLOURS

WEIGHTS_DOMAIN = list(WEIGHTS)
WEIGHTS_RANGE = [WEIGHTS_COLOURS[w] for w in WEIGHTS]
FONT_SIZE = 14
MONTH_AXIS = alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": 2}, labelAngle=0)
DATE_AXIS = alt.Axis(format="%b %Y", title="Release date", labelAngle=0, tickCount="month")


def weights_color(field: str = "weights", legend: bool = True) -> alt.Color:
    """The open/proprietary colour encoding every chart uses."""
    return alt.Color(
        f"{field}:N",
        title="Weights",
        scale=alt.Scale(domain=WEIGHTS_DOMAIN, range=WEIGHTS_RANGE),
        legend=alt.Legend(orient="top") if legend else None,
    )


READABLE_CONFIG = alt.Config(
    axis=alt.AxisConfig(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE + 1, labelLimit=260),
    legend=alt.LegendConfig(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, symbolSize=140),
    title=alt.TitleConfig(fontSize=FONT_SIZE + 4),
    text=alt.MarkConfig(fontSize=FONT_SIZE - 1),
)


def readable(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Projector-sized axis, legend and title fonts: one config object built (and validated) once, set on a
    shallow copy, instead of four `configure_*` calls that each copy the chart and build a new config."""
    copy = chart.copy(deep=False)
    copy.config = READABLE_CONFIG
    return copy


def svg(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Draw as SVG: marks stay inspectable (named groups, aria labels) in the browser."""
    return chart.properties(usermeta={"embedOptions": {"renderer": "svg"}})


def precision_fill(color: alt.Color) -> alt.condition:
    """Filled marker for a day-precise release date, hollow (white) for a month-only one."""
    return alt.condition("datum.release_date_precision === 'month'", alt.value("white"), color)


def group_color(groups: list[str], title: str = "Family") -> alt.Color:
    """One colour per family, fixed by the order of `groups` so a family keeps its colour across charts."""
    scheme = "tableau10" if len(groups) <= 10 else "tableau20"
    return alt.Color(
        "group:N", title=title, scale=alt.Scale(domain=groups, scheme=scheme),
        legend=alt.Legend(orient="top", columns=6, symbolOpacity=1, symbolStrokeWidth=3),
    )


def haloed_text(chart: alt.Chart, **mark: object) -> list[alt.Chart]:
    """A text layer twice: a thick white copy under the real one, so labels stay legible over lines."""
    return [
        chart.mark_text(stroke="white", strokeWidth=4, strokeJoin="round", opacity=0.9, **mark),
        chart.mark_text(**mark),
    ]


# --- from chart to spec ---------------------------------------------------------------------------

_altair_globals = threading.Lock()  # Altair's theme and data transformer are process-wide


def _to_named_arrow(data: Any, datasets: dict[str, bytes]) -> dict[str, str]:
    """Altair data transformer: the chart's data as Arrow IPC bytes under a content-hash name, as Streamlit
    sends a chart's data (`st.vega_lite_chart` passes named Arrow datasets through unchanged)."""
    table = pa.Table.from_pandas(data)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    content = sink.getvalue().to_pybytes()
    name = hashlib.blake2b(content, digest_size=16).hexdigest()
    datasets[name] = content
    return {"name": name}


alt.data_transformers.register("gapboard_arrow", _to_named_arrow)


def spec(build: Callable[..., alt.TopLevelMixin], *args: Any, **kwargs: Any) -> dict:
    """The Vega-Lite spec of the chart `build(*args, **kwargs)`, ready for `st.vega_lite_chart`: data as named
    Arrow datasets, Altair's own theme left out (Streamlit themes the chart), and no schema validation on the
    way (the tests check every builder's output against Streamlit's own validated conversion)."""
    datasets: dict[str, bytes] = {}
    with _altair_globals, debug_mode(False):
        chart = build(*args, **kwargs)
        theme = alt.theme.enable("none") if alt.theme.active == "default" else contextlib.nullcontext()
        with theme, alt.data_transformers.enable("gapboard_arrow", datasets=datasets):
            result = chart.to_dict(validate=False)
    result["datasets"] = {**result.get("datasets", {}), **datasets}
    return result
