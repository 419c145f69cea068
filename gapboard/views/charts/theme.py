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

from gapboard.core.i18n import DEFAULT, MONTH_AXIS_FORMAT, N_, text
from gapboard.core.vocabulary import WEIGHTS, WEIGHTS_COLOURS

WEIGHTS_DOMAIN = list(WEIGHTS)
WEIGHTS_RANGE = [WEIGHTS_COLOURS[w] for w in WEIGHTS]
FONT_SIZE = 14
SLIDE_FONT_SIZE = 19  # a slide's smallest chart text is one less: 18 px
MONTH_AXIS = alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": 2}, labelAngle=0)
DATE_AXIS = alt.Axis(format="%b %Y", title="Release date", labelAngle=0, tickCount="month")
WEIGHTS_WORDS = {"open": N_("open"), "proprietary": N_("proprietary")}  # the legend's labels, per weights class


def month_axis(lang: str = DEFAULT) -> alt.Axis:
    """MONTH_AXIS with its months written in `lang`."""
    return MONTH_AXIS if lang == DEFAULT else alt.Axis(format=MONTH_AXIS_FORMAT[lang], tickCount={"interval": "month", "step": 2},
                                                       labelAngle=0)


def date_axis(lang: str = DEFAULT) -> alt.Axis:
    """DATE_AXIS (release dates by month) in `lang`."""
    if lang == DEFAULT:
        return DATE_AXIS
    return alt.Axis(format=MONTH_AXIS_FORMAT[lang], title=text("Release date", lang), labelAngle=0, tickCount="month")


def weights_color(field: str = "weights", legend: bool = True, lang: str = DEFAULT) -> alt.Color:
    """The open/proprietary colour encoding every chart uses (its legend in `lang`)."""
    return alt.Color(
        f"{field}:N",
        title=text("Weights", lang),
        scale=alt.Scale(domain=WEIGHTS_DOMAIN, range=WEIGHTS_RANGE),
        # the Korean words are wider: one per row, so a narrow chart does not clip them
        legend=(alt.Legend(orient="top") if lang == DEFAULT else
                alt.Legend(orient="top", direction="vertical", labelExpr=words_expr(WEIGHTS_WORDS, lang)))
        if legend else None,
    )


def tooltips(lang: str, *fields: tuple[str, ...]) -> list[alt.Tooltip]:
    """Tooltips from (field, title message[, format]) with their titles written in `lang`."""
    return [alt.Tooltip(field, title=text(title, lang), **({"format": rest[0]} if rest else {})) for field, title, *rest in fields]


def words_expr(words: dict[str, str], lang: str, field: str = "datum.label") -> str:
    """A Vega expression writing each data value of `words` (value → message) in `lang`, anything else as it is."""
    expression = field
    for value, message in reversed(list(words.items())):
        expression = f"{field} === {_quoted(value)} ? {_quoted(text(message, lang))} : {expression}"
    return expression


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _config(font: int) -> alt.Config:
    return alt.Config(
        axis=alt.AxisConfig(labelFontSize=font, titleFontSize=font + 1, labelLimit=260),
        legend=alt.LegendConfig(labelFontSize=font, titleFontSize=font, symbolSize=140),
        title=alt.TitleConfig(fontSize=font + 4),
        text=alt.MarkConfig(fontSize=font - 1),
    )


READABLE_CONFIG = _config(FONT_SIZE)
SLIDE_CONFIG = _config(SLIDE_FONT_SIZE)


def readable(chart: alt.TopLevelMixin, font: int = FONT_SIZE) -> alt.TopLevelMixin:
    """Projector-sized axis, legend and title fonts: one config object built (and validated) once, set on a
    shallow copy, instead of four `configure_*` calls that each copy the chart and build a new config. `font`
    SLIDE_FONT_SIZE: a slide's (no text under 18 px, drawn as SVG)."""
    copy = chart.copy(deep=False)
    copy.config = SLIDE_CONFIG if font == SLIDE_FONT_SIZE else READABLE_CONFIG if font == FONT_SIZE else _config(font)
    return svg(copy) if font == SLIDE_FONT_SIZE else copy  # a slide's chart as SVG: every text's size can be checked


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
