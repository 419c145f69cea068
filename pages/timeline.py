"""Timeline: a family's versions on a true date axis, and how fast families improve."""
from gapboard.ui import registry, widgets
from gapboard.ui.sections import timeline as sections
from gapboard.views import common, timeline

DEFAULT_BENCHMARKS = [
    "swe-bench-verified", "multi-swe-bench", "swe-bench-pro", "terminal-bench-2-0", "browsecomp-with-context-management",
]

widgets.start_page(registry.TIMELINE)
choices = timeline.choices()
featured = common.featured()  # the launch story's family; the link keeps any other choice
sections.versions_section(choices, featured.family, DEFAULT_BENCHMARKS)
sections.pace_section(choices, featured.benchmark)
widgets.finish_page()
