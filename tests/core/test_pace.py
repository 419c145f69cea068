"""Timeline and pace arithmetic on hand-made data: month-precision dates, changes, slopes, prices, frontiers."""
import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gapboard.core import pace, vocabulary

MONTH = pd.Timedelta(days=vocabulary.DAYS_PER_MONTH)
D = dt.date


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        (D(2026, 2, 12), "day", pd.Timestamp("2026-02-12")),
        (D(2026, 2, 1), "month", pd.Timestamp("2026-02-15")),  # 28 days: the middle is 14 days after the 1st
        (D(2026, 1, 1), "month", pd.Timestamp("2026-01-16 12:00")),  # 31 days: 15.5 days after the 1st
        (D(2024, 2, 1), "month", pd.Timestamp("2024-02-15 12:00")),  # leap February, 29 days
    ],
)
def test_a_release_date_sits_on_its_day_or_mid_month(date, precision, expected):
    assert pace.plot_date(date, precision) == expected


def test_a_missing_release_date_has_no_position():
    assert pace.plot_date(None, None) is pd.NaT
    assert pace.plot_date(pd.NaT, None) is pd.NaT
    assert pace.date_label(None, None) == "no sourced release date"


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [(D(2026, 2, 12), "day", "12 Feb 2026"), (D(2026, 2, 1), "month", "Feb 2026 (month only)")],
)
def test_a_release_date_label_says_when_only_the_month_is_known(date, precision, expected):
    assert pace.date_label(date, precision) == expected


def test_positions_span_the_whole_month_for_a_month_only_date():
    frame = pd.DataFrame({"release_date": [D(2025, 11, 1), D(2025, 12, 23), None],
                          "release_date_precision": ["month", "day", None]})
    placed = pace.with_positions(frame)
    assert list(placed["x"][:2]) == [pd.Timestamp("2025-11-16"), pd.Timestamp("2025-12-23")]
    assert list(placed["x_from"][:2]) == [pd.Timestamp("2025-11-01"), pd.Timestamp("2025-12-23")]
    assert list(placed["x_to"][:2]) == [pd.Timestamp("2025-12-01"), pd.Timestamp("2025-12-23")]
    assert placed["x"].isna().tolist() == [False, False, True]
    assert list(placed["date_label"]) == ["Nov 2025 (month only)", "23 Dec 2025", "no sourced release date"]


def test_a_month_is_the_mean_gregorian_month():
    assert vocabulary.DAYS_PER_MONTH == 30.436875
    assert pace.months_between(D(2025, 1, 1), pd.Timestamp("2025-01-01") + 3 * MONTH) == pytest.approx(3.0)
    assert pace.months_between(D(2025, 10, 27), D(2026, 2, 12)) == pytest.approx(108 / 30.436875)
    assert pace.months_between(D(2026, 2, 12), D(2025, 10, 27)) < 0


# --- slopes ---------------------------------------------------------------------------------------


def _points(rows):
    """rows: (group, version, x, value[, precision])."""
    frame = pd.DataFrame(
        [(g, v, pd.Timestamp(x), value, (r[0] if r else "day"), "open") for g, v, x, value, *r in rows],
        columns=["group", "version", "x", "value", "release_date_precision", "weights"],
    )
    return frame


START = pd.Timestamp("2025-01-01")


def test_slope_of_an_exact_line_is_its_rate():
    x = [START, START + MONTH, START + 2 * MONTH]
    assert pace.slope_per_month(x, [10, 12, 14]) == pytest.approx(2.0)


def test_slope_is_least_squares_not_first_to_last():
    x = [START, START + MONTH, START + 2 * MONTH]
    # months 0, 1, 2 (mean 1); values 10, 13, 13 (mean 12): sum (x-1)(y-12) = 3, sum (x-1)^2 = 2
    assert pace.slope_per_month(x, [10, 13, 13]) == pytest.approx(1.5)


@pytest.mark.parametrize("x", [[START], [START, START]])
def test_slope_needs_two_different_dates(x):
    assert math.isnan(pace.slope_per_month(x, [50.0] * len(x)))


@given(
    rate=st.floats(-20, 20, allow_nan=False),
    offset=st.floats(-100, 100, allow_nan=False),
    gaps=st.lists(st.integers(1, 400), min_size=1, max_size=8),
)
def test_slope_recovers_any_linear_rate_whatever_the_spacing(rate, offset, gaps):
    days = [0]
    for gap in gaps:
        days.append(days[-1] + gap)
    x = [START + pd.Timedelta(days=d) for d in days]
    values = [offset + rate * d / vocabulary.DAYS_PER_MONTH for d in days]
    assert pace.slope_per_month(x, values) == pytest.approx(rate, abs=1e-6)


def test_pace_per_family_over_a_window():
    points = _points([
        ("A", "a1", START, 10.0), ("A", "a2", START + MONTH, 13.0), ("A", "a3", START + 2 * MONTH, 13.0),
        ("A", "a0", START - 6 * MONTH, 0.0),  # before the window: ignored
        ("B", "b1", START + MONTH, 70.0),  # one version: no slope
    ])
    table = pace.pace(points, ["A", "B", "C"], START.date(), (START + 2 * MONTH).date()).set_index("group")
    a = table.loc["A"]
    assert (a["versions"], a["first_version"], a["last_version"]) == (3, "a1", "a3")
    assert a["points_per_month"] == pytest.approx(1.5)
    assert a["change"] == 3.0 and a["span_months"] == pytest.approx(2.0)
    assert (a["fit_first"], a["fit_last"]) == (pytest.approx(10.5), pytest.approx(13.5))  # 12 -/+ 1.5 around month 1
    assert pd.isna(a["note"])
    assert table.loc["B", "versions"] == 1 and math.isnan(table.loc["B", "points_per_month"])
    assert table.loc["B", "note"] == pace.TOO_FEW
    assert table.loc["C", "versions"] == 0 and table.loc["C", "note"] == pace.TOO_FEW


def test_the_window_includes_both_end_days():
    points = _points([("A", "a1", "2025-01-01", 1.0), ("A", "a2", "2025-03-31 18:00", 2.0), ("A", "a3", "2025-04-01", 3.0)])
    assert list(pace.in_window(points, D(2025, 1, 1), D(2025, 3, 31))["version"]) == ["a1", "a2"]
    assert pace.outside_window(points, D(2025, 1, 1), D(2025, 3, 31)) == {"a3": "released outside the window"}


def test_a_month_only_release_counts_from_the_middle_of_its_month():
    versions = pd.DataFrame({"release_date": [D(2025, 1, 1), D(2025, 3, 1)], "release_date_precision": ["day", "month"]})
    placed = pace.with_positions(versions).assign(group="A", version=["v1", "v2"], value=[50.0, 56.0], weights="open")
    table = pace.pace(placed, ["A"], D(2025, 1, 1), D(2025, 3, 31))
    # v2 is placed on 16 Mar 12:00, 74.5 days after v1
    assert table.loc[0, "points_per_month"] == pytest.approx(6.0 / (74.5 / 30.436875))


def test_trend_lines_draw_the_fitted_slope_from_first_to_last_release():
    points = _points([("A", "a1", START, 10.0), ("A", "a2", START + MONTH, 13.0), ("A", "a3", START + 2 * MONTH, 13.0),
                      ("B", "b1", START, 5.0)])
    lines = pace.trend_lines(pace.pace(points, ["A", "B"], START.date(), (START + 3 * MONTH).date()))
    assert lines.to_dict("list") == {"group": ["A", "A"], "x": [START, START + 2 * MONTH], "value": [10.5, 13.5]}


def test_paces_of_two_views_side_by_side():
    independent = _points([("A", "a1", START, 10.0), ("A", "a2", START + MONTH, 12.0), ("B", "b1", START, 5.0)])
    vendor = _points([("A", "a1", START, 20.0), ("A", "a2", START + MONTH, 26.0)])
    end = (START + MONTH).date()
    table = pace.compare_paces({
        "Independent": pace.pace(independent, ["A", "B"], START.date(), end),
        "Vendor": pace.pace(vendor, ["A", "B"], START.date(), end),
    }).set_index("group")
    assert list(table.columns[:2]) == ["Independent: points per month", "Vendor: points per month"]
    assert table.loc["A", "Independent: points per month"] == pytest.approx(2.0)
    assert table.loc["A", "Vendor: points per month"] == pytest.approx(6.0)
    assert table.loc["A", "Vendor: first → last"] == "a1 → a2"
    assert table.loc["B", "Independent: first → last"] == "b1"
    assert table.loc["B", "Vendor: versions"] == 0 and pd.isna(table.loc["B", "Vendor: first → last"])
    assert table.loc["B", "weights"] == "open"


def test_paces_side_by_side_when_no_family_has_a_version_in_the_window():
    points = _points([("A", "a1", START, 10.0)])
    before = (START - 2 * MONTH).date()
    table = pace.compare_paces({"Independent": pace.pace(points, ["A", "B"], before, (START - MONTH).date())})
    assert list(table["Independent: versions"]) == [0, 0]
    assert table["Independent: first → last"].isna().all()


# --- families -------------------------------------------------------------------------------------


def test_a_model_belongs_to_the_groups_named_by_its_vendor_or_family():
    models = pd.DataFrame({"model": ["m2", "m3", "k2"], "family": ["MiniMax M2", "MiniMax M3", "Kimi K2"],
                           "vendor": ["MiniMax", "MiniMax", "Moonshot AI"]})
    members = pace.group_members(models, ["MiniMax", "MiniMax M2", "Nobody"])
    assert list(zip(members["group"], members["model"])) == [("MiniMax", "m2"), ("MiniMax", "m3"), ("MiniMax M2", "m2")]
    assert pace.group_members(models, ["Nobody"]).empty


def _score(model, value, harness="h1", form="text", as_of="2026-01-01", **extra):
    row = {"model": model, "model_name": model.upper(), "benchmark": "b", "benchmark_name": "Bench", "kind": "score",
           "unit": "percent", "harness": harness, "harness_name": harness or "not stated", "value": value,
           "reported_by": "vendor", "source_form": form, "confidence": "high", "as_of": pd.Timestamp(as_of),
           "source_url": f"https://example.org/{model}/{value}", "source_note": None}
    return row | extra


def _pace_score(model, family, vendor, date, precision, value, **extra):
    return _score(model, value, family=family, vendor=vendor, weights="open", release_date=date,
                  release_date_precision=precision, **extra)


def test_pace_points_take_one_headline_value_per_model_and_leave_out_undated_ones():
    scores = pd.DataFrame([
        _pace_score("x1", "X", "Xco", D(2025, 1, 10), "day", 50.0),
        _pace_score("x1", "X", "Xco", D(2025, 1, 10), "day", 48.0, form="chart"),  # the text value wins
        _pace_score("x2", "X", "Xco", D(2025, 3, 1), "month", 55.0),
        _pace_score("x2", "X", "Xco", D(2025, 3, 1), "month", 60.0, harness="h2"),
        _pace_score("x0", "X", "Xco", None, None, 40.0),
    ])
    found = pace.pace_points(scores, ["Xco", "Y"], harness="h1")
    assert list(found.points["version"]) == ["X1", "X2"] and list(found.points["value"]) == [50.0, 55.0]
    assert list(found.points["date_label"]) == ["10 Jan 2025", "Mar 2025 (month only)"]
    assert found.left_out == {"Y": "no value on this benchmark under h1", "X0": "no sourced release date"}


def test_default_harness_is_the_one_most_dated_models_share_in_third_party_runs():
    scores = pd.DataFrame([
        _pace_score("a", "A", "A", D(2025, 1, 1), "day", 50.0, harness="oh", reported_by="third_party"),
        _pace_score("b", "B", "B", D(2025, 2, 1), "day", 51.0, harness="oh", reported_by="third_party"),
        _pace_score("a", "A", "A", D(2025, 1, 1), "day", 60.0, harness="cc"),
        _pace_score("b", "B", "B", D(2025, 2, 1), "day", 61.0, harness="cc"),
        _pace_score("c", "C", "C", D(2025, 2, 1), "day", 62.0, harness="cc"),
    ])
    assert pace.default_harness(scores) == "oh"
    assert pace.default_harness(scores[scores["harness"] == "cc"]) is None


# --- one family's versions ------------------------------------------------------------------------


VERSIONS = pd.DataFrame({
    "id": ["v1", "v2", "v3", "v0"], "name": ["V1", "V2", "V3", "V0"], "weights": ["open"] * 4,
    "release_date": [D(2025, 10, 27), D(2025, 12, 1), D(2026, 2, 12), None],
    "release_date_precision": ["day", "month", "day", None],
})


def test_version_timeline_changes_harness_flags_and_what_is_left_out():
    scores = pd.DataFrame([
        _score("v1", 69.4), _score("v2", 74.0), _score("v2", 72.0, form="chart", as_of="2026-02-13"),
        _score("v3", 80.2, harness="h2"), _score("v0", 60.0),
        _score("v2", 31.3, harness=None, benchmark="rt", benchmark_name="Runtime", kind="runtime_per_task", unit="minutes"),
        _score("v3", 22.8, harness=None, benchmark="rt", benchmark_name="Runtime", kind="runtime_per_task", unit="minutes"),
    ])
    timeline = pace.version_timeline(VERSIONS, scores, {"b": "Bench", "other": "Other"})
    bench = timeline.points[timeline.points["benchmark"] == "b"]
    assert list(bench["version"]) == ["V1", "V2", "V3"] and list(bench["value"]) == [69.4, 74.0, 80.2]
    assert bench["change"].iloc[1:].round(1).tolist() == [4.6, 6.2]
    assert pd.isna(bench["change_label"].iloc[0])
    assert list(bench["change_label"].iloc[1:]) == ["+4.6 pts", "+6.2 pts ≠ harness"]
    assert list(bench["previous_version"].iloc[1:]) == ["V1", "V2"]
    assert bench["all_values"].iloc[1] == "74 (h1, text, 2026-01-01); 72 (h1, chart, 2026-02-13)"
    assert list(bench["panel"].unique()) == ["Bench (%)"]
    runtime = timeline.points[timeline.points["benchmark"] == "rt"]
    assert runtime["change_label"].iloc[1] == "−8.5 min (−27%)"
    assert list(timeline.points["benchmark"].unique()) == ["b", "rt"]  # chosen benchmarks first, then efficiency
    assert timeline.left_out == {"V0": "no sourced release date", "Other": "no version has a value"}


def test_version_timeline_under_one_harness_uses_only_its_values():
    scores = pd.DataFrame([_score("v1", 69.4), _score("v2", 74.0), _score("v3", 80.2, harness="h2")])
    timeline = pace.version_timeline(VERSIONS, scores, {"b": "Bench"}, harness="h1")
    assert list(timeline.points["version"]) == ["V1", "V2"]
    assert timeline.left_out == {"V0": "no sourced release date", "V3": "no reported value on Bench under h1"}


def test_version_timeline_with_nothing_to_show():
    timeline = pace.version_timeline(VERSIONS, pd.DataFrame([_score("v0", 60.0)]), {"b": "Bench"})
    assert timeline.points.empty
    # an empty timeline still has every column a table of it shows
    assert {"version", "date_label", "change", "change_pct", "previous_version", "harness_changed", "all_values",
            "source_url", "panel", "x_from", "x_to"} <= set(timeline.points.columns)
    assert timeline.left_out == {"V0": "no sourced release date", "Bench": "no version has a value"}


@pytest.mark.parametrize(
    ("change", "unit", "pct", "expected"),
    [
        (6.2, "percent", 8.4, "+6.2 pts"),
        (-0.2, "million_tokens", -5.4, "−0.20M tokens (−5%)"),
        (0.04, "usd_per_task", 28.6, "+$0.04 (+29%)"),
        (0.0, "percent", 0.0, "±0.0 pts"),
        (float("nan"), "percent", None, None),
    ],
)
def test_change_labels(change, unit, pct, expected):
    assert pace.change_label(change, unit, pct) == expected


def test_rereported_keeps_every_differing_value_of_one_harness():
    scores = pd.DataFrame([
        _score("v2", 49.4, as_of="2025-12-23"), _score("v2", 47.2, form="chart", as_of="2026-02-13"),
        _score("v3", 80.2), _score("v3", 79.7, harness="h2"),  # another harness: not a re-report
        _score("v1", 36.2), _score("v1", 36.2, as_of="2026-02-13"),  # same value twice: nothing to show
    ])
    found = pace.rereported(scores)
    assert list(zip(found["model"], found["value"])) == [("v2", 49.4), ("v2", 47.2)]
    assert found["source_url"].nunique() == 2


# --- price per version ----------------------------------------------------------------------------


def _price(model, tier, price_list, inp, out, tps=None, as_of="2026-11-29"):
    return {"model": model, "provider": "p", "tier": tier, "price_list": price_list, "input_usd_per_mtok": inp,
            "output_usd_per_mtok": out, "cached_input_usd_per_mtok": None, "tokens_per_second": tps,
            "as_of": pd.Timestamp(as_of), "reported_by": "vendor", "source_url": f"https://example.org/{price_list}",
            "source_note": None}


def test_price_per_version_is_the_cheapest_output_then_the_input_most_lists_agree_on():
    prices = pd.DataFrame([
        _price("m", "lightning", "readme", 0.3, 2.4, tps=100, as_of="2026-02-13"),
        _price("m", "standard", "readme", 0.15, 1.2, tps=50, as_of="2026-02-13"),
        _price("m", "standard", "catalogue", 0.3, 1.2),
        _price("m", "standard", "reseller", 0.3, 1.2, as_of="2026-01-01"),
        _price("n", "cny", "china", None, None),
    ])
    chosen = pace.headline_prices(prices).set_index("model")
    m = chosen.loc["m"]
    assert (m["input_usd_per_mtok"], m["output_usd_per_mtok"], m["price_list"]) == (0.3, 1.2, "catalogue")
    assert (m["price_entries"], m["output_range"]) == (4, "1.2–2.4")
    assert (m["tokens_per_second"], m["tokens_per_second_tier"]) == (100, "lightning")
    assert chosen.loc["n", "price_entries"] == 1 and pd.isna(chosen.loc["n", "output_usd_per_mtok"])


def test_version_facts_carry_price_downloads_and_checked_claims():
    versions = pace.with_positions(VERSIONS.assign(
        total_params_b=230.0, active_params_b=10.0, hf_downloads_last_month=[108000, None, None, None],
        hf_downloads_as_of=[D(2026, 5, 27), None, None, None], source_url="https://example.org/readme",
    ))
    # the columns of `claims.checks_table`: each claim's verdict on its date and today
    claims = pd.DataFrame({"model": ["v1", "v1"], "claim": ["450K Hugging Face downloads", "best open model"],
                           "claimed_by": ["the seed", "the vendor"], "verdict_then": ["not verifiable", "supported"],
                           "verdict": ["not verifiable", "contradicted"]})
    facts = pace.version_facts(versions, pace.headline_prices(pd.DataFrame([_price("v1", "standard", "l", 0.3, 1.2)])), claims)
    first = facts.iloc[0]
    assert (first["version"], first["output_usd_per_mtok"], first["hf_downloads_last_month"]) == ("V1", 1.2, 108000)
    assert first["claims"] == (
        "450K Hugging Face downloads (the seed): not verifiable; "  # the same on both days: said once
        "best open model (the vendor): supported on its date, contradicted today"
    )
    assert facts["claims"].iloc[1:].isna().all() and facts["output_usd_per_mtok"].iloc[1:].isna().all()


# --- LMArena --------------------------------------------------------------------------------------


def _arena(rows):
    return pd.DataFrame(rows, columns=["lmarena_id", "name", "family", "vendor", "weights", "snapshot", "score"])


def test_arena_frontier_is_the_best_model_per_snapshot_and_notes_each_new_leader():
    history = _arena([
        ("a1", "A1", "Fam", "V", "proprietary", D(2024, 1, 1), 1100.0),
        ("a1", "A1", "Fam", "V", "proprietary", D(2024, 2, 1), 1110.0),
        ("a2", "A2", "Fam", "V", "proprietary", D(2024, 2, 1), 1150.0),
        ("a1", "A1", "Fam", "V", "proprietary", D(2024, 3, 1), 1120.0),
        ("a2", "A2", "Fam", "V", "proprietary", D(2024, 3, 1), 1140.0),
        ("o1", "O1", "Other", "W", "open", D(2024, 1, 1), 1000.0),
    ])
    frontier = pace.arena_frontier(history, ["V", "Other"])
    v = frontier[frontier["group"] == "V"]
    assert list(v["version"]) == ["A1", "A2", "A2"] and list(v["value"]) == [1100.0, 1150.0, 1140.0]
    assert list(v["leader_changed"]) == [True, True, False]
    assert list(pace.last_per_group(frontier)["version"]) == ["O1", "A2"]
    assert pace.absent(["V", "Other", "Nobody"], frontier, "not in the history") == {"Nobody": "not in the history"}


def test_a_scale_break_is_a_shift_of_most_models_at_once():
    rows = []
    for i in range(12):
        for day, shift in ((D(2024, 6, 1), 0), (D(2024, 6, 10), 3 if i % 2 else -3), (D(2024, 6, 29), 100)):
            rows.append((f"m{i}", f"M{i}", "F", "V", "open", day, 1000.0 + 10 * i + shift))
    breaks = pace.scale_breaks(_arena(rows))
    assert list(breaks["snapshot"]) == [D(2024, 6, 29)]
    assert breaks.loc[0, "median_change"] == pytest.approx(100.0) and breaks.loc[0, "models"] == 12
    few = _arena([r for r in rows if r[0] in {"m0", "m1", "m2"}])
    assert pace.scale_breaks(few).empty  # three models are too few to call it a scale change
