"""The Sources page's tabs: the dataset registry, looking up one number, your own results, and the downloads."""
from __future__ import annotations

import streamlit as st

from gapboard.core import headline, uploads
from gapboard.core.i18n import N_, count
from gapboard.ui import session, tables, widgets
from gapboard.ui.format import csv_bytes, missing_note, plain
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import SourcesParams as P
from gapboard.views import sources
from gapboard.views.session import SessionRows

ALL_BENCHMARKS = ""
SCORE_COLUMNS = [
    "benchmark_name", "harness_name", "value", "unit", "headline", "vs_headline", "agreement", "reported_by", "dataset",
    "source_form", "confidence", "runs", "as_of", "cost_usd_per_task", "tokens_per_task", "source_url", "source_note",
    "source_file", "source_line",
]
def _provenance() -> dict:
    return tables.source_columns() | {
        "dataset": st.column_config.TextColumn(t("Dataset"), help=t("“yours” = your upload, this session only")),
        "source_file": st.column_config.TextColumn(t("Read from"), help=t("The file in Gapboard's data it was read from")),
        "source_line": st.column_config.NumberColumn(t("Line"), format="%d"),
    }
YOUR_COLUMNS = [
    "model_name", "weights", "benchmark_name", "harness_name", "value", "unit", "as_of", "source_note",
    "cost_usd_per_task", "tokens_per_task", "source_line",
]
FACT_COLUMNS = ["fact", "value", "status", "dataset", "reported_by", "as_of", "source_url", "source_note", "source_file", "source_line"]


def _rows(number: int) -> str:
    return count(number, N_("{n} row"), N_("{n} rows"), current())


def datasets_tab(view: sources.DatasetsView, version: str, notes: list[str]) -> None:
    """The dataset registry, its freshness and the build's notes."""
    st.subheader(t("Dataset registry"))
    tables.table(
        view.table,
        column_config={
            "id": st.column_config.TextColumn(t("Id")),
            "name": st.column_config.TextColumn(t("Dataset")),
            "ships": st.column_config.CheckboxColumn(t("Ships"), help=t("Whether its data is in Gapboard and its download")),
            "licence": st.column_config.TextColumn(t("Licence")),
            "licence_url": tables.link_column(t("Licence text")),
            "commercial_use": st.column_config.CheckboxColumn(t("Commercial use")),
            "records": st.column_config.NumberColumn(t("Records"), help=t("Rows it contributed to the built tables")),
            "first_record": st.column_config.DateColumn(t("First record"), help=t("Oldest as-of date of its records")),
            "last_record": st.column_config.DateColumn(t("Newest record")),
            "as_of": st.column_config.DateColumn(t("Snapshot as of")),
            "tables": st.column_config.TextColumn(t("Records per table")),
            "origin": st.column_config.TextColumn(t("Origin (repository and commit, or release)"), width="large"),
            "url": tables.link_column(t("Origin URL")),
            "attribution": st.column_config.TextColumn(t("Attribution"), width="large"),
            "description": st.column_config.TextColumn(t("What it holds"), width="large"),
        },
    )
    st.caption(t(
        "A dataset that does not ship is listed so you can see why its data is absent: its licence does not let "
        "Gapboard redistribute it. Every row of every table names its dataset in the `dataset` column."
    ))
    for name, attribution in view.credits:
        st.caption(t("Attribution ({name}): {attribution}", name=plain(name), attribution=plain(attribution)))

    st.subheader(t("Freshness"))
    for line in view.freshness_lines:
        st.markdown("- " + plain(line))
    with st.expander(t("Freshness as a table")):
        tables.table(view.freshness, column_config={
            "dataset": t("Dataset"),
            "as_of": st.column_config.DateColumn(t("Snapshot as of")),
            "newest_record": st.column_config.DateColumn(t("Newest record")),
            "months_old": st.column_config.NumberColumn(t("Months since newest record")),
        })

    st.subheader(t("Coverage per vendor"))
    st.caption(t(
        "Per vendor, the newest model Gapboard knows beside the newest one any source here gives a score for. A gap "
        "between them means newer models are listed (from a price list or a dataset) before anyone has scored them."
    ))
    tables.table(view.coverage, column_config={
        "vendor": t("Vendor"),
        "newest_known": t("Newest model known"), "newest_known_release": st.column_config.DateColumn(t("Released")),
        "newest_scored": t("Newest model with scores"), "newest_scored_release": st.column_config.DateColumn(t("Released") + " "),
        "models": st.column_config.NumberColumn(t("Models")), "scored_models": st.column_config.NumberColumn(t("With scores")),
        "unscored_since": st.column_config.NumberColumn(
            t("Newer, no score"), help=t("Models released after the vendor's newest scored model that have no score yet")),
    }, key="vendor_coverage")

    st.subheader(t("Build notes"))
    st.caption(t("What the build of version {version} wants you to know, e.g. names no mapping table covers.", version=plain(version)))
    if notes:
        for note in notes:
            st.markdown("- " + plain(note))
    else:
        st.markdown(t("No notes: every external name was mapped."))


def changes_tab(view: sources.ChangesView, built_at: str) -> None:
    """What this build changed since the one it replaced: models, scores and prices, each with its date."""
    if view.since_version is None:
        return st.info(t(
            "This build (made {built} UTC) has no earlier build to compare with, or nothing changed since it: a refresh or a "
            "data edit lists its changes here.", built=plain(built_at[:16].replace("T", " "))), icon=":material/history:")
    summary = sources.change_counts(view.counts, current())
    st.markdown(plain(t("Since the build of {built} UTC: {summary}.", built=view.since_built_at[:16].replace("T", " "), summary=summary)))
    tables.table(view.table, column_config={
        **tables.source_columns(), "change": t("Change"), "model": None, "model_name": t("Model"),
        "subject": st.column_config.TextColumn(t("Benchmark · harness, or provider · tier"), width="large"),
        "old_value": t("Before"), "new_value": t("Now"), "from_dataset": t("Dataset"),
        "as_of": st.column_config.DateColumn(t("Date of the number")),
    }, key="changes")
    st.caption(missing_note() + " " + t("A source link is compared without its line number or pinned commit, so a refreshed "
                                        "snapshot only lists what really changed."))


def lookup_tab(default_model: str, yours: SessionRows | None) -> None:
    """Every value, fact and price held for one model, each beside the value it headlines with."""
    model_names, bench_names = sources.lookup_choices()
    labels = model_names | {
        model: t("{name} (yours)", name=name) for model, name in session.new_models().items()
    }
    ids = list(labels)
    model = widgets.bound_selectbox(t("Model"), ids, key=P.MODEL, default=default_model, format_func=labels.get)
    benchmark = widgets.bound_selectbox(t("Benchmark"), [ALL_BENCHMARKS, *bench_names], key=P.BENCHMARK,
                                        format_func=lambda b: bench_names.get(b, t("All benchmarks")))

    found = sources.lookup(model, benchmark or None, yours, current())
    scores, facts, prices = found.scores, found.facts, found.prices
    st.subheader(t("Scores held for {model}", model=plain(labels[model])))
    if scores.num_rows == 0:
        st.info(t("No scores are held for this choice."))
    else:
        tables.table(
            scores,
            column_order=SCORE_COLUMNS,
            column_config=_provenance() | {
                "benchmark_name": st.column_config.TextColumn(t("Benchmark")),
                "harness_name": st.column_config.TextColumn(t("Harness")),
                "value": st.column_config.NumberColumn(t("Value"), format="%.2f"),
                "unit": st.column_config.TextColumn(t("Unit")),
                "source_form": st.column_config.TextColumn(t("Form"), help=t("How the number appears in its source")),
                "runs": st.column_config.NumberColumn(t("Runs")),
                "cost_usd_per_task": st.column_config.NumberColumn(t("Your $/task"), format="$%.2f"),
                "tokens_per_task": st.column_config.NumberColumn(t("Your tokens/task"), format="%d"),
                "headline": st.column_config.CheckboxColumn(t("Headline"), help=t(headline.HEADLINE_RULE)),
                "vs_headline": st.column_config.NumberColumn(t("vs headline"), format="%+.2f",
                                                             help=t("This value minus the headline value (same unit)")),
                "agreement": st.column_config.TextColumn(t("Agreement"), width="medium"),
            },
        )
        st.caption(
            t("{count} values.", count=scores.num_rows) + " " + t(headline.HEADLINE_RULE) + " "
            + t("A value under a different harness is not comparable with the headline even when the benchmark is the same.")
            + " " + missing_note()
        )

    st.subheader(t("Model facts, by source"))
    if facts.num_rows == 0:
        st.info(t("Gapboard holds no facts for this model (it is one of yours)."))
    else:
        tables.table(facts, column_order=FACT_COLUMNS, column_config=_provenance() | {
            "fact": st.column_config.TextColumn(t("Fact")), "value": st.column_config.TextColumn(t("Value")),
            "status": st.column_config.TextColumn(t("Compared with models.csv")),
        })
        st.caption(t("External catalogues never overwrite models.csv: their values are shown beside it and fill its gaps here."))

    st.subheader(t("Prices, by price list"))
    if prices.num_rows == 0:
        st.info(t("No prices are held for this model."))
    else:
        tables.table(prices, column_config=_provenance() | {
            "provider": st.column_config.TextColumn(t("Provider")), "tier": st.column_config.TextColumn(t("Tier")),
            "price_list": st.column_config.TextColumn(t("Price list")),
            "valid_from": st.column_config.DateColumn(t("Valid from")), "valid_to": st.column_config.DateColumn(t("Valid to")),
            "input_usd_per_mtok": st.column_config.NumberColumn(t("Input $/M"), format="$%.3f"),
            "output_usd_per_mtok": st.column_config.NumberColumn(t("Output $/M"), format="$%.2f"),
            "cached_input_usd_per_mtok": st.column_config.NumberColumn(t("Cached input $/M"), format="$%.3f"),
            "tokens_per_second": st.column_config.NumberColumn(t("Tokens/s")),
        })
    for credit in found.attributions:
        st.caption(t("Attribution — {credit}", credit=plain(credit)))


def your_results_tab() -> None:
    """Upload your own results, see what was kept and rejected, remove them."""
    st.subheader(t("Bring your own results"))
    st.markdown(t(
        "Upload a CSV (UTF-8) or Parquet file of your own evaluation results, up to {mb} MB and {rows:,} rows. Your rows appear "
        "as **yours** beside the public values, **in this browser session only**: nothing is written to Gapboard's data and no "
        "other session can see them. Bad rows are listed with their line and reason; good rows are kept.",
        mb=uploads.MAX_UPLOAD_MB, rows=uploads.MAX_ROWS,
    ))
    tables.table(uploads.columns_frame(current()), column_config={
        "column": t("Column"), "required": t("Required"), "meaning": st.column_config.TextColumn(t("Meaning"), width="large"),
        "example": t("Example")})
    st.download_button(t("Download the template (CSV)"), uploads.template_csv(), file_name="gapboard-results-template.csv",
                       mime="text/csv", icon=":material/download:")
    st.file_uploader(t("Your results (CSV or Parquet)"), type=["csv", "parquet"], key="upload",
                     max_upload_size=uploads.MAX_UPLOAD_MB, on_change=session.read_uploaded, args=("upload",))

    attempt, kept = session.last_attempt(), session.current()
    if attempt is not None and attempt.error:
        st.error(t("Could not read {file}: {error}", file=plain(attempt.file_name), error=plain(attempt.error)), icon=":material/error:")
        if kept is not None:
            st.caption(t("Nothing changed: your {rows} from {file} are still in use.", rows=_rows(len(kept.rows)), file=plain(kept.file_name)))
    if kept is not None:
        st.success(
            t("{kept} kept from {file}; {rejected} rejected.", kept=_rows(len(kept.rows)), file=plain(kept.file_name),
              rejected=_rows(kept.rejected_rows)),
            icon=":material/check_circle:",
        )
        if not kept.problems.empty:
            word = t("Row") if kept.line_word == "row" else t("Line")
            st.markdown(t("**Rows not kept** (row numbers as in your file)" if kept.line_word == "row"
                          else "**Rows not kept** (line numbers as in your file)"))
            tables.table(kept.problems, column_config={
                "line": st.column_config.NumberColumn(word, format="%d"), "column": t("Column"), "value": t("Value"),
                "reason": st.column_config.TextColumn(t("Reason"), width="large")})
        if not kept.rows.empty:
            st.markdown(t("**Your rows**"))
            tables.table(kept.rows, column_order=YOUR_COLUMNS, column_config=_provenance() | {
                "model_name": st.column_config.TextColumn(t("Model")), "weights": st.column_config.TextColumn(t("Weights")),
                "benchmark_name": st.column_config.TextColumn(t("Benchmark")), "harness_name": st.column_config.TextColumn(t("Harness")),
                "value": st.column_config.NumberColumn(t("Score")), "unit": st.column_config.TextColumn(t("Unit")),
                "as_of": st.column_config.DateColumn(t("Date")), "source_note": st.column_config.TextColumn(t("Notes")),
                "cost_usd_per_task": st.column_config.NumberColumn("$/task", format="$%.2f"),
                "tokens_per_task": st.column_config.NumberColumn(t("Tokens/task"), format="%d"),
            })
            st.download_button(t("Download your rows (CSV)"), csv_bytes(kept.rows), file_name="gapboard-yours.csv",
                               mime="text/csv", icon=":material/download:")
        st.button(t("Remove my rows"), on_click=session.forget, icon=":material/delete:")


def downloads_tab(version: str) -> None:
    """One table as CSV, or the whole build as Parquet with its licences."""
    st.subheader(t("Download"))
    names = sources.built_tables()
    table = widgets.bound_selectbox(t("Table"), names, key=P.TABLE, default="scores")
    st.download_button(t("Download {table} as CSV ({rows} rows)", table=table, rows=sources.table_row_count(table)),
                       lambda: csv_bytes(sources.table_rows(table)),
                       file_name=f"gapboard-{table}.csv", mime="text/csv", icon=":material/download:")
    st.caption(t("Every table carries its source columns (dataset, source URL where the source has one, and the file "
                 "and line each row was read from). Cells that start like a spreadsheet formula are prefixed with ' so "
                 "they can never run."))
    st.download_button(
        t("Download the whole build (Parquet, zip)"),
        sources.dataset_zip,
        file_name=f"gapboard-{version}.zip", mime="application/zip", icon=":material/folder_zip:",
    )
    st.caption(t("The zip is laid out like data/built/: manifest.json, one Parquet file per table, and LICENCES.md "
                 "with every dataset's licence, origin and attribution."))
