"""The Harnesses page under AppTest: the matrix with sources and licences, spread, rank flips, per-instance
overlap, link parameters, and a build without non-commercial data."""
import io
import json

import pandas as pd
import pyarrow as pa
import pytest

from gapboard.build.rows import BuildOptions
from gapboard.build.run import build
from gapboard.core import harness
from gapboard.db import instances
from gapboard.views import cache
from tests.support.pages import captions as page_captions
from tests.support.pages import open_page

PAGE = "pages/harnesses.py"


def _chart_data(at, index):
    proto = at.get("vega_lite_chart")[index].proto
    tables = [pa.ipc.open_stream(io.BytesIO(d.data.data)).read_all().to_pandas() for d in proto.datasets]
    return json.loads(proto.spec), tables



@pytest.fixture(scope="module")
def default_view():
    return open_page(PAGE)


def test_the_matrix_shows_each_model_under_each_harness_with_licences(default_view):
    at = default_view
    assert not at.exception and not at.warning
    matrix = at.dataframe[0].value.set_index("Model")
    m25 = matrix.loc["MiniMax-M2.5"]
    assert (m25["Claude Code"], m25["Droid"], m25["OpenCode"], m25["OpenHands"]) == (80.2, 79.7, 76.1, 72.6)
    assert matrix.loc["Claude Opus 4.6", "harness not stated"] == 80.8
    assert matrix.loc["MiniMax-M2", "mini-swe-agent"] == 61.0
    assert matrix.loc["Claude Opus 4", "mini-swe-agent"] == 67.6
    assert "SWE-bench leaderboard (CC BY-NC 4.0)" in matrix.loc["Claude Opus 4", "Sources (licence)"]
    assert "Claude 3.5 Sonnet (Oct 2024)" in matrix.index  # models Gapboard does not track are kept by name
    captions = page_captions(at, " ")
    assert "SWE-bench leaderboard: CC BY-NC 4.0 — **non-commercial use only**" in captions
    assert "Epoch AI benchmark-stitching data: MIT" in captions
    cells = at.dataframe[1].value
    assert {"source_url", "reported_by", "date", "cost_per_task_usd", "licence"} <= set(cells.columns)
    row = cells[(cells["model_name"] == "MiniMax-M2.5") & (cells["harness_name"] == "OpenHands")].iloc[0]
    assert row["cost_per_task_usd"] == pytest.approx(0.3066) and row["version"] == "v1.11.3"
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download the matrix (CSV)", "Download every cell with its source (CSV)"]


def test_comparability_warnings_are_said_out_loud(default_view):
    notice = " ".join(i.value for i in default_view.info).replace("\\", "")
    assert "Not comparable as they stand" in notice
    assert "mini-swe-agent: scaffold versions differ between models" in notice
    assert "Attempts per task differ" in notice


def test_the_spread_chart_draws_every_model_with_two_harnesses_sorted_by_spread(default_view):
    spec, tables = _chart_data(default_view, 0)
    ranges = next(t for t in tables if "spread" in t.columns)
    assert ranges["spread"].is_monotonic_decreasing
    assert ranges.iloc[0]["model_name"] == "o4-mini" and ranges.iloc[0]["spread"] == pytest.approx(30.0)
    m25 = ranges.set_index("model_name").loc["MiniMax-M2.5"]
    assert (m25["low"], m25["high"]) == (72.6, 80.2)
    assert spec["layer"][0]["encoding"]["y"]["sort"] == ranges["model_name"].tolist()


def test_the_default_rank_flip_is_minimaxs_claim_with_its_caveat(default_view):
    at = default_view
    sentence = [m.value for m in at.markdown if "ranking flips" in m.value][0].replace("\\", "")
    assert sentence == (
        "The ranking flips with the harness: MiniMax-M2.5 is ahead of Claude Opus 4.6 under Droid, OpenCode; "
        "behind under Claude Code*, OpenHands."
    )
    flips = at.dataframe[2].value.set_index("harness_name")
    assert flips.loc["Droid", "leader"] == "MiniMax-M2.5" and flips.loc["OpenHands", "leader"] == "Claude Opus 4.6"
    assert not flips.loc["Claude Code", "comparable"]
    assert "compared with a value whose source states no harness" in page_captions(at, " ")


def _overlap_by_hand(every: pd.DataFrame, runs: list[str]) -> dict[str, int]:
    """Open-weight only / proprietary only / both / neither over the instances with an outcome in every one of
    `runs`, counted in pandas from the built per-instance rows (not through the page's SQL)."""
    results = cache.connection().execute(
        "SELECT run, instance, resolved FROM instance_results WHERE run = ANY(?) AND resolved IS NOT NULL", [runs]).df()
    results["weights"] = results["run"].map(every.set_index("run")["weights"])
    outcomes = results.groupby("instance")["run"].nunique()
    comparable = results[results["instance"].isin(outcomes[outcomes == len(runs)].index)]
    solved = comparable[comparable["resolved"].astype(bool)]
    by_open = set(solved.loc[solved["weights"] == "open", "instance"])
    by_proprietary = set(solved.loc[solved["weights"] == "proprietary", "instance"])
    return {"open only": len(by_open - by_proprietary), "proprietary only": len(by_proprietary - by_open),
            "both": len(by_open & by_proprietary), "neither": comparable["instance"].nunique() - len(by_open | by_proprietary)}


def test_the_instance_overlap_is_computed_over_the_same_scaffold(default_view):
    at = default_view
    every = instances.instance_runs(cache.connection(), "swe-bench-verified")
    # opens on one scaffold's runs: the one with the most runs among those with open-weight and proprietary runs
    mixed = every.groupby("harness_name")["weights"].nunique()
    sizes = every[every["harness_name"].isin(mixed[mixed == 2].index)]["harness_name"].value_counts()
    scaffold = sizes[sizes == sizes.max()].sort_index().index[0]
    runs = every.loc[every["harness_name"] == scaffold, "run"].tolist()
    assert at.multiselect(key="runs").value == runs and len(every) > len(runs)
    metrics = {m.label: m.value for m in at.metric}
    by_hand = _overlap_by_hand(every, runs)
    summary = instances.overlap_summary(cache.connection(), runs).set_index("category")["instances"]
    assert metrics["Open-weight only"] == str(summary["open only"]) == str(by_hand["open only"])
    assert metrics["Proprietary only"] == str(summary["proprietary only"]) == str(by_hand["proprietary only"])
    assert metrics["Both groups"] == str(by_hand["both"])
    assert len(at.dataframe[3].value) == by_hand["open only"]
    captions = page_captions(at, " ")
    assert "Left out: the per-instance results of Claude Sonnet 3.7" in captions
    assert f"The runs under {scaffold} are selected at first" in captions and "different scaffolds" not in captions

    # the SWE-bench leaderboard's mini-swe-agent runs, chosen by link: rows of its snapshot
    labels = harness.run_labels(every)
    mini = every.loc[every["harness_name"] == "mini-swe-agent", "run"].tolist()
    at = open_page(PAGE, runs=[labels[run] for run in mini])
    assert not at.exception and not at.warning
    metrics = {m.label: m.value for m in at.metric}
    by_hand = _overlap_by_hand(every, mini)
    assert metrics["Open-weight only"] == str(by_hand["open only"]) and by_hand["open only"] > 0
    assert metrics["Proprietary only"] == str(by_hand["proprietary only"])
    listed = at.dataframe[3].value
    assert len(listed) == by_hand["open only"] and "MiniMax-M2" in set(listed["solved_by"])
    stats = at.dataframe[4].value.set_index("run")
    assert stats.loc["MiniMax-M2 · mini-swe-agent 1.17.0", "solved"] == 305
    captions = page_captions(at, " ")
    assert "mini-swe-agent versions differ between the selected runs" in captions and "different scaffolds" not in captions
    at.multiselect(key="runs").set_value([*mini, runs[0]]).run()  # one run of another scaffold joins
    assert f"The selected runs use different scaffolds ({', '.join(sorted({scaffold, 'mini-swe-agent'}))})" in page_captions(at, " ")


def test_link_parameters_choose_the_view():
    at = open_page(
        PAGE, hbench="Terminal-Bench (original)", hweights="Proprietary", min="3", sort="Name",
        a="Claude Sonnet 4", b="Claude Opus 4.1",
        runs=["MiniMax-M2 · mini-swe-agent 1.17.0", "Claude Sonnet 4.5 · mini-swe-agent 1.13.3"], solved="Proprietary only",
    )
    assert not at.exception and not at.warning
    matrix = at.dataframe[0].value
    assert set(matrix["Weights"]) == {"proprietary"}
    assert (matrix.drop(columns=["Model", "Weights", "Sources (licence)"]).notna().sum(axis=1) >= 3).all()
    assert matrix.set_index("Model").loc["Claude Sonnet 4", "Droid"] == 50.5
    _, tables = _chart_data(at, 0)
    ranges = next(t for t in tables if "spread" in t.columns)
    assert ranges["model_name"].tolist() == sorted(ranges["model_name"])
    flips = at.dataframe[2].value.set_index("harness_name")
    assert flips.loc["Droid", "leader"] == "Claude Opus 4.1"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Proprietary only"] == "77" and metrics["Open-weight only"] == "29"  # M2 vs Sonnet 4.5, by hand
    assert len(at.dataframe[3].value) == 77


def test_bad_link_values_get_a_notice_and_the_defaults():
    at = open_page(PAGE, a="<b>Nope</b>", runs=["Nope"], min="99", solved="all")
    assert not at.exception
    notice = at.warning[0].value.replace("\\", "")
    assert "Ignored a = “<b>Nope</b>”" in notice and "Ignored runs" in notice and "Ignored min" in notice and "Ignored solved" in notice
    assert at.selectbox(key="a").value == "minimax-m2.5"


def test_without_non_commercial_data_the_page_says_what_is_missing(private_data):
    build(private_data, BuildOptions(include_noncommercial=False))
    cache.clear()
    at = open_page(PAGE)
    assert not at.exception
    captions = page_captions(at, " ")
    assert "SWE-bench leaderboard" not in captions and "Epoch AI benchmark-stitching data: MIT" in captions
    assert any("leaves out the SWE-bench leaderboard" in i.value.replace("\\", "") for i in at.info)
    matrix = at.dataframe[0].value.set_index("Model")
    assert matrix.loc["MiniMax-M2", "mini-swe-agent"] == 61.0  # the curated value stays
    assert "Claude Opus 4" not in matrix.index or pd.isna(matrix.loc["Claude Opus 4", "mini-swe-agent"])  # leaderboard-only
    assert not any("SWE-bench leaderboard" in s for s in matrix["Sources (licence)"])
