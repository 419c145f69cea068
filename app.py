"""Gapboard entry point: page config, the shared sidebar, data checks, then the chosen page."""
import streamlit as st

from gapboard import store, ui
from gapboard.navigation import PAGES

st.set_page_config(page_title="Gapboard", page_icon=":material/compare_arrows:", layout="wide")

status = store.ensure_current()
current = st.navigation(
    [st.Page(p.file, title=p.title, icon=p.icon, url_path=p.url_path, default=p.default) for p in PAGES]
)

with st.sidebar:
    st.markdown("**Gapboard** — open-weight vs proprietary LLMs, every number sourced.")
    if status.ok:
        st.caption(f"Data build `{status.manifest.version}` · built {status.manifest.built_at} UTC")
    if status.rebuilt_because:
        st.caption("Rebuilt from changed sources: " + "; ".join(status.rebuilt_because[:3]))

if not status.ok:
    st.title("The data could not be loaded")
    st.error(
        f"Gapboard found {len(status.problems)} problem(s) in its data sources, so no page is shown "
        "rather than a stale or partial one. Fix the rows below, then run the command shown.",
        icon=":material/error:",
    )
    st.code("\n".join(status.problems), language=None)
    st.markdown(f"Fix, then run: `{status.fix_command}`")
    st.stop()

ui.mark_entry_point()
current.run()
