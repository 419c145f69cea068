"""SQL injection through the pages: classic injection strings in every link parameter of every page are refused
(the page says what it ignored) and run nothing: afterwards every built table still has the row count its
manifest records. The statements themselves are tested in tests/db/test_sql_injection.py."""
from __future__ import annotations

import pytest

from gapboard.ui.registry import PAGES, BenchmarksParams
from tests.support.injection import INJECTIONS, manifest_counts, table_counts
from tests.support.pages import open_page, widgets_of

# Page-managed link parameters that are not widgets (read with ui.widgets.link_param).
LINK_PARAMETERS = {"pages/benchmarks.py": [BenchmarksParams.CELL, BenchmarksParams.CLAIM]}


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_injection_strings_in_every_link_parameter_are_refused_and_run_nothing(page_info):
    keys = [widget.key for widget in widgets_of(page_info.file)] + LINK_PARAMETERS.get(page_info.file, [])
    assert keys
    for rotation in range(2):
        params = {key: INJECTIONS[(i + rotation) % len(INJECTIONS)] for i, key in enumerate(keys)}
        at = open_page(page_info.file, **params)
        assert not at.exception
        assert at.title[0].value == page_info.title
        assert at.warning and "Ignored" in at.warning[0].value
    assert table_counts() == manifest_counts()
