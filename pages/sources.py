"""Sources: every dataset and number traced to its origin, downloads, and your own results beside them."""
import datetime as dt

import streamlit as st

from gapboard import analysis, queries, registry, store, ui, uploads, user_data

TABS = ["Datasets", "Look up a number", "Your results", "Downloads"]
ALL_BENCHMARKS = ""
LINK = {"validate": r"^https?://"}
SCORE_COLUMNS = [
    "benchmark_name", "harness_name", "value", "unit", "headline", "vs_headline", "agreement", "reported_by", "dataset",
    "source_form", "confidence", "runs", "as_of", "cost_usd_per_task", "tokens_per_task", "source_url", "source_note",
    "source_file", "source_line",
]
PROVENANCE = ui.source_columns() | {
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


ui.start_page("Sources", "Where every number comes from, who reported it, its licence and its date — and your own results beside them.")
tabs = ui.bound_tabs(TABS, key="tab")
registry_tab = registry.datasets_view(dt.date.today())
built, manifest = registry.current_build()

with tabs[0]:
    st.subheader("Dataset registry")
    ui.table(
        registry_tab.table,
        column_config={
            "id": st.column_config.TextColumn("Id"),
            "name": st.column_config.TextColumn("Dataset"),
            "ships": st.column_config.CheckboxColumn("Ships", help="Whether its data is in Gapboard and its download"),
            "licence": st.column_config.TextColumn("Licence"),
            "licence_url": st.column_config.LinkColumn("Licence text", **LINK),
            "commercial_use": st.column_config.CheckboxColumn("Commercial use"),
            "records": st.column_config.NumberColumn("Records", help="Rows it contributed to the built tables"),
            "first_record": st.column_config.DateColumn("First record", help="Oldest as-of date of its records"),
            "last_record": st.column_config.DateColumn("Newest record"),
            "as_of": st.column_config.DateColumn("Snapshot as of"),
            "tables": st.column_config.TextColumn("Records per table"),
            "origin": st.column_config.TextColumn("Origin (repository and commit, or release)", width="large"),
            "url": st.column_config.LinkColumn("Origin URL", **LINK),
            "attribution": st.column_config.TextColumn("Attribution", width="large"),
            "description": st.column_config.TextColumn("What it holds", width="large"),
        },
    )
    st.caption(
        "A dataset that does not ship is listed so you can see why its data is absent: its licence does not let "
        "Gapboard redistribute it. Every row of every table names its dataset in the `dataset` column."
    )
    for name, attribution in registry_tab.credits:
        st.caption(f"Attribution ({ui.plain(name)}): {ui.plain(attribution)}")

    st.subheader("Freshness")
    for line in registry_tab.freshness_lines:
        st.markdown("- " + ui.plain(line))
    with st.expander("Freshness as a table"):
        ui.table(registry_tab.freshness, column_config={
            "as_of": st.column_config.DateColumn("Snapshot as of"),
            "newest_record": st.column_config.DateColumn("Newest record"),
            "months_old": st.column_config.NumberColumn("Months since newest record"),
        })

    st.subheader("Build notes")
    st.caption(f"What the build of version {ui.plain(manifest.version)} wants you to know, e.g. names no mapping table covers.")
    if manifest.notes:
        for note in manifest.notes:
            st.markdown("- " + ui.plain(note))
    else:
        st.markdown("No notes: every external name was mapped.")

with tabs[1]:
    model_names, bench_names = registry.lookup_choices()
    labels = model_names | {
        model: f"{name} (yours)" for model, name in user_data.new_models().items()
    }
    ids = list(labels)
    model = ui.bound_selectbox("Model", ids, key="model", index=ids.index("minimax-m2.5") if "minimax-m2.5" in ids else 0,
                               format_func=labels.get)
    benchmark = ui.bound_selectbox("Benchmark", [ALL_BENCHMARKS, *bench_names], key="lbench",
                                   format_func=lambda b: bench_names.get(b, "All benchmarks"))

    yours = user_data.scores()
    found = registry.lookup(model, benchmark or None, store.frame_digest(yours) if not yours.empty else "", yours)
    scores, facts, prices = found.scores, found.facts, found.prices
    st.subheader(f"Scores held for {ui.plain(labels[model])}")
    if scores.num_rows == 0:
        st.info("No scores are held for this choice.")
    else:
        ui.table(
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
                "headline": st.column_config.CheckboxColumn("Headline", help=analysis.HEADLINE_RULE),
                "vs_headline": st.column_config.NumberColumn("vs headline", format="%+.2f",
                                                             help="This value minus the headline value (same unit)"),
                "agreement": st.column_config.TextColumn("Agreement", width="medium"),
            },
        )
        st.caption(
            f"{scores.num_rows} values. {analysis.HEADLINE_RULE} A value under a different harness is not comparable "
            "with the headline even when the benchmark is the same. " + ui.MISSING_NOTE
        )

    st.subheader("Model facts, by source")
    if facts.num_rows == 0:
        st.info("Gapboard holds no facts for this model (it is one of yours).")
    else:
        ui.table(facts, column_order=FACT_COLUMNS, column_config=PROVENANCE | {
            "fact": st.column_config.TextColumn("Fact"), "value": st.column_config.TextColumn("Value"),
            "status": st.column_config.TextColumn("Compared with models.csv"),
        })
        st.caption("External catalogues never overwrite models.csv: their values are shown beside it and fill its gaps here.")

    st.subheader("Prices, by price list")
    if prices.num_rows == 0:
        st.info("No prices are held for this model.")
    else:
        ui.table(prices, column_config=PROVENANCE | {
            "provider": st.column_config.TextColumn("Provider"), "tier": st.column_config.TextColumn("Tier"),
            "price_list": st.column_config.TextColumn("Price list"),
            "valid_from": st.column_config.DateColumn("Valid from"), "valid_to": st.column_config.DateColumn("Valid to"),
            "input_usd_per_mtok": st.column_config.NumberColumn("Input $/M", format="$%.3f"),
            "output_usd_per_mtok": st.column_config.NumberColumn("Output $/M", format="$%.2f"),
            "cached_input_usd_per_mtok": st.column_config.NumberColumn("Cached input $/M", format="$%.3f"),
            "tokens_per_second": st.column_config.NumberColumn("Tokens/s"),
        })
    for credit in found.attributions:
        st.caption("Attribution — " + ui.plain(credit))

with tabs[2]:
    st.subheader("Bring your own results")
    st.markdown(
        f"Upload a CSV (UTF-8) or Parquet file of your own evaluation results, up to {uploads.MAX_UPLOAD_MB} MB and "
        f"{uploads.MAX_ROWS:,} rows. Your rows appear as **yours** beside the public values, **in this browser "
        "session only**: nothing is written to Gapboard's data and no other session can see them. Bad rows are "
        "listed with their line and reason; good rows are kept."
    )
    ui.table(uploads.columns_frame())
    st.download_button("Download the template (CSV)", uploads.template_csv(), file_name="gapboard-results-template.csv",
                       mime="text/csv", icon=":material/download:")
    st.file_uploader("Your results (CSV or Parquet)", type=["csv", "parquet"], key="upload",
                     max_upload_size=uploads.MAX_UPLOAD_MB, on_change=user_data.read_uploaded, args=("upload",))

    attempt, kept = user_data.last_attempt(), user_data.current()
    if attempt is not None and attempt.error:
        st.error(f"Could not read {ui.plain(attempt.file_name)}: {ui.plain(attempt.error)}", icon=":material/error:")
        if kept is not None:
            st.caption(f"Nothing changed: your {_rows(len(kept.rows))} from {ui.plain(kept.file_name)} are still in use.")
    if kept is not None:
        st.success(
            f"{_rows(len(kept.rows))} kept from {ui.plain(kept.file_name)}; {_rows(kept.rejected_rows)} rejected.",
            icon=":material/check_circle:",
        )
        if not kept.problems.empty:
            st.markdown(f"**Rows not kept** ({kept.line_word} numbers as in your file)")
            ui.table(kept.problems, column_config={"line": st.column_config.NumberColumn(kept.line_word.capitalize(), format="%d")})
        if not kept.rows.empty:
            st.markdown("**Your rows**")
            ui.table(kept.rows, column_order=YOUR_COLUMNS, column_config=PROVENANCE | {
                "model_name": st.column_config.TextColumn("Model"), "weights": st.column_config.TextColumn("Weights"),
                "benchmark_name": st.column_config.TextColumn("Benchmark"), "harness_name": st.column_config.TextColumn("Harness"),
                "value": st.column_config.NumberColumn("Score"), "unit": st.column_config.TextColumn("Unit"),
                "as_of": st.column_config.DateColumn("Date"), "source_note": st.column_config.TextColumn("Notes"),
                "cost_usd_per_task": st.column_config.NumberColumn("$/task", format="$%.2f"),
                "tokens_per_task": st.column_config.NumberColumn("Tokens/task", format="%d"),
            })
            st.download_button("Download your rows (CSV)", ui.csv_bytes(kept.rows), file_name="gapboard-yours.csv",
                               mime="text/csv", icon=":material/download:")
        st.button("Remove my rows", on_click=user_data.forget, icon=":material/delete:")

with tabs[3]:
    st.subheader("Download")
    tables = queries.built_tables()
    table = ui.bound_selectbox("Table", tables, key="table", index=tables.index("scores") if "scores" in tables else 0)
    st.download_button(f"Download {table} as CSV ({queries.table_row_count(table)} rows)", lambda: ui.csv_bytes(queries.table_rows(table)),
                       file_name=f"gapboard-{table}.csv", mime="text/csv", icon=":material/download:")
    st.caption("Every table carries its source columns (dataset, source URL where the source has one, and the file "
               "and line each row was read from). Cells that start like a spreadsheet formula are prefixed with ' so "
               "they can never run.")
    st.download_button(
        "Download the whole build (Parquet, zip)",
        lambda: registry.dataset_zip(built, manifest, registry_tab.table.to_pandas()),
        file_name=f"gapboard-{manifest.version}.zip", mime="application/zip", icon=":material/folder_zip:",
    )
    st.caption("The zip is laid out like data/built/: manifest.json, one Parquet file per table, and LICENCES.md "
               "with every dataset's licence, origin and attribution.")
ui.finish_page()
