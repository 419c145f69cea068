"""Sources: the datasets behind Gapboard and every value held for a model."""
import streamlit as st

from gapboard import queries, ui

ui.start_page("Sources", "Where every number comes from, who reported it, its licence and its date.")

st.subheader("Datasets")
ui.table(
    queries.datasets(),
    column_config={"url": st.column_config.LinkColumn("Origin URL", validate=r"^https?://")},
)

st.subheader("Every value held for a model")
models = queries.models()
names = dict(zip(models["id"], models["name"]))
model = ui.bound_selectbox("Model", list(names), key="model", index=list(names).index("minimax-m2.5"), format_func=names.get)
ui.table(queries.model_scores(model), column_config=ui.source_columns())
ui.finish_page()
