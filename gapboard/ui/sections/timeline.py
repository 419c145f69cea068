"""The Timeline page's sections: one family's versions, the pace of several families, and their LMArena history.
Each is a fragment: its own widgets rerun only that section."""
from __future__ import annotations

import datetime as dt
import re

import pyarrow as pa
import streamlit as st

from gapboard.core import headline, pace
from gapboard.core.i18n import N_
from gapboard.ui import charts, registry, tables, widgets
from gapboard.ui.format import as_of, csv_bytes, missing_note, plain, short_date
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import TimelineParams as P
from gapboard.views import timeline
from gapboard.views.charts import timeline as timeline_charts

ANY_HARNESS = N_("Any harness (headline value)")
ANY_KEY = "~any"  # the harness choice standing for ANY_HARNESS
EARLIEST, LATEST = dt.date(2023, 1, 1), dt.date(2027, 12, 31)


def _texts(**labels: str) -> dict:
    """Text column configs by column name → header (a message, written in the session's language)."""
    return {column: st.column_config.TextColumn(t(label)) for column, label in labels.items()}


def _numbers(**formats: tuple[str, str | None]) -> dict:
    """Number column configs by column name → (header message, printf format)."""
    return {column: st.column_config.NumberColumn(t(label), format=fmt) for column, (label, fmt) in formats.items()}


def _version_columns() -> dict:
    return _texts(version=N_("Version"), date_label=N_("Released"))


def _download(table: pa.Table, label: str, stem: str) -> None:
    """A CSV of `table`, made only when the button is clicked (not on every rerun)."""
    name = re.sub(r"[^A-Za-z0-9.]+", "-", stem).strip("-").lower() or "timeline"
    st.download_button(label, lambda: csv_bytes(table.to_pandas()), file_name=f"{name}.csv", mime="text/csv",
                       on_click="ignore", icon=":material/download:")


def _harness_choice(label: str, harnesses: list[str], key: str, default: str | None) -> str | None:
    options = [ANY_KEY, *harnesses]
    chosen = widgets.bound_selectbox(label, options, key=key, default=default,
                                     format_func=lambda h: t(ANY_HARNESS) if h == ANY_KEY else h,
                                     help=t("Only values measured under this agent scaffold; the headline value may mix harnesses"))
    return None if chosen in (None, ANY_KEY) else chosen


def _pace_table(paces: pa.Table, unit: str, count_label: str) -> None:
    tables.table(
        paces,
        column_config={
            **_texts(group=N_("Family"), first_version=N_("First"), last_version=N_("Last"), weights=N_("Weights"), note=N_("Note")),
            "points_per_month": st.column_config.NumberColumn(
                t("Points per month"), format="%+.2f", help=t("Least-squares slope of value on date in the window")
            ),
            **_numbers(versions=(count_label, None), span_months=(N_("Months"), "%.1f")),
            "change": st.column_config.NumberColumn(t("Change ({unit})", unit=unit), format="%+.1f"),
        },
    )


@st.fragment
def versions_section(made: timeline.Choices, default_family: str, default_benchmarks: list[str]) -> None:
    """One family's versions: chart per benchmark, every value with its source, price, speed, downloads."""
    st.header(t("Versions of one family"))
    bench_names, groups = made.benchmark_names, made.groups
    family = widgets.bound_selectbox(
        t("Family or vendor"), groups, key=P.FAMILY,
        default=default_family,
        help=t("A vendor shows all its model families; a family shows only its own versions"),
    )
    chosen = tuple(widgets.bound_multiselect(t("Benchmarks"), list(bench_names), default_benchmarks, key=P.BENCHMARKS,
                                             format_func=bench_names.get))
    harness = _harness_choice(t("Harness"), timeline.version_harnesses(family, chosen), P.HARNESS, None)
    view = timeline.versions_view(family, chosen, harness, current())

    note = t(timeline_charts.MONTH_ONLY_NOTE)
    st.caption(
        t(headline.HEADLINE_RULE) + " "
        + t("The change is from the previous version with a value on that benchmark; “≠ harness” marks a change between values "
            "measured under different harnesses, which are not comparable.") + " " + note[:1].upper() + note[1:] + "."
    )
    if not chosen:
        st.info(t("Pick at least one benchmark to see the versions' scores."))
    elif view.scores_chart is None:
        st.info(t("No version of {family} has a dated value on the chosen benchmarks.", family=plain(family)))
    else:
        charts.draw(view.scores_chart, width="content")
        st.caption(t("Newest value on the chart: {as_of}.", as_of=as_of(view.newest)))
    tables.left_out(t("the version chart"), view.left_out)
    if view.efficiency_chart is not None:
        st.subheader(t("Runtime, tokens and cost per task"))
        charts.draw(view.efficiency_chart, width="content")

    st.subheader(t("Every value per version, with its source"))
    tables.table(
        view.table,
        column_config={
            **_version_columns(),
            **_texts(benchmark_name=N_("Metric"), unit=N_("Unit"), harness_name=N_("Harness"), previous_version=N_("From version"),
                     source_form=N_("Form")),
            **_numbers(value=(N_("Value"), "%.4g"), change=(N_("Change"), "%+.4g"), change_pct=(N_("Change %"), "%+.0f%%")),
            "harness_changed": st.column_config.CheckboxColumn(t("Harness differs"), help=t("Not comparable: another harness")),
            "all_values": st.column_config.TextColumn(t("All values reported"), width="large"),
            **tables.source_columns(),
        },
    )
    st.caption(missing_note())
    _download(view.table, t("Download this table (CSV)"), f"timeline-{family}")

    if view.rereported.num_rows:
        st.subheader(t("Scores reported differently by different sources"))
        st.caption(t("The same version, benchmark and harness with different values: every one is shown with its source."))
        tables.table(
            view.rereported,
            column_config={
                **_texts(model_name=N_("Version"), benchmark_name=N_("Benchmark"), harness_name=N_("Harness"), source_form=N_("Form")),
                **_numbers(value=(N_("Value"), "%.4g")),
                **tables.source_columns(),
            },
        )

    st.subheader(t("Price, speed and downloads per version"))
    tables.table(
        view.facts,
        column_config={
            **_version_columns(),
            **_texts(weights=N_("Weights"), tier=N_("Tier"), price_list=N_("Price list"), output_range=N_("Output $/Mtok across lists"),
                     tokens_per_second_tier=N_("Tokens/s tier")),
            **_numbers(
                total_params_b=(N_("Params (B)"), "%.4g"), active_params_b=(N_("Active (B)"), "%.4g"),
                input_usd_per_mtok=(N_("Input $/Mtok"), "%.2f"), output_usd_per_mtok=(N_("Output $/Mtok"), "%.2f"),
                price_entries=(N_("Price entries"), None), tokens_per_second=(N_("Tokens/s (fastest stated)"), "%.0f"),
                hf_downloads_last_month=(N_("HF downloads last month"), "%d"),
            ),
            "hf_downloads_as_of": st.column_config.DateColumn(t("Downloads as of")),
            "claims": st.column_config.TextColumn(t("Published claims checked"), width="large"),
            "price_source_url": tables.link_column(t("Price source")),
            "source_url": tables.link_column(t("Model source")),
        },
    )
    st.caption(t(pace.PRICE_RULE) + " " + missing_note())
    _download(view.facts, t("Download version facts (CSV)"), f"versions-{family}")
    if view.claims.num_rows:
        with st.expander(t("Published claims about these versions, checked against the data")):
            tables.table(
                view.claims,
                column_config={
                    **_texts(model_name=N_("Version"), claim=N_("Claim"), claimed_by=N_("Claimed by")),
                    "claimed_on": st.column_config.DateColumn(t("Made on")),
                    "verdict_then": st.column_config.TextColumn(t("On its date")), "verdict": st.column_config.TextColumn(t("Today")),
                    "claimant_url": tables.link_column(t("Where it was claimed")),
                    "why": st.column_config.TextColumn(t("What the data says"), width="large"),
                },
            )
            st.page_link(registry.BENCHMARKS.file, label=t("Every claim and its evidence rows"), query_params=registry.claims_link(current()))
    with st.expander(t("Where each version's date, parameters and downloads come from")):
        tables.table(view.versions,
                     column_config={"name": t("Version"), "release_date": st.column_config.DateColumn(t("Release date")),
                                    "release_date_precision": t("Date precision"), "source_url": tables.link_column(t("Source")),
                                    "note": st.column_config.TextColumn(t("Note"), width="large")})

    if view.arena_chart is not None:
        first, last = view.arena_snapshots
        st.subheader(t("LMArena overall score of this family's models"))
        charts.draw(view.arena_chart)
        st.caption(t("{models} models, snapshots {first} to {last}; a model is drawn only at snapshots where it was on the leaderboard.",
                     models=view.arena_models, first=short_date(first), last=short_date(last)))


@st.fragment
def pace_section(made: timeline.Choices, default_benchmark: str) -> None:
    """Score against release date for several families, the vendor's view next to the independent one,
    and the longer LMArena series for the same families."""
    st.header(t("Pace of improvement across families"))
    bench_names = made.benchmark_names
    benchmark = widgets.bound_selectbox(t("Benchmark"), list(bench_names), key=P.PACE_BENCHMARK, default=default_benchmark,
                                        format_func=bench_names.get)
    harnesses, default_harness = timeline.pace_harnesses(benchmark)
    harness = _harness_choice(t("Harness for the independent view"), harnesses, P.PACE_HARNESS, default_harness)
    families = tuple(widgets.bound_multiselect(t("Families"), made.pace_groups, made.vendors, key=P.FAMILIES,
                                               help=t("Vendors or model families; the same choice drives the LMArena chart below")))
    left, right = st.columns(2)
    with left:
        start = widgets.bound_date(t("Window from"), made.first_release, key=P.FROM, min_value=EARLIEST, max_value=LATEST)
    with right:
        end = widgets.bound_date(t("Window to"), made.last_release, key=P.TO, min_value=EARLIEST, max_value=LATEST)
    if end < start:
        st.warning(t("The window ends before it starts, so it holds no versions; swap the two dates."))
    if not families:
        st.info(t("Pick at least one family to compare."))
        return
    view = timeline.pace_view(benchmark, harness, families, start, end, current())
    measured = plain(bench_names[benchmark]) + " " + (
        t("under {harness} only, so every family is measured the same way.", harness=plain(harness)) if harness
        else t("headline values: harnesses may differ between models, so the points are not strictly comparable.")
    )
    st.subheader(t("Points per month, side by side"))
    per_month = t(pace.PER_MONTH)
    tables.table(view.comparison, column_config={
        **_texts(group=N_("Family"), weights=N_("Weights")),
        **{c: st.column_config.NumberColumn(c, format="%+.2f") for c in view.comparison.column_names if c.endswith(per_month)},
    })
    st.caption(t(
        "Points per month: least-squares slope of the value on release date over the versions released in the window "
        "({start} to {end}; a month = 30.44 days; a month-only release date counts as the middle of its month). It needs two "
        "versions with different dates. Dashed lines in the charts draw that fit.", start=short_date(start), end=short_date(end),
    ))
    for panel in view.panels:
        st.subheader(panel.title)
        st.caption(measured if panel.measures is None else plain(panel.measures))
        if panel.chart is None:
            st.info(t("No dated values in this window."))
        else:
            charts.draw(panel.chart)
        tables.left_out(panel.title.lower(), panel.left_out)
        with st.expander(t("{view}: every point, with its source", view=panel.title)):
            tables.table(panel.points, column_config={
                **_texts(group=N_("Family"), version=N_("Version"), date_label=N_("Released"), harness_name=N_("Harness")),
                "value": st.column_config.NumberColumn(t("Value")), **tables.source_columns()})
    arena_view(made, families)


def arena_view(made: timeline.Choices, families: tuple[str, ...]) -> None:
    """The families' best LMArena overall score over time, with its own window."""
    st.header(t("A longer independent series: LMArena overall score"))
    breaks = made.scale_breaks
    left, right = st.columns(2)
    with left:
        start = widgets.bound_date(t("Arena window from"), breaks["snapshot"].max() if not breaks.empty else made.arena_first,
                                   key=P.ARENA_FROM, min_value=EARLIEST, max_value=LATEST)
    with right:
        end = widgets.bound_date(t("Arena window to"), made.arena_last, key=P.ARENA_TO, min_value=EARLIEST, max_value=LATEST)
    view = timeline.arena_view(families, start, end, current())
    if view.chart is None:
        st.info(t("None of the chosen families has LMArena history in this window."))
    else:
        charts.draw(view.chart)
    _pace_table(view.paces, t("Arena points"), N_("Snapshots in window"))
    tables.left_out(t("the LMArena chart"), view.left_out)
    st.caption(t(
        "Each line is the family's best overall Arena score at each of {snapshots} leaderboard snapshots; a "
        "dot marks a new model taking the lead (hover for its name) and the latest leader is named at the end of the line. "
        "Arena scores are relative (Elo-style) ratings from human preference votes, so the scale drifts as models join; "
        "compare slopes, not levels across years. A snapshot where a model was not on the leaderboard is missing, never "
        "zero. Source: nakasyou/lmarena-history (MIT), converted from LMArena's published results.", snapshots=made.arena_snapshots,
    ))
    for brk in breaks.itertuples():
        st.caption(t(
            "Between the {previous} and {snapshot} snapshots the median score of the {models} models on both moved by "
            "{change:+.0f} points: the rating scale changed, not the models. A slope across that date mixes two scales, so the "
            "window starts after the last such change unless you move it.",
            previous=short_date(brk.previous_snapshot), snapshot=short_date(brk.snapshot), models=brk.models, change=brk.median_change,
        ))
