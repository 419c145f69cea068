"""The Benchmarks page's table view: cached by its arguments, the same as the uncached rules, and keyed by the
content of uploaded rows (moved from the Benchmarks page tests)."""
import pandas as pd

from gapboard.core import benchmark_table, headline
from gapboard.views import benchmarks
from gapboard.views.session import SessionRows, frame_digest
from tests.support.uploads import our_rows


def test_the_cached_table_view_follows_its_arguments_and_matches_the_uncached_rules():
    filters = benchmarks.ScoreFilters(("vendor", "third_party"), ("high", "medium", "low"), datasets=("gapboard-curated",))
    verified = ("swe-bench-verified",)
    counts = {}
    for weights in [("open", "proprietary"), ("open",), ("open", "proprietary")]:  # back to the first: a cache hit
        view = benchmarks.table_view(verified, weights, filters, False, False)
        scores, _ = benchmarks.filtered_scores(verified, weights, filters)
        expected = benchmark_table.BenchmarkTable(headline.benchmark_cells(scores), {"swe-bench-verified": "SWE-bench Verified"})
        pd.testing.assert_frame_equal(view.table.values, expected.values)
        pd.testing.assert_frame_equal(view.table.markers, expected.markers)
        counts[weights] = len(view.table)
    assert counts == {("open", "proprietary"): 25, ("open",): 16}
    split = benchmarks.table_view(verified, ("open", "proprietary"), filters, True, False)
    assert "SWE-bench Verified · OpenHands" in split.table.titles

    # Uploaded rows are keyed by their content: two different uploads never share a cached view.
    everyone = benchmarks.ScoreFilters(("vendor", "third_party"), ("high", "medium", "low"))
    ours = our_rows()
    lowered = ours.rows.assign(value=ours.rows["value"] - 10)
    theirs = SessionRows(lowered, frame_digest(lowered))

    def yours_value(rows: SessionRows):
        view = benchmarks.table_view(verified, ("open", "proprietary"), everyone, False, False, rows)
        return view.table.values.set_index("Model").loc["MiniMax-M2.5 (yours)", "SWE-bench Verified"]
    assert (yours_value(ours), yours_value(theirs)) == (79.0, 69.0)
    public = benchmarks.table_view(verified, ("open", "proprietary"), everyone, False, False)
    assert not public.table.values["Model"].str.endswith("(yours)").any()
