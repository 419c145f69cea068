"""Uploaded rows ("yours") in the score, harness and cost statements: added as their own "(yours)" models, and
every public row left as it was."""
import pandas as pd

from gapboard.db import harnesses, prices, scores
from gapboard.views import cache
from tests.support.uploads import our_rows

PUBLIC = ["vendor", "third_party"], ["high", "medium", "low"]


def _marked() -> pd.DataFrame:
    return our_rows().marked


def _in_order(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows in one total order, to compare two results whose SQL order leaves ties open."""
    return rows.sort_values(["model", "benchmark", "dataset", "source_file", "source_line", "value"]).reset_index(drop=True)


def test_benchmark_scores_add_yours_and_leave_every_public_row_as_it_was():
    con = cache.connection()
    public = scores.benchmark_scores(con, ["swe-bench-verified"], ["open", "proprietary"], *PUBLIC)
    both = scores.benchmark_scores(con, ["swe-bench-verified"], ["open", "proprietary"], *PUBLIC, user_scores=_marked())
    mine = both[both["dataset"] == "yours"].set_index("model")
    assert mine["value"].to_dict() == {"minimax-m2.5~yours": 79.0, "yours-our-model-b-v1-b~yours": 61.0}
    assert mine.loc["minimax-m2.5~yours", "vendor"] == "MiniMax"  # a known model keeps its catalogue facts
    assert str(mine.loc["minimax-m2.5~yours", "release_date"].date()) == "2026-02-12"
    assert pd.isna(mine.loc["yours-our-model-b-v1-b~yours", "vendor"])
    theirs = both[both["dataset"] != "yours"]
    pd.testing.assert_frame_equal(_in_order(theirs), _in_order(public), check_dtype=False)
    # reporter and confidence describe public sources: yours pass them; a vendor filter drops a new model.
    vendor_only = scores.benchmark_scores(con, ["swe-bench-verified"], ["open"], ["vendor"], ["high"], vendors=["MiniMax"],
                                          user_scores=_marked())
    assert vendor_only.loc[vendor_only["dataset"] == "yours", "model"].tolist() == ["minimax-m2.5~yours"]


def test_cell_sources_of_a_yours_cell_are_yours_only():
    con = cache.connection()
    rows = scores.cell_sources(con, "minimax-m2.5~yours", "swe-bench-verified", _marked())
    assert rows[["value", "reported_by", "harness", "source_file", "source_line"]].values.tolist() == [
        [79.0, "yours", "openhands", "your upload ours.csv", 2]
    ]
    assert "yours" not in set(scores.cell_sources(con, "minimax-m2.5", "swe-bench-verified", _marked())["dataset"])


def test_harness_cells_add_yours_under_their_harness_and_keep_the_public_cells():
    con = cache.connection()
    datasets = harnesses.harness_datasets(con)["id"].tolist()
    public = harnesses.harness_cells(con, "swe-bench-verified", datasets, ["open", "proprietary"])
    both = harnesses.harness_cells(con, "swe-bench-verified", datasets, ["open", "proprietary"], _marked())
    mine = both[both["dataset"] == "yours"].set_index("model_key")
    assert mine[["harness", "harness_name", "value", "cost_per_task_usd", "dataset_name"]].values.tolist() == [
        ["openhands", "OpenHands", 79.0, 0.42, "your upload"],
        ["yours:MyScaffold", "MyScaffold", 61.0, 0.2, "your upload"],
    ]
    assert mine["tracked"].tolist() == [True, False]
    theirs = both[both["dataset"] != "yours"].sort_values(["model_key", "harness"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(theirs, public.sort_values(["model_key", "harness"]).reset_index(drop=True), check_dtype=False)


def test_published_runs_add_your_cost_per_task_with_your_score():
    con = cache.connection()
    public = prices.published_runs(con, "swe-bench-verified")
    both = prices.published_runs(con, "swe-bench-verified", _marked())
    mine = both[both["dataset"] == "yours"]
    assert mine[["model_name", "score", "cost_per_task", "setting", "cost_form"]].values.tolist() == [
        ["Our Model <b>v1</b> (yours)", 61.0, 0.2, "MyScaffold", "yours"],
        ["MiniMax-M2.5 (yours)", 79.0, 0.42, "OpenHands", "yours"],
    ]
    assert len(both) == len(public) + 2
