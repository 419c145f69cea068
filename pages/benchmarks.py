"""Benchmarks: models × benchmarks, headline value per cell, every value traceable."""
import streamlit as st

from gapboard import analysis, queries, ui

DEFAULT_BENCHMARKS = ["swe-bench-verified", "swe-bench-pro", "multi-swe-bench", "terminal-bench-2-0", "browsecomp"]
WEIGHTS = {"both": ["open", "proprietary"], "open": ["open"], "proprietary": ["proprietary"]}

ui.start_page("Benchmarks", "Reported scores per model and benchmark. " + analysis.HEADLINE_RULE)

catalogue = queries.benchmarks()
catalogue = catalogue[(catalogue["kind"] == "score") & ~catalogue["timeline_only"]]
names = dict(zip(catalogue["id"], catalogue["name"]))
chosen = ui.bound_multiselect("Benchmarks", list(names), DEFAULT_BENCHMARKS, key="bench", format_func=names.get)
weights = ui.bound_segmented("Weights", list(WEIGHTS), "both", key="weights", format_func=str.capitalize)

scores = queries.scores_for_benchmarks(chosen, WEIGHTS[weights])
if not chosen:
    st.info("Pick at least one benchmark to see the table.")
elif scores.empty:
    st.info("No reported scores match these filters.")
else:
    headlines = analysis.headline_values(scores)
    table = analysis.model_by_benchmark(headlines, {b: names[b] for b in chosen})
    ui.table(
        table,
        column_config={names[b]: st.column_config.NumberColumn(names[b], format="%.1f") for b in chosen},
    )
    st.caption(ui.MISSING_NOTE + f" {len(table)} models, {len(scores)} reported values behind these cells.")
    with st.expander("Every value behind the table, with its source"):
        ui.table(scores, column_config=ui.source_columns())
ui.finish_page()
