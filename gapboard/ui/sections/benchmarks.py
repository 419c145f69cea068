"""The Benchmarks page's filters and tabs: the table with its cell detail, the gap today, the gap over time and
the claims check."""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from gapboard.core import benchmark_table, gap, headline
from gapboard.core.i18n import N_
from gapboard.core.vocabulary import (
    ANY_HARNESS,
    MIN_CONFIDENCE_CHOICES,
    REPORTER_CHOICES,
    REPORTER_LABELS,
    WEIGHTS_CHOICES,
)
from gapboard.ui import charts, tables, widgets
from gapboard.ui.format import as_of, csv_bytes, missing_note, number_text, plain
from gapboard.ui.i18n import current, t
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
    names, harness_names, dataset_names = catalogue.names, benchmarks.harness_names(current()), catalogue.dataset_names
    top = st.columns([4, 3, 3])  # the weights choice fits in Korean too
    with top[1]:
        categories = widgets.bound_pills(t("Benchmark categories"), catalogue.categories, [], key=P.CATEGORIES,
                                         format_func=lambda c: t(CATEGORY_LABELS[c]) if c in CATEGORY_LABELS else c.capitalize())
    offered = [b for b in names if not categories or catalogue.category[b] in categories]
    with top[0]:
        chosen = widgets.bound_multiselect(t("Benchmarks"), offered, defaults, key=P.BENCHMARKS, format_func=names.get)
    with top[2]:
        weights = widgets.bound_weights(P.WEIGHTS)
    with st.expander(t("More filters: vendor, family, harness, reporter, release date, confidence, dataset"), icon=":material/tune:"):
        left, middle, right = st.columns(3)
        with left:
            vendors = widgets.bound_multiselect(t("Vendor"), catalogue.vendors, [], key=P.VENDORS, placeholder=t("all vendors"))
            families = widgets.bound_multiselect(t("Family"), catalogue.families, [], key=P.FAMILIES, placeholder=t("all families"))
            harnesses = widgets.bound_multiselect(
                t("Harness"), list(harness_names), [], key=P.HARNESSES, format_func=harness_names.get, placeholder=t("all harnesses"),
                help=t("Only values produced under these agent harnesses. “harness not stated”: the source does not say."),
            )
        with middle:
            reporter = widgets.bound_segmented(t("Reported by"), list(REPORTER_CHOICES), "both", key=P.REPORTER,
                                               format_func=lambda r: t(REPORTER_LABELS[r]))
            confidence = widgets.bound_segmented(t("Minimum confidence"), list(MIN_CONFIDENCE_CHOICES), "low", key=P.CONFIDENCE,
                                                 format_func=lambda c: t(CONFIDENCE_LABELS[c]))
            since = widgets.bound_date(
                t("Released since"), catalogue.first_release, key=P.SINCE, min_value=catalogue.first_release,
                max_value=catalogue.last_release,
                help=t("Models without a release date are kept while this is the earliest date, and left out (and listed) otherwise."),
            )
        with right:
            datasets = widgets.bound_multiselect(
                t("Dataset"), list(dataset_names), [], key=P.DATASETS, format_func=dataset_names.get, placeholder=t("all datasets"),
                help=t("Where the rows were collected (see the Sources page for each dataset's origin and licence)."),
            )
            complete = widgets.bound_toggle(t("Only models with results for every selected benchmark"), False, key=P.COMPLETE)
            split = widgets.bound_toggle(t("One column per benchmark and harness"), False, key=P.SPLIT,
                                         help=t("Instead of one column per benchmark (cells from another harness marked ≠)."))
    release_filter = since if since > catalogue.first_release else None  # the earliest date means "no filter"
    every = t("all")
    notes = (
        t("Gapboard Benchmarks export"),
        t("benchmarks: {names}", names=", ".join(names[b] for b in chosen)),
        t("weights: {weights}; reported by: {reporter}; minimum confidence: {confidence}", weights=t(EXPORT_WEIGHTS[_weights_word(weights)]),
          reporter=t(REPORTER_LABELS[reporter]), confidence=t(confidence)),
        t("vendors: {vendors}; families: {families}", vendors=", ".join(vendors) or every, families=", ".join(families) or every),
        t("harnesses: {harnesses}; datasets: {datasets}", harnesses=", ".join(harness_names[h] for h in harnesses) or every,
          datasets=", ".join(dataset_names[d] for d in datasets) or every),
        t("released since: {since}; complete rows only: {complete}; one column per harness: {split}",
          since=release_filter or t("any (undated included)"), complete=complete, split=split),
        t(headline.HEADLINE_RULE) + " " + t(headline.CELL_RULE),
    )
    row_filters = ScoreFilters(REPORTER_CHOICES[reporter], MIN_CONFIDENCE_CHOICES[confidence], tuple(vendors), tuple(families),
                               tuple(harnesses), tuple(datasets), release_filter)
    return Choice(tuple(chosen), weights, row_filters, split, complete, notes)


CATEGORY_LABELS = {"coding": N_("Coding"), "agentic": N_("Agentic"), "search": N_("Search"), "office": N_("Office"),
                   "knowledge": N_("Knowledge"), "reasoning": N_("Reasoning"), "composite": N_("Composite")}
CONFIDENCE_LABELS = {"low": N_("Low"), "medium": N_("Medium"), "high": N_("High")}
EXPORT_WEIGHTS = {"both": N_("both"), "open": N_("open"), "proprietary": N_("proprietary")}


def _weights_word(weights: tuple[str, ...]) -> str:
    """The weights choice as the export names it: both, open or proprietary."""
    return next(word for word, classes in WEIGHTS_CHOICES.items() if classes == weights)


def _left_out_undated(where: str, undated: list[str]) -> None:
    tables.left_out(where, {name: t("no release date, and a release-date filter is set") for name in undated})


TABLE_COLUMNS = (N_("Model"), N_("Weights"), N_("Vendor"), N_("Released"))  # the table's own columns (`BenchmarkTable`)


def table_tab(choice: Choice, catalogue: Catalogue, yours: SessionRows | None) -> None:
    view = benchmarks.table_view(choice.benchmarks, choice.weights, choice.filters, choice.split, choice.complete, yours, current())
    table = view.table
    if not choice.benchmarks:
        return st.info(t("Pick at least one benchmark to see the table."))
    if table is None:
        return st.info(t("No reported scores match these filters."))
    if table.values.empty:
        st.info(t("No model has a value for every selected benchmark: turn off “Only models with results for "
                  "every selected benchmark” or pick fewer benchmarks."))
    st.caption(t(benchmark_table.MARKER_LEGEND))
    wanted = widgets.link_param(P.CELL)
    model_ids = set(catalogue.model_ids) | (set(yours.marked["model"]) if yours is not None else set())
    requested = benchmark_table.parse_cell(wanted, model_ids, set(catalogue.names))
    if wanted and requested is None:
        widgets.reject_link_value(P.CELL, wanted, t("not a model:benchmark cell"))
    position = table.position(*requested) if requested else None
    event = tables.marked_table(
        table.values, table.markers, table.vendor, table.titles,
        column_config={**{title: st.column_config.Column(title, help=h) for title, h in view.column_help.items()},
                       **{name: t(name) for name in TABLE_COLUMNS}},
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
        missing_note() + " "
        + t("{models} models, {values} reported values behind these cells, the newest {as_of}.", models=len(table),
            values=len(view.scores), as_of=as_of(view.newest)) + " "
        + t(headline.HEADLINE_RULE) + " " + (t(headline.CELL_RULE) if not choice.split else "")
    )
    _left_out_undated(t("the table"), view.left_out)
    st.download_button(
        t("Download this table as CSV (with sources and filters)"),
        lambda: csv_bytes(table.export(), choice.notes),  # built only when clicked
        file_name="gapboard-benchmarks.csv", mime="text/csv", icon=":material/download:", key="download",
    )
    if requested:
        _cell(benchmarks.cell_detail(*requested, choice.benchmarks, choice.weights, choice.filters, choice.split,
                                     choice.complete, yours, current()), catalogue)
    else:
        st.caption(t("Select a score cell to see every value behind it: source, reporter, harness, note, confidence, as-of."))
    conflicts_box = widgets.bound_expander(t("Conflicts: {count} cells where sources give different values", count=len(view.conflicts)),
                                           key=P.CONFLICTS)
    if conflicts_box.open:
        with conflicts_box:
            tables.table(
                view.conflicts,
                column_config={
                    "model_name": t("Model"), "weights": t("Weights"), "benchmark_name": t("Benchmark"), "harness": t("Harness"),
                    "value": st.column_config.NumberColumn(t("Headline")), "other_values": t("Other values"),
                    "values_reported": st.column_config.NumberColumn(t("Rows")),
                },
                key="conflict_rows",
            )
    values_box = widgets.bound_expander(t("Every value behind the table, with its source"), key=P.VALUES)
    if values_box.open:
        with values_box:
            tables.table(view.scores, column_config=tables.source_columns() | score_columns(), key="all_values")


def _cell(detail: benchmarks.CellDetail, catalogue: Catalogue) -> None:
    """Every value held for one model on one benchmark, whatever the filters; the shown one ticked."""
    if detail.rows.empty:
        return st.info(t("No value is recorded for this model on this benchmark."))
    shown, harness_names = detail.shown, benchmarks.harness_names(current())
    st.markdown(f"#### {plain(detail.model_name)} · {plain(detail.benchmark_name)}")
    if shown is None:
        st.caption(t("This cell is not in the table under the current filters; every value held is listed."))
    else:
        where = (t("not the column's main harness: it has none under it") if shown.get("harness_differs", False)
                 else t("the column's harness"))
        st.markdown(t(
            "Shown in the table: **{value}** under {harness} ({where}); {count} distinct value(s) under that harness.",
            value=plain(number_text(shown["value"])), harness=plain(harness_names.get(shown["harness_key"], shown["harness_key"])),
            where=where, count=int(shown["distinct_values"]),
        ))
    tables.table(
        detail.rows[["shown", "harness_name", "value", "reported_by", "source_form", "confidence", "as_of", "source_url",
                     "source_note", "runs", "dataset", "source_file", "source_line"]],
        column_config={
            **tables.source_columns(), **score_columns(),
            "shown": st.column_config.TextColumn(t("Shown"), help=t("The value the table shows under the current filters")),
            "harness_name": st.column_config.TextColumn(t("Harness")),
            "value": st.column_config.NumberColumn(t("Value")),
            "source_form": st.column_config.TextColumn(t("Form"), help=t("text / chart / derived / estimated")),
        },
        key="cell_detail",
    )


def score_columns() -> dict:
    """Headers of the score rows' other columns (those `tables.source_columns` does not name)."""
    return {
        "model_name": t("Model"), "weights": t("Weights"), "benchmark_name": t("Benchmark"), "harness_name": t("Harness"),
        "value": st.column_config.NumberColumn(t("Value")), "unit": t("Unit"), "source_form": t("Form"), "runs": t("Runs"),
        "dataset": t("Dataset"), "source_file": t("Read from"), "source_line": t("Line"),
    }


def gap_tab(choice: Choice, yours: SessionRows | None) -> None:
    view = benchmarks.gap_today(choice.benchmarks, choice.filters, yours, current())
    st.caption(t(gap.GAP_RULE) + " " + t("The weights filter does not apply here: a gap needs both kinds."))
    if not choice.benchmarks:
        st.info(t("Pick at least one benchmark to see the gap."))
    elif view.gaps.empty:
        st.info(t("No selected benchmark has both open and proprietary results under one harness with these filters."))
    else:
        charts.draw(view.chart, key="gap_chart")
        tables.left_out(t("the gap chart"), {name: t("no harness with both open and proprietary results") for name in view.without_both})
        tables.table(
            view.gaps[["benchmark_name", "harness", "open_models", "open_value", "proprietary_models", "proprietary_value", "gap",
                       "models", "main"]],
            column_config={
                "benchmark_name": t("Benchmark"), "harness": t("Harness"),
                "open_models": t("Best open model"), "open_value": st.column_config.NumberColumn(t("Open")),
                "proprietary_models": t("Best proprietary model"), "proprietary_value": st.column_config.NumberColumn(t("Proprietary")),
                "gap": st.column_config.NumberColumn(t("Gap (points)"), format="%+.1f", help=t("Positive: proprietary ahead")),
                "models": st.column_config.NumberColumn(t("Models compared")),
                "main": st.column_config.CheckboxColumn(t("Main setting")),
            },
            key="gap_table",
        )
        st.caption(t("“harness not stated” rows are grouped together but are not known to be comparable with each other."))
    _left_out_undated(t("the gap"), view.left_out)


def frontier_tab(choice: Choice, catalogue: Catalogue, default: str, yours: SessionRows | None) -> None:
    names, harness_names = catalogue.names, benchmarks.harness_names(current())
    columns = st.columns(2)
    with columns[0]:
        benchmark = widgets.bound_selectbox(t("Benchmark"), list(names), key=P.FRONTIER_BENCHMARK, default=default, format_func=names.get)
    labels = {AUTO: t(FRONTIER_AUTO_LABEL), ANY_HARNESS: t(FRONTIER_ANY_LABEL), **harness_names}
    with columns[1]:
        harness = widgets.bound_selectbox(t("Harness"), list(labels), key=P.FRONTIER_HARNESS, format_func=labels.get)
    view = benchmarks.frontier(benchmark, harness, choice.filters, yours, current())
    lag = view.lag
    st.markdown(t("**{benchmark}**, results under **{setting}**", benchmark=plain(names[benchmark]), setting=plain(view.setting)))
    if view.chart is None:
        st.info(t("No dated results under this setting. Choose another harness."))
    else:
        st.metric(t("Open frontier behind the proprietary one"), lag.headline(current()))
        st.markdown(plain(lag.sentence(names[benchmark], current())))
        charts.draw(view.chart, key="frontier_chart")
        st.caption(t(gap.MONTHS_BEHIND_RULE) + " " + t("Shaded: the gap between the two frontiers."))
    tables.left_out(t("the frontier"), {name: t("no release date") for name in view.undated})
    _left_out_undated(t("the frontier"), view.left_out)


def claims_tab() -> None:
    view = benchmarks.claims_view(current())
    claim_sections.verdicts(view.summary)
    st.caption(t(
        "Claims from the MiniMax-M2.5 launch and its coverage, each checked twice against the data: once with only "
        "the numbers published and the models released by the day it was made, and once with everything held today. "
        "Each verdict is computed from the rows that decide it. Select a claim to see those rows."
    ))
    verdicts = claim_sections.in_language(view.verdicts)
    shown = ["verdict_then", "verdict", "claim", *(["claim_ko"] if "claim_ko" in verdicts else []), "claimed", "claimant", "made_on", "why"]
    chosen = tables.selectable_table(
        verdicts[shown], verdicts["id"], P.CLAIM,
        column_config=claim_sections.columns(claimant=t("Claimed by"), made_on=st.column_config.DateColumn(t("Made on"))),
    )
    if chosen is None:
        return st.caption(t("Select a claim to see its evidence rows and their sources."))
    judged = view.judged[chosen]
    claim = judged.claim
    st.markdown(f"#### {plain(judged.now.label_in(current()))} — {plain(claim['claim'])}")
    if current() != "en" and claim.get("claim_ko"):
        st.markdown(t("**In the launch article:** “{sentence}”", sentence=plain(claim["claim_ko"])))
    st.markdown(t("**Claimed:** {claimed} · **by** {claimant} · {day:%Y-%m-%d}", claimed=plain(claim["claimed"]),
                  claimant=plain(claim["claimant"]), day=claim["made_on"]))
    if claim.get("claimant_url"):
        st.link_button(t("Where it was claimed"), claim["claimant_url"], icon=":material/open_in_new:")
    if claim.get("note"):
        st.caption(plain(claim["note"]))
    for title, result in ((t("On its date ({day:%Y-%m-%d})", day=claim["made_on"]), judged.then), (t("Today"), judged.now)):
        st.markdown(f"**{title}: {t(result.verdict)}.** {plain(result.reason)}")
        tables.table(
            result.evidence,
            column_config={
                **tables.source_columns(), "what": t("Evidence"), "value": t("Value"),
                "counts": st.column_config.TextColumn(t("Counts as"), help=t("agrees / differs with the claim; context; not counted (and why)")),
            },
            key=f"evidence_{'then' if result is judged.then else 'now'}",
        )
