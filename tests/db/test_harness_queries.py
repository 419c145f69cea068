"""Harness data from DuckDB (moved from the old tests/test_harness.py): the real rank flip of M2.5 and Opus 4.6,
the per-instance overlap SQL on hand-made tables in an in-memory DuckDB, and the project's real SWE-bench runs
against a count computed here straight from the raw JSON."""
import csv
import json

import duckdb
import pandas as pd
import pytest

from gapboard.build.config import PROJECT_ROOT
from gapboard.build.derive import DERIVED_FROM, derive_instance_tables
from gapboard.core import harness
from gapboard.db import harnesses as db_harnesses
from gapboard.db import instances as db_instances
from gapboard.views import cache

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
RAW_SWEBENCH = PROJECT_ROOT / "data" / "external" / "swebench-leaderboard" / "leaderboards.json"
ALL_SOURCES = ["gapboard-curated", "swebench-leaderboard", "epoch-benchmark-stitching", "openhands-index"]
BOTH = ["open", "proprietary"]


def test_the_real_minimax_claim_flips_with_the_harness():
    """M2.5 vs Opus 4.6 on SWE-bench Verified: behind under Claude Code (vs a value with no stated harness)
    and OpenHands (the OpenHands Index's runs), ahead under Droid and OpenCode."""
    cells = db_harnesses.harness_cells(cache.connection(), "swe-bench-verified", ALL_SOURCES, BOTH)
    flips = harness.rank_flips(cells, "minimax-m2.5", "claude-opus-4.6").set_index("harness")
    assert flips.loc[["droid", "opencode"], "leader"].tolist() == ["A", "A"]
    assert flips.loc[["droid", "opencode"], "a_value"].tolist() == [79.7, 76.1]
    assert flips.loc[["droid", "opencode"], "b_value"].tolist() == [78.9, 75.9]
    assert flips.loc["openhands", "leader"] == "B" and bool(flips.loc["openhands", "comparable"])
    assert (flips.loc["openhands", "a_value"], flips.loc["openhands", "b_value"]) == (72.6, 76.8)
    # the index's Claude Code run of Opus 4.6 is OpenHands driving Claude Code: its own harness, never paired with the
    # vendor's Claude Code figure (M2.5 has no such run, so nothing is compared there)
    acp = flips.loc["claude-code-openhands-acp"]
    assert pd.isna(acp["a_value"]) and acp["b_value"] == 74.4 and pd.isna(acp["leader"]) and not acp["comparable"]
    assert (flips.loc["claude-code", "a_value"], flips.loc["claude-code", "b_value"]) == (80.2, 80.8)
    assert flips.loc["claude-code", "leader"] == "B" and not flips.loc["claude-code", "comparable"]


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
    result = _run(terminal_bench_facts, db_instances.PAIR_OVERLAP_SQL, a="droid-sonnet-4-run-1", b="goose-sonnet-4-run-1")
    assert result.iloc[0].to_dict() == {"both_solve": 0, "only_a": 2, "only_b": 1, "neither": 2, "not_comparable": 2}


def test_unique_solves_use_only_instances_every_run_has_an_outcome_for(terminal_bench_facts):
    stats = _run(terminal_bench_facts, db_instances.RUN_STATS_SQL, runs=["droid-sonnet-4-run-1", "goose-sonnet-4-run-1"]).set_index("run")
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
    summary = _run(open_vs_proprietary, db_instances.OVERLAP_SUMMARY_SQL, runs=runs).set_index("category")["instances"].to_dict()
    assert summary == {"open only": 1, "proprietary only": 2, "both": 1, "neither": 1, "not comparable": 1}
    listed = _run(open_vs_proprietary, db_instances.OVERLAP_INSTANCES_SQL, runs=runs, category="proprietary only")
    assert listed[["instance", "solvers", "solved_by"]].values.tolist() == [["i2", 1, "Prop B"], ["i6", 1, "Prop C"]]
    both = _run(open_vs_proprietary, db_instances.OVERLAP_INSTANCES_SQL, runs=runs, category="both")
    assert both[["instance", "solved_by"]].values.tolist() == [["i3", "Open A, Prop C"]]


def test_run_stats_on_a_hand_made_fixture(open_vs_proprietary):
    stats = _run(open_vs_proprietary, db_instances.RUN_STATS_SQL, runs=["open-a", "prop-b", "prop-c"]).set_index("run")
    assert stats["solved"].to_dict() == {"open-a": 3, "prop-b": 1, "prop-c": 3}
    assert stats["unique_solves"].to_dict() == {"open-a": 1, "prop-b": 1, "prop-c": 1}
    assert stats.loc["open-a", "cost_usd"] == 6.0 and stats.loc["open-a", "cost_per_solved_usd"] == 2.0
    assert stats.loc["prop-b", "cost_per_solved_usd"] == 3.0
    assert pd.isna(stats.loc["prop-c", "cost_usd"]) and pd.isna(stats.loc["prop-c", "cost_per_solved_usd"])
    assert stats.loc["open-a", "calls_per_instance"] == 10.0
    # a subset: unique solves are relative to the selected runs only
    pair = _run(open_vs_proprietary, db_instances.RUN_STATS_SQL, runs=["open-a", "prop-c"]).set_index("run")
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
    assert db_instances.pair_overlap(cache.connection(), M2, SONNET_45).iloc[0].to_dict() == expected


def test_real_open_vs_proprietary_overlap_and_unique_solves_match_the_raw_json(raw_solved):
    runs = [M2, DEEPSEEK, SONNET_45]
    open_solved = raw_solved[M2] | raw_solved[DEEPSEEK]
    summary = db_instances.overlap_summary(cache.connection(), runs).set_index("category")["instances"].to_dict()
    assert summary["open only"] == len(open_solved - raw_solved[SONNET_45])
    assert summary["proprietary only"] == len(raw_solved[SONNET_45] - open_solved)
    assert summary["both"] == len(open_solved & raw_solved[SONNET_45])
    assert summary["not comparable"] == 0
    stats = db_instances.run_stats(cache.connection(), runs).set_index("run")
    for run in runs:
        others = set().union(*(raw_solved[r] for r in runs if r != run))
        assert stats.loc[run, "unique_solves"] == len(raw_solved[run] - others)
        assert stats.loc[run, "solved"] == len(raw_solved[run])


def test_the_inconsistent_run_has_no_instance_rows():
    runs = db_instances.instance_runs(cache.connection(), "swe-bench-verified")
    held = cache.connection().execute(
        "SELECT DISTINCT r.dataset, r.entry FROM harness_results r JOIN instance_results i ON i.dataset = r.dataset AND i.run = r.entry "
        "WHERE r.benchmark = 'swe-bench-verified'"
    ).fetchall()
    assert set(zip(runs["dataset"], runs["run"])) == set(held) and len(runs) == len(held)  # every run with instance rows
    assert (runs["dataset"] == "swebench-leaderboard").sum() == 24  # the SWE-bench file's 24 runs with consistent results
    assert "20250720_mini-v0.0.0-claude-3-7-sonnet-20250219" not in set(runs["run"])
    assert db_instances.skipped_instance_runs(cache.connection())["run"].tolist() == ["20250720_mini-v0.0.0-claude-3-7-sonnet-20250219"]
