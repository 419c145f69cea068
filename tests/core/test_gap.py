"""The gap math on hand-made data: best open vs best proprietary, head to head, frontiers and months behind."""
import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapboard.core import gap, vocabulary
from tests.support.rows import frame, score


def test_class_gap_is_best_proprietary_minus_best_open_per_harness():
    rows = frame(
        score("o1", 70), score("o2", 75), score("p1", 80), score("p2", 78),
        score("o1", 90, harness="h2"),  # open only under h2: no gap there
        score("o3", 60, harness=None), score("p2", 61, harness=None),
    )
    gaps = gap.class_gaps(rows, {"b1": True}).set_index("harness_key")
    assert list(gaps.index) == ["h1", "~not-stated"]
    h1 = gaps.loc["h1"]
    assert (h1["open_value"], h1["open_models"], h1["proprietary_value"], h1["proprietary_models"]) == (75.0, "Open Two", 80.0, "Prop One")
    assert (h1["gap"], h1["models"], h1["stated"], h1["main"]) == (5.0, 4, True, True)
    assert h1["open_source_url"] == "https://example.org/o2/b1" and h1["proprietary_reported_by"] == "third_party"
    not_stated = gaps.loc["~not-stated"]
    assert (not_stated["gap"], not_stated["models"], not_stated["stated"], not_stated["main"]) == (1.0, 2, False, False)
    assert not_stated["harness"] == "harness not stated"


def test_the_main_setting_is_a_stated_harness_even_with_fewer_models():
    rows = frame(
        *(score(m, v, harness=None) for m, v in [("o1", 60), ("o2", 61), ("p1", 70), ("p2", 71)]),
        score("o1", 50, harness="h2"), score("p1", 55, harness="h2"),
    )
    gaps = gap.class_gaps(rows, {"b1": True})
    assert gaps.loc[gaps["main"], "harness_key"].tolist() == ["h2"]


def test_tied_best_models_are_all_named_and_lower_is_better_flips_the_sign():
    tied = gap.class_gaps(frame(score("o1", 60), score("o2", 60), score("p1", 70)), {"b1": True}).iloc[0]
    assert tied["open_models"] == "Open One = Open Two" and tied["gap"] == 10.0
    lower = gap.class_gaps(frame(score("o1", 10), score("o2", 14), score("p1", 12), score("p2", 13)), {"b1": False}).iloc[0]
    assert (lower["open_value"], lower["proprietary_value"], lower["gap"]) == (10.0, 12.0, -2.0)  # open ahead


def test_no_gap_without_both_kinds():
    assert gap.class_gaps(frame(score("o1", 60), score("o2", 61)), {"b1": True}).empty


def _duel():
    return frame(
        score("o1", 70, source_url="https://example.org/a"),
        score("p1", 72, source_url="https://example.org/b"),
        score("o1", 80, harness="h2", source_url="https://example.org/c/chart.png"),
        score("p1", 79, harness=None, source_url="https://example.org/c/chart.png"),
        score("p1", 85, harness=None, source_url="https://example.org/d"),  # nothing of o1 there: never compared
        score("p2", 74, source_url="https://example.org/e"),
    )


def test_head_to_head_pairs_same_harness_and_side_by_side_in_one_source_only():
    duel = gap.head_to_head(_duel(), "o1", "p1")
    assert duel["setting"].tolist() == ["Harness One", "Harness Two · side by side in example.org chart.png"]
    assert duel["short"].tolist() == ["Harness One", "Harness Two (chart.png)"]
    assert duel["difference"].tolist() == [-2.0, 1.0]
    assert duel["subject_ahead"].tolist() == [False, True]
    assert duel["comparator_value"].tolist() == [72.0, 79.0]
    assert duel["subject_source_url"].tolist() == ["https://example.org/a", "https://example.org/c/chart.png"]


def test_head_to_head_against_everyone_takes_the_best_other_model_per_setting():
    duel = gap.head_to_head(_duel(), "o1")
    assert duel["comparator_model"].tolist() == ["p2", "p1"] and duel["difference"].tolist() == [-4.0, 1.0]


def test_head_to_head_restricted_to_one_harness_and_lower_is_better():
    only_h2 = gap.head_to_head(_duel(), "o1", "p1", harness="h2")
    assert only_h2["setting"].tolist() == ["Harness Two · side by side in example.org chart.png"]
    lower = gap.head_to_head(_duel(), "o1", "p1", higher_is_better=False)
    assert lower["difference"].tolist() == [2.0, -1.0] and lower["subject_ahead"].tolist() == [True, False]


def test_different_stated_harnesses_are_never_compared():
    rows = frame(score("o1", 70, harness="h1", source_url="https://x.org/t"), score("p1", 60, harness="h2", source_url="https://x.org/t"))
    assert gap.head_to_head(rows, "o1", "p1").empty


def _points(*rows):
    return pd.DataFrame(
        [{"model": m, "model_name": m.upper(), "weights": w, "release_date": pd.Timestamp(d) if d else pd.NaT, "value": v} for m, w, d, v in rows]
    )


POINTS = _points(
    ("o1", "open", "2025-01-01", 70), ("o2", "open", "2025-07-02", 76), ("o3", "open", None, 90),
    ("o4", "open", "2025-08-01", 74),  # not a new best: no step
    ("p1", "proprietary", "2024-10-01", 75), ("p2", "proprietary", "2025-03-01", 80),
)


def test_frontier_steps_only_where_a_release_sets_a_new_best_and_undated_models_are_listed():
    steps = gap.frontier(POINTS)
    assert list(zip(steps["weights"], steps["release_date"].dt.strftime("%Y-%m-%d"), steps["value"], steps["model_name"])) == [
        ("proprietary", "2024-10-01", 75.0, "P1"),
        ("open", "2025-01-01", 70.0, "O1"),
        ("proprietary", "2025-03-01", 80.0, "P2"),
        ("open", "2025-07-02", 76.0, "O2"),
    ]
    assert gap.undated(POINTS) == ["O3"]


def test_months_behind_is_the_time_from_the_proprietary_to_the_open_frontier_reaching_the_open_best():
    lag = gap.months_behind(gap.frontier(POINTS))
    assert lag.status == "behind" and lag.open_best == 76.0 and lag.open_model == "O2"
    assert lag.proprietary_model == "P2" and lag.proprietary_value == 80.0
    assert lag.proprietary_date == pd.Timestamp("2025-03-01") and lag.open_date == pd.Timestamp("2025-07-02")
    # 123 days at the mean Gregorian month, vocabulary.DAYS_PER_MONTH (the gap used 365.25/12 before the layers)
    assert lag.months == pytest.approx(123 / (365.2425 / 12))
    assert lag.headline() == "4.0 months"
    assert lag.sentence("B1") == (
        "Proprietary models first reached the open frontier's best, 76 (O2, 2025-07-02), on 2025-03-01 (P2, 80): 4.0 months earlier."
    )


def test_months_behind_when_the_open_frontier_leads_is_level_or_lacks_data():
    never = gap.months_behind(gap.frontier(_points(("o1", "open", "2025-01-01", 80), ("p1", "proprietary", "2024-01-01", 75))))
    assert (never.status, never.months, never.proprietary_date, never.headline()) == ("ahead", None, None, "ahead")
    first = gap.months_behind(gap.frontier(_points(("o1", "open", "2025-01-01", 80), ("p1", "proprietary", "2025-03-01", 81))))
    assert first.status == "ahead" and first.months == pytest.approx(-59 / (365.2425 / 12))
    assert "got there 1.9 months later" in first.sentence("B1")
    level = gap.months_behind(gap.frontier(_points(("o1", "open", "2025-01-01", 80), ("p1", "proprietary", "2025-01-01", 80))))
    assert (level.status, level.months, level.headline()) == ("level", 0.0, "level")
    incomplete = gap.months_behind(gap.frontier(_points(("o1", "open", "2025-01-01", 80))))
    assert (incomplete.status, incomplete.headline()) == ("incomplete", "not enough data")
    assert incomplete.sentence("B1") == "B1: the frontier needs dated results of both open and proprietary models."


def test_lower_is_better_frontiers_track_the_minimum():
    steps = gap.frontier(_points(("o1", "open", "2025-01-01", 30), ("o2", "open", "2025-02-01", 20), ("p1", "proprietary", "2024-06-01", 25)), False)
    assert steps["value"].tolist() == [25.0, 30.0, 20.0]
    lag = gap.months_behind(steps, False)
    assert lag.status == "ahead" and lag.proprietary_date is None  # 20 beats every proprietary result


def test_frontier_lines_carry_each_best_forward_to_the_end_and_band_only_where_both_exist():
    lines = gap.frontier_lines(gap.frontier(POINTS), dt.date(2025, 12, 31))
    assert lines["release_date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-10-01", "2025-01-01", "2025-03-01", "2025-07-02", "2025-12-31"]
    assert lines["open"].tolist()[1:] == [70.0, 70.0, 76.0, 76.0] and pd.isna(lines["open"].iloc[0])
    assert lines["proprietary"].tolist() == [75.0, 75.0, 80.0, 80.0, 80.0]
    assert pd.isna(lines["low"].iloc[0]) and lines["low"].tolist()[1:] == [70.0, 70.0, 76.0, 76.0]
    assert lines["high"].tolist()[1:] == [75.0, 80.0, 80.0, 80.0]


def test_frontier_points_use_the_main_setting_a_named_harness_or_every_cell():
    rows = frame(score("o1", 70), score("p1", 72), score("o2", 90, harness="h2"), score("p2", 60, harness=None))
    main, key = gap.frontier_points(rows, None)
    assert key == "h1" and sorted(main["model"]) == ["o1", "p1"]
    only_h2, key = gap.frontier_points(rows, "h2")
    assert key == "h2" and only_h2["model"].tolist() == ["o2"]
    every, key = gap.frontier_points(rows, vocabulary.ANY_HARNESS)
    assert key == vocabulary.ANY_HARNESS and sorted(every["model"]) == ["o1", "o2", "p1", "p2"]


def test_source_labels_are_short_and_readable():
    assert gap.source_label("https://github.com/MiniMax-AI/MiniMax-M2.5/blob/main/figures/bench_1.png") == "MiniMax-M2.5 bench_1.png"
    assert gap.source_label("https://openai.com/index/introducing-gpt-5-for-developers/") == "openai.com introducing-gpt-5-for-developers"
    assert gap.source_label("https://example.org") == "example.org"


point = st.tuples(
    st.sampled_from(["open", "proprietary"]),
    st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
    st.floats(0, 100, allow_nan=False).map(lambda v: round(v, 1)),
)


@settings(deadline=None)  # examples from the Hypothesis profile: 10 while developing, 60 in CI
@given(st.lists(point, min_size=1, max_size=12))
def test_frontier_properties(raw):
    points = _points(*((f"m{i}", w, d.isoformat(), v) for i, (w, d, v) in enumerate(raw)))
    steps = gap.frontier(points)
    for weights, group in steps.groupby("weights"):
        assert group["value"].is_monotonic_increasing and group["value"].is_unique
        mine = points[points["weights"] == weights]
        for _, step in group.iterrows():  # each step is the best released on or before its date
            assert step["value"] == mine.loc[mine["release_date"] <= step["release_date"], "value"].max()
        assert group["value"].iloc[-1] == mine["value"].max()
    lag = gap.months_behind(steps)
    if lag.status == "behind":
        assert lag.months > 0 and lag.proprietary_value >= lag.open_best and lag.proprietary_date < lag.open_date
    if lag.status == "ahead" and lag.proprietary_date is None:
        assert points.loc[points["weights"] == "proprietary", "value"].max() < lag.open_best
