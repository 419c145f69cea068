"""The Timeline page's charts: a family's versions on a true date axis, the pace of families, LMArena history."""
from __future__ import annotations

import altair as alt

from gapboard.core.i18n import DAY_TOOLTIP_FORMAT, DEFAULT, MONTH_AXIS_FORMAT, N_, text
from gapboard.views.charts.theme import (
    date_axis,
    group_color,
    haloed_text,
    precision_fill,
    readable,
    svg,
    tooltips,
    weights_color,
)

TIMELINE_WIDTH = 880
MONTH_ONLY_NOTE = N_("hollow marker = only the month of release is known; the bar spans that month")


def version_timeline_chart(points, panels: list[str], x_domain: tuple, lang: str = DEFAULT) -> alt.FacetChart:
    """One panel per metric: each version a marker on a true date axis, named, with the change from the
    previous version written on the segment between them. `points` from `pace.version_timeline` with
    a `panel` column; `panels` in display order."""
    fill = weights_color(legend=False, lang=lang)
    x = alt.X("x:T", scale=alt.Scale(domain=list(x_domain)), axis=date_axis(lang))
    y = alt.Y("value:Q", title=None, scale=alt.Scale(zero=False, nice=True, padding=34))
    tooltip = tooltips(lang, ("version:N", "Version"), ("date_label:N", "Released"), ("value:Q", "Value", ".4~g"),
                       ("harness_name:N", "Harness"), ("reported_by:N", "Reported by"), ("change_label:N", "Change"),
                       ("previous_version:N", "From"), ("all_values:N", "All values reported"))
    base = alt.Chart().encode(x=x, y=y)
    line = base.mark_line(color="#9a9a9a", strokeWidth=2)
    span = base.mark_rule(strokeWidth=3, opacity=0.6).encode(
        x="x_from:T", x2="x_to:T", color=weights_color(legend=False, lang=lang)
    ).transform_filter("datum.release_date_precision === 'month'")
    markers = base.mark_point(size=170, strokeWidth=2.5, shape="circle", opacity=1).encode(
        color=weights_color(lang=lang), fill=precision_fill(fill), tooltip=tooltip
    ).properties(name="versions")
    names = haloed_text(base.encode(text="version:N"), dy=-17, fontSize=13, fontWeight="bold")
    deltas = haloed_text(
        alt.Chart().encode(x="mid_x:T", y="mid_value:Q", text="change_label:N").transform_filter("datum.change_label != null"),
        dy=15, fontSize=12, color="#333",
    )
    layered = alt.layer(line, span, markers, *names, *deltas).properties(width=TIMELINE_WIDTH, height=190)
    chart = layered.facet(
        data=points,
        row=alt.Row(
            "panel:N", sort=panels, title=None,
            header=alt.Header(labelAngle=0, labelOrient="top", labelAnchor="start", labelFontSize=16, labelFontWeight="bold"),
        ),
        spacing=28,
    ).resolve_scale(y="independent")
    return svg(readable(chart))


def pace_chart(points, trends, groups: list[str], y_title: str, label_versions: bool = True, lang: str = DEFAULT) -> alt.LayerChart:
    """Value against release date per family, with each family's least-squares trend over the window dashed."""
    x = alt.X("x:T", axis=date_axis(lang))
    y = alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=False, nice=True, padding=20))
    color = group_color(groups, text("Family", lang))
    tooltip = tooltips(lang, ("group:N", "Family"), ("version:N", "Version"), ("date_label:N", "Released"),
                       ("value:Q", "Value", ".4~g"), ("harness_name:N", "Harness"), ("reported_by:N", "Reported by"))
    base = alt.Chart(points).encode(x=x, y=y, color=color)
    lines = base.mark_line(strokeWidth=1.5, opacity=0.45).encode(detail="group:N")
    markers = base.mark_point(size=130, strokeWidth=2.5, opacity=1).encode(
        fill=precision_fill(color), tooltip=tooltip
    ).properties(name="pace_points")
    trend = alt.Chart(trends).mark_line(strokeWidth=3.5, strokeDash=[8, 5]).encode(
        x="x:T", y="value:Q", color=alt.Color("group:N", scale=alt.Scale(domain=groups), legend=None), detail="group:N"
    )
    layers = [lines, trend, markers]
    if label_versions:
        layers += haloed_text(base.encode(text="version:N"), dy=-14, fontSize=12)
    return svg(readable(alt.layer(*layers).properties(height=430)))


def arena_frontier_chart(frontier, trends, leaders, breaks, groups: list[str], lang: str = DEFAULT) -> alt.LayerChart:
    """Each family's best LMArena overall score at every snapshot; a dot where a new model takes the lead
    (its name in the tooltip), the latest leader named at the end of each line, and a grey rule where
    the rating scale itself changed (`breaks` from `pace.scale_breaks`)."""
    x = alt.X("x:T", axis=alt.Axis(format=MONTH_AXIS_FORMAT[lang], title=text("LMArena snapshot", lang), labelAngle=0))
    y = alt.Y("value:Q", title=text("Best overall Arena score in the family", lang), scale=alt.Scale(zero=False, nice=True))
    color = group_color(groups, text("Family", lang))
    base = alt.Chart(frontier).encode(x=x, y=y, color=color)
    steps = base.mark_line(interpolate="step-after", strokeWidth=2.5).encode(
        detail="group:N",
        tooltip=tooltips(lang, ("group:N", "Family"), ("version:N", "Leader"), ("x:T", "Snapshot", DAY_TOOLTIP_FORMAT[lang]),
                         ("value:Q", "Score", ".0f")),
    )
    leads = base.transform_filter("datum.leader_changed").mark_point(size=70, filled=True).properties(name="arena_leads")
    leads = leads.encode(tooltip=tooltips(lang, ("group:N", "Family"), ("version:N", "New leader"),
                                          ("x:T", "Snapshot", DAY_TOOLTIP_FORMAT[lang]), ("value:Q", "Score", ".0f")))
    names = haloed_text(alt.Chart(leaders).encode(x="x:T", y="value:Q", color=color, text="version:N"),
                         align="left", dx=6, fontSize=12, fontWeight="bold")
    trend = alt.Chart(trends).mark_line(strokeWidth=3, strokeDash=[8, 5], opacity=0.8).encode(
        x="x:T", y="value:Q", color=alt.Color("group:N", scale=alt.Scale(domain=groups), legend=None), detail="group:N"
    )
    layers = [steps, trend, leads, *names]
    if not breaks.empty:
        rule = alt.Chart(breaks).encode(x="snapshot:T")
        layers[:0] = [
            rule.mark_rule(color="#777", strokeDash=[3, 3], strokeWidth=2),
            rule.mark_text(text=text("rating scale changed", lang), align="left", dx=4, y=8, color="#555", fontSize=12),
        ]
    return svg(readable(alt.layer(*layers).properties(height=460, padding={"right": 190})))


def arena_models_chart(history, lang: str = DEFAULT) -> alt.Chart:
    """One line per model: its overall LMArena score at every snapshot it was on the leaderboard."""
    return svg(readable(
        alt.Chart(history)
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=alt.X("snapshot:T", axis=alt.Axis(format=MONTH_AXIS_FORMAT[lang], title=text("LMArena snapshot", lang), labelAngle=0)),
            y=alt.Y("score:Q", title=text("Overall Arena score", lang), scale=alt.Scale(zero=False, nice=True)),
            color=alt.Color("name:N", title=text("Model", lang), legend=alt.Legend(orient="right", labelLimit=320)),
            tooltip=tooltips(lang, ("name:N", "Model"), ("snapshot:T", "Snapshot", DAY_TOOLTIP_FORMAT[lang]), ("score:Q", "Score", ".0f"),
                             ("source_note:N", "Source")),
        )
        .properties(height=380)
    ))
