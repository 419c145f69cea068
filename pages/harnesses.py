"""Harnesses: the same model under different agent scaffolds."""
import streamlit as st

from gapboard import queries, ui

ui.start_page("Harnesses", "How much does the agent scaffold move a model's score?")

catalogue = queries.benchmarks()
names = dict(zip(catalogue["id"], catalogue["name"]))
benchmark = ui.bound_selectbox(
    "Benchmark", list(names), key="bench", index=list(names).index("swe-bench-verified"), format_func=names.get
)
scores = queries.harness_scores(benchmark)
if scores.empty:
    st.info("No scores are recorded for this benchmark.")
else:
    matrix = scores.pivot_table(index=["model_name", "weights"], columns="harness_name", values="value", aggfunc="max")
    st.subheader("Model × harness (best reported value per cell)")
    ui.table(matrix.reset_index())
    st.caption(ui.MISSING_NOTE)
    with st.expander("Every value, with its source"):
        ui.table(scores, column_config=ui.source_columns())
ui.finish_page()
