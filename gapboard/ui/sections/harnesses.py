"""The Harnesses page's sections: the model × harness matrix and spread, rank flips, and the per-instance overlap.
Each is a fragment: its own widgets rerun only that section."""
from __future__ import annotations

import streamlit as st

from gapboard.core import harness
from gapboard.ui import charts, tables, widgets
from gapboard.ui.format import MISSING_NOTE, as_of, csv_bytes, plain
from gapboard.ui.registry import HarnessesParams as P
from gapboard.views import harnesses
from gapboard.views.session import SessionRows

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
    **tables.source_columns(),
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


def licences(sources, chosen: list[str]) -> None:
    """The licence of every dataset whose numbers the page shows."""
    text = "; ".join(
        f"{plain(row.name)}: {plain(row.licence)}" + ("" if row.commercial_use else " — **non-commercial use only**")
        for row in sources[sources["id"].isin(chosen)].itertuples()
    )
    st.caption(f"Licences of the numbers on this page — {text}." if text else "No source selected.")


@st.fragment
def matrix_and_spread(benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], yours: SessionRows | None,
                      unit_title: str) -> None:
    """The model × harness matrix and the spread chart."""
    st.subheader("Model × harness")
    min_harnesses = widgets.bound_slider("Show models with at least this many named harnesses", 1, 6, 2, key=P.MIN_HARNESSES)
    view = harnesses.matrix_view(benchmark, sources, weights, min_harnesses, tuple(CELL_COLUMNS), yours) if benchmark else None
    if view is None:
        return st.info("No harness-attributed values match these filters. Pick another benchmark or more sources.")
    table, cells, hidden, value_columns = view.table, view.cells, view.hidden, view.value_columns
    tables.table(table, column_config={c: st.column_config.NumberColumn(c, format="%.1f") for c in value_columns})
    st.caption(
        f"{table.num_rows} models × {len(value_columns)} harness columns; newest value {as_of(view.newest)}. " + MISSING_NOTE
        + (f" {hidden} models with fewer than {min_harnesses} named harnesses are not shown (lower the slider to see them)." if hidden else "")
    )
    downloads = st.columns(2)
    downloads[0].download_button(
        "Download the matrix (CSV)", lambda: csv_bytes(table.to_pandas()), file_name=f"gapboard-harnesses-{benchmark}.csv",
        mime="text/csv", on_click="ignore",
    )
    downloads[1].download_button(
        "Download every cell with its source (CSV)", lambda: csv_bytes(cells.to_pandas()),
        file_name=f"gapboard-harness-cells-{benchmark}.csv", mime="text/csv", on_click="ignore",
    )
    with st.expander("Every cell with its source, reporter, date, cost and licence"):
        tables.table(cells, column_config=CELL_COLUMNS)
    if view.warnings:
        st.info("**Not comparable as they stand:**\n\n" + "\n".join(f"- {plain(w)}" for w in view.warnings), icon=":material/warning:")

    st.subheader("Harness sensitivity: spread per model")
    sort = widgets.bound_segmented("Sort by", list(harness.SORTS), "spread", key=P.SORT, format_func=str.capitalize)
    spread = harnesses.spread_view(benchmark, sources, weights, min_harnesses, sort, unit_title, yours)
    if spread.chart is None:
        st.info("No model has values under two named harnesses with these filters.")
    else:
        charts.draw(spread.chart)
        top = spread.ranges.iloc[0]
        st.caption(
            f"Bar: lowest to highest value across named harnesses; number: the spread in points. "
            f"{plain(top.model_name)} moves {top.spread:.1f} points between {plain(top.low_harness)} and "
            f"{plain(top.high_harness)}."
        )
    tables.left_out("the spread chart", {name: "fewer than two named harnesses" for name in spread.left_out})


@st.fragment
def rank_flips(benchmark: str, sources: tuple[str, ...], labels: dict[str, str], yours: SessionRows | None, unit_title: str,
               default_pair: tuple[str, str]) -> None:
    """Two models' values per harness, who leads where, and why a comparison may not be like for like."""
    st.subheader("Rank flips: does the harness change who wins?")
    if not labels:
        return st.info("No harness-attributed values match these filters.")
    st.caption("Any two models, open or proprietary (the weights filter applies to the matrix and the spread).")
    keys = list(labels)
    pair_columns = st.columns(2)
    with pair_columns[0]:
        a = widgets.bound_selectbox("Model A", keys, key=P.MODEL_A, default=default_pair[0], format_func=labels.get)
    with pair_columns[1]:
        b_default = default_pair[1] if default_pair[1] in keys else keys[min(1, len(keys) - 1)]
        b = widgets.bound_selectbox("Model B", keys, key=P.MODEL_B, default=b_default, format_func=labels.get)
    if a == b:
        return st.info("Pick two different models.")
    flips = harnesses.flip_view(benchmark, sources, a, b, unit_title, yours)
    if not flips.compared:
        return st.info(f"{plain(labels[a])} and {plain(labels[b])} have no value under a common harness on this benchmark.")
    st.markdown(plain(flips.sentence))
    charts.draw(flips.chart)
    tables.table(
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
def overlap(benchmark: str, benchmark_name: str, noncommercial_left_out: bool = False) -> None:
    """Per-instance results under one scaffold: open-weight vs proprietary solves, unique solves, cost per solve."""
    st.subheader("Per instance, same scaffold: what do open-weight models solve that proprietary ones don't?")
    every = harnesses.instance_runs_view(benchmark)
    runs, run_labels = every.runs, every.labels
    for model_name, run, note in every.skipped:
        st.caption(f"Left out: the per-instance results of {plain(model_name)} ({plain(run)}) — {plain(note)}")
    if noncommercial_left_out:
        st.info("This build was made with --exclude-noncommercial: it leaves out the SWE-bench leaderboard and its "
                "per-instance results (CC BY-NC 4.0).")
    if runs.empty:
        return st.info("This build holds no per-instance results.")
    chosen_runs = widgets.bound_multiselect("Runs to compare", list(run_labels), every.default_runs, key=P.RUNS, format_func=run_labels.get)
    dataset_licences = "; ".join(
        f"{plain(row.dataset_name)}: {plain(row.licence)}" + ("" if row.commercial_use else ", non-commercial use only")
        for row in runs.drop_duplicates("dataset").itertuples()
    )
    st.caption(
        f"{plain(benchmark_name)}: {len(runs)} runs with per-instance results, under "
        f"{plain(', '.join(sorted(set(runs['harness_name']))))}, up to {runs['instances'].max()} instances each ({dataset_licences}). "
        f"The runs under {plain(every.scaffold)} are selected at first: the scaffold with the most runs of both "
        "open-weight and proprietary models."
    )
    scaffolds = sorted(set(runs.loc[runs["run"].isin(chosen_runs), "harness_name"]))
    if len(scaffolds) > 1:
        st.caption(f":material/warning: The selected runs use different scaffolds ({plain(', '.join(scaffolds))}): "
                   "a difference on one instance may be the scaffold's, not the model's.")
    view = harnesses.overlap_view(benchmark, tuple(chosen_runs))
    for warning in view.warnings:
        st.caption(":material/warning: " + plain(warning) + " Scaffold changes between versions can move results.")
    if not view.both_groups:
        st.info("Pick at least one open-weight and one proprietary run to compare the two groups.")
    else:
        summary = view.summary
        for column, category in zip(st.columns(4), CATEGORIES):
            column.metric(CATEGORY_LABELS[category], int(summary.get(category, 0)), help="Instances solved by at least one selected run of that group only")
        charts.draw(view.chart)
        st.caption(
            f"Counts are instances with an outcome in every selected run; {int(summary.get('not comparable', 0))} "
            "instances lack one in some run and are not counted."
        )
        category = widgets.bound_segmented("List the instances solved by", CATEGORIES, "open only", key=P.SOLVED_BY,
                                           format_func=CATEGORY_LABELS.get)
        tables.table(
            harnesses.instances_view(tuple(chosen_runs), category),
            column_config={
                "instance": st.column_config.TextColumn("Instance"),
                "solvers": st.column_config.NumberColumn("Runs solving it"),
                "solved_by": st.column_config.TextColumn("Solved by", width="large"),
            },
        )
    if view.stats is not None:
        st.markdown("**Solves, unique solves and cost per solved instance** (unique: no other selected run solves it)")
        tables.table(view.stats, column_config=RUN_COLUMNS)
        st.caption("Costs are the run's own API spend at the prices the leaderboard recorded; a run missing any instance's cost shows none.")
    if len(chosen_runs) >= 2:
        first_open = next((run for run in chosen_runs if run in view.open_runs), chosen_runs[0])
        second = chosen_runs[1] if first_open == chosen_runs[0] else chosen_runs[0]
        pair = st.columns(2)
        with pair[0]:
            run_a = widgets.bound_selectbox("Run A", chosen_runs, key=P.RUN_A, default=first_open, format_func=run_labels.get)
        with pair[1]:
            run_b = widgets.bound_selectbox("Run B", chosen_runs, key=P.RUN_B, default=second, format_func=run_labels.get)
        counts = harnesses.pair_counts(run_a, run_b)
        for column, (label, field) in zip(st.columns(4), [("Both solve", "both_solve"), ("Only A", "only_a"), ("Only B", "only_b"), ("Neither", "neither")]):
            column.metric(label, counts[field])


def build_notes(notes: list[str]) -> None:
    with st.expander("Build notes for these datasets (unmapped names, skipped or inconsistent runs)"):
        st.markdown("\n".join(f"- {plain(note)}" for note in notes) if notes else "No notes.")
