"""Benchmarks: models × benchmarks with every cell traceable, the open-vs-proprietary gap, and the claims check."""
from gapboard.ui import registry, session, widgets
from gapboard.ui.registry import BENCHMARKS_TABS
from gapboard.ui.registry import BenchmarksParams as P
from gapboard.ui.sections import benchmarks as sections
from gapboard.views import benchmarks

DEFAULT_BENCHMARKS = ["swe-bench-verified", "swe-bench-pro", "multi-swe-bench", "terminal-bench-2-0", "browsecomp"]
DEFAULT_FRONTIER_BENCHMARK = "swe-bench-verified"
TAB_PARAMS = {0: (P.CELL, P.CONFLICTS, P.VALUES), 2: (P.FRONTIER_BENCHMARK, P.FRONTIER_HARNESS), 3: (P.CLAIM,)}

widgets.start_page(registry.BENCHMARKS)
catalogue = benchmarks.catalogue()
choice = sections.filters(catalogue, DEFAULT_BENCHMARKS)
yours = session.rows()
session.notice(0 if yours is None else int(yours.marked["benchmark"].isin(choice.benchmarks).sum()))

tabs = widgets.bound_tabs(BENCHMARKS_TABS, key=P.VIEW)
for index, params in TAB_PARAMS.items():
    if tabs[index].open is False:
        widgets.keep_link_params(*params)  # a closed tab's link parameters stay in the link
with tabs[0]:
    if tabs[0].open is not False:
        sections.table_tab(choice, catalogue, yours)
with tabs[1]:
    if tabs[1].open is not False:
        sections.gap_tab(choice, yours)
with tabs[2]:
    if tabs[2].open is not False:
        sections.frontier_tab(choice, catalogue, DEFAULT_FRONTIER_BENCHMARK, yours)
with tabs[3]:
    if tabs[3].open is not False:
        sections.claims_tab()
widgets.finish_page()
