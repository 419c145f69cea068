"""Overview: the story in four figures computed from the data, each leading to its page, then the claims check."""
import datetime as dt

import streamlit as st

from gapboard.ui import registry, widgets
from gapboard.ui.registry import OverviewParams as P
from gapboard.ui.sections import overview as sections
from gapboard.views import common, overview

widgets.start_page(registry.OVERVIEW)
sections.news(overview.news(dt.date.today()))
choices = overview.choices()
featured = common.featured()  # the defaults follow the data; the link keeps any other choice
with st.expander("The models and benchmark this story features", icon=":material/tune:"):
    left, middle, right = st.columns(3)
    with left:
        subject = widgets.bound_selectbox("Open-weight model", choices.open_ids, key=P.FEATURED, default=featured.open_model,
                                          format_func=choices.names.get)
    with middle:
        comparator = widgets.bound_selectbox("Compared with", choices.proprietary_ids, key=P.VERSUS, default=featured.proprietary_model,
                                             format_func=choices.names.get)
    with right:
        benchmark = widgets.bound_selectbox("Benchmark", list(choices.benchmark_names), key=P.BENCHMARK,
                                            default=featured.benchmark, format_func=choices.benchmark_names.get)

view = overview.overview(subject, comparator, benchmark)
sections.cards(view)
sections.missing_scores(view)
sections.sources(view)
sections.launch_claims(common.claims_summary())
widgets.finish_page()
