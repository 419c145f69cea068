"""Uploaded rows ("yours") in the views: a view given a session's rows adds them, marked, beside the public
ones; a view given None (a session without an upload) has none of them; and a kept result is shared only by
sessions whose uploads are identical (`SessionRows` key a view by their digest)."""
from __future__ import annotations

import pyarrow as pa

from gapboard.core.vocabulary import WEIGHTS
from gapboard.views import benchmarks, harnesses, sources
from gapboard.views.benchmarks import ScoreFilters
from gapboard.views.session import SessionRows, frame_digest
from tests.support.uploads import our_rows

BENCH = ("swe-bench-verified",)
FILTERS = ScoreFilters(reporters=("vendor", "third_party"), confidences=("high", "medium", "low"))


def _names(table: pa.Table, column: str) -> set[str]:
    return {str(v) for v in table.column(column).to_pylist()}


def test_the_benchmarks_table_view_adds_your_rows_for_your_upload_only():
    public = benchmarks.table_view(BENCH, tuple(WEIGHTS), FILTERS, False, False, None)
    mine = benchmarks.table_view(BENCH, tuple(WEIGHTS), FILTERS, False, False, our_rows())
    yours = mine.scores[mine.scores["dataset"] == "yours"].set_index("model")
    assert yours["value"].to_dict() == {"minimax-m2.5~yours": 79.0, "yours-our-model-b-v1-b~yours": 61.0}
    assert "yours" not in set(public.scores["dataset"])
    assert len(mine.scores) == len(public.scores) + 2
    # another session with the identical file shares the kept result; one without an upload never does
    assert benchmarks.table_view(BENCH, tuple(WEIGHTS), FILTERS, False, False, our_rows()) is mine
    assert benchmarks.table_view(BENCH, tuple(WEIGHTS), FILTERS, False, False, None) is public is not mine


def test_another_upload_gets_its_own_result():
    rows = our_rows().rows.iloc[1:].reset_index(drop=True)  # only the row of a model of its own
    other = SessionRows(rows, frame_digest(rows))
    mine = benchmarks.table_view(BENCH, tuple(WEIGHTS), FILTERS, False, False, our_rows())
    theirs = benchmarks.table_view(BENCH, tuple(WEIGHTS), FILTERS, False, False, other)
    assert theirs is not mine
    assert theirs.scores.loc[theirs.scores["dataset"] == "yours", "model"].tolist() == ["yours-our-model-b-v1-b~yours"]


def test_the_harness_matrix_view_adds_your_harness_for_your_upload_only():
    every_source = tuple(harnesses.page_filters().sources["id"])
    args = ("swe-bench-verified", every_source, tuple(WEIGHTS), 1, ("model_key", "harness", "value"))
    public, mine = harnesses.matrix_view(*args, None), harnesses.matrix_view(*args, our_rows())
    assert "MyScaffold" in mine.value_columns and "MyScaffold" not in public.value_columns
    assert {"MiniMax-M2.5 (yours)", "Our Model <b>v1</b> (yours)"} <= _names(mine.table, "Model")
    assert not any(name.endswith("(yours)") for name in _names(public.table, "Model"))
    assert harnesses.matrix_view(*args, our_rows()) is mine


def test_the_look_up_shows_your_value_beside_the_public_ones_for_your_upload_only():
    mine = sources.lookup("minimax-m2.5", "swe-bench-verified", our_rows())
    public = sources.lookup("minimax-m2.5", "swe-bench-verified", None)
    assert "yours" in _names(mine.scores, "dataset") and "yours" not in _names(public.scores, "dataset")
    assert mine.scores.num_rows == public.scores.num_rows + 1
