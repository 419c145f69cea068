"""Timeline: a family's versions on a true date axis, and how fast families improve."""
from gapboard.ui import registry, widgets
from gapboard.ui.sections import timeline as sections
from gapboard.views import timeline

DEFAULT_FAMILY = "MiniMax"
DEFAULT_BENCHMARKS = [
    "swe-bench-verified", "multi-swe-bench", "swe-bench-pro", "terminal-bench-2-0", "browsecomp-with-context-management",
]
DEFAULT_PACE_BENCHMARK = "swe-bench-verified"

widgets.start_page(registry.TIMELINE)
choices = timeline.choices()
sections.versions_section(choices, DEFAULT_FAMILY, DEFAULT_BENCHMARKS)
sections.pace_section(choices, DEFAULT_PACE_BENCHMARK)
widgets.finish_page()
