"""The Harnesses page's sections: the model × harness matrix and spread, rank flips, and the per-instance overlap.
Each is a fragment: its own widgets rerun only that section."""
from __future__ import annotations

import streamlit as st

from gapboard.core import harness
from gapboard.core.i18n import N_
from gapboard.core.vocabulary import NOT_STATED_LABEL
from gapboard.ui import charts, tables, widgets
from gapboard.ui.format import as_of, csv_bytes, missing_note, plain
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import HarnessesParams as P
from gapboard.views import harnesses
from gapboard.views.charts.harnesses import OVERLAP_LABELS as CATEGORY_LABELS
from gapboard.views.session import SessionRows

CATEGORIES = ["open only", "proprietary only", "both", "neither"]
CELL_COLUMN_NAMES = ("model_name", "weights", "harness_name", "version", "value", "values_reported", "date", "cost_per_task_usd",
                     "runs", "attempts", "split", "dataset_name", "licence", "source_url", "reported_by", "as_of", "source_note",
                     "confidence")


def cell_columns() -> dict:
    """column_config of the matrix's cells with their sources (CELL_COLUMN_NAMES), in the session's language."""
    return {
        "model_name": st.column_config.TextColumn(t("Model")),
        "weights": st.column_config.TextColumn(t("Weights")),
        "harness_name": st.column_config.TextColumn(t("Harness")),
        "version": st.column_config.TextColumn(t("Scaffold version")),
        "value": st.column_config.NumberColumn(t("Value"), format="%.1f"),
        "values_reported": st.column_config.NumberColumn(t("Values reported"), help=t("How many values this cell was chosen from")),
        "date": st.column_config.DateColumn(t("Date"), help=t("Run date where the leaderboard gives one, else the source's date")),
        "cost_per_task_usd": st.column_config.NumberColumn(t("Cost per task"), format="$%.3f"),
        "runs": st.column_config.NumberColumn(t("Runs")),
        "attempts": st.column_config.TextColumn(t("Attempts")),
        "split": st.column_config.TextColumn(t("Split / leaderboard")),
        "dataset_name": st.column_config.TextColumn(t("Dataset")),
        "licence": st.column_config.TextColumn(t("Licence"), help=t("Licence of the dataset the value comes from")),
        **tables.source_columns(),
    }


def run_columns() -> dict:
    return {
        "run": st.column_config.TextColumn(t("Run")),
        "weights": st.column_config.TextColumn(t("Weights")),
        **{key: st.column_config.NumberColumn(t(label)) for key, label in [
            ("instances", N_("Instances")), ("with_outcome", N_("With an outcome")), ("solved", N_("Solved")),
            ("unique_solves", N_("Unique solves")),
        ]},
        "cost_usd": st.column_config.NumberColumn(t("Run cost"), format="$%.2f"),
        "cost_per_solved_usd": st.column_config.NumberColumn(t("Cost per solved instance"), format="$%.3f"),
        "calls_per_instance": st.column_config.NumberColumn(t("API calls per instance"), format="%.1f"),
    }


def licences(sources, chosen: list[str]) -> None:
    """The licence of every dataset whose numbers the page shows."""
    listed = "; ".join(
        f"{plain(row.name)}: {plain(row.licence)}" + ("" if row.commercial_use else " — " + t("**non-commercial use only**"))
        for row in sources[sources["id"].isin(chosen)].itertuples()
    )
    st.caption(t("Licences of the numbers on this page — {licences}.", licences=listed) if listed else t("No source selected."))


@st.fragment
def matrix_and_spread(benchmark: str, sources: tuple[str, ...], weights: tuple[str, ...], yours: SessionRows | None,
                      unit_title: str) -> None:
    """The model × harness matrix and the spread chart."""
    st.subheader(t("Model × harness"))
    min_harnesses = widgets.bound_slider(t("Show models with at least this many named harnesses"), 1, 6, 2, key=P.MIN_HARNESSES)
    view = (harnesses.matrix_view(benchmark, sources, weights, min_harnesses, CELL_COLUMN_NAMES, yours, current())
            if benchmark else None)
    if view is None:
        return st.info(t("No harness-attributed values match these filters. Pick another benchmark or more sources."))
    table, cells, hidden, value_columns = view.table, view.cells, view.hidden, view.value_columns
    tables.table(table, column_config={**{c: st.column_config.NumberColumn(t(c) if c == NOT_STATED_LABEL else c, format="%.1f")
                                          for c in value_columns},
                                       **{c: t(c) for c in harness.MATRIX_COLUMNS}})
    st.caption(
        t("{models} models × {columns} harness columns; newest value {as_of}.", models=table.num_rows, columns=len(value_columns),
          as_of=as_of(view.newest)) + " " + missing_note()
        + (" " + t("{hidden} models with fewer than {min} named harnesses are not shown (lower the slider to see them).",
                   hidden=hidden, min=min_harnesses) if hidden else "")
    )
    downloads = st.columns(2)
    downloads[0].download_button(
        t("Download the matrix (CSV)"), lambda: csv_bytes(table.to_pandas()), file_name=f"gapboard-harnesses-{benchmark}.csv",
        mime="text/csv", on_click="ignore",
    )
    downloads[1].download_button(
        t("Download every cell with its source (CSV)"), lambda: csv_bytes(cells.to_pandas()),
        file_name=f"gapboard-harness-cells-{benchmark}.csv", mime="text/csv", on_click="ignore",
    )
    with st.expander(t("Every cell with its source, reporter, date, cost and licence")):
        tables.table(cells, column_config=cell_columns())
    if view.warnings:
        st.info(t("**Not comparable as they stand:**") + "\n\n" + "\n".join(f"- {plain(w)}" for w in view.warnings),
                icon=":material/warning:")

    st.subheader(t("Harness sensitivity: spread per model"))
    sort = widgets.bound_segmented(t("Sort by"), list(harness.SORTS), "spread", key=P.SORT, format_func=lambda s: t(harness.SORT_LABELS[s]))
    spread = harnesses.spread_view(benchmark, sources, weights, min_harnesses, sort, unit_title, yours, current())
    if spread.chart is None:
        st.info(t("No model has values under two named harnesses with these filters."))
    else:
        charts.draw(spread.chart)
        top = spread.ranges.iloc[0]
        st.caption(t(
            "Bar: lowest to highest value across named harnesses; number: the spread in points. "
            "{model} moves {spread:.1f} points between {low} and {high}.",
            model=plain(top.model_name), spread=top.spread, low=plain(top.low_harness), high=plain(top.high_harness),
        ))
    tables.left_out(t("the spread chart"), {name: t("fewer than two named harnesses") for name in spread.left_out})


@st.fragment
def rank_flips(benchmark: str, sources: tuple[str, ...], labels: dict[str, str], yours: SessionRows | None, unit_title: str,
               default_pair: tuple[str, str]) -> None:
    """Two models' values per harness, who leads where, and why a comparison may not be like for like."""
    st.subheader(t("Rank flips: does the harness change who wins?"))
    if not labels:
        return st.info(t("No harness-attributed values match these filters."))
    st.caption(t("Any two models, open or proprietary (the weights filter applies to the matrix and the spread)."))
    keys = list(labels)
    pair_columns = st.columns(2)
    with pair_columns[0]:
        a = widgets.bound_selectbox(t("Model A"), keys, key=P.MODEL_A, default=default_pair[0], format_func=labels.get)
    with pair_columns[1]:
        b_default = default_pair[1] if default_pair[1] in keys else keys[min(1, len(keys) - 1)]
        b = widgets.bound_selectbox(t("Model B"), keys, key=P.MODEL_B, default=b_default, format_func=labels.get)
    if a == b:
        return st.info(t("Pick two different models."))
    flips = harnesses.flip_view(benchmark, sources, a, b, unit_title, yours, current())
    if not flips.compared:
        return st.info(t("{a} and {b} have no value under a common harness on this benchmark.", a=plain(labels[a]), b=plain(labels[b])))
    st.markdown(plain(flips.sentence))
    charts.draw(flips.chart)
    tables.table(
        flips.table,
        column_config={
            "harness_name": st.column_config.TextColumn(t("Harness")),
            "a_value": st.column_config.NumberColumn(labels[a], format="%.1f"),
            "b_value": st.column_config.NumberColumn(labels[b], format="%.1f"),
            "difference": st.column_config.NumberColumn("A − B", format="%+.1f"),
            "leader": st.column_config.TextColumn(t("Ahead")),
            "comparable": st.column_config.CheckboxColumn(t("Same harness"), help=t("False: one value has no stated harness")),
            "caveat": st.column_config.TextColumn(t("Caveats"), width="large"),
        },
    )
    if flips.not_comparable:
        st.caption("\\* " + t("compared with a value whose source states no harness (as vendor charts often do) — not like for like."))


@st.fragment
def overlap(benchmark: str, benchmark_name: str, noncommercial_left_out: bool = False) -> None:
    """Per-instance results under one scaffold: open-weight vs proprietary solves, unique solves, cost per solve."""
    st.subheader(t("Per instance, same scaffold: what do open-weight models solve that proprietary ones don't?"))
    every = harnesses.instance_runs_view(benchmark)
    runs, run_labels = every.runs, every.labels
    for model_name, run, note in every.skipped:
        st.caption(t("Left out: the per-instance results of {model} ({run}) — {note}", model=plain(model_name), run=plain(run),
                     note=plain(note)))
    if noncommercial_left_out:
        st.info(t("This build was made with --exclude-noncommercial: it leaves out the SWE-bench leaderboard and its "
                  "per-instance results (CC BY-NC 4.0)."))
    if runs.empty:
        return st.info(t("This build holds no per-instance results."))
    chosen_runs = widgets.bound_multiselect(t("Runs to compare"), list(run_labels), every.default_runs, key=P.RUNS,
                                            format_func=run_labels.get)
    dataset_licences = "; ".join(
        f"{plain(row.dataset_name)}: {plain(row.licence)}" + ("" if row.commercial_use else ", " + t("non-commercial use only"))
        for row in runs.drop_duplicates("dataset").itertuples()
    )
    st.caption(t(
        "{benchmark}: {runs} runs with per-instance results, under {scaffolds}, up to {instances} instances each ({licences}). "
        "The runs under {scaffold} are selected at first: the scaffold with the most runs of both open-weight and proprietary models.",
        benchmark=plain(benchmark_name), runs=len(runs), scaffolds=plain(", ".join(sorted(set(runs["harness_name"])))),
        instances=runs["instances"].max(), licences=dataset_licences, scaffold=plain(every.scaffold),
    ))
    scaffolds = sorted(set(runs.loc[runs["run"].isin(chosen_runs), "harness_name"]))
    if len(scaffolds) > 1:
        st.caption(":material/warning: " + t("The selected runs use different scaffolds ({scaffolds}): a difference on one instance "
                                             "may be the scaffold's, not the model's.", scaffolds=plain(", ".join(scaffolds))))
    view = harnesses.overlap_view(benchmark, tuple(chosen_runs), current())
    for warning in view.warnings:
        st.caption(":material/warning: " + plain(warning) + " " + t("Scaffold changes between versions can move results."))
    if not view.both_groups:
        st.info(t("Pick at least one open-weight and one proprietary run to compare the two groups."))
    else:
        summary = view.summary
        for column, category in zip(st.columns(4), CATEGORIES):
            column.metric(t(CATEGORY_LABELS[category]), int(summary.get(category, 0)),
                          help=t("Instances solved by at least one selected run of that group only"))
        charts.draw(view.chart)
        st.caption(t("Counts are instances with an outcome in every selected run; {count} instances lack one in some run and are "
                     "not counted.", count=int(summary.get("not comparable", 0))))
        category = widgets.bound_segmented(t("List the instances solved by"), CATEGORIES, "open only", key=P.SOLVED_BY,
                                           format_func=lambda c: t(CATEGORY_LABELS[c]))
        tables.table(
            harnesses.instances_view(tuple(chosen_runs), category),
            column_config={
                "instance": st.column_config.TextColumn(t("Instance")),
                "solvers": st.column_config.NumberColumn(t("Runs solving it")),
                "solved_by": st.column_config.TextColumn(t("Solved by"), width="large"),
            },
        )
    if view.stats is not None:
        st.markdown(t("**Solves, unique solves and cost per solved instance** (unique: no other selected run solves it)"))
        tables.table(view.stats, column_config=run_columns())
        st.caption(t("Costs are the run's own API spend at the prices the leaderboard recorded; a run missing any instance's cost "
                     "shows none."))
    if len(chosen_runs) >= 2:
        first_open = next((run for run in chosen_runs if run in view.open_runs), chosen_runs[0])
        second = chosen_runs[1] if first_open == chosen_runs[0] else chosen_runs[0]
        pair = st.columns(2)
        with pair[0]:
            run_a = widgets.bound_selectbox(t("Run A"), chosen_runs, key=P.RUN_A, default=first_open, format_func=run_labels.get)
        with pair[1]:
            run_b = widgets.bound_selectbox(t("Run B"), chosen_runs, key=P.RUN_B, default=second, format_func=run_labels.get)
        counts = harnesses.pair_counts(run_a, run_b)
        pairs = [(N_("Both solve"), "both_solve"), (N_("Only A"), "only_a"), (N_("Only B"), "only_b"), (N_("Neither"), "neither")]
        for column, (label, field) in zip(st.columns(4), pairs):
            column.metric(t(label), counts[field])


def build_notes(notes: list[str]) -> None:
    with st.expander(t("Build notes for these datasets (unmapped names, skipped or inconsistent runs)")):
        st.markdown("\n".join(f"- {plain(note)}" for note in notes) if notes else t("No notes."))
