"""Gapboard entry point: page config, the shared sidebar, data checks, then the chosen page."""
import streamlit as st

from gapboard import store, ui
from gapboard.config import BUILD_COMMAND
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
            st.caption("Rebuilt from changed sources: " + ui.plain("; ".join(status.rebuilt_because[:3])))


def show_fault(problems: list[str], fix_command: str, why: list[str] = ()) -> None:
    """The page shown instead of any page when the data cannot be used: what is wrong and the command that fixes it."""
    st.title("The data could not be loaded")
    st.error(
        f"Gapboard found {len(problems)} problem(s) with its data, so no page is shown rather than a stale or "
        "partial one. Fix what is listed below, then run the command shown.",
        icon=":material/error:",
    )
    st.code("\n".join(problems), language=None)
    if why:
        st.caption("The build was being remade because: " + ui.plain("; ".join(why)))
    st.markdown(f"Fix, then run: `{fix_command}`")
    st.stop()


if not status.ok:
    show_fault(status.problems, status.fix_command, status.rebuilt_because)

ui.mark_entry_point()
try:
    current.run()
except store.DataUnavailable as problem:  # the build changed or broke while this page was running
    show_fault([str(problem)], BUILD_COMMAND)
