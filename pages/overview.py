"""Overview: what the data holds, by open and proprietary models."""
import streamlit as st

from gapboard import queries, ui

ui.start_page("Overview", "How close have open-weight LLMs come to proprietary ones? Every figure links to its source.")

summary = queries.data_summary()
st.subheader("What Gapboard holds")
ui.table(
    summary,
    column_config={
        "weights": st.column_config.TextColumn("Weights"),
        "models": st.column_config.NumberColumn("Models"),
        "scores": st.column_config.NumberColumn("Reported scores"),
        "first_release": st.column_config.DateColumn("Earliest release"),
        "latest_release": st.column_config.DateColumn("Latest release"),
    },
)
ui.finish_page()
