"""Sources: every dataset and number traced to its origin, downloads, and your own results beside them."""
import datetime as dt

from gapboard.ui import registry, session, widgets
from gapboard.ui.i18n import current
from gapboard.ui.registry import SOURCES_TABS
from gapboard.ui.registry import SourcesParams as P
from gapboard.ui.sections import sources as sections
from gapboard.views import common, data, sources

widgets.start_page(registry.SOURCES)
tabs = widgets.bound_tabs(SOURCES_TABS, key=P.TAB)
_, manifest = data.current_build()
with tabs[0]:
    sections.datasets_tab(sources.datasets_view(dt.date.today(), current()), manifest.version, manifest.notes)
with tabs[1]:
    sections.changes_tab(sources.changes_view(), manifest.built_at)
with tabs[2]:
    sections.lookup_tab(common.featured().open_model, session.rows())
with tabs[3]:
    sections.your_results_tab()
with tabs[4]:
    sections.downloads_tab(manifest.version)
widgets.finish_page()
