"""The Timeline page's sections: one family's versions, the pace of several families, and their LMArena history.
Each is a fragment: its own widgets rerun only that section."""
from __future__ import annotations

import datetime as dt
import re

import pyarrow as pa
import streamlit as st

from gapboard.core import headline, pace
from gapboard.ui import charts, registry, tables, widgets
from gapboard.ui.format import MISSING_NOTE, as_of, csv_bytes, plain
from gapboard.ui.registry import TimelineParams as P
from gapboard.views import timeline
from gapboard.views.charts import timeline as timeline_charts

ANY_HARNESS = "Any harness (headline value)"
EARLIEST, LATEST = dt.date(2023, 1, 1), dt.date(2027, 12, 31)


def _texts(**labels: str) -> dict:
    """Text column configs by column name → header."""
    return {column: st.column_config.TextColumn(label) for column, label in labels.items()}


def _numbers(**formats: tuple[str, str | None]) -> dict:
    """Number column configs by column name → (header, printf format)."""
    return {column: st.column_config.NumberColumn(label, format=fmt) for column, (label, fmt) in formats.items()}


VERSION_COLUMNS = _texts(version="Version", date_label="Released")


def _download(table: pa.Table, label: str, stem: str) -> None:
    """A CSV of `table`, made only when the button is clicked (not on every rerun)."""
    name = re.sub(r"[^A-Za-z0-9.]+", "-", stem).strip("-").lower() or "timeline"
    st.download_button(label, lambda: csv_bytes(table.to_pandas()), file_name=f"{name}.csv", mime="text/csv",
                       on_click="ignore", icon=":material/download:")


def _harness_choice(label: str, harnesses: list[str], key: str, default: str | None) -> str | None:
    options = [ANY_HARNESS, *harnesses]
    chosen = widgets.bound_selectbox(label, options, key=key, default=default,
                                help="Only values measured under this agent scaffold; the headline value may mix harnesses")
    return None if chosen in (None, ANY_HARNESS) else chosen


def _pace_table(paces: pa.Table, unit: str, count_label: str) -> None:
    tables.table(
        paces,
        column_config={
            **_texts(group="Family", first_version="First", last_version="Last", weights="Weights", note="Note"),
            "points_per_month": st.column_config.NumberColumn(
                "Points per month", format="%+.2f", help="Least-squares slope of value on date in the window"
            ),
            **_numbers(versions=(count_label, None), span_months=("Months", "%.1f"), change=(f"Change ({unit})", "%+.1f")),
        },
    )


@st.fragment
def versions_section(made: timeline.Choices, default_family: str, default_benchmarks: list[str]) -> None:
    """One family's versions: chart per benchmark, every value with its source, price, speed, downloads."""
    st.header("Versions of one family")
    bench_names, groups = made.benchmark_names, made.groups
    family = widgets.bound_selectbox(
        "Family or vendor", groups, key=P.FAMILY,
        default=default_family,
        help="A vendor shows all its model families; a family shows only its own versions",
    )
    chosen = tuple(widgets.bound_multiselect("Benchmarks", list(bench_names), default_benchmarks, key=P.BENCHMARKS,
                                        format_func=bench_names.get))
    harness = _harness_choice("Harness", timeline.version_harnesses(family, chosen), P.HARNESS, None)
    view = timeline.versions_view(family, chosen, harness)

    st.caption(
        headline.HEADLINE_RULE + " The change is from the previous version with a value on that benchmark; "
        "“≠ harness” marks a change between values measured under different harnesses, which are not comparable. "
        + timeline_charts.MONTH_ONLY_NOTE.capitalize() + "."
    )
    if not chosen:
        st.info("Pick at least one benchmark to see the versions' scores.")
    elif view.scores_chart is None:
        st.info(f"No version of {plain(family)} has a dated value on the chosen benchmarks.")
    else:
        charts.draw(view.scores_chart, width="content")
        st.caption(f"Newest value on the chart: {as_of(view.newest)}.")
    tables.left_out("the version chart", view.left_out)
    if view.efficiency_chart is not None:
        st.subheader("Runtime, tokens and cost per task")
        charts.draw(view.efficiency_chart, width="content")

    st.subheader("Every value per version, with its source")
    tables.table(
        view.table,
        column_config={
            **VERSION_COLUMNS,
            **_texts(benchmark_name="Metric", unit="Unit", harness_name="Harness", previous_version="From version",
                     source_form="Form"),
            **_numbers(value=("Value", "%.4g"), change=("Change", "%+.4g"), change_pct=("Change %", "%+.0f%%")),
            "harness_changed": st.column_config.CheckboxColumn("Harness differs", help="Not comparable: another harness"),
            "all_values": st.column_config.TextColumn("All values reported", width="large"),
            **tables.source_columns(),
        },
    )
    st.caption(MISSING_NOTE)
    _download(view.table, "Download this table (CSV)", f"timeline-{family}")

    if view.rereported.num_rows:
        st.subheader("Scores reported differently by different sources")
        st.caption("The same version, benchmark and harness with different values: every one is shown with its source.")
        tables.table(
            view.rereported,
            column_config={
                **_texts(model_name="Version", benchmark_name="Benchmark", harness_name="Harness", source_form="Form"),
                **_numbers(value=("Value", "%.4g")),
                **tables.source_columns(),
            },
        )

    st.subheader("Price, speed and downloads per version")
    tables.table(
        view.facts,
        column_config={
            **VERSION_COLUMNS,
            **_texts(weights="Weights", tier="Tier", price_list="Price list", output_range="Output $/Mtok across lists",
                     tokens_per_second_tier="Tokens/s tier"),
            **_numbers(
                total_params_b=("Params (B)", "%.4g"), active_params_b=("Active (B)", "%.4g"),
                input_usd_per_mtok=("Input $/Mtok", "%.2f"), output_usd_per_mtok=("Output $/Mtok", "%.2f"),
                price_entries=("Price entries", None), tokens_per_second=("Tokens/s (fastest stated)", "%.0f"),
                hf_downloads_last_month=("HF downloads last month", "%d"),
            ),
            "hf_downloads_as_of": st.column_config.DateColumn("Downloads as of"),
            "claims": st.column_config.TextColumn("Published claims checked", width="large"),
            "price_source_url": tables.link_column("Price source"),
            "source_url": tables.link_column("Model source"),
        },
    )
    st.caption(pace.PRICE_RULE + " " + MISSING_NOTE)
    _download(view.facts, "Download version facts (CSV)", f"versions-{family}")
    if view.claims.num_rows:
        with st.expander("Published claims about these versions, checked against the data"):
            tables.table(
                view.claims,
                column_config={
                    **_texts(model_name="Version", verdict_then="On its date", verdict="Today"),
                    "claimant_url": tables.link_column("Where it was claimed"),
                    "why": st.column_config.TextColumn("What the data says", width="large"),
                },
            )
            st.page_link(registry.BENCHMARKS.file, label="Every claim and its evidence rows", query_params=registry.claims_link())
    with st.expander("Where each version's date, parameters and downloads come from"):
        tables.table(view.versions,
                 column_config={"source_url": tables.link_column("Source"),
                                "note": st.column_config.TextColumn("Note", width="large")})

    if view.arena_chart is not None:
        first, last = view.arena_snapshots
        st.subheader("LMArena overall score of this family's models")
        charts.draw(view.arena_chart)
        st.caption(f"{view.arena_models} models, snapshots {first:%d %b %Y} to {last:%d %b %Y}; a model is drawn only "
                   "at snapshots where it was on the leaderboard.")


@st.fragment
def pace_section(made: timeline.Choices, default_benchmark: str) -> None:
    """Score against release date for several families, the vendor's view next to the independent one,
    and the longer LMArena series for the same families."""
    st.header("Pace of improvement across families")
    bench_names = made.benchmark_names
    benchmark = widgets.bound_selectbox("Benchmark", list(bench_names), key=P.PACE_BENCHMARK, default=default_benchmark,
                                        format_func=bench_names.get)
    harnesses, default_harness = timeline.pace_harnesses(benchmark)
    harness = _harness_choice("Harness for the independent view", harnesses, P.PACE_HARNESS, default_harness)
    families = tuple(widgets.bound_multiselect("Families", made.pace_groups, made.vendors, key=P.FAMILIES,
                                          help="Vendors or model families; the same choice drives the LMArena chart below"))
    left, right = st.columns(2)
    with left:
        start = widgets.bound_date("Window from", made.first_release, key=P.FROM, min_value=EARLIEST, max_value=LATEST)
    with right:
        end = widgets.bound_date("Window to", made.last_release, key=P.TO, min_value=EARLIEST, max_value=LATEST)
    if end < start:
        st.warning("The window ends before it starts, so it holds no versions; swap the two dates.")
    if not families:
        st.info("Pick at least one family to compare.")
        return
    view = timeline.pace_view(benchmark, harness, families, start, end)
    measured = plain(bench_names[benchmark]) + " " + (
        f"under {plain(harness)} only, so every family is measured the same way." if harness
        else "headline values: harnesses may differ between models, so the points are not strictly comparable."
    )
    st.subheader("Points per month, side by side")
    tables.table(view.comparison, column_config={
        **_texts(group="Family", weights="Weights"),
        **{c: st.column_config.NumberColumn(c, format="%+.2f") for c in view.comparison.column_names if c.endswith("points per month")},
    })
    st.caption(
        "Points per month: least-squares slope of the value on release date over the versions released in the window "
        f"({start:%d %b %Y} to {end:%d %b %Y}; a month = 30.44 days; a month-only release date counts as the middle of "
        "its month). It needs two versions with different dates. Dashed lines in the charts draw that fit."
    )
    for panel in view.panels:
        st.subheader(panel.title)
        st.caption(measured if panel.measures is None else plain(panel.measures))
        if panel.chart is None:
            st.info("No dated values in this window.")
        else:
            charts.draw(panel.chart)
        tables.left_out(panel.title.lower(), panel.left_out)
        with st.expander(f"{panel.title}: every point, with its source"):
            tables.table(panel.points, column_config={**_texts(group="Family"), **tables.source_columns()})
    arena_view(made, families)


def arena_view(made: timeline.Choices, families: tuple[str, ...]) -> None:
    """The families' best LMArena overall score over time, with its own window."""
    st.header("A longer independent series: LMArena overall score")
    breaks = made.scale_breaks
    left, right = st.columns(2)
    with left:
        start = widgets.bound_date("Arena window from", breaks["snapshot"].max() if not breaks.empty else made.arena_first,
                              key=P.ARENA_FROM, min_value=EARLIEST, max_value=LATEST)
    with right:
        end = widgets.bound_date("Arena window to", made.arena_last, key=P.ARENA_TO, min_value=EARLIEST, max_value=LATEST)
    view = timeline.arena_view(families, start, end)
    if view.chart is None:
        st.info("None of the chosen families has LMArena history in this window.")
    else:
        charts.draw(view.chart)
    _pace_table(view.paces, "Arena points", "Snapshots in window")
    tables.left_out("the LMArena chart", view.left_out)
    st.caption(
        f"Each line is the family's best overall Arena score at each of {made.arena_snapshots} leaderboard snapshots; a "
        "dot marks a new model taking the lead (hover for its name) and the latest leader is named at the end of the line. "
        "Arena scores are relative (Elo-style) ratings from human preference votes, so the scale drifts as models join; "
        "compare slopes, not levels across years. A snapshot where a model was not on the leaderboard is missing, never "
        "zero. Source: nakasyou/lmarena-history (MIT), converted from LMArena's published results."
    )
    for brk in breaks.itertuples():
        st.caption(
            f"Between the {brk.previous_snapshot:%d %b %Y} and {brk.snapshot:%d %b %Y} snapshots the median score of the "
            f"{brk.models} models on both moved by {brk.median_change:+.0f} points: the rating scale changed, not the "
            "models. A slope across that date mixes two scales, so the window starts after the last such change unless "
            "you move it."
        )
