"""Harness logic: spread, rank flips, comparability warnings, and the per-instance overlap SQL.

Pure functions are checked on hand-made cells with exact values; the overlap SQL runs on hand-made
tables in an in-memory DuckDB, and once on the project's real SWE-bench runs against a count computed
here straight from the raw JSON.
"""
import csv
import json
import math

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapboard import harness, queries
from gapboard.build import DERIVED_FROM, derive_instance_tables
from gapboard.config import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
RAW_SWEBENCH = PROJECT_ROOT / "data" / "external" / "swebench-leaderboard" / "leaderboards.json"
ALL_SOURCES = ["gapboard-curated", "swebench-leaderboard", "epoch-benchmark-stitching"]
BOTH = ["open", "proprietary"]


def cell(model, harness_id, value, **extra):
    row = {
        "model_key": model, "model_name": model.title(), "weights": "open", "harness": harness_id,
        "harness_name": harness_id.title() if harness_id else "harness not stated", "value": value,
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
    cell("o1", "", 80.8, weights="proprietary"),
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
    assert harness.spread(CELLS[CELLS["harness"] == ""]).empty


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["h1", "h2", "h3", ""]),
                          st.floats(0, 100, allow_nan=False)), min_size=1, max_size=20))
def test_spread_properties(rows):
    cells = pd.DataFrame([cell(m, h, v) for m, h, v in rows]).drop_duplicates(["model_key", "harness"])
    table = harness.spread(cells, min_harnesses=1)
    named = cells[cells["harness"] != ""]
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


def test_the_real_minimax_claim_flips_with_the_harness():
    """M2.5 vs Opus 4.6 on SWE-bench Verified: behind under Claude Code (vs a value with no stated harness)
    and OpenHands, ahead under Droid and OpenCode."""
    cells = queries.harness_cells("swe-bench-verified", ALL_SOURCES, BOTH)
    flips = harness.rank_flips(cells, "minimax-m2.5", "claude-opus-4.6").set_index("harness")
    assert flips.loc[["droid", "opencode"], "leader"].tolist() == ["A", "A"]
    assert flips.loc[["droid", "opencode"], "a_value"].tolist() == [79.7, 76.1]
    assert flips.loc[["droid", "opencode"], "b_value"].tolist() == [78.9, 75.9]
    assert flips.loc["openhands", "leader"] == "B" and bool(flips.loc["openhands", "comparable"])
    assert (flips.loc["claude-code", "a_value"], flips.loc["claude-code", "b_value"]) == (80.2, 80.8)
    assert flips.loc["claude-code", "leader"] == "B" and not flips.loc["claude-code", "comparable"]


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


# --- per-instance overlap SQL on hand-made tables -----------------------------------------------------

def _database(instances: list[tuple], runs: list[tuple]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE models (id VARCHAR, name VARCHAR, weights VARCHAR)")
    con.execute("CREATE TABLE harness_results (dataset VARCHAR, entry VARCHAR, model VARCHAR, other_model VARCHAR, "
                "other_weights VARCHAR, system_name VARCHAR, harness VARCHAR)")
    con.execute("CREATE TABLE instance_results (dataset VARCHAR, run VARCHAR, instance VARCHAR, resolved BOOLEAN, "
                "cost_usd DOUBLE, api_calls BIGINT)")
    con.executemany("INSERT INTO harness_results VALUES ('d', ?, NULL, ?, ?, ?, 'mini-swe-agent')", [(r, name, w, name) for r, name, w in runs])
    con.executemany("INSERT INTO instance_results VALUES ('d', ?, ?, ?, ?, ?)", instances)
    derived = derive_instance_tables({name: con.table(name).to_arrow_table() for name in DERIVED_FROM})
    for name, table in derived.items():  # as the build writes them
        con.from_arrow(table).create(name)
    return con


def _run(con, sql, **params) -> pd.DataFrame:
    return con.execute(sql, params).df()


@pytest.fixture
def terminal_bench_facts():
    with (FIXTURES / "terminal_bench_1_task_outcomes.csv").open() as handle:
        rows = [(r["run"], r["task"], {"true": True, "false": False}.get(r["resolved"]), None, None) for r in csv.DictReader(handle)]
    return _database(rows, [("droid-sonnet-4-run-1", "Droid + Sonnet 4", "proprietary"),
                            ("goose-sonnet-4-run-1", "Goose + Sonnet 4", "proprietary")])


def test_pair_overlap_on_terminal_bench_facts_counts_a_missing_outcome_as_not_comparable(terminal_bench_facts):
    result = _run(terminal_bench_facts, queries.PAIR_OVERLAP_SQL, a="droid-sonnet-4-run-1", b="goose-sonnet-4-run-1")
    assert result.iloc[0].to_dict() == {"both_solve": 0, "only_a": 2, "only_b": 1, "neither": 2, "not_comparable": 2}


def test_unique_solves_use_only_instances_every_run_has_an_outcome_for(terminal_bench_facts):
    stats = _run(terminal_bench_facts, queries.RUN_STATS_SQL, runs=["droid-sonnet-4-run-1", "goose-sonnet-4-run-1"]).set_index("run")
    droid, goose = stats.loc["droid-sonnet-4-run-1"], stats.loc["goose-sonnet-4-run-1"]
    assert (droid.instances, droid.with_outcome, droid.solved, droid.unique_solves) == (7, 6, 3, 2)
    assert (goose.instances, goose.with_outcome, goose.solved, goose.unique_solves) == (7, 5, 1, 1)
    assert pd.isna(droid.cost_usd) and pd.isna(droid.cost_per_solved_usd)  # no costs recorded: missing, not $0


@pytest.fixture
def open_vs_proprietary():
    outcomes = {  # instance: (open-a, prop-b, prop-c)
        "i1": (True, False, False), "i2": (False, True, False), "i3": (True, False, True),
        "i4": (False, False, False), "i5": (True, None, True), "i6": (False, False, True),
    }
    cost = {"open-a": 1.0, "prop-b": 0.5, "prop-c": 0.25}
    rows = [
        (run, instance, resolved, None if (run, instance) == ("prop-c", "i4") else cost[run], 10)
        for instance, results in outcomes.items()
        for run, resolved in zip(("open-a", "prop-b", "prop-c"), results)
    ]
    return _database(rows, [("open-a", "Open A", "open"), ("prop-b", "Prop B", "proprietary"), ("prop-c", "Prop C", "proprietary")])


def test_overlap_categories_on_a_hand_made_fixture(open_vs_proprietary):
    runs = ["open-a", "prop-b", "prop-c"]
    summary = _run(open_vs_proprietary, queries.OVERLAP_SUMMARY_SQL, runs=runs).set_index("category")["instances"].to_dict()
    assert summary == {"open only": 1, "proprietary only": 2, "both": 1, "neither": 1, "not comparable": 1}
    listed = _run(open_vs_proprietary, queries.OVERLAP_INSTANCES_SQL, runs=runs, category="proprietary only")
    assert listed[["instance", "solvers", "solved_by"]].values.tolist() == [["i2", 1, "Prop B"], ["i6", 1, "Prop C"]]
    both = _run(open_vs_proprietary, queries.OVERLAP_INSTANCES_SQL, runs=runs, category="both")
    assert both[["instance", "solved_by"]].values.tolist() == [["i3", "Open A, Prop C"]]


def test_run_stats_on_a_hand_made_fixture(open_vs_proprietary):
    stats = _run(open_vs_proprietary, queries.RUN_STATS_SQL, runs=["open-a", "prop-b", "prop-c"]).set_index("run")
    assert stats["solved"].to_dict() == {"open-a": 3, "prop-b": 1, "prop-c": 3}
    assert stats["unique_solves"].to_dict() == {"open-a": 1, "prop-b": 1, "prop-c": 1}
    assert stats.loc["open-a", "cost_usd"] == 6.0 and stats.loc["open-a", "cost_per_solved_usd"] == 2.0
    assert stats.loc["prop-b", "cost_per_solved_usd"] == 3.0
    assert pd.isna(stats.loc["prop-c", "cost_usd"]) and pd.isna(stats.loc["prop-c", "cost_per_solved_usd"])
    assert stats.loc["open-a", "calls_per_instance"] == 10.0
    # a subset: unique solves are relative to the selected runs only
    pair = _run(open_vs_proprietary, queries.RUN_STATS_SQL, runs=["open-a", "prop-c"]).set_index("run")
    assert pair["unique_solves"].to_dict() == {"open-a": 1, "prop-c": 1}  # i1 and i6; i5 now comparable, solved by both


# --- the real SWE-bench runs, checked by hand against the raw JSON -----------------------------------

M2 = "20251124_mini-v1.17.0_minimax-m2"
SONNET_45 = "20250929_mini-v1.13.3_sonnet-4-5-20250929"
DEEPSEEK = "20251201_mini-v1.17.1_deepseek-v3.2-reasoner"


@pytest.fixture(scope="module")
def raw_solved() -> dict[str, set[str]]:
    """folder → instances resolved, read straight from the raw leaderboard file (Verified leaderboard)."""
    document = json.loads(RAW_SWEBENCH.read_text(encoding="utf-8"))
    verified = next(board for board in document["leaderboards"] if board["name"] == "Verified")
    return {
        entry["folder"]: {i for i, r in entry["per_instance_details"].items() if r["resolved"]}
        for entry in verified["results"] if entry.get("per_instance_details")
    }


def test_a_real_pair_matches_a_count_by_hand(raw_solved):
    m2, sonnet = raw_solved[M2], raw_solved[SONNET_45]
    everything = set(json.loads(RAW_SWEBENCH.read_text(encoding="utf-8"))["leaderboards"][0]["results"][0]["per_instance_details"])
    expected = {
        "both_solve": len(m2 & sonnet), "only_a": len(m2 - sonnet), "only_b": len(sonnet - m2),
        "neither": len(everything - m2 - sonnet), "not_comparable": 0,
    }
    assert expected == {"both_solve": 276, "only_a": 29, "only_b": 77, "neither": 118, "not_comparable": 0}
    assert queries.pair_overlap(M2, SONNET_45).iloc[0].to_dict() == expected


def test_real_open_vs_proprietary_overlap_and_unique_solves_match_the_raw_json(raw_solved):
    runs = [M2, DEEPSEEK, SONNET_45]
    open_solved = raw_solved[M2] | raw_solved[DEEPSEEK]
    summary = queries.overlap_summary(runs).set_index("category")["instances"].to_dict()
    assert summary["open only"] == len(open_solved - raw_solved[SONNET_45])
    assert summary["proprietary only"] == len(raw_solved[SONNET_45] - open_solved)
    assert summary["both"] == len(open_solved & raw_solved[SONNET_45])
    assert summary["not comparable"] == 0
    stats = queries.run_stats(runs).set_index("run")
    for run in runs:
        others = set().union(*(raw_solved[r] for r in runs if r != run))
        assert stats.loc[run, "unique_solves"] == len(raw_solved[run] - others)
        assert stats.loc[run, "solved"] == len(raw_solved[run])


def test_the_inconsistent_run_has_no_instance_rows():
    runs = queries.instance_runs("swe-bench-verified")
    assert len(runs) == 24 and "20250720_mini-v0.0.0-claude-3-7-sonnet-20250219" not in set(runs["run"])
    assert queries.skipped_instance_runs()["run"].tolist() == ["20250720_mini-v0.0.0-claude-3-7-sonnet-20250219"]


def test_the_cached_page_views_follow_the_widget_values_they_are_given():
    from gapboard import queries
    from gapboard import harness as h

    sources = tuple(queries.harness_datasets()["id"])
    cells = queries.harness_cells("swe-bench-verified", list(sources), ["open", "proprietary"])
    columns = ("model_name", "harness_name", "value")
    for minimum in (2, 3):
        view = h.matrix_view("swe-bench-verified", sources, ("open", "proprietary"), minimum, columns, "", None)
        shown = h.with_min_harnesses(cells, minimum)
        pd.testing.assert_frame_equal(view.table.to_pandas(), h.matrix(shown))
        assert view.hidden == cells["model_key"].nunique() - shown["model_key"].nunique()
        assert view.cells.column_names == list(columns)
        spread = h.spread_view("swe-bench-verified", sources, ("open", "proprietary"), minimum, "spread", "x", "", None)
        pd.testing.assert_frame_equal(spread.ranges, h.sort_spread(h.spread(shown, minimum), "spread"))
    for a, b in [("minimax-m2.5", "claude-opus-4.6"), ("minimax-m2.1", "claude-opus-4.6")]:
        flips = h.flip_view("swe-bench-verified", sources, a, b, "x", "", None)
        expected = h.rank_flips(cells, a, b)
        shown = flips.table.to_pandas()
        pd.testing.assert_series_equal(shown["a_value"], expected["a_value"], check_dtype=False)
        assert shown["harness_name"].tolist() == expected["harness_name"].tolist()
        assert flips.sentence == h.summarise_flips(expected).sentence(h.model_labels(cells)[a], h.model_labels(cells)[b])
