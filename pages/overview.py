"""Overview: the story in four figures computed from the data, each leading to its page, then the claims check —
or, with `?present=1`, the same story as projector slides."""
import datetime as dt

import streamlit as st

from gapboard.ui import registry, widgets
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import OverviewParams as P
from gapboard.ui.sections import overview as sections
from gapboard.ui.sections import slides
from gapboard.views import common, overview

presenting = slides.requested()
widgets.start_page(registry.OVERVIEW, heading=not presenting)
slides.keep_link()
choices = overview.choices()
featured = common.featured()  # the defaults follow the data; the link keeps any other choice
if presenting:
    subject, comparator, benchmark = slides.linked_choice(choices, featured)
    slides.show(overview.overview(subject, comparator, benchmark, current(), True), common.claims_summary(current()))
else:
    sections.news(overview.news(dt.date.today(), current()))
    with st.expander(t("The models and benchmark this story features"), icon=":material/tune:"):
        left, middle, right = st.columns(3)
        with left:
            subject = widgets.bound_selectbox(t("Open-weight model"), choices.open_ids, key=P.FEATURED, default=featured.open_model,
                                              format_func=choices.names.get)
        with middle:
            comparator = widgets.bound_selectbox(t("Compared with"), choices.proprietary_ids, key=P.VERSUS,
                                                 default=featured.proprietary_model, format_func=choices.names.get)
        with right:
            benchmark = widgets.bound_selectbox(t("Benchmark"), list(choices.benchmark_names), key=P.BENCHMARK,
                                                default=featured.benchmark, format_func=choices.benchmark_names.get)
    view = overview.overview(subject, comparator, benchmark, current())
    sections.cards(view)
    sections.missing_scores(view)
    sections.sources(view)
    sections.launch_claims(common.claims_summary(current()))
    slides.start_link()
widgets.finish_page()
