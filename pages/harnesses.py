"""Harnesses: the same model under different agent scaffolds — matrix, spread, rank flips, per-instance overlap."""
import streamlit as st

from gapboard.ui import registry, session, widgets
from gapboard.ui.i18n import t
from gapboard.ui.registry import HarnessesParams as P
from gapboard.ui.sections import harnesses as sections
from gapboard.views import common, data, harnesses

INSTANCE_BENCHMARK = "swe-bench-verified"  # the only benchmark with per-instance results so far

widgets.start_page(registry.HARNESSES, t(harnesses.CELL_RULE))  # first: a direct first run reruns through app.py
offered = harnesses.page_filters()
featured = common.featured()  # opens on the launch story's comparison; any two models can be chosen
bench_names = offered.benchmarks
benchmark = widgets.bound_selectbox(t("Benchmark"), list(bench_names), key=P.BENCHMARK, default=featured.benchmark,
                                    format_func=bench_names.get)
source_names = dict(zip(offered.sources["id"], offered.sources["name"]))
columns = st.columns([5, 3])  # the weights choice fits in Korean too
with columns[0]:
    chosen_sources = widgets.bound_pills(t("Sources"), list(source_names), list(source_names), key=P.SOURCES, format_func=source_names.get)
with columns[1]:
    weights = widgets.bound_weights(P.WEIGHTS)
sections.licences(offered.sources, chosen_sources)

unit_title = f"{bench_names.get(benchmark, '')} (%)"
yours = session.rows()
sources = tuple(chosen_sources)
labels, yours_included = harnesses.pair_choices(benchmark, sources, yours) if benchmark else ({}, 0)
session.notice(yours_included)
sections.matrix_and_spread(benchmark, sources, weights, yours, unit_title)
sections.rank_flips(benchmark, sources, labels, yours, unit_title, featured.launch_pair)
_, manifest = data.current_build()
sections.overlap(INSTANCE_BENCHMARK, bench_names.get(INSTANCE_BENCHMARK, INSTANCE_BENCHMARK),
                 noncommercial_left_out=not manifest.options.get("include_noncommercial", True))
sections.build_notes(data.build_notes(tuple(source_names)))
widgets.finish_page()
