"""Reference page for slider latency: one slider, one metric, one 200-point line chart, one 100-row table.

Static data, no DuckDB, no project code: it measures what Streamlit itself costs for a slider step on
this machine, so `bench/slider_latency.py` can report the Cost page relative to it.
"""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

POINTS = pd.DataFrame({"x": np.arange(200), "y": np.sin(np.arange(200) / 12.0)})
ROWS = pd.DataFrame({"row": np.arange(100), "value": np.cos(np.arange(100) / 7.0)})

st.title("Reference")
factor = st.slider("Factor", 1, 1000, 100, key="factor")
st.metric("Figure", f"{factor * 3.25:,.2f}")
st.altair_chart(alt.Chart(POINTS.assign(y=POINTS["y"] * factor)).mark_line().encode(x="x:Q", y="y:Q"), width="stretch")
st.dataframe(ROWS.assign(value=ROWS["value"] * factor), hide_index=True)
