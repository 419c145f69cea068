"""What surrounds every page: the navigation, the sidebar, and the fault page shown instead of any page when the
data cannot be used."""
from __future__ import annotations

import streamlit as st

from gapboard.core.errors import DataUnavailable
from gapboard.ui import reconnect, session, widgets
from gapboard.ui.format import plain
from gapboard.ui.registry import PAGES
from gapboard.views import data
from gapboard.views.data import DataStatus

NAV_KEY = "gapboard_nav"  # the sidebar container of page links; the browser tests find it as `.st-key-gapboard_nav`


def navigation() -> st.navigation:
    """The registry's pages, routed by Streamlit but listed by `sidebar`: with a `pages/` folder, Streamlit's own
    menu would first list the folder's files ("app, benchmarks, …") until this script has run once, so the config
    hides it (`client.showSidebarNavigation = false`) and the sidebar draws the links itself."""
    return st.navigation(
        [st.Page(p.file, title=p.title, icon=p.icon, url_path=p.url_path, default=p.default) for p in PAGES],
        position="hidden",
    )


def sidebar(status: DataStatus) -> None:
    with st.sidebar:
        with st.container(key=NAV_KEY):
            for info in PAGES:
                st.page_link(info.file, label=info.title, icon=info.icon)
        st.markdown("**Gapboard** — open-weight vs proprietary LLMs, every number sourced.")
        if status.ok:
            st.caption(f"Data build `{status.manifest.version}` · built {status.manifest.built_at[:16].replace('T', ' ')} UTC")
            if status.rebuilt_because:
                st.caption("Rebuilt from changed sources: " + plain("; ".join(status.rebuilt_because[:3])))


def fault_page(problems: list[str], fix_command: str, why: list[str] = ()) -> None:
    """The page shown instead of any page when the data cannot be used: what is wrong and the command that fixes it."""
    st.title("The data could not be loaded")
    st.error(
        f"Gapboard found {len(problems)} problem(s) with its data, so no page is shown rather than a stale or "
        "partial one. Fix what is listed below, then run the command shown.",
        icon=":material/error:",
    )
    st.code("\n".join(problems), language=None)
    if why:
        st.caption("The build was being remade because: " + plain("; ".join(why)))
    st.markdown(f"Fix, then run: `{fix_command}`")
    st.stop()


def run(page: st.Page) -> None:
    """Run the chosen page, or show the fault page if the build changes or breaks while it runs."""
    widgets.mark_entry_point()
    reconnect.watch()
    session.lost_uploads_notice()
    session.keep_in_link()
    try:
        page.run()
    except DataUnavailable as problem:
        fault_page([str(problem)], data.fix_command())
