"""The reference page inside a multipage shell like Gapboard's: `st.navigation` with six pages, a sidebar and
the wide layout. `bench/slider_latency.py` times its slider next to the standalone reference, so the cost of
the shell itself is measured apart from the cost of a page."""
from pathlib import Path

import streamlit as st

st.set_page_config(page_title="Reference in a shell", layout="wide")
reference = st.Page(Path(__file__).with_name("reference_app.py"), title="Reference", default=True)
others = [st.Page(lambda: st.write("Another page"), title=f"Page {n}", url_path=f"page{n}") for n in range(2, 7)]
current = st.navigation([reference, *others])
with st.sidebar:
    st.markdown("**Shell** — the same sidebar text and caption as the app's.")
    st.caption("Data build `v0` · built at start")
current.run()
