"""The Benchmarks page's table view: cached by its arguments, the same as the uncached rules, and keyed by the
content of uploaded rows (moved from the Benchmarks page tests)."""
import pandas as pd

from gapboard.core import benchmark_table, headline
from gapboard.core.vocabulary import NOT_STATED_LABEL
from gapboard.db.connection import run
from gapboard.views import benchmarks, cache
from gapboard.views.session import SessionRows, frame_digest
from tests.support.uploads import our_rows

# The curated SWE-bench Verified rows straight from the built tables (a plain join, none of the view's rules).
CURATED_VERIFIED_SQL = """
SELECT s.model, m.weights, coalesce(h.name, $not_stated) AS harness_name
FROM scores s JOIN models m ON m.id = s.model LEFT JOIN harnesses h ON h.id = s.harness
WHERE s.benchmark = 'swe-bench-verified' AND s.dataset = 'gapboard-curated'
"""


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
    curated = run(cache.connection(), CURATED_VERIFIED_SQL, {"not_stated": NOT_STATED_LABEL})
    assert counts == {("open", "proprietary"): curated["model"].nunique(), ("open",): curated.loc[curated["weights"] == "open", "model"].nunique()}
    split = benchmarks.table_view(verified, ("open", "proprietary"), filters, True, False)
    assert sorted(split.table.titles) == sorted(f"SWE-bench Verified · {name}" for name in curated["harness_name"].unique())
    assert "SWE-bench Verified · Claude Code" in split.table.titles  # M2.5's own README names its harnesses

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
