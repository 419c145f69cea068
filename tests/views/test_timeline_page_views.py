"""The Timeline page's views: cached by their widget values, each following its family, benchmarks, harness,
window and families (moved from the Timeline page tests)."""
import datetime as dt

from gapboard.views import timeline

SCORES = ("swe-bench-verified",)


def test_the_version_view_is_cached_by_its_widget_values_and_follows_each_of_them():
    minimax = timeline.versions_view("MiniMax", SCORES, None)
    anthropic = timeline.versions_view("Anthropic", SCORES, None)
    assert {"MiniMax-M2", "MiniMax-M2.5"} <= set(minimax.table["version"].to_pylist())
    assert all(v.startswith("Claude") for v in anthropic.table["version"].to_pylist())
    assert timeline.versions_view("MiniMax", SCORES, None).table.equals(minimax.table)  # the cached view again
    under = timeline.versions_view("MiniMax", SCORES, "Claude Code").table.to_pandas()
    verified = under[under["benchmark_name"] == "SWE-bench Verified"]
    assert list(zip(verified["version"], verified["value"])) == [("MiniMax-M2", 69.4), ("MiniMax-M2.1", 74.0), ("MiniMax-M2.5", 80.2)]
    assert set(verified["harness_name"]) == {"Claude Code"}
    assert "Claude Code" in timeline.version_harnesses("MiniMax", SCORES)


def test_the_pace_and_arena_views_follow_their_windows_and_families():
    made = timeline.choices()
    whole = timeline.pace_view("swe-bench-verified", None, ("MiniMax",), made.first_release, made.last_release)
    early = timeline.pace_view("swe-bench-verified", None, ("MiniMax",), made.first_release, dt.date(2025, 12, 31))
    assert whole.panels[0].points["version"].to_pylist() == ["MiniMax-M2", "MiniMax-M2.1", "MiniMax-M2.5", "MiniMax-M2.7", "MiniMax-M3"]
    assert early.panels[0].points["version"].to_pylist() == ["MiniMax-M2", "MiniMax-M2.1"]
    assert whole.comparison["Independent view: versions"].to_pylist() == [5]
    assert early.comparison["Independent view: versions"].to_pylist() == [2]
    assert early.panels[0].left_out["MiniMax-M2.5"] == "released outside the window"
    both = timeline.arena_view(("Anthropic", "MiniMax"), dt.date(2024, 1, 1), made.arena_last)
    assert both.paces["group"].to_pylist() == ["Anthropic", "MiniMax"] and both.chart is not None
    assert set(both.left_out) == {"MiniMax"}
    assert timeline.arena_view(("MiniMax",), dt.date(2024, 1, 1), made.arena_last).chart is None
