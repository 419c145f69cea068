"""The Benchmarks table rules on hand-made rows: which harness a cell shows, markers, missing cells, export."""
import datetime as dt
import io

import pandas as pd

from gapboard.core import benchmark_table, headline, vocabulary
from gapboard.ui.format import csv_bytes
from tests.support.rows import frame, score

ROWS = frame(
    score("o1", 70, reported_by="vendor"),
    score("o1", 80, harness="h2"),
    score("o2", 60, harness=None),
    score("o2", 65, harness="h2"),
    score("p1", 72),
    score("p1", 71, source_form="chart", source_url="https://example.org/p1/chart.png"),
    score("p2", 74, harness=None),
    score("o1", 50, benchmark="b2", harness=None),
)
NAMES = {"b1": "Bench 1", "b2": "Bench 2"}


def _cells():
    return headline.benchmark_cells(ROWS).set_index(["model", "benchmark"])


def test_a_column_keeps_its_main_harness_and_marks_cells_from_another():
    cells = _cells()
    assert set(cells.loc[pd.IndexSlice[:, "b1"], "main_harness"]) == {"h1"}  # stated, 2 models (tie with h2, by id)
    assert (cells.loc[("o1", "b1"), "value"], cells.loc[("o1", "b1"), "harness_differs"]) == (70.0, False)
    # o2 has no h1 value: its value under the next most shared harness (h2 before not stated on a tie), marked
    assert (cells.loc[("o2", "b1"), "value"], cells.loc[("o2", "b1"), "harness_key"]) == (65.0, "h2")
    assert cells.loc[("o2", "b1"), "harness_differs"] and cells.loc[("o2", "b1"), "harnesses"] == 2
    assert cells.loc[("p2", "b1"), "harness_key"] == vocabulary.NOT_STATED
    # with no stated harness at all, "not stated" is the column's harness
    assert cells.loc[("o1", "b2"), "main_harness"] == vocabulary.NOT_STATED and not cells.loc[("o1", "b2"), "harness_differs"]


def test_conflicting_values_for_one_cell_are_counted_and_the_headline_rule_applies():
    cell = _cells().loc[("p1", "b1")]
    assert cell["value"] == 72.0 and cell["conflict"] and cell["distinct_values"] == 2 and cell["other_values"] == "71"
    found = headline.conflicts(ROWS)
    assert found[["model_name", "benchmark_name", "harness", "value", "other_values", "values_reported"]].values.tolist() == [
        ["Prop One", "B1", "Harness One", 72.0, "71", 2]
    ]


def test_markers_say_vendor_other_harness_and_conflict():
    table = benchmark_table.BenchmarkTable(headline.benchmark_cells(ROWS), NAMES)
    markers = dict(zip(table.values["Model"], table.markers["Bench 1"]))
    assert markers == {"Open One": "V", "Open Two": "≠", "Prop One": "⚠2", "Prop Two": "≠"}
    assert table.vendor["Bench 1"].tolist() == [name == "Open One" for name in table.values["Model"]]


def test_missing_cells_stay_missing_and_rows_sort_by_the_first_benchmark():
    table = benchmark_table.BenchmarkTable(headline.benchmark_cells(ROWS), NAMES)
    assert table.values["Model"].tolist() == ["Prop Two", "Prop One", "Open One", "Open Two"]
    assert list(table.values.columns) == ["Model", "Weights", "Vendor", "Released", "Bench 1", "Bench 2"]
    assert table.values["Bench 2"].tolist()[2] == 50.0
    assert table.values["Bench 2"].isna().tolist() == [True, True, False, True]  # never 0
    assert table.values["Released"].tolist() == ["2025-03-01", "2024-10-01", "2025-01-01", "2025-07-02"]
    assert len(table) == 4


def test_only_complete_rows_and_cell_positions():
    table = benchmark_table.BenchmarkTable(headline.benchmark_cells(ROWS), NAMES, complete_only=True)
    assert table.values["Model"].tolist() == ["Open One"]
    assert table.position("o1", "b2") == (0, "Bench 2") and table.position("p1", "b1") is None
    assert table.cell_at(0, "Bench 1") == ("o1", "b1") and table.cell_at(0, "Model") is None and table.cell_at(5, "Bench 1") is None


def test_column_help_when_no_row_is_complete():
    rows = frame(score("o1", 70), score("p1", 50, benchmark="b2"))
    table = benchmark_table.BenchmarkTable(headline.benchmark_cells(rows), NAMES, complete_only=True)
    assert table.values.empty
    assert table.column_help({}) == {title: "No model has a value for every selected benchmark" for title in NAMES.values()}


def test_split_columns_keep_one_harness_each():
    cells, columns = benchmark_table.split_by_harness(headline.per_harness(ROWS), NAMES)
    assert list(columns.values()) == [
        "Bench 1 · Harness One", "Bench 1 · Harness Two", "Bench 1 · harness not stated", "Bench 2 · harness not stated",
    ]
    table = benchmark_table.BenchmarkTable(cells, columns)
    one = dict(zip(table.values["Model"], table.values["Bench 1 · Harness Two"]))
    assert one["Open One"] == 80.0 and one["Open Two"] == 65.0 and pd.isna(one["Prop One"])
    assert "≠" not in "".join(table.markers.fillna("").values.ravel())


def test_the_export_has_every_shown_cell_with_its_source():
    table = benchmark_table.BenchmarkTable(headline.benchmark_cells(ROWS), NAMES)
    export = table.export().set_index("Model")
    assert list(export.columns[:5]) == ["Weights", "Vendor", "Released", "Bench 1", "Bench 1 · harness"]
    assert export.loc["Open Two", "Bench 1 · harness"] == "Harness Two"
    assert export.loc["Prop Two", "Bench 1 · harness"] == "harness not stated"
    assert export.loc["Prop One", "Bench 1 · other values"] == "71"
    assert export.loc["Open One", "Bench 1 · reported by"] == "vendor"
    assert export.loc["Open One", "Bench 1 · as of"] == "2026-01-01"
    assert export.loc["Open One", "Bench 1 · source"] == "https://example.org/o1/b1"
    assert pd.isna(export.loc["Prop One", "Bench 2"]) and pd.isna(export.loc["Prop One", "Bench 2 · source"])
    assert len(export) == len(table)


def test_release_filter_and_cell_links():
    kept, undated = headline.released_since(frame(score("o1", 1), score("o3", 2), score("p1", 3)), dt.date(2024, 12, 1))
    assert kept["model"].tolist() == ["o1"] and undated == ["Open Three"]
    assert headline.released_since(ROWS, None) == (ROWS, [])
    assert benchmark_table.parse_cell("o1:b1", {"o1"}, {"b1"}) == ("o1", "b1")
    assert benchmark_table.parse_cell("o1:b1@h2", {"o1"}, {"b1"}) == ("o1", "b1@h2")
    assert benchmark_table.parse_cell("o1:zz", {"o1"}, {"b1"}) is None and benchmark_table.parse_cell("nonsense", {"o1"}, {"b1"}) is None


def test_the_csv_starts_with_the_filters_as_comments_and_defuses_formulas():
    data = csv_bytes(pd.DataFrame({"Model": ["=cmd|' /c calc'!A1", "B"], "v": [1.5, None]}), ["weights: open", "two\nlines"])
    assert data.decode() == "# weights: open\n# two lines\nModel,v\n'=cmd|' /c calc'!A1,1.5\nB,\n"
    assert pd.read_csv(io.BytesIO(data), comment="#")["v"].isna().tolist() == [False, True]

