"""The Sources page's tabs: the dataset registry, looking up one number, your own results, and the downloads."""
from __future__ import annotations

import streamlit as st

from gapboard.core import headline, uploads
from gapboard.ui import session, tables, widgets
from gapboard.ui.format import MISSING_NOTE, csv_bytes, plain
from gapboard.ui.registry import SourcesParams as P
from gapboard.views import sources
from gapboard.views.session import SessionRows

ALL_BENCHMARKS = ""
SCORE_COLUMNS = [
    "benchmark_name", "harness_name", "value", "unit", "headline", "vs_headline", "agreement", "reported_by", "dataset",
    "source_form", "confidence", "runs", "as_of", "cost_usd_per_task", "tokens_per_task", "source_url", "source_note",
    "source_file", "source_line",
]
PROVENANCE = tables.source_columns() | {
    "dataset": st.column_config.TextColumn("Dataset", help="“yours” = your upload, this session only"),
    "source_file": st.column_config.TextColumn("Read from", help="The file in Gapboard's data it was read from"),
    "source_line": st.column_config.NumberColumn("Line", format="%d"),
}
YOUR_COLUMNS = [
    "model_name", "weights", "benchmark_name", "harness_name", "value", "unit", "as_of", "source_note",
    "cost_usd_per_task", "tokens_per_task", "source_line",
]
FACT_COLUMNS = ["fact", "value", "status", "dataset", "reported_by", "as_of", "source_url", "source_note", "source_file", "source_line"]


def _rows(count: int) -> str:
    return f"{count} row" + ("" if count == 1 else "s")


def datasets_tab(view: sources.DatasetsView, version: str, notes: list[str]) -> None:
    """The dataset registry, its freshness and the build's notes."""
    st.subheader("Dataset registry")
    tables.table(
        view.table,
        column_config={
            "id": st.column_config.TextColumn("Id"),
            "name": st.column_config.TextColumn("Dataset"),
            "ships": st.column_config.CheckboxColumn("Ships", help="Whether its data is in Gapboard and its download"),
            "licence": st.column_config.TextColumn("Licence"),
            "licence_url": tables.link_column("Licence text"),
            "commercial_use": st.column_config.CheckboxColumn("Commercial use"),
            "records": st.column_config.NumberColumn("Records", help="Rows it contributed to the built tables"),
            "first_record": st.column_config.DateColumn("First record", help="Oldest as-of date of its records"),
            "last_record": st.column_config.DateColumn("Newest record"),
            "as_of": st.column_config.DateColumn("Snapshot as of"),
            "tables": st.column_config.TextColumn("Records per table"),
            "origin": st.column_config.TextColumn("Origin (repository and commit, or release)", width="large"),
            "url": tables.link_column("Origin URL"),
            "attribution": st.column_config.TextColumn("Attribution", width="large"),
            "description": st.column_config.TextColumn("What it holds", width="large"),
        },
    )
    st.caption(
        "A dataset that does not ship is listed so you can see why its data is absent: its licence does not let "
        "Gapboard redistribute it. Every row of every table names its dataset in the `dataset` column."
    )
    for name, attribution in view.credits:
        st.caption(f"Attribution ({plain(name)}): {plain(attribution)}")

    st.subheader("Freshness")
    for line in view.freshness_lines:
        st.markdown("- " + plain(line))
    with st.expander("Freshness as a table"):
        tables.table(view.freshness, column_config={
            "as_of": st.column_config.DateColumn("Snapshot as of"),
            "newest_record": st.column_config.DateColumn("Newest record"),
            "months_old": st.column_config.NumberColumn("Months since newest record"),
        })

    st.subheader("Coverage per vendor")
    st.caption(
        "Per vendor, the newest model Gapboard knows beside the newest one any source here gives a score for. A gap "
        "between them means newer models are listed (from a price list or a dataset) before anyone has scored them."
    )
    tables.table(view.coverage, column_config={
        "vendor": "Vendor",
        "newest_known": "Newest model known", "newest_known_release": st.column_config.DateColumn("Released"),
        "newest_scored": "Newest model with scores", "newest_scored_release": st.column_config.DateColumn("Released "),
        "models": st.column_config.NumberColumn("Models"), "scored_models": st.column_config.NumberColumn("With scores"),
        "unscored_since": st.column_config.NumberColumn(
            "Newer, no score", help="Models released after the vendor's newest scored model that have no score yet"),
    }, key="vendor_coverage")

    st.subheader("Build notes")
    st.caption(f"What the build of version {plain(version)} wants you to know, e.g. names no mapping table covers.")
    if notes:
        for note in notes:
            st.markdown("- " + plain(note))
    else:
        st.markdown("No notes: every external name was mapped.")


def changes_tab(view: sources.ChangesView, built_at: str) -> None:
    """What this build changed since the one it replaced: models, scores and prices, each with its date."""
    if view.since_version is None:
        return st.info(
            f"This build (made {plain(built_at[:16].replace('T', ' '))} UTC) has no earlier build to compare with, or "
            "nothing changed since it: a refresh or a data edit lists its changes here.", icon=":material/history:")
    summary = ", ".join(f"{count} {change}" for change, count in view.counts.items())
    st.markdown(plain(f"Since the build of {view.since_built_at[:16].replace('T', ' ')} UTC: {summary}."))
    tables.table(view.table, column_config={
        **tables.source_columns(), "change": "Change", "model": None, "model_name": "Model",
        "subject": st.column_config.TextColumn("Benchmark · harness, or provider · tier", width="large"),
        "old_value": "Before", "new_value": "Now", "from_dataset": "Dataset",
        "as_of": st.column_config.DateColumn("Date of the number"),
    }, key="changes")
    st.caption(MISSING_NOTE + " A source link is compared without its line number or pinned commit, so a refreshed "
               "snapshot only lists what really changed.")


def lookup_tab(default_model: str, yours: SessionRows | None) -> None:
    """Every value, fact and price held for one model, each beside the value it headlines with."""
    model_names, bench_names = sources.lookup_choices()
    labels = model_names | {
        model: f"{name} (yours)" for model, name in session.new_models().items()
    }
    ids = list(labels)
    model = widgets.bound_selectbox("Model", ids, key=P.MODEL, default=default_model,
                               format_func=labels.get)
    benchmark = widgets.bound_selectbox("Benchmark", [ALL_BENCHMARKS, *bench_names], key=P.BENCHMARK,
                                   format_func=lambda b: bench_names.get(b, "All benchmarks"))

    found = sources.lookup(model, benchmark or None, yours)
    scores, facts, prices = found.scores, found.facts, found.prices
    st.subheader(f"Scores held for {plain(labels[model])}")
    if scores.num_rows == 0:
        st.info("No scores are held for this choice.")
    else:
        tables.table(
            scores,
            column_order=SCORE_COLUMNS,
            column_config=PROVENANCE | {
                "benchmark_name": st.column_config.TextColumn("Benchmark"),
                "harness_name": st.column_config.TextColumn("Harness"),
                "value": st.column_config.NumberColumn("Value", format="%.2f"),
                "unit": st.column_config.TextColumn("Unit"),
                "source_form": st.column_config.TextColumn("Form", help="How the number appears in its source"),
                "runs": st.column_config.NumberColumn("Runs"),
                "cost_usd_per_task": st.column_config.NumberColumn("Your $/task", format="$%.2f"),
                "tokens_per_task": st.column_config.NumberColumn("Your tokens/task", format="%d"),
                "headline": st.column_config.CheckboxColumn("Headline", help=headline.HEADLINE_RULE),
                "vs_headline": st.column_config.NumberColumn("vs headline", format="%+.2f",
                                                             help="This value minus the headline value (same unit)"),
                "agreement": st.column_config.TextColumn("Agreement", width="medium"),
            },
        )
        st.caption(
            f"{scores.num_rows} values. {headline.HEADLINE_RULE} A value under a different harness is not comparable "
            "with the headline even when the benchmark is the same. " + MISSING_NOTE
        )

    st.subheader("Model facts, by source")
    if facts.num_rows == 0:
        st.info("Gapboard holds no facts for this model (it is one of yours).")
    else:
        tables.table(facts, column_order=FACT_COLUMNS, column_config=PROVENANCE | {
            "fact": st.column_config.TextColumn("Fact"), "value": st.column_config.TextColumn("Value"),
            "status": st.column_config.TextColumn("Compared with models.csv"),
        })
        st.caption("External catalogues never overwrite models.csv: their values are shown beside it and fill its gaps here.")

    st.subheader("Prices, by price list")
    if prices.num_rows == 0:
        st.info("No prices are held for this model.")
    else:
        tables.table(prices, column_config=PROVENANCE | {
            "provider": st.column_config.TextColumn("Provider"), "tier": st.column_config.TextColumn("Tier"),
            "price_list": st.column_config.TextColumn("Price list"),
            "valid_from": st.column_config.DateColumn("Valid from"), "valid_to": st.column_config.DateColumn("Valid to"),
            "input_usd_per_mtok": st.column_config.NumberColumn("Input $/M", format="$%.3f"),
            "output_usd_per_mtok": st.column_config.NumberColumn("Output $/M", format="$%.2f"),
            "cached_input_usd_per_mtok": st.column_config.NumberColumn("Cached input $/M", format="$%.3f"),
            "tokens_per_second": st.column_config.NumberColumn("Tokens/s"),
        })
    for credit in found.attributions:
        st.caption("Attribution — " + plain(credit))


def your_results_tab() -> None:
    """Upload your own results, see what was kept and rejected, remove them."""
    st.subheader("Bring your own results")
    st.markdown(
        f"Upload a CSV (UTF-8) or Parquet file of your own evaluation results, up to {uploads.MAX_UPLOAD_MB} MB and "
        f"{uploads.MAX_ROWS:,} rows. Your rows appear as **yours** beside the public values, **in this browser "
        "session only**: nothing is written to Gapboard's data and no other session can see them. Bad rows are "
        "listed with their line and reason; good rows are kept."
    )
    tables.table(uploads.columns_frame())
    st.download_button("Download the template (CSV)", uploads.template_csv(), file_name="gapboard-results-template.csv",
                       mime="text/csv", icon=":material/download:")
    st.file_uploader("Your results (CSV or Parquet)", type=["csv", "parquet"], key="upload",
                     max_upload_size=uploads.MAX_UPLOAD_MB, on_change=session.read_uploaded, args=("upload",))

    attempt, kept = session.last_attempt(), session.current()
    if attempt is not None and attempt.error:
        st.error(f"Could not read {plain(attempt.file_name)}: {plain(attempt.error)}", icon=":material/error:")
        if kept is not None:
            st.caption(f"Nothing changed: your {_rows(len(kept.rows))} from {plain(kept.file_name)} are still in use.")
    if kept is not None:
        st.success(
            f"{_rows(len(kept.rows))} kept from {plain(kept.file_name)}; {_rows(kept.rejected_rows)} rejected.",
            icon=":material/check_circle:",
        )
        if not kept.problems.empty:
            st.markdown(f"**Rows not kept** ({kept.line_word} numbers as in your file)")
            tables.table(kept.problems, column_config={"line": st.column_config.NumberColumn(kept.line_word.capitalize(), format="%d")})
        if not kept.rows.empty:
            st.markdown("**Your rows**")
            tables.table(kept.rows, column_order=YOUR_COLUMNS, column_config=PROVENANCE | {
                "model_name": st.column_config.TextColumn("Model"), "weights": st.column_config.TextColumn("Weights"),
                "benchmark_name": st.column_config.TextColumn("Benchmark"), "harness_name": st.column_config.TextColumn("Harness"),
                "value": st.column_config.NumberColumn("Score"), "unit": st.column_config.TextColumn("Unit"),
                "as_of": st.column_config.DateColumn("Date"), "source_note": st.column_config.TextColumn("Notes"),
                "cost_usd_per_task": st.column_config.NumberColumn("$/task", format="$%.2f"),
                "tokens_per_task": st.column_config.NumberColumn("Tokens/task", format="%d"),
            })
            st.download_button("Download your rows (CSV)", csv_bytes(kept.rows), file_name="gapboard-yours.csv",
                               mime="text/csv", icon=":material/download:")
        st.button("Remove my rows", on_click=session.forget, icon=":material/delete:")


def downloads_tab(version: str) -> None:
    """One table as CSV, or the whole build as Parquet with its licences."""
    st.subheader("Download")
    names = sources.built_tables()
    table = widgets.bound_selectbox("Table", names, key=P.TABLE, default="scores")
    st.download_button(f"Download {table} as CSV ({sources.table_row_count(table)} rows)", lambda: csv_bytes(sources.table_rows(table)),
                       file_name=f"gapboard-{table}.csv", mime="text/csv", icon=":material/download:")
    st.caption("Every table carries its source columns (dataset, source URL where the source has one, and the file "
               "and line each row was read from). Cells that start like a spreadsheet formula are prefixed with ' so "
               "they can never run.")
    st.download_button(
        "Download the whole build (Parquet, zip)",
        sources.dataset_zip,
        file_name=f"gapboard-{version}.zip", mime="application/zip", icon=":material/folder_zip:",
    )
    st.caption("The zip is laid out like data/built/: manifest.json, one Parquet file per table, and LICENCES.md "
               "with every dataset's licence, origin and attribution.")
