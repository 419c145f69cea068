"""Benchmarks: models × benchmarks with every cell traceable, the open-vs-proprietary gap, and the claims check."""
import streamlit as st

from gapboard import analysis, benchmark_views, charts, claims, gap, queries, ui, user_data

DEFAULT_BENCHMARKS = ["swe-bench-verified", "swe-bench-pro", "multi-swe-bench", "terminal-bench-2-0", "browsecomp"]
DEFAULT_FRONTIER_BENCHMARK = "swe-bench-verified"
WEIGHTS = {"both": ["open", "proprietary"], "open": ["open"], "proprietary": ["proprietary"]}
REPORTERS = {"both": ["vendor", "third_party"], "vendor": ["vendor"], "third_party": ["third_party"]}
REPORTER_LABELS = {"both": "Both", "vendor": "Vendor-reported", "third_party": "Third-party"}
CONFIDENCE = {"low": ["high", "medium", "low"], "medium": ["high", "medium"], "high": ["high"]}
TABS = ["Table", "Gap today", "Gap over time", "Claims check"]
AUTO, ANY = "~auto", gap.ANY_HARNESS

ui.start_page(
    "Benchmarks",
    "Reported scores per model and benchmark, the open-vs-proprietary gap today and over time, and the launch "
    "claims checked against the data. Select a cell to see every value behind it.",
)


catalogue = benchmark_views.catalogue()
names, harness_names, dataset_names = catalogue.names, catalogue.harness_names, catalogue.dataset_names
first_release, last_release = catalogue.first_release, catalogue.last_release

top = st.columns([4, 3, 2])
with top[1]:
    chosen_categories = ui.bound_pills("Benchmark categories", catalogue.categories, [], key="cat", format_func=str.capitalize)
offered = [b for b in names if not chosen_categories or catalogue.category[b] in chosen_categories]
with top[0]:
    chosen = ui.bound_multiselect("Benchmarks", offered, DEFAULT_BENCHMARKS, key="bench", format_func=names.get)
with top[2]:
    weights = ui.bound_segmented("Weights", list(WEIGHTS), "both", key="weights", format_func=str.capitalize)

with st.expander("More filters: vendor, family, harness, reporter, release date, confidence, dataset", icon=":material/tune:"):
    left, middle, right = st.columns(3)
    with left:
        vendors = ui.bound_multiselect("Vendor", catalogue.vendors, [], key="vendor", placeholder="all vendors")
        families = ui.bound_multiselect("Family", catalogue.families, [], key="families", placeholder="all families")
        harnesses = ui.bound_multiselect(
            "Harness", list(harness_names), [], key="harness", format_func=harness_names.get, placeholder="all harnesses",
            help="Only values produced under these agent harnesses. “harness not stated”: the source does not say.",
        )
    with middle:
        reporter = ui.bound_segmented("Reported by", list(REPORTERS), "both", key="reporter", format_func=REPORTER_LABELS.get)
        confidence = ui.bound_segmented("Minimum confidence", list(CONFIDENCE), "low", key="conf", format_func=str.capitalize)
        since = ui.bound_date(
            "Released since", first_release, key="since", min_value=first_release, max_value=last_release,
            help="Models without a release date are kept while this is the earliest date, and left out (and listed) otherwise.",
        )
    with right:
        datasets = ui.bound_multiselect(
            "Dataset", list(dataset_names), [], key="data", format_func=dataset_names.get, placeholder="all datasets",
            help="Where the rows were collected (see the Sources page for each dataset's origin and licence).",
        )
        complete = ui.bound_toggle("Only models with results for every selected benchmark", False, key="complete")
        split = ui.bound_toggle(
            "One column per benchmark and harness", False, key="split",
            help="Instead of one column per benchmark (cells from another harness marked ≠).",
        )

yours = user_data.marked_scores()  # this session's uploaded rows as "(yours)" models, or None
user_data.notice(0 if yours is None else int(yours["benchmark"].isin(chosen).sum()))

release_filter = since if since > first_release else None  # the earliest date means "no filter"
active_filters = [
    "Gapboard Benchmarks export",
    "benchmarks: " + ", ".join(names[b] for b in chosen),
    f"weights: {weights}; reported by: {REPORTER_LABELS[reporter]}; minimum confidence: {confidence}",
    "vendors: " + (", ".join(vendors) or "all") + "; families: " + (", ".join(families) or "all"),
    "harnesses: " + (", ".join(harness_names[h] for h in harnesses) or "all")
    + "; datasets: " + (", ".join(dataset_names[d] for d in datasets) or "all"),
    f"released since: {release_filter or 'any (undated included)'}; complete rows only: {complete}; "
    f"one column per harness: {split}",
    analysis.HEADLINE_RULE + " " + analysis.CELL_RULE,
]


row_filters = benchmark_views.ScoreFilters(
    tuple(REPORTERS[reporter]), tuple(CONFIDENCE[confidence]), tuple(vendors), tuple(families), tuple(harnesses),
    tuple(datasets), release_filter,
)


def filtered_scores(benchmarks: list[str], weight_classes: list[str]):
    """The score rows under every filter, and the undated models a release-date filter leaves out."""
    return benchmark_views.filtered_scores(benchmarks, weight_classes, row_filters, yours)


def show_cell(model: str, column: str, table: analysis.BenchmarkTable) -> None:
    """Every value held for one model on one benchmark, whatever the filters; the shown one ticked."""
    rows = queries.cell_sources(model, column.partition("@")[0], yours)
    if rows.empty:
        st.info("No value is recorded for this model on this benchmark.")
        return
    detail, shown = table.detail(rows, model, column)
    detail["harness_name"] = detail["harness_key"].map(harness_names)
    st.markdown(f"#### {ui.plain(rows['model_name'].iloc[0])} · {ui.plain(rows['benchmark_name'].iloc[0])}")
    if shown is None:
        st.caption("This cell is not in the table under the current filters; every value held is listed.")
    else:
        where = "not the column's main harness: it has none under it" if shown.get("harness_differs", False) else "the column's harness"
        st.markdown(
            f"Shown in the table: **{ui.plain(ui.number_text(shown['value']))}** under "
            f"{ui.plain(harness_names.get(shown['harness_key'], shown['harness_key']))} ({where}); "
            f"{int(shown['distinct_values'])} distinct value(s) under that harness."
        )
    ui.table(
        detail[["shown", "harness_name", "value", "reported_by", "source_form", "confidence", "as_of", "source_url",
                "source_note", "runs", "dataset", "source_file", "source_line"]],
        column_config={
            **ui.source_columns(),
            "shown": st.column_config.TextColumn("Shown", help="The value the table shows under the current filters"),
            "harness_name": st.column_config.TextColumn("Harness"),
            "value": st.column_config.NumberColumn("Value"),
            "source_form": st.column_config.TextColumn("Form", help="text / chart / derived / estimated"),
        },
        key="cell_detail",
    )


tabs = ui.bound_tabs(TABS, key="view")
TAB_KEYS = {0: ("cell", "conflicts", "values"), 2: ("fbench", "fharness"), 3: ("claim",)}  # link parameters of one tab
for index, keys in TAB_KEYS.items():
    if tabs[index].open is False:
        ui.keep_link_params(*keys)


def left_out_undated(where: str, undated: list[str]) -> None:
    ui.left_out(where, {name: "no release date, and a release-date filter is set" for name in undated})


with tabs[0]:
    if tabs[0].open is not False:
        view = benchmark_views.table_view(
            tuple(chosen), tuple(WEIGHTS[weights]), row_filters, split, complete, benchmark_views.yours_key(yours), yours
        )
        scores, left_out, table = view.scores, view.left_out, view.table
        if not chosen:
            st.info("Pick at least one benchmark to see the table.")
        elif table is None:
            st.info("No reported scores match these filters.")
        else:
            if table.values.empty:
                st.info("No model has a value for every selected benchmark: turn off “Only models with results for "
                        "every selected benchmark” or pick fewer benchmarks.")
            st.caption(analysis.MARKER_LEGEND)
            wanted = ui.link_param("cell")
            model_ids = set(catalogue.model_ids) | (set(yours["model"]) if yours is not None else set())
            requested = analysis.parse_cell(wanted, model_ids, set(names))
            if wanted and requested is None:
                ui.reject_link_value("cell", wanted, "not a model:benchmark cell")
            position = table.position(*requested) if requested else None
            event = ui.marked_table(
                table.values, table.markers, table.vendor, table.titles,
                column_config={t: st.column_config.Column(t, help=h) for t, h in view.column_help.items()},
                key=table.key(), on_select="rerun", selection_mode="single-cell", height=min(36 * (len(table) + 1) + 4, 760),
                selection_default={"selection": {"cells": [position]}} if position else None,
            )
            picked = [table.cell_at(row, title) for row, title in event.selection.cells]
            if picked and picked[0] is not None:
                requested = picked[0]
            elif not picked and position is not None:
                requested = None  # the user cleared the selection
            ui.set_link_param("cell", ":".join(requested) if requested else None)
            st.caption(
                ui.MISSING_NOTE + f" {len(table)} models, {len(scores)} reported values behind these cells. "
                + analysis.HEADLINE_RULE + " " + (analysis.CELL_RULE if not split else "")
            )
            left_out_undated("the table", left_out)
            st.download_button(
                "Download this table as CSV (with sources and filters)",
                lambda: ui.csv_bytes(table.export(), active_filters),  # built only when clicked
                file_name="gapboard-benchmarks.csv",
                mime="text/csv",
                icon=":material/download:",
                key="download",
            )
            if requested:
                show_cell(*requested, table)
            else:
                st.caption("Select a score cell to see every value behind it: source, reporter, harness, note, confidence, as-of.")
            found = view.conflicts
            conflicts_box = ui.bound_expander(f"Conflicts: {len(found)} cells where sources give different values", key="conflicts")
            if conflicts_box.open:
                with conflicts_box:
                    ui.table(
                        found,
                        column_config={
                            "model_name": "Model", "weights": "Weights", "benchmark_name": "Benchmark", "harness": "Harness",
                            "value": st.column_config.NumberColumn("Headline"), "other_values": "Other values",
                            "values_reported": st.column_config.NumberColumn("Rows"),
                        },
                        key="conflict_rows",
                    )
            values_box = ui.bound_expander("Every value behind the table, with its source", key="values")
            if values_box.open:
                with values_box:
                    ui.table(scores, column_config=ui.source_columns(), key="all_values")

with tabs[1]:
    if tabs[1].open is not False:
        both, left_out = filtered_scores(chosen, WEIGHTS["both"])
        gaps = gap.class_gaps(both, catalogue.higher_is_better)
        st.caption(gap.GAP_RULE + " The weights filter does not apply here: a gap needs both kinds.")
        if not chosen:
            st.info("Pick at least one benchmark to see the gap.")
        elif gaps.empty:
            st.info("No selected benchmark has both open and proprietary results under one harness with these filters.")
        else:
            gaps = gaps.assign(benchmark_name=gaps["benchmark"].map(names))
            main_rows = gaps[gaps["main"]]
            dots = gap.dots(main_rows, main_rows["benchmark_name"] + " · " + main_rows["harness"])
            ui.chart(charts.gap_dots, dots, "setting", None, "Best score", key="gap_chart")
            ui.left_out(
                "the gap chart",
                {names[b]: "no harness with both open and proprietary results" for b in chosen if b not in set(gaps["benchmark"])},
            )
            ui.table(
                gaps[["benchmark_name", "harness", "open_models", "open_value", "proprietary_models", "proprietary_value", "gap", "models", "main"]],
                column_config={
                    "benchmark_name": "Benchmark", "harness": "Harness",
                    "open_models": "Best open model", "open_value": st.column_config.NumberColumn("Open"),
                    "proprietary_models": "Best proprietary model", "proprietary_value": st.column_config.NumberColumn("Proprietary"),
                    "gap": st.column_config.NumberColumn("Gap (points)", format="%+.1f", help="Positive: proprietary ahead"),
                    "models": st.column_config.NumberColumn("Models compared"),
                    "main": st.column_config.CheckboxColumn("Main setting"),
                },
                key="gap_table",
            )
            st.caption("“harness not stated” rows are grouped together but are not known to be comparable with each other.")
        left_out_undated("the gap", left_out)

with tabs[2]:
    if tabs[2].open is not False:
        options = list(names)
        columns = st.columns(2)
        with columns[0]:
            benchmark = ui.bound_selectbox(
                "Benchmark", options, key="fbench", format_func=names.get,
                index=options.index(DEFAULT_FRONTIER_BENCHMARK) if DEFAULT_FRONTIER_BENCHMARK in options else 0,
            )
        harness_options = [AUTO, ANY, *harness_names]
        harness_labels = {
            AUTO: "Main setting (the stated harness with most models of both kinds)",
            ANY: "Any harness (mixed: not comparable)",
            **harness_names,
        }
        with columns[1]:
            harness_choice = ui.bound_selectbox("Harness", harness_options, key="fharness", format_func=harness_labels.get)
        rows, left_out = filtered_scores([benchmark], WEIGHTS["both"])
        higher = catalogue.higher_is_better[benchmark]
        points, key = gap.frontier_points(rows, None if harness_choice == AUTO else harness_choice, higher)
        setting = harness_labels[ANY] if key == gap.ANY_HARNESS else harness_names.get(key, "no setting with both kinds")
        steps = gap.frontier(points, higher)
        lag = gap.months_behind(steps, higher)
        st.markdown(f"**{ui.plain(names[benchmark])}**, results under **{ui.plain(setting)}**")
        if steps.empty:
            st.info("No dated results under this setting. Choose another harness.")
        else:
            st.metric("Open frontier behind the proprietary one", lag.headline())
            st.markdown(ui.plain(lag.sentence(names[benchmark])))
            lines = gap.frontier_lines(steps, points["release_date"].dropna().max())
            ui.chart(
                charts.frontier_chart, lines, steps, f"{names[benchmark]} (best so far)", lag.open_best,
                (lag.proprietary_date, lag.open_date, f"{lag.months:.1f} months behind") if lag.status == "behind" else None,
                key="frontier_chart",
            )
            st.caption(gap.MONTHS_BEHIND_RULE + " Shaded: the gap between the two frontiers.")
        ui.left_out("the frontier", {name: "no release date" for name in gap.undated(points)})
        left_out_undated("the frontier", left_out)

with tabs[3]:
    if tabs[3].open is not False:
        checks = claims.current_checks()
        counts = claims.verdict_counts(checks)
        for column, verdict in zip(st.columns(len(counts)), counts):
            column.metric(f"{claims.VERDICT_ICONS[verdict]} {verdict.capitalize()}", counts[verdict])
        st.caption(
            "Claims from the MiniMax-M2.5 launch and its coverage, each checked against the data: the verdict is computed "
            "from the rows that decide it and changes when the data does. Select a claim to see those rows."
        )
        verdicts = claims.verdict_table(checks)
        chosen_claim = ui.selectable_table(
            verdicts[["verdict", "claim", "claimed", "claimant", "why"]], verdicts["id"], "claim",
            column_config={
                "verdict": st.column_config.TextColumn("Verdict", width="medium"),
                "claim": st.column_config.TextColumn("Claim", width="large"),
                "claimed": "Claimed", "claimant": "Claimed by",
                "why": st.column_config.TextColumn("Why (computed from the data)", width="large"),
            },
        )
        if chosen_claim is None:
            st.caption("Select a claim to see its evidence rows and their sources.")
        else:
            result = next(c for c in checks if c.claim["id"] == chosen_claim)
            claim = result.claim
            st.markdown(f"#### {ui.plain(result.label)} — {ui.plain(claim['claim'])}")
            st.markdown(
                f"**Claimed:** {ui.plain(claim['claimed'])} · **by** {ui.plain(claim['claimant'])} · {claim['made_on']:%Y-%m-%d}"
            )
            if claim.get("claimant_url"):
                st.link_button("Where it was claimed", claim["claimant_url"], icon=":material/open_in_new:")
            st.markdown(f"**Verdict: {result.verdict}.** {ui.plain(result.reason)}")
            if claim.get("note"):
                st.caption(ui.plain(claim["note"]))
            ui.table(
                result.evidence,
                column_config={
                    **ui.source_columns(), "what": "Evidence", "value": "Value",
                    "counts": st.column_config.TextColumn("Counts as", help="agrees / differs with the claim; context; not counted (and why)"),
                },
                key="evidence",
            )

ui.finish_page()
