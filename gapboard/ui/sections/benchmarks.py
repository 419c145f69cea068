"""The Benchmarks page's filters and tabs: the table with its cell detail, the gap today, the gap over time and
the claims check."""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from gapboard.core import benchmark_table, gap, headline
from gapboard.core.vocabulary import (
    ANY_HARNESS,
    MIN_CONFIDENCE_CHOICES,
    REPORTER_CHOICES,
    REPORTER_LABELS,
    WEIGHTS_CHOICES,
)
from gapboard.ui import charts, tables, widgets
from gapboard.ui.format import MISSING_NOTE, as_of, csv_bytes, number_text, plain
from gapboard.ui.registry import BenchmarksParams as P
from gapboard.ui.sections import claims as claim_sections
from gapboard.views import benchmarks
from gapboard.views.benchmarks import (
    AUTO,
    FRONTIER_ANY_LABEL,
    FRONTIER_AUTO_LABEL,
    Catalogue,
    ScoreFilters,
)
from gapboard.views.session import SessionRows


@dataclass(frozen=True)
class Choice:
    """What the page's filters hold."""

    benchmarks: tuple[str, ...]
    weights: tuple[str, ...]
    filters: ScoreFilters
    split: bool
    complete: bool
    notes: tuple[str, ...]  # the active filters in words, for the export


def filters(catalogue: Catalogue, defaults: list[str]) -> Choice:
    """The benchmark, category and weights pickers and the expander of every other filter."""
    names, harness_names, dataset_names = catalogue.names, catalogue.harness_names, catalogue.dataset_names
    top = st.columns([4, 3, 2])
    with top[1]:
        categories = widgets.bound_pills("Benchmark categories", catalogue.categories, [], key=P.CATEGORIES, format_func=str.capitalize)
    offered = [b for b in names if not categories or catalogue.category[b] in categories]
    with top[0]:
        chosen = widgets.bound_multiselect("Benchmarks", offered, defaults, key=P.BENCHMARKS, format_func=names.get)
    with top[2]:
        weights = widgets.bound_weights(P.WEIGHTS)
    with st.expander("More filters: vendor, family, harness, reporter, release date, confidence, dataset", icon=":material/tune:"):
        left, middle, right = st.columns(3)
        with left:
            vendors = widgets.bound_multiselect("Vendor", catalogue.vendors, [], key=P.VENDORS, placeholder="all vendors")
            families = widgets.bound_multiselect("Family", catalogue.families, [], key=P.FAMILIES, placeholder="all families")
            harnesses = widgets.bound_multiselect(
                "Harness", list(harness_names), [], key=P.HARNESSES, format_func=harness_names.get, placeholder="all harnesses",
                help="Only values produced under these agent harnesses. “harness not stated”: the source does not say.",
            )
        with middle:
            reporter = widgets.bound_segmented("Reported by", list(REPORTER_CHOICES), "both", key=P.REPORTER, format_func=REPORTER_LABELS.get)
            confidence = widgets.bound_segmented("Minimum confidence", list(MIN_CONFIDENCE_CHOICES), "low", key=P.CONFIDENCE,
                                                 format_func=str.capitalize)
            since = widgets.bound_date(
                "Released since", catalogue.first_release, key=P.SINCE, min_value=catalogue.first_release,
                max_value=catalogue.last_release,
                help="Models without a release date are kept while this is the earliest date, and left out (and listed) otherwise.",
            )
        with right:
            datasets = widgets.bound_multiselect(
                "Dataset", list(dataset_names), [], key=P.DATASETS, format_func=dataset_names.get, placeholder="all datasets",
                help="Where the rows were collected (see the Sources page for each dataset's origin and licence).",
            )
            complete = widgets.bound_toggle("Only models with results for every selected benchmark", False, key=P.COMPLETE)
            split = widgets.bound_toggle("One column per benchmark and harness", False, key=P.SPLIT,
                                         help="Instead of one column per benchmark (cells from another harness marked ≠).")
    release_filter = since if since > catalogue.first_release else None  # the earliest date means "no filter"
    notes = (
        "Gapboard Benchmarks export",
        "benchmarks: " + ", ".join(names[b] for b in chosen),
        f"weights: {_weights_word(weights)}; reported by: {REPORTER_LABELS[reporter]}; minimum confidence: {confidence}",
        "vendors: " + (", ".join(vendors) or "all") + "; families: " + (", ".join(families) or "all"),
        "harnesses: " + (", ".join(harness_names[h] for h in harnesses) or "all")
        + "; datasets: " + (", ".join(dataset_names[d] for d in datasets) or "all"),
        f"released since: {release_filter or 'any (undated included)'}; complete rows only: {complete}; "
        f"one column per harness: {split}",
        headline.HEADLINE_RULE + " " + headline.CELL_RULE,
    )
    row_filters = ScoreFilters(REPORTER_CHOICES[reporter], MIN_CONFIDENCE_CHOICES[confidence], tuple(vendors), tuple(families),
                               tuple(harnesses), tuple(datasets), release_filter)
    return Choice(tuple(chosen), weights, row_filters, split, complete, notes)


def _weights_word(weights: tuple[str, ...]) -> str:
    """The weights choice as the export names it: both, open or proprietary."""
    return next(word for word, classes in WEIGHTS_CHOICES.items() if classes == weights)


def _left_out_undated(where: str, undated: list[str]) -> None:
    tables.left_out(where, {name: "no release date, and a release-date filter is set" for name in undated})


def table_tab(choice: Choice, catalogue: Catalogue, yours: SessionRows | None) -> None:
    view = benchmarks.table_view(choice.benchmarks, choice.weights, choice.filters, choice.split, choice.complete, yours)
    table = view.table
    if not choice.benchmarks:
        return st.info("Pick at least one benchmark to see the table.")
    if table is None:
        return st.info("No reported scores match these filters.")
    if table.values.empty:
        st.info("No model has a value for every selected benchmark: turn off “Only models with results for "
                "every selected benchmark” or pick fewer benchmarks.")
    st.caption(benchmark_table.MARKER_LEGEND)
    wanted = widgets.link_param(P.CELL)
    model_ids = set(catalogue.model_ids) | (set(yours.marked["model"]) if yours is not None else set())
    requested = benchmark_table.parse_cell(wanted, model_ids, set(catalogue.names))
    if wanted and requested is None:
        widgets.reject_link_value(P.CELL, wanted, "not a model:benchmark cell")
    position = table.position(*requested) if requested else None
    event = tables.marked_table(
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
    widgets.set_link_param(P.CELL, ":".join(requested) if requested else None)
    st.caption(
        MISSING_NOTE + f" {len(table)} models, {len(view.scores)} reported values behind these cells, the newest "
        + f"{as_of(view.newest)}. "
        + headline.HEADLINE_RULE + " " + (headline.CELL_RULE if not choice.split else "")
    )
    _left_out_undated("the table", view.left_out)
    st.download_button(
        "Download this table as CSV (with sources and filters)",
        lambda: csv_bytes(table.export(), choice.notes),  # built only when clicked
        file_name="gapboard-benchmarks.csv", mime="text/csv", icon=":material/download:", key="download",
    )
    if requested:
        _cell(benchmarks.cell_detail(*requested, choice.benchmarks, choice.weights, choice.filters, choice.split,
                                     choice.complete, yours), catalogue)
    else:
        st.caption("Select a score cell to see every value behind it: source, reporter, harness, note, confidence, as-of.")
    conflicts_box = widgets.bound_expander(f"Conflicts: {len(view.conflicts)} cells where sources give different values", key=P.CONFLICTS)
    if conflicts_box.open:
        with conflicts_box:
            tables.table(
                view.conflicts,
                column_config={
                    "model_name": "Model", "weights": "Weights", "benchmark_name": "Benchmark", "harness": "Harness",
                    "value": st.column_config.NumberColumn("Headline"), "other_values": "Other values",
                    "values_reported": st.column_config.NumberColumn("Rows"),
                },
                key="conflict_rows",
            )
    values_box = widgets.bound_expander("Every value behind the table, with its source", key=P.VALUES)
    if values_box.open:
        with values_box:
            tables.table(view.scores, column_config=tables.source_columns(), key="all_values")


def _cell(detail: benchmarks.CellDetail, catalogue: Catalogue) -> None:
    """Every value held for one model on one benchmark, whatever the filters; the shown one ticked."""
    if detail.rows.empty:
        return st.info("No value is recorded for this model on this benchmark.")
    shown, harness_names = detail.shown, catalogue.harness_names
    st.markdown(f"#### {plain(detail.model_name)} · {plain(detail.benchmark_name)}")
    if shown is None:
        st.caption("This cell is not in the table under the current filters; every value held is listed.")
    else:
        where = "not the column's main harness: it has none under it" if shown.get("harness_differs", False) else "the column's harness"
        st.markdown(
            f"Shown in the table: **{plain(number_text(shown['value']))}** under "
            f"{plain(harness_names.get(shown['harness_key'], shown['harness_key']))} ({where}); "
            f"{int(shown['distinct_values'])} distinct value(s) under that harness."
        )
    tables.table(
        detail.rows[["shown", "harness_name", "value", "reported_by", "source_form", "confidence", "as_of", "source_url",
                     "source_note", "runs", "dataset", "source_file", "source_line"]],
        column_config={
            **tables.source_columns(),
            "shown": st.column_config.TextColumn("Shown", help="The value the table shows under the current filters"),
            "harness_name": st.column_config.TextColumn("Harness"),
            "value": st.column_config.NumberColumn("Value"),
            "source_form": st.column_config.TextColumn("Form", help="text / chart / derived / estimated"),
        },
        key="cell_detail",
    )


def gap_tab(choice: Choice, yours: SessionRows | None) -> None:
    view = benchmarks.gap_today(choice.benchmarks, choice.filters, yours)
    st.caption(gap.GAP_RULE + " The weights filter does not apply here: a gap needs both kinds.")
    if not choice.benchmarks:
        st.info("Pick at least one benchmark to see the gap.")
    elif view.gaps.empty:
        st.info("No selected benchmark has both open and proprietary results under one harness with these filters.")
    else:
        charts.draw(view.chart, key="gap_chart")
        tables.left_out("the gap chart", {name: "no harness with both open and proprietary results" for name in view.without_both})
        tables.table(
            view.gaps[["benchmark_name", "harness", "open_models", "open_value", "proprietary_models", "proprietary_value", "gap",
                       "models", "main"]],
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
    _left_out_undated("the gap", view.left_out)


def frontier_tab(choice: Choice, catalogue: Catalogue, default: str, yours: SessionRows | None) -> None:
    names, harness_names = catalogue.names, catalogue.harness_names
    columns = st.columns(2)
    with columns[0]:
        benchmark = widgets.bound_selectbox("Benchmark", list(names), key=P.FRONTIER_BENCHMARK, default=default, format_func=names.get)
    labels = {AUTO: FRONTIER_AUTO_LABEL, ANY_HARNESS: FRONTIER_ANY_LABEL, **harness_names}
    with columns[1]:
        harness = widgets.bound_selectbox("Harness", list(labels), key=P.FRONTIER_HARNESS, format_func=labels.get)
    view = benchmarks.frontier(benchmark, harness, choice.filters, yours)
    lag = view.lag
    st.markdown(f"**{plain(names[benchmark])}**, results under **{plain(view.setting)}**")
    if view.chart is None:
        st.info("No dated results under this setting. Choose another harness.")
    else:
        st.metric("Open frontier behind the proprietary one", lag.headline())
        st.markdown(plain(lag.sentence(names[benchmark])))
        charts.draw(view.chart, key="frontier_chart")
        st.caption(gap.MONTHS_BEHIND_RULE + " Shaded: the gap between the two frontiers.")
    tables.left_out("the frontier", {name: "no release date" for name in view.undated})
    _left_out_undated("the frontier", view.left_out)


def claims_tab() -> None:
    view = benchmarks.claims_view()
    claim_sections.verdicts(view.summary)
    st.caption(
        "Claims from the MiniMax-M2.5 launch and its coverage, each checked twice against the data: once with only "
        "the numbers published and the models released by the day it was made, and once with everything held today. "
        "Each verdict is computed from the rows that decide it. Select a claim to see those rows."
    )
    verdicts = view.verdicts
    chosen = tables.selectable_table(
        verdicts[["verdict_then", "verdict", "claim", "claimed", "claimant", "made_on", "why"]], verdicts["id"], P.CLAIM,
        column_config={
            "verdict_then": st.column_config.TextColumn("On its date", width="small"),
            "verdict": st.column_config.TextColumn("Today", width="small"),
            "claim": st.column_config.TextColumn("Claim", width="large"),
            "claimed": "Claimed", "claimant": "Claimed by", "made_on": st.column_config.DateColumn("Made on"),
            "why": st.column_config.TextColumn("Why, today (computed from the data)", width="large"),
        },
    )
    if chosen is None:
        return st.caption("Select a claim to see its evidence rows and their sources.")
    judged = view.judged[chosen]
    claim = judged.claim
    st.markdown(f"#### {plain(judged.now.label)} — {plain(claim['claim'])}")
    st.markdown(f"**Claimed:** {plain(claim['claimed'])} · **by** {plain(claim['claimant'])} · {claim['made_on']:%Y-%m-%d}")
    if claim.get("claimant_url"):
        st.link_button("Where it was claimed", claim["claimant_url"], icon=":material/open_in_new:")
    if claim.get("note"):
        st.caption(plain(claim["note"]))
    for title, result in ((f"On its date ({claim['made_on']:%Y-%m-%d})", judged.then), ("Today", judged.now)):
        st.markdown(f"**{title}: {result.verdict}.** {plain(result.reason)}")
        tables.table(
            result.evidence,
            column_config={
                **tables.source_columns(), "what": "Evidence", "value": "Value",
                "counts": st.column_config.TextColumn("Counts as", help="agrees / differs with the claim; context; not counted (and why)"),
            },
            key=f"evidence_{'then' if result is judged.then else 'now'}",
        )
