"""What surrounds every page: the navigation, the sidebar, and the fault page shown instead of any page when the
data cannot be used."""
from __future__ import annotations

import streamlit as st

from gapboard.core import i18n
from gapboard.core.errors import DataUnavailable
from gapboard.ui import i18n as language
from gapboard.ui import reconnect, session, widgets
from gapboard.ui.format import plain
from gapboard.ui.i18n import t
from gapboard.ui.registry import PAGES
from gapboard.views import data
from gapboard.views.data import DataStatus

NAV_KEY = "gapboard_nav"  # the sidebar container of page links; the browser tests find it as `.st-key-gapboard_nav`


def choose_language() -> str:
    """This run's language, before anything is drawn (see `gapboard.ui.i18n`)."""
    return language.choose()


def navigation() -> st.navigation:
    """The registry's pages, routed by Streamlit but listed by `sidebar`: with a `pages/` folder, Streamlit's own
    menu would first list the folder's files ("app, benchmarks, …") until this script has run once, so the config
    hides it (`client.showSidebarNavigation = false`) and the sidebar draws the links itself."""
    return st.navigation(
        [st.Page(p.file, title=p.title_in(language.current()), icon=p.icon, url_path=p.url_path, default=p.default) for p in PAGES],
        position="hidden",
    )


def sidebar(status: DataStatus) -> None:
    with st.sidebar:
        with st.container(key=NAV_KEY):
            for info in PAGES:
                st.page_link(info.file, label=info.title_in(language.current()), icon=info.icon)
        _language_switch()
        st.markdown(t("**Gapboard** — open-weight vs proprietary LLMs, every number sourced."))
        if status.ok:
            st.caption(t("Data build `{version}` · built {built} UTC", version=status.manifest.version,
                         built=status.manifest.built_at[:16].replace("T", " ")))
            if status.rebuilt_because:
                st.caption(t("Rebuilt from changed sources: {why}", why=plain("; ".join(status.rebuilt_because[:3]))))


def _language_switch() -> None:
    """English or Korean for every page; the choice goes into the link."""
    st.session_state[language.SWITCH] = language.current()
    st.segmented_control(t("Language"), list(i18n.LANGS), key=language.SWITCH, format_func=i18n.LANGUAGE_NAMES.get,
                         on_change=_switched, label_visibility="collapsed")


def _switched() -> None:
    chosen = st.session_state.get(language.SWITCH)
    if chosen is None or not i18n.supported(chosen) or chosen == language.current():
        return
    widgets.relabel(language.chose(chosen), chosen)


def fault_page(problems: list[str], fix_command: str, why: list[str] = ()) -> None:
    """The page shown instead of any page when the data cannot be used: what is wrong and the command that fixes it."""
    st.title(t("The data could not be loaded"))
    st.error(
        t("Gapboard found {count} problem(s) with its data, so no page is shown rather than a stale or partial one. "
          "Fix what is listed below, then run the command shown.", count=len(problems)),
        icon=":material/error:",
    )
    st.code("\n".join(problems), language=None)
    if why:
        st.caption(t("The build was being remade because: {why}", why=plain("; ".join(why))))
    st.markdown(t("Fix, then run: `{command}`", command=fix_command))
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
