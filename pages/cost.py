"""Cost: what a workload costs on each model — per month, per hour of agent work, per resolved task."""
import streamlit as st

from gapboard.ui import registry, session, widgets
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import COST_TABS
from gapboard.ui.registry import CostParams as P
from gapboard.ui.sections import cost as sections
from gapboard.views import common, cost

widgets.start_page(registry.COST)
yours = session.rows()
session.notice(0 if yours is None else int(yours.rows["cost_usd_per_task"].notna().sum()),
               t("Rows with a cost per task appear under Score vs cost, Published run cost; Gapboard has no price for them."))
choices = cost.choices(current())
featured = common.featured()  # the defaults follow the data; the link keeps any other choice
selected, choice = sections.price_choice(choices, list(featured.cost_models), featured.proprietary_model)


@st.fragment
def workload_view() -> None:
    """Sliders and every figure that depends on them: a slider move reruns only this part, never the pickers."""
    load = sections.workload(choice)
    if choice is None:
        return st.info(t("Pick at least one model with a USD price."))
    figures = cost.costs(choice, load, current())
    sections.prices_used(figures)
    tabs = widgets.bound_tabs(COST_TABS, key=P.VIEW)
    draw = [
        lambda: sections.monthly_tab(figures),
        lambda: sections.hourly_tab(figures, choice, load),
        lambda: sections.resolved_tab(choices, choice, load, featured.benchmark),
        lambda: sections.scatter_tab(choices, choice, load, featured.benchmark, yours),
        lambda: sections.self_hosting_tab(choices, selected, choice, load),
        lambda: sections.computed_tab(figures, choice, load),
    ]
    for tab, section in zip(tabs, draw):
        with tab:
            if tab.open:
                section()


workload_view()
widgets.finish_page()
