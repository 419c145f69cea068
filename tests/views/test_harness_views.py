"""The Harnesses page's cached views follow the widget values they are given (moved from the old
tests/test_harness.py)."""
import pandas as pd

from gapboard.core import harness as h
from gapboard.db import harnesses as db_harnesses
from gapboard.views import cache
from gapboard.views import harnesses as views


def test_the_cached_page_views_follow_the_widget_values_they_are_given():
    sources = tuple(db_harnesses.harness_datasets(cache.connection())["id"])
    cells = db_harnesses.harness_cells(cache.connection(), "swe-bench-verified", list(sources), ["open", "proprietary"])
    columns = ("model_name", "harness_name", "value")
    for minimum in (2, 3):
        view = views.matrix_view("swe-bench-verified", sources, ("open", "proprietary"), minimum, columns, None)
        shown = h.with_min_harnesses(cells, minimum)
        pd.testing.assert_frame_equal(view.table.to_pandas(), h.matrix(shown))
        assert view.hidden == cells["model_key"].nunique() - shown["model_key"].nunique()
        assert view.cells.column_names == list(columns)
        spread = views.spread_view("swe-bench-verified", sources, ("open", "proprietary"), minimum, "spread", "x", None)
        pd.testing.assert_frame_equal(spread.ranges, h.sort_spread(h.spread(shown, minimum), "spread"))
    for a, b in [("minimax-m2.5", "claude-opus-4.6"), ("minimax-m2.1", "claude-opus-4.6")]:
        flips = views.flip_view("swe-bench-verified", sources, a, b, "x", None)
        expected = h.rank_flips(cells, a, b)
        shown = flips.table.to_pandas()
        pd.testing.assert_series_equal(shown["a_value"], expected["a_value"], check_dtype=False)
        assert shown["harness_name"].tolist() == expected["harness_name"].tolist()
        assert flips.sentence == h.summarise_flips(expected).sentence(h.model_labels(cells)[a], h.model_labels(cells)[b])
