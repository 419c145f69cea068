"""Harnesses: the same model under different agent scaffolds — matrix, spread, rank flips, per-instance overlap."""
import streamlit as st

from gapboard import harness, queries, store, ui, user_data

WEIGHTS = {"both": ["open", "proprietary"], "open": ["open"], "proprietary": ["proprietary"]}
DEFAULT_BENCHMARK = "swe-bench-verified"
INSTANCE_BENCHMARK = "swe-bench-verified"  # the only benchmark with per-instance results so far
DEFAULT_PAIR = ("minimax-m2.5", "claude-opus-4.6")  # the comparison MiniMax made; any two models can be chosen
CATEGORIES = ["open only", "proprietary only", "both", "neither"]
CATEGORY_LABELS = {"open only": "Open-weight only", "proprietary only": "Proprietary only", "both": "Both groups", "neither": "Neither"}
CELL_COLUMNS = {
    "model_name": st.column_config.TextColumn("Model"),
    "weights": st.column_config.TextColumn("Weights"),
    "harness_name": st.column_config.TextColumn("Harness"),
    "version": st.column_config.TextColumn("Scaffold version"),
    "value": st.column_config.NumberColumn("Value", format="%.1f"),
    "values_reported": st.column_config.NumberColumn("Values reported", help="How many values this cell was chosen from"),
    "date": st.column_config.DateColumn("Date", help="Run date where the leaderboard gives one, else the source's date"),
    "cost_per_task_usd": st.column_config.NumberColumn("Cost per task", format="$%.3f"),
    "runs": st.column_config.NumberColumn("Runs"),
    "attempts": st.column_config.TextColumn("Attempts"),
    "split": st.column_config.TextColumn("Split / leaderboard"),
    "dataset_name": st.column_config.TextColumn("Dataset"),
    "licence": st.column_config.TextColumn("Licence", help="Licence of the dataset the value comes from"),
    **ui.source_columns(),
}

RUN_COLUMNS = {
    "run": st.column_config.TextColumn("Run"),
    "weights": st.column_config.TextColumn("Weights"),
    **{key: st.column_config.NumberColumn(label) for key, label in [
        ("instances", "Instances"), ("with_outcome", "With an outcome"), ("solved", "Solved"), ("unique_solves", "Unique solves"),
    ]},
    "cost_usd": st.column_config.NumberColumn("Run cost", format="$%.2f"),
    "cost_per_solved_usd": st.column_config.NumberColumn("Cost per solved instance", format="$%.3f"),
    "calls_per_instance": st.column_config.NumberColumn("API calls per instance", format="%.1f"),
}


@st.fragment
def matrix_and_spread(benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], yours: tuple, unit_title: str) -> None:
    """The model × harness matrix and the spread chart (their own widgets rerun only this part).
    `yours` is (digest, marked upload rows or None), as the `harness` views take them."""
    st.subheader("Model × harness")
    min_harnesses = ui.bound_slider("Show models with at least this many named harnesses", 1, 6, 2, key="min")
    view = harness.matrix_view(benchmark, sources, weights, min_harnesses, tuple(CELL_COLUMNS), *yours) if benchmark else None
    if view is None:
        st.info("No harness-attributed values match these filters. Pick another benchmark or more sources.")
        return
    table, cells, hidden, value_columns = view.table, view.cells, view.hidden, view.value_columns
    ui.table(table, column_config={c: st.column_config.NumberColumn(c, format="%.1f") for c in value_columns})
    st.caption(
        f"{table.num_rows} models × {len(value_columns)} harness columns. " + ui.MISSING_NOTE
        + (f" {hidden} models with fewer than {min_harnesses} named harnesses are not shown (lower the slider to see them)." if hidden else "")
    )
    downloads = st.columns(2)
    downloads[0].download_button(
        "Download the matrix (CSV)", lambda: ui.csv_bytes(table.to_pandas()), file_name=f"gapboard-harnesses-{benchmark}.csv", mime="text/csv",
        on_click="ignore",
    )
    downloads[1].download_button(
        "Download every cell with its source (CSV)", lambda: ui.csv_bytes(cells.to_pandas()),
        file_name=f"gapboard-harness-cells-{benchmark}.csv", mime="text/csv", on_click="ignore",
    )
    with st.expander("Every cell with its source, reporter, date, cost and licence"):
        ui.table(cells, column_config=CELL_COLUMNS)
    if view.warnings:
        st.info("**Not comparable as they stand:**\n\n" + "\n".join(f"- {ui.plain(w)}" for w in view.warnings), icon=":material/warning:")

    st.subheader("Harness sensitivity: spread per model")
    sort = ui.bound_segmented("Sort by", list(harness.SORTS), "spread", key="sort", format_func=str.capitalize)
    spread = harness.spread_view(benchmark, sources, weights, min_harnesses, sort, unit_title, *yours)
    if spread.chart is None:
        st.info("No model has values under two named harnesses with these filters.")
    else:
        ui.draw_spec(spread.chart)
        top = spread.ranges.iloc[0]
        st.caption(
            f"Bar: lowest to highest value across named harnesses; number: the spread in points. "
            f"{ui.plain(top.model_name)} moves {top.spread:.1f} points between {ui.plain(top.low_harness)} and "
            f"{ui.plain(top.high_harness)}."
        )
    ui.left_out("the spread chart", {name: "fewer than two named harnesses" for name in spread.left_out})


@st.fragment
def rank_flip_section(benchmark: str, sources: tuple[str, ...], labels: dict[str, str], yours: tuple, unit_title: str) -> None:
    """Two models' values per harness, who leads where, and why a comparison may not be like for like."""
    st.subheader("Rank flips: does the harness change who wins?")
    if not labels:
        st.info("No harness-attributed values match these filters.")
        return
    st.caption("Any two models, open or proprietary (the weights filter applies to the matrix and the spread).")
    keys = list(labels)
    pair_columns = st.columns(2)
    with pair_columns[0]:
        a = ui.bound_selectbox("Model A", keys, key="a", index=keys.index(DEFAULT_PAIR[0]) if DEFAULT_PAIR[0] in keys else 0, format_func=labels.get)
    with pair_columns[1]:
        b_default = keys.index(DEFAULT_PAIR[1]) if DEFAULT_PAIR[1] in keys else min(1, len(keys) - 1)
        b = ui.bound_selectbox("Model B", keys, key="b", index=b_default, format_func=labels.get)
    if a == b:
        st.info("Pick two different models.")
        return
    flips = harness.flip_view(benchmark, sources, a, b, unit_title, *yours)
    if not flips.compared:
        st.info(f"{ui.plain(labels[a])} and {ui.plain(labels[b])} have no value under a common harness on this benchmark.")
        return
    st.markdown(ui.plain(flips.sentence))
    ui.draw_spec(flips.chart)
    ui.table(
        flips.table,
        column_config={
            "harness_name": st.column_config.TextColumn("Harness"),
            "a_value": st.column_config.NumberColumn(labels[a], format="%.1f"),
            "b_value": st.column_config.NumberColumn(labels[b], format="%.1f"),
            "difference": st.column_config.NumberColumn("A − B", format="%+.1f"),
            "leader": st.column_config.TextColumn("Ahead"),
            "comparable": st.column_config.CheckboxColumn("Same harness", help="False: one value has no stated harness"),
            "caveat": st.column_config.TextColumn("Caveats", width="large"),
        },
    )
    if flips.not_comparable:
        st.caption("\\* compared with a value whose source states no harness (as vendor charts often do) — not like for like.")


@st.fragment
def overlap_section(benchmark_name: str) -> None:
    """Per-instance results under one scaffold: open-weight vs proprietary solves, unique solves, cost per solve."""
    st.subheader("Per instance, same scaffold: what do open-weight models solve that proprietary ones don't?")
    every = harness.instance_runs_view(INSTANCE_BENCHMARK)
    runs, run_labels = every.runs, every.labels
    for model_name, run, note in every.skipped:
        st.caption(f"Left out: the per-instance results of {ui.plain(model_name)} ({ui.plain(run)}) — {ui.plain(note)}")
    if runs.empty:
        st.info("This build holds no per-instance results (a build made with --exclude-noncommercial leaves out the SWE-bench leaderboard).")
        return
    chosen_runs = ui.bound_multiselect("Runs to compare", list(run_labels), list(run_labels), key="runs", format_func=run_labels.get)
    licences = "; ".join(
        f"{ui.plain(row.dataset_name)}: {ui.plain(row.licence)}" + ("" if row.commercial_use else ", non-commercial use only")
        for row in runs.drop_duplicates("dataset").itertuples()
    )
    st.caption(
        f"{ui.plain(benchmark_name)}: {len(runs)} runs with per-instance results, all under "
        f"{ui.plain(', '.join(sorted(set(runs['harness_name']))))}, up to {runs['instances'].max()} instances each ({licences})."
    )
    view = harness.overlap_view(INSTANCE_BENCHMARK, tuple(chosen_runs))
    for warning in view.warnings:
        st.caption(":material/warning: " + ui.plain(warning) + " Scaffold changes between versions can move results.")
    if not view.both_groups:
        st.info("Pick at least one open-weight and one proprietary run to compare the two groups.")
    else:
        summary = view.summary
        metrics = st.columns(4)
        for column, category in zip(metrics, CATEGORIES):
            column.metric(CATEGORY_LABELS[category], int(summary.get(category, 0)), help="Instances solved by at least one selected run of that group only")
        ui.draw_spec(view.chart)
        st.caption(
            f"Counts are instances with an outcome in every selected run; {int(summary.get('not comparable', 0))} "
            "instances lack one in some run and are not counted."
        )
        category = ui.bound_segmented("List the instances solved by", CATEGORIES, "open only", key="solved", format_func=CATEGORY_LABELS.get)
        ui.table(
            harness.instances_view(tuple(chosen_runs), category),
            column_config={
                "instance": st.column_config.TextColumn("Instance"),
                "solvers": st.column_config.NumberColumn("Runs solving it"),
                "solved_by": st.column_config.TextColumn("Solved by", width="large"),
            },
        )
    if view.stats is not None:
        st.markdown("**Solves, unique solves and cost per solved instance** (unique: no other selected run solves it)")
        ui.table(view.stats, column_config=RUN_COLUMNS)
        st.caption("Costs are the run's own API spend at the prices the leaderboard recorded; a run missing any instance's cost shows none.")
    if len(chosen_runs) >= 2:
        pair = st.columns(2)
        first_open = next((i for i, run in enumerate(chosen_runs) if run in view.open_runs), 0)
        with pair[0]:
            run_a = ui.bound_selectbox("Run A", chosen_runs, key="ra", index=first_open, format_func=run_labels.get)
        with pair[1]:
            run_b = ui.bound_selectbox("Run B", chosen_runs, key="rb", index=1 if first_open == 0 else 0, format_func=run_labels.get)
        overlap = harness.pair_counts(run_a, run_b)
        counts = st.columns(4)
        for column, (label, field) in zip(counts, [("Both solve", "both_solve"), ("Only A", "only_a"), ("Only B", "only_b"), ("Neither", "neither")]):
            column.metric(label, overlap[field])


ui.start_page(
    "Harnesses",
    "How much does the agent scaffold (Claude Code, Droid, OpenCode, OpenHands, mini-SWE-agent, …) move a model's "
    "score, and does the ranking flip? " + queries.HARNESS_CELL_RULE,
)

bench_names, sources = harness.page_filters()
bench_ids = list(bench_names)
benchmark = ui.bound_selectbox(
    "Benchmark", bench_ids, key="hbench", index=bench_ids.index(DEFAULT_BENCHMARK) if DEFAULT_BENCHMARK in bench_ids else 0,
    format_func=bench_names.get,
)
source_names = dict(zip(sources["id"], sources["name"]))
columns = st.columns([5, 2])
with columns[0]:
    chosen_sources = ui.bound_pills("Sources", list(source_names), list(source_names), key="src", format_func=source_names.get)
with columns[1]:
    weights = ui.bound_segmented("Weights", list(WEIGHTS), "both", key="hweights", format_func=str.capitalize)
licence_text = "; ".join(
    f"{ui.plain(row.name)}: {ui.plain(row.licence)}" + ("" if row.commercial_use else " — **non-commercial use only**")
    for row in sources[sources["id"].isin(chosen_sources)].itertuples()
)
st.caption(f"Licences of the numbers on this page — {licence_text}." if licence_text else "No source selected.")

unit_title = f"{bench_names.get(benchmark, '')} (%)"
marked = user_data.marked_scores()  # this session's uploaded rows as "(yours)" models, or None
yours = (store.frame_digest(marked) if marked is not None else "", marked)
sources_key = tuple(chosen_sources)
labels, yours_included = harness.pair_choices(benchmark, sources_key, *yours) if benchmark else ({}, 0)
user_data.notice(yours_included)
matrix_and_spread(benchmark, sources_key, tuple(WEIGHTS[weights]), yours, unit_title)
rank_flip_section(benchmark, sources_key, labels, yours, unit_title)
overlap_section(bench_names.get(INSTANCE_BENCHMARK, INSTANCE_BENCHMARK))

with st.expander("Build notes for these datasets (unmapped names, skipped or inconsistent runs)"):
    notes = store.build_notes(tuple(source_names))
    st.markdown("\n".join(f"- {ui.plain(note)}" for note in notes) if notes else "No notes.")
ui.finish_page()
