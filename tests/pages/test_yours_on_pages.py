"""Uploaded rows ("yours") on the Benchmarks, Harnesses and Cost pages: marked, never replacing a public value,
seen by the uploading session only, and absent (pages unchanged) without an upload. The statements and views
behind them: tests/db/test_yours_in_queries.py, tests/views/test_yours_in_views.py; the pure rules:
tests/core/test_yours_rules.py."""
import pandas as pd
import pyarrow as pa
import pytest

from tests.support.pages import open_page
from tests.support.uploads import OURS


def _uploaded_then(page_file: str, **params):
    """One session: upload on the Sources page, then move to `page_file` (in-app, so the session is kept)."""
    at = open_page("pages/sources.py", tab="Your results")
    at.file_uploader(key="upload").set_value(("ours.csv", OURS, "text/csv")).run()
    at.switch_page(page_file)
    at.query_params.update(params)
    at.run()
    assert not at.exception
    return at


def _notice(at) -> list[str]:
    return [i.value for i in at.info if i.value.startswith("Including")]


def _by_model(table: pd.DataFrame) -> pd.DataFrame:
    return table.set_index("Model")


def _chart_rows(at, index: int = 0) -> pd.DataFrame:
    proto = at.get("vega_lite_chart")[index].proto
    rows = pd.concat([pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in proto.datasets], ignore_index=True)
    return rows.drop_duplicates(subset=[c for c in ("label", "model_name") if c in rows]) if "label" in rows else rows


def test_benchmarks_show_your_rows_marked_beside_the_public_ones_in_that_session_only():
    at = _uploaded_then("pages/benchmarks.py")
    table = _by_model(at.dataframe[0].value)
    assert table.loc["MiniMax-M2.5 (yours)", "SWE-bench Verified"] == 79.0
    assert table.loc["Our Model <b>v1</b> (yours)", ["Weights", "SWE-bench Verified"]].tolist() == ["open", 61.0]
    assert _notice(at) == [
        r"Including 2 of your 2 uploaded rows from ours\.csv, marked “(yours)” — only you see them, in this browser session. "
        "Each is its own row beside the public ones: your values never replace a public value."
    ]
    # in the page itself (the sidebar's links to every page are not the page's own)
    assert [link.proto.label for link in at.main.get("page_link")] == ["Your results on the Sources page (see or remove them)"]

    fresh = open_page("pages/benchmarks.py")  # another session: none of it, and the same public numbers
    other = _by_model(fresh.dataframe[0].value)
    assert not _notice(fresh) and not fresh.main.get("page_link")
    assert not other.index.str.endswith("(yours)").any()
    public = table[~table.index.str.endswith("(yours)")]
    pd.testing.assert_frame_equal(public.sort_index(), other.sort_index())


def test_a_yours_cell_shows_its_own_source():
    at = _uploaded_then("pages/benchmarks.py", cell="minimax-m2.5~yours:swe-bench-verified")
    assert not at.warning
    detail = next(f.value for f in at.dataframe if "shown" in f.value.columns)
    assert detail[["shown", "value", "reported_by", "source_file"]].values.tolist() == [["✓", 79.0, "yours", "your upload ours.csv"]]


def test_the_frontier_counts_your_known_model_at_its_release_date_under_its_harness():
    at = _uploaded_then("pages/benchmarks.py", view="Gap over time")
    points = _chart_rows(at)
    mine = points[points["model_name"].astype(str).str.endswith("(yours)")]
    assert mine[["model_name", "value"]].values.tolist() == [["MiniMax-M2.5 (yours)", 79.0]]  # the other is not under OpenHands
    assert str(pd.Timestamp(mine["release_date"].iloc[0]).date()) == "2026-02-12"
    assert at.metric[0].value == "ahead"  # in this session only: 79.0 beats every proprietary value under OpenHands
    assert open_page("pages/benchmarks.py", view="Gap over time").metric[0].value != "ahead"


def test_harnesses_show_your_rows_in_the_matrix_in_that_session_only():
    at = _uploaded_then("pages/harnesses.py")
    matrix = _by_model(at.dataframe[0].value)
    assert matrix.loc["MiniMax-M2.5 (yours)", "OpenHands"] == 79.0
    assert matrix.loc["Our Model <b>v1</b> (yours)", "MyScaffold"] == 61.0
    assert matrix.loc["MiniMax-M2.5 (yours)", "Sources (licence)"] == "your upload (yours, this session only)"
    assert _notice(at)[0].startswith(r"Including 2 of your 2 uploaded rows from ours\.csv")
    assert "MiniMax-M2.5 (yours)" in at.selectbox(key="a").options

    fresh = open_page("pages/harnesses.py")
    other = _by_model(fresh.dataframe[0].value)
    assert not _notice(fresh) and not other.index.str.endswith("(yours)").any() and "MyScaffold" not in other.columns
    public = matrix[~matrix.index.str.endswith("(yours)")].drop(columns="MyScaffold")
    assert public.loc["MiniMax-M2.5", "OpenHands"] == other.loc["MiniMax-M2.5", "OpenHands"]
    pd.testing.assert_frame_equal(public.sort_index()[other.columns], other.sort_index())


def test_cost_shows_your_cost_per_task_on_the_score_vs_cost_chart_in_that_session_only():
    params = {"cost_view": "Score vs cost", "axis": "Published run cost"}
    at = _uploaded_then("pages/cost.py", **params)
    points = _chart_rows(at).set_index("label")
    assert points.loc["MiniMax-M2.5 (yours) (OpenHands)", ["score", "cost"]].tolist() == [79.0, 0.42]
    assert points.loc["Our Model <b>v1</b> (yours) (MyScaffold)", ["score", "cost"]].tolist() == [61.0, 0.2]
    assert _notice(at)[0].startswith(r"Including 2 of your 2 uploaded rows from ours\.csv")
    assert "Score vs cost, Published run cost" in _notice(at)[0]

    fresh = open_page("pages/cost.py", **params)
    other = _chart_rows(fresh).set_index("label")
    assert not _notice(fresh) and not other.index.str.contains("(yours)", regex=False).any()
    public = points[~points.index.str.contains("(yours)", regex=False)]
    assert public[["score", "cost"]].sort_index().equals(other[["score", "cost"]].sort_index())


@pytest.mark.parametrize("page_file", ["pages/benchmarks.py", "pages/harnesses.py", "pages/cost.py"])
def test_without_an_upload_a_page_has_no_notice_and_no_yours(page_file):
    at = open_page(page_file)
    assert not at.exception and not _notice(at) and not at.main.get("page_link")  # the sidebar's page links aside
    assert not any(f.value.astype(str).apply(lambda c: c.str.contains("(yours)", regex=False)).any().any() for f in at.dataframe)
