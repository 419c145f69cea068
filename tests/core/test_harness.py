"""Harness logic on hand-made cells with exact values: spread, rank flips, comparability warnings, the matrix and
labels. (The per-instance overlap SQL and the real SWE-bench runs are checked in tests/db/test_harness_core_moved.py,
the Harnesses page's cached views in tests/views/test_harness_core_moved.py.)"""
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapboard.core import harness
from gapboard.core.vocabulary import NOT_STATED


def cell(model, harness_id, value, **extra):
    row = {
        "model_key": model, "model_name": model.title(), "weights": "open", "harness": harness_id,
        "harness_name": "harness not stated" if harness_id == NOT_STATED else harness_id.title(), "value": value,
        "version": None, "runs": None, "attempts": None, "split": "as reported", "reported_by": "third_party",
        "dataset_name": "Curated", "licence": "facts",
    }
    return row | extra


CELLS = pd.DataFrame([
    cell("m1", "droid", 79.7, reported_by="vendor"),
    cell("m1", "opencode", 76.1, reported_by="vendor"),
    cell("m1", "openhands", 72.6, version="v1.11.3"),
    cell("m1", "claude-code", 80.2, reported_by="vendor", runs=4),
    cell("o1", "droid", 78.9, weights="proprietary"),
    cell("o1", "opencode", 75.9, weights="proprietary"),
    cell("o1", "openhands", 76.8, weights="proprietary", version="v1.15.0"),
    cell("o1", NOT_STATED, 80.8, weights="proprietary"),
    cell("lonely", "droid", 50.0),
])


# --- spread ------------------------------------------------------------------------------------------

def test_spread_is_the_gap_between_the_lowest_and_highest_named_harness():
    table = harness.spread(CELLS)
    assert table["model_key"].tolist() == ["m1", "o1"]  # largest spread first; "lonely" has one harness
    m1 = table.iloc[0]
    assert (m1.low, m1.high, m1.harnesses) == (72.6, 80.2, 4)
    assert m1.spread == pytest.approx(7.6)
    assert (m1.low_harness, m1.high_harness) == ("Openhands", "Claude-Code")
    o1 = table.iloc[1]
    assert (o1.low, o1.high, o1.harnesses) == (75.9, 78.9, 3)  # the 80.8 with no stated harness is left out


def test_spread_respects_the_minimum_number_of_harnesses_and_the_sort():
    assert harness.spread(CELLS, min_harnesses=4)["model_key"].tolist() == ["m1"]
    assert harness.spread(CELLS, min_harnesses=1)["model_key"].tolist() == ["m1", "o1", "lonely"]
    by_best = harness.sort_spread(harness.spread(CELLS, 1), "best score")
    assert by_best["model_key"].tolist() == ["m1", "o1", "lonely"]
    by_name = harness.sort_spread(harness.spread(CELLS, 1), "name")
    assert by_name["model_name"].tolist() == ["Lonely", "M1", "O1"]


def test_spread_of_nothing_is_an_empty_table():
    assert harness.spread(CELLS.iloc[0:0]).empty
    assert harness.spread(CELLS[CELLS["harness"] == NOT_STATED]).empty


@settings(deadline=None)  # examples from the Hypothesis profile: 10 while developing, 60 in CI
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["h1", "h2", "h3", NOT_STATED]),
                          st.floats(0, 100, allow_nan=False)), min_size=1, max_size=20))
def test_spread_properties(rows):
    cells = pd.DataFrame([cell(m, h, v) for m, h, v in rows]).drop_duplicates(["model_key", "harness"])
    table = harness.spread(cells, min_harnesses=1)
    named = cells[cells["harness"] != NOT_STATED]
    assert set(table["model_key"]) == set(named["model_key"])
    for row in table.itertuples():
        values = named.loc[named["model_key"] == row.model_key, "value"]
        assert row.low == values.min() and row.high == values.max() and row.spread >= 0
    assert table["spread"].is_monotonic_decreasing


# --- rank flips ----------------------------------------------------------------------------------------

def test_rank_flips_name_the_leader_per_harness_and_mark_a_value_with_no_stated_harness():
    flips = harness.rank_flips(CELLS, "m1", "o1").set_index("harness")
    assert flips.loc["droid", "leader"] == "A" and flips.loc["droid", "difference"] == pytest.approx(0.8)
    assert flips.loc["opencode", "leader"] == "A"
    assert flips.loc["openhands", "leader"] == "B" and bool(flips.loc["openhands", "comparable"])
    assert "scaffold versions differ (v1.11.3 vs v1.15.0)" in flips.loc["openhands", "caveat"]
    # o1 has no Claude Code value; its value with no stated harness stands in, flagged
    assert flips.loc["claude-code", "b_value"] == 80.8 and flips.loc["claude-code", "leader"] == "B"
    assert not flips.loc["claude-code", "comparable"]
    assert flips.loc["claude-code", "caveat"].startswith("B: value with no stated harness")
    assert "runs differ (average of 4 runs vs runs not stated)" in flips.loc["claude-code", "caveat"]
    assert "reported by the vendor vs a third party" in flips.loc["droid", "caveat"]


def test_a_harness_only_one_model_has_is_listed_without_a_leader():
    flips = harness.rank_flips(CELLS, "m1", "lonely").set_index("harness")
    assert flips.loc["droid", "leader"] == "A"
    assert pd.isna(flips.loc["openhands", "leader"]) and flips.loc["openhands", "caveat"] == "only one model has a value"
    assert math.isnan(flips.loc["openhands", "b_value"])


def test_the_flip_summary_says_where_each_model_leads():
    summary = harness.summarise_flips(harness.rank_flips(CELLS, "m1", "o1"))
    assert summary.flips
    assert summary.a_ahead == ["Droid", "Opencode"] and summary.b_ahead == ["Claude-Code*", "Openhands"]
    assert summary.sentence("M1", "O1") == (
        "The ranking flips with the harness: M1 is ahead of O1 under Droid, Opencode; behind under Claude-Code*, Openhands."
    )
    level = harness.summarise_flips(harness.rank_flips(CELLS.assign(value=50.0), "m1", "lonely"))
    assert not level.flips and level.sentence("M1", "Lonely") == "No flip: M1 is level under Droid."
    assert harness.summarise_flips(harness.rank_flips(CELLS, "lonely", "lonely")).sentence("L", "L").startswith("No flip")


# --- warnings, matrix, labels ----------------------------------------------------------------------

def test_comparability_warnings_say_what_differs():
    cells = pd.concat([CELLS, pd.DataFrame([cell("m2", "droid", 60.0, split="Verified", attempts="2+")])])
    warnings = harness.comparability_warnings(cells)
    assert warnings == [
        "Openhands: scaffold versions differ between models (v1.11.3, v1.15.0).",
        "Values come from different splits or leaderboards: Verified; as reported.",
        "Run counts differ: average of 4 runs, runs not stated.",
        "Attempts per task differ (more attempts can raise a score): 2+, not stated.",
        "Vendor-reported and third-party values are mixed.",
        "1 value(s) have no stated harness; they are shown apart and left out of the spread.",
    ]
    assert harness.comparability_warnings(CELLS.iloc[0:0]) == []
    assert harness.comparability_warnings(CELLS[CELLS["model_key"] == "lonely"]) == []


def test_the_matrix_keeps_missing_values_missing_and_orders_harnesses_by_use():
    wide = harness.matrix(CELLS)
    assert list(wide.columns) == ["Model", "Weights", "Droid", "Opencode", "Openhands", "Claude-Code", "harness not stated", "Sources (licence)"]
    lonely = wide.set_index("Model").loc["Lonely"]
    assert lonely["Droid"] == 50.0 and math.isnan(lonely["Opencode"])
    assert set(wide["Sources (licence)"]) == {"Curated (facts)"}
    assert list(harness.matrix(CELLS.iloc[0:0]).columns) == ["Model", "Weights", "Sources (licence)"]


def test_models_need_enough_named_harnesses_to_stay_in_the_matrix():
    assert set(harness.with_min_harnesses(CELLS, 3)["model_key"]) == {"m1", "o1"}
    assert set(harness.with_min_harnesses(CELLS, 4)["model_key"]) == {"m1"}


def test_labels_are_unique_even_when_names_repeat():
    cells = pd.concat([CELLS, pd.DataFrame([cell("other:M1", "droid", 1.0, model_name="M1", weights="proprietary")])])
    labels = harness.model_labels(cells)
    assert labels["m1"] == "M1 (open)" and labels["other:M1"] == "M1 (proprietary)" and labels["o1"] == "O1"
    runs = pd.DataFrame({"run": ["r1", "r2", "r3"], "model_name": ["A", "A", "B"], "harness_name": ["mini"] * 3,
                         "scaffold_version": ["1.0", "1.0", None]})
    assert harness.run_labels(runs) == {"r1": "A · mini 1.0 (r1)", "r2": "A · mini 1.0 (r2)", "r3": "B · mini"}


def test_version_warnings_sort_versions_numerically():
    runs = pd.DataFrame({"harness_name": ["mini"] * 4, "scaffold_version": ["1.17.0", "1.9.1", "0.0.0", "1.9.1"]})
    assert harness.version_warnings(runs) == ["mini versions differ between the selected runs: 0.0.0, 1.9.1, 1.17.0."]
    assert harness.version_warnings(runs.iloc[:1]) == []
