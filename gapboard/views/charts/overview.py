"""The Overview's own charts: the price bars and a family's version steps (the gap dots are in `gap`)."""
from __future__ import annotations

import altair as alt

from gapboard.core.i18n import DEFAULT, text
from gapboard.views.charts.theme import FONT_SIZE, month_axis, readable, weights_color


def price_bars(frame, lang: str = DEFAULT, font: int = FONT_SIZE, height: int | None = None) -> alt.TopLevelMixin:
    """Horizontal bars of each model's cheapest output price, cheapest first, labelled with the price (titles in
    `lang`; `font` and `height`, None: 30 px per bar, size it for a page or a slide)."""
    order = frame["model_name"].tolist()
    base = alt.Chart(frame).encode(
        y=alt.Y("model_name:N", title=None, sort=order),
        x=alt.X("output_usd_per_mtok:Q", title=text("Output price, USD per million tokens", lang),
                **({} if font == FONT_SIZE else {  # a slide's price labels get room at the right end
                    "scale": alt.Scale(domain=[0, float(frame["output_usd_per_mtok"].max()) * 1.25]), "axis": alt.Axis(labelFlush=True)})),
    )
    tooltip = ["model_name:N", "price_list:N", alt.Tooltip("output_usd_per_mtok:Q", format="$.2f"), alt.Tooltip("times:Q", format=".1f")]
    if lang != DEFAULT:
        tooltip = [alt.Tooltip("model_name:N", title=text("Model", lang)), alt.Tooltip("price_list:N", title=text("Price list", lang)),
                   alt.Tooltip("output_usd_per_mtok:Q", title=text("Output $/M", lang), format="$.2f"),
                   alt.Tooltip("times:Q", title=text("Times the subject's price", lang), format=".1f")]
    bars = base.mark_bar().encode(color=weights_color(lang=lang), tooltip=tooltip)
    labels = base.mark_text(align="left", dx=4, fontSize=font - 1).encode(text=alt.Text("output_usd_per_mtok:Q", format="$.2f"))
    return readable((bars + labels).properties(height=height or alt.Step(30)), font)


def version_steps(frame, y_title: str, lang: str = DEFAULT, font: int = FONT_SIZE, height: int = 300) -> alt.TopLevelMixin:
    """A family's versions on a true date axis, each labelled with its name and score (missing scores sit on the axis line)."""
    scored = frame.dropna(subset=["value"])
    base = alt.Chart(scored).encode(
        x=alt.X("release_date:T", title=text("Release date", lang), axis=month_axis(lang), scale=alt.Scale(padding=40)),
        y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False, padding=20)),
    )
    line = base.mark_line(strokeWidth=3, color="#999999")
    tooltip = ["name:N", alt.Tooltip("release_date:T", format="%Y-%m-%d"), alt.Tooltip("value:Q", format=".1f")]
    if lang != DEFAULT:
        tooltip = [alt.Tooltip("name:N", title=text("Version", lang)),
                   alt.Tooltip("release_date:T", title=text("Release date", lang), format="%Y-%m-%d"),
                   alt.Tooltip("value:Q", title=text("Value", lang), format=".1f")]
    dots = base.mark_point(filled=True, size=220, opacity=1).encode(color=weights_color(lang=lang), tooltip=tooltip)
    labels = base.mark_text(dy=-(font + 4), fontSize=font).encode(text="label:N").transform_calculate(
        label="datum.name + ' ' + format(datum.value, '.1f')"
    )
    return readable((line + dots + labels).properties(height=height), font)
