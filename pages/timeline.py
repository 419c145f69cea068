"""Timeline: a family's versions on a true date axis, and how fast families improve."""
import datetime as dt
import re

import pandas as pd
import streamlit as st

from gapboard import analysis, charts, claims, pace, queries, store, ui

DEFAULT_FAMILY = "MiniMax"
DEFAULT_BENCHMARKS = [
    "swe-bench-verified", "multi-swe-bench", "swe-bench-pro", "terminal-bench-2-0", "browsecomp-with-context-management",
]
DEFAULT_PACE_BENCHMARK = "swe-bench-verified"
ANY_HARNESS = "Any harness (headline value)"
EARLIEST, LATEST = dt.date(2023, 1, 1), dt.date(2027, 12, 31)
TIMELINE_COLUMNS = [
    "version", "date_label", "benchmark_name", "value", "unit", "harness_name", "change", "change_pct",
    "previous_version", "harness_changed", "all_values", "reported_by", "source_form", "confidence", "as_of",
    "source_url", "source_note",
]


def _texts(**labels: str) -> dict:
    """Text column configs by column name → header."""
    return {column: st.column_config.TextColumn(label) for column, label in labels.items()}


def _numbers(**formats: tuple[str, str | None]) -> dict:
    """Number column configs by column name → (header, printf format)."""
    return {column: st.column_config.NumberColumn(label, format=fmt) for column, (label, fmt) in formats.items()}


VERSION_COLUMNS = _texts(version="Version", date_label="Released")

# The heavier pure transforms of cached query results, cached by their inputs: a rerun (a widget in one
# section, or another visit) does not redo the other section's pandas work.
_cached = store.cached()
version_timeline_of, headline_prices_of = _cached(pace.version_timeline), _cached(pace.headline_prices)
pace_points_of, pace_of, arena_frontier_of = _cached(pace.pace_points), _cached(pace.pace), _cached(pace.arena_frontier)


def _download(frame: pd.DataFrame, label: str, stem: str) -> None:
    name = re.sub(r"[^A-Za-z0-9.]+", "-", stem).strip("-").lower() or "timeline"
    st.download_button(label, ui.csv_bytes(frame), file_name=f"{name}.csv", mime="text/csv", on_click="ignore",
                       icon=":material/download:")


def _harness_choice(label: str, scores: pd.DataFrame, key: str, default: str | None) -> str | None:
    options = [ANY_HARNESS, *sorted(scores.loc[scores["harness"].notna(), "harness_name"].unique())]
    index = options.index(default) if default in options else 0
    chosen = ui.bound_selectbox(label, options, key=key, index=index,
                                help="Only values measured under this agent scaffold; the headline value may mix harnesses")
    return None if chosen in (None, ANY_HARNESS) else chosen


def _pace_table(paces: pd.DataFrame, unit: str, count_label: str) -> None:
    ui.table(
        paces[["group", "points_per_month", "versions", "first_version", "last_version", "span_months", "change",
               "weights", "note"]],
        column_config={
            **_texts(group="Family", first_version="First", last_version="Last", weights="Weights", note="Note"),
            "points_per_month": st.column_config.NumberColumn(
                "Points per month", format="%+.2f", help="Least-squares slope of value on date in the window"
            ),
            **_numbers(versions=(count_label, None), span_months=("Months", "%.1f"), change=(f"Change ({unit})", "%+.1f")),
        },
    )


@st.fragment
def versions_section(bench_names: dict[str, str]) -> None:
    """One family's versions: chart per benchmark, every value with its source, price, speed, downloads."""
    st.header("Versions of one family")
    groups = list(dict.fromkeys(queries.timeline_groups()["name"]))
    family = ui.bound_selectbox(
        "Family or vendor", groups, key="family",
        index=groups.index(DEFAULT_FAMILY) if DEFAULT_FAMILY in groups else 0,
        help="A vendor shows all its model families; a family shows only its own versions",
    )
    chosen = ui.bound_multiselect("Benchmarks", list(bench_names), DEFAULT_BENCHMARKS, key="tbench", format_func=bench_names.get)
    versions = queries.family_versions(family)
    ids = versions["id"].tolist()
    scores = queries.timeline_scores(ids, chosen)
    harness = _harness_choice("Harness", scores[scores["kind"] == "score"], "harness", None)
    timeline = version_timeline_of(versions, scores, {b: bench_names[b] for b in chosen}, harness)
    points = timeline.points
    on_chart, efficiency = points[points["kind"] == "score"], points[points["kind"] != "score"]
    x_domain = pace.time_domain(points)

    st.caption(
        analysis.HEADLINE_RULE + " The change is from the previous version with a value on that benchmark; "
        "“≠ harness” marks a change between values measured under different harnesses, which are not comparable. "
        + charts.MONTH_ONLY_NOTE.capitalize() + "."
    )
    if not chosen:
        st.info("Pick at least one benchmark to see the versions' scores.")
    elif on_chart.empty:
        st.info(f"No version of {ui.plain(family)} has a dated value on the chosen benchmarks.")
    else:
        ui.chart(charts.version_timeline_chart, on_chart, list(dict.fromkeys(on_chart["panel"])), x_domain, width="content")
    ui.left_out("the version chart", timeline.left_out)
    if not efficiency.empty:
        st.subheader("Runtime, tokens and cost per task")
        ui.chart(charts.version_timeline_chart, efficiency, list(dict.fromkeys(efficiency["panel"])), x_domain, width="content")

    st.subheader("Every value per version, with its source")
    table = points[TIMELINE_COLUMNS]
    ui.table(
        table,
        column_config={
            **VERSION_COLUMNS,
            **_texts(benchmark_name="Metric", unit="Unit", harness_name="Harness", previous_version="From version",
                     source_form="Form"),
            **_numbers(value=("Value", "%.4g"), change=("Change", "%+.4g"), change_pct=("Change %", "%+.0f%%")),
            "harness_changed": st.column_config.CheckboxColumn("Harness differs", help="Not comparable: another harness"),
            "all_values": st.column_config.TextColumn("All values reported", width="large"),
            **ui.source_columns(),
        },
    )
    st.caption(ui.MISSING_NOTE)
    _download(table, "Download this table (CSV)", f"timeline-{family}")

    rereported = pace.rereported(scores[scores["benchmark"].isin(chosen)])
    if not rereported.empty:
        st.subheader("Scores reported differently by different sources")
        st.caption("The same version, benchmark and harness with different values: every one is shown with its source.")
        ui.table(
            rereported[["model_name", "benchmark_name", "harness_name", "value", "source_form", "reported_by", "as_of",
                        "source_url", "source_note"]],
            column_config={
                **_texts(model_name="Version", benchmark_name="Benchmark", harness_name="Harness", source_form="Form"),
                **_numbers(value=("Value", "%.4g")),
                **ui.source_columns(),
            },
        )

    st.subheader("Price, speed and downloads per version")
    version_claims = claims.checks_table([c for c in claims.current_checks() if c.claim["model"] in set(ids)])
    version_claims = version_claims.assign(model_name=version_claims["model"].map(dict(zip(versions["id"], versions["name"]))))
    facts = pace.version_facts(pace.with_positions(versions), headline_prices_of(queries.timeline_prices(ids)), version_claims)
    ui.table(
        facts,
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
            "price_source_url": st.column_config.LinkColumn("Price source", validate=r"^https?://"),
            "source_url": st.column_config.LinkColumn("Model source", validate=r"^https?://"),
        },
    )
    st.caption(pace.PRICE_RULE + " " + ui.MISSING_NOTE)
    _download(facts, "Download version facts (CSV)", f"versions-{family}")
    if not version_claims.empty:
        with st.expander("Published claims about these versions, checked against the data"):
            ui.table(
                version_claims[["model_name", "claim", "claimed_by", "claimed_on", "verdict", "why", "claimant_url"]],
                column_config={
                    **_texts(model_name="Version"),
                    "claimant_url": st.column_config.LinkColumn("Where it was claimed", validate=r"^https?://"),
                    "why": st.column_config.TextColumn("What the data says", width="large"),
                },
            )
            st.page_link("pages/benchmarks.py", label="Every claim and its evidence rows", query_params={"view": "Claims check"})
    with st.expander("Where each version's date, parameters and downloads come from"):
        ui.table(versions[["name", "release_date", "release_date_precision", "source_url", "note"]],
                 column_config={"source_url": st.column_config.LinkColumn("Source", validate=r"^https?://"),
                                "note": st.column_config.TextColumn("Note", width="large")})

    history = queries.arena_history([family])
    if not history.empty:
        st.subheader("LMArena overall score of this family's models")
        ui.chart(charts.arena_models_chart, history)
        st.caption(f"{history['name'].nunique()} models, snapshots {history['snapshot'].min():%d %b %Y} to "
                   f"{history['snapshot'].max():%d %b %Y}; a model is drawn only at snapshots where it was on the "
                   "leaderboard.")


@st.fragment
def pace_section(bench_names: dict[str, str], catalogue: pd.DataFrame) -> None:
    """Score against release date for several families, the vendor's view next to the independent one,
    and the longer LMArena series for the same families."""
    st.header("Pace of improvement across families")
    default = list(bench_names).index(DEFAULT_PACE_BENCHMARK) if DEFAULT_PACE_BENCHMARK in bench_names else 0
    benchmark = ui.bound_selectbox("Benchmark", list(bench_names), key="pbench", index=default, format_func=bench_names.get)
    scores = queries.pace_scores(benchmark)
    harness = _harness_choice("Harness for the independent view", scores, "pharness", pace.default_harness(scores))
    options = sorted({*queries.timeline_groups()["name"], *queries.arena_groups()["name"]}, key=str.lower)
    families = ui.bound_multiselect("Families", options, queries.vendors(), key="fams",
                                    help="Vendors or model families; the same choice drives the LMArena chart below")
    first_release, last_release = queries.release_range().iloc[0]
    left, right = st.columns(2)
    with left:
        start = ui.bound_date("Window from", first_release, key="from", min_value=EARLIEST, max_value=LATEST)
    with right:
        end = ui.bound_date("Window to", last_release, key="to", min_value=EARLIEST, max_value=LATEST)
    if end < start:
        st.warning("The window ends before it starts, so it holds no versions; swap the two dates.")
    unit = pace.UNIT_LABELS.get(catalogue.set_index("id").at[benchmark, "unit"], "")
    measured = ui.plain(bench_names[benchmark]) + " " + (
        f"under {ui.plain(harness)} only, so every family is measured the same way." if harness
        else "headline values: harnesses may differ between models, so the points are not strictly comparable."
    )
    views = [("Independent view", measured, pace_points_of(scores, families, harness))]
    vendor_views = catalogue[(catalogue["variant_of"] == benchmark) & catalogue["timeline_only"]]
    views += [("The vendor's view", ui.plain(f"{view['name']}: {view['measures']}"),
               pace_points_of(queries.pace_scores(view["id"]), families)) for view in vendor_views.to_dict("records")]
    paces = {title: pace_of(found.points, families, start, end) for title, _, found in views}

    if not families:
        st.info("Pick at least one family to compare.")
        return
    st.subheader("Points per month, side by side")
    comparison = pace.compare_paces(paces)
    ui.table(comparison, column_config={
        **_texts(group="Family", weights="Weights"),
        **{c: st.column_config.NumberColumn(c, format="%+.2f") for c in comparison.columns if c.endswith("points per month")},
    })
    st.caption(
        "Points per month: least-squares slope of the value on release date over the versions released in the window "
        f"({start:%d %b %Y} to {end:%d %b %Y}; a month = 30.44 days; a month-only release date counts as the middle of "
        "its month). It needs two versions with different dates. Dashed lines in the charts draw that fit."
    )
    for title, caption, found in views:
        st.subheader(title)
        st.caption(caption)
        shown = pace.in_window(found.points, start, end)
        if shown.empty:
            st.info("No dated values in this window.")
        else:
            ui.chart(charts.pace_chart, shown, pace.trend_lines(paces[title]), families, f"{bench_names[benchmark]} ({unit})")
        ui.left_out(title.lower(), found.left_out | pace.outside_window(found.points, start, end))
        with st.expander(f"{title}: every point, with its source"):
            ui.table(shown[["group", "version", "date_label", "value", "harness_name", "reported_by", "as_of", "source_url"]],
                     column_config={**_texts(group="Family"), **ui.source_columns()})
    arena_view(families)


def arena_view(families: list[str]) -> None:
    """The families' best LMArena overall score over time, with its own window."""
    st.header("A longer independent series: LMArena overall score")
    first, last, snapshots = queries.arena_range().iloc[0]
    breaks = pace.scale_breaks(queries.arena_scores())
    left, right = st.columns(2)
    with left:
        start = ui.bound_date("Arena window from", breaks["snapshot"].max() if not breaks.empty else first, key="afrom",
                              min_value=EARLIEST, max_value=LATEST)
    with right:
        end = ui.bound_date("Arena window to", last, key="ato", min_value=EARLIEST, max_value=LATEST)
    frontier = arena_frontier_of(queries.arena_history(families), families)
    paces = pace_of(frontier, families, start, end)
    shown = pace.in_window(frontier, start, end)
    if shown.empty:
        st.info("None of the chosen families has LMArena history in this window.")
    else:
        ui.chart(charts.arena_frontier_chart, shown, pace.trend_lines(paces), pace.last_per_group(shown),
                 pace.in_window(breaks.assign(x=breaks["snapshot"]), start, end), families)
    _pace_table(paces, "Arena points", "Snapshots in window")
    ui.left_out("the LMArena chart", pace.absent(families, frontier, f"not in the LMArena history ({first:%b %Y} to {last:%b %Y})"))
    st.caption(
        f"Each line is the family's best overall Arena score at each of {snapshots} leaderboard snapshots; a dot marks a "
        "new model taking the lead (hover for its name) and the latest leader is named at the end of the line. Arena "
        "scores are relative (Elo-style) ratings from human preference votes, so the scale drifts as models join; compare "
        "slopes, not levels across years. A snapshot where a model was not on the leaderboard is missing, never zero. "
        "Source: nakasyou/lmarena-history (MIT), converted from LMArena's published results."
    )
    for brk in breaks.itertuples():
        st.caption(
            f"Between the {brk.previous_snapshot:%d %b %Y} and {brk.snapshot:%d %b %Y} snapshots the median score of the "
            f"{brk.models} models on both moved by {brk.median_change:+.0f} points: the rating scale changed, not the "
            "models. A slope across that date mixes two scales, so the window starts after the last such change unless "
            "you move it."
        )


ui.start_page(
    "Timeline",
    "A model family's versions on a true date axis — score, price and speed per release — and how fast "
    "families improve, in the vendor's own chart and in independent data.",
)
benchmark_catalogue = queries.benchmarks()
scored = benchmark_catalogue[(benchmark_catalogue["kind"] == "score") & ~benchmark_catalogue["timeline_only"]]
names = dict(zip(scored["id"], scored["name"]))
versions_section(names)
pace_section(names, benchmark_catalogue)
ui.finish_page()
