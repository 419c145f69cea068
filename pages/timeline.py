"""Timeline: a model family's versions in release order."""
import streamlit as st

from gapboard import queries, ui

ui.start_page("Timeline", "A model family's versions, release by release.")

families = queries.families()
family = ui.bound_selectbox("Family", families, key="family", index=families.index("MiniMax M2"))
versions = queries.family_versions(family, "swe-bench-verified")
ui.table(
    versions,
    column_config={
        "release_date": st.column_config.DateColumn("Released"),
        "release_date_precision": st.column_config.TextColumn("Date precision"),
        "best_reported": st.column_config.NumberColumn("Best reported SWE-bench Verified", format="%.1f"),
    },
)
st.caption(ui.MISSING_NOTE)
ui.finish_page()
