"""Uploaded rows ("yours") in the Benchmarks, Harnesses and Cost views: marked, never replacing a public
value, seen by the uploading session only, and absent (pages unchanged) without an upload."""
import json

import pandas as pd
import pyarrow as pa
import pytest

from gapboard import analysis, harness, queries, uploads
from tests.score_rows import frame, score
from tests.test_pages import open_page

OURS = (
    "model,benchmark,harness,score,unit,date,notes,weights,cost_usd_per_task\n"
    "minimax-m2.5,swe-bench-verified,openhands,79.0,percent,2026-03-01,our rerun,,0.42\n"
    "Our Model <b>v1</b>,swe-bench-verified,MyScaffold,61,percent,2026-03-02,single run,open,0.2\n"
).encode()
PUBLIC = ["vendor", "third_party"], ["high", "medium", "low"]


def _catalogue() -> uploads.Catalogue:
    return uploads.Catalogue.from_frames(queries.models(), queries.upload_benchmarks(), queries.upload_harnesses())


def _marked() -> pd.DataFrame:
    return uploads.marked(uploads.read_upload("ours.csv", OURS, _catalogue()).rows)


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


def _in_order(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows in one total order, to compare two results whose SQL order leaves ties open."""
    return rows.sort_values(["model", "benchmark", "dataset", "source_file", "source_line", "value"]).reset_index(drop=True)


def _by_model(table: pd.DataFrame) -> pd.DataFrame:
    return table.set_index("Model")


def _chart_rows(at, index: int = 0) -> pd.DataFrame:
    proto = at.get("vega_lite_chart")[index].proto
    rows = pd.concat([pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in proto.datasets], ignore_index=True)
    return rows.drop_duplicates(subset=[c for c in ("label", "model_name") if c in rows]) if "label" in rows else rows


# --- the pure rules -------------------------------------------------------------------------------


def test_marked_rows_are_models_of_their_own():
    marked = _marked()
    assert marked["model"].tolist() == ["minimax-m2.5~yours", "yours-our-model-b-v1-b~yours"]
    assert marked["model_id"].tolist() == ["minimax-m2.5", "yours-our-model-b-v1-b"]
    assert marked["model_name"].tolist() == ["MiniMax-M2.5 (yours)", "Our Model <b>v1</b> (yours)"]


def test_a_yours_cell_sits_beside_the_public_one_and_never_decides_the_main_harness():
    def yours(model: str, value: float) -> dict:
        row = score(model, value, harness="h2", dataset="yours", reported_by="yours", confidence=None, source_url=None)
        return row | {"model": f"{model}~yours", "model_name": row["model_name"] + " (yours)"}

    rows = frame(score("o1", 70, harness="h1"), score("p1", 72, harness="h2"), yours("o1", 99), yours("o2", 98))
    cells = analysis.benchmark_cells(rows).set_index("model")
    assert cells.loc["o1", "value"] == 70.0 and cells.loc["o1~yours", "value"] == 99.0
    # h1 and h2 each cover one public model; the tie goes to h1 by id. Yours (two models under h2) do not count.
    assert set(cells["main_harness"]) == {"h1"}
    assert bool(cells.loc["o1", "harness_differs"]) is False


def test_the_harness_threshold_never_hides_your_models():
    cells = pd.DataFrame({
        "model_key": ["a", "a", "b", "c~yours"], "harness": ["h1", "h2", "h1", "h1"],
        "dataset": ["d", "d", "d", "yours"],
    })
    assert harness.with_min_harnesses(cells, 2)["model_key"].tolist() == ["a", "a", "c~yours"]


# --- the queries ----------------------------------------------------------------------------------


def test_benchmark_scores_add_yours_and_leave_every_public_row_as_it_was():
    public = queries.benchmark_scores(["swe-bench-verified"], ["open", "proprietary"], *PUBLIC)
    both = queries.benchmark_scores(["swe-bench-verified"], ["open", "proprietary"], *PUBLIC, user_scores=_marked())
    mine = both[both["dataset"] == "yours"].set_index("model")
    assert mine["value"].to_dict() == {"minimax-m2.5~yours": 79.0, "yours-our-model-b-v1-b~yours": 61.0}
    assert mine.loc["minimax-m2.5~yours", "vendor"] == "MiniMax"  # a known model keeps its catalogue facts
    assert str(mine.loc["minimax-m2.5~yours", "release_date"].date()) == "2026-02-12"
    assert pd.isna(mine.loc["yours-our-model-b-v1-b~yours", "vendor"])
    theirs = both[both["dataset"] != "yours"]
    pd.testing.assert_frame_equal(_in_order(theirs), _in_order(public), check_dtype=False)
    # reporter and confidence describe public sources: yours pass them; a vendor filter drops a new model.
    vendor_only = queries.benchmark_scores(["swe-bench-verified"], ["open"], ["vendor"], ["high"], vendors=["MiniMax"],
                                           user_scores=_marked())
    assert vendor_only.loc[vendor_only["dataset"] == "yours", "model"].tolist() == ["minimax-m2.5~yours"]


def test_cell_sources_of_a_yours_cell_are_yours_only():
    rows = queries.cell_sources("minimax-m2.5~yours", "swe-bench-verified", _marked())
    assert rows[["value", "reported_by", "harness", "source_file", "source_line"]].values.tolist() == [
        [79.0, "yours", "openhands", "your upload ours.csv", 2]
    ]
    assert "yours" not in set(queries.cell_sources("minimax-m2.5", "swe-bench-verified", _marked())["dataset"])


def test_harness_cells_add_yours_under_their_harness_and_keep_the_public_cells():
    datasets = queries.harness_datasets()["id"].tolist()
    public = queries.harness_cells("swe-bench-verified", datasets, ["open", "proprietary"])
    both = queries.harness_cells("swe-bench-verified", datasets, ["open", "proprietary"], _marked())
    mine = both[both["dataset"] == "yours"].set_index("model_key")
    assert mine[["harness", "harness_name", "value", "cost_per_task_usd", "dataset_name"]].values.tolist() == [
        ["openhands", "OpenHands", 79.0, 0.42, "your upload"],
        ["yours:MyScaffold", "MyScaffold", 61.0, 0.2, "your upload"],
    ]
    assert mine["tracked"].tolist() == [True, False]
    theirs = both[both["dataset"] != "yours"].sort_values(["model_key", "harness"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(theirs, public.sort_values(["model_key", "harness"]).reset_index(drop=True), check_dtype=False)


def test_published_runs_add_your_cost_per_task_with_your_score():
    public = queries.published_runs("swe-bench-verified")
    both = queries.published_runs("swe-bench-verified", _marked())
    mine = both[both["dataset"] == "yours"]
    assert mine[["model_name", "score", "cost_per_task", "setting", "cost_form"]].values.tolist() == [
        ["Our Model <b>v1</b> (yours)", 61.0, 0.2, "MyScaffold", "yours"],
        ["MiniMax-M2.5 (yours)", 79.0, 0.42, "OpenHands", "yours"],
    ]
    assert len(both) == len(public) + 2


# --- the pages ------------------------------------------------------------------------------------


def test_benchmarks_show_your_rows_marked_beside_the_public_ones_in_that_session_only():
    at = _uploaded_then("pages/benchmarks.py")
    table = _by_model(at.dataframe[0].value)
    assert table.loc["MiniMax-M2.5 (yours)", "SWE-bench Verified"] == 79.0
    assert table.loc["Our Model <b>v1</b> (yours)", ["Weights", "SWE-bench Verified"]].tolist() == ["open", 61.0]
    assert _notice(at) == [
        r"Including 2 of your 2 uploaded rows from ours\.csv, marked “(yours)” — only you see them, in this browser session. "
        "Each is its own row beside the public ones: your values never replace a public value."
    ]
    assert [link.proto.label for link in at.get("page_link")] == ["Your results on the Sources page (see or remove them)"]

    fresh = open_page("pages/benchmarks.py")  # another session: none of it, and the same public numbers
    other = _by_model(fresh.dataframe[0].value)
    assert not _notice(fresh) and not fresh.get("page_link")
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
    assert not at.exception and not _notice(at) and not at.get("page_link")
    assert not any(f.value.astype(str).apply(lambda c: c.str.contains("(yours)", regex=False)).any().any() for f in at.dataframe)
