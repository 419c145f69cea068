import threading

import pandas as pd
import pytest

from gapboard import analysis, queries, store
from gapboard.manifest import read_manifest
from tests.test_build import _edit_csv


def test_a_current_build_is_used_as_it_is(private_data):
    before = read_manifest(private_data).version
    status = store.ensure_current(private_data)
    assert status.ok and not status.rebuilt_because and status.manifest.version == before


def test_an_edited_source_is_rebuilt_before_anything_reads_it(private_data):
    assert queries.models().set_index("id").loc["minimax-m2.5", "name"] == "MiniMax-M2.5"
    _edit_csv(private_data.sources / "models.csv", 5, "name", "MiniMax-M2.5 (edited)")
    status = store.ensure_current(private_data)
    assert status.ok and status.rebuilt_because == ["source changed: sources/models.csv"]
    assert queries.models().set_index("id").loc["minimax-m2.5", "name"] == "MiniMax-M2.5 (edited)"


def test_a_deleted_or_truncated_parquet_file_is_rebuilt(private_data):
    manifest = read_manifest(private_data)
    (private_data.built / manifest.tables["scores"].file).unlink()
    models_file = private_data.built / manifest.tables["models"].file
    models_file.write_bytes(models_file.read_bytes()[:100])
    status = store.ensure_current(private_data)
    assert status.ok
    assert "built table damaged or missing: scores" in status.rebuilt_because
    assert "built table damaged or missing: models" in status.rebuilt_because
    assert len(queries.models()) == 33


def test_broken_sources_are_reported_and_the_old_build_is_not_used(private_data):
    _edit_csv(private_data.sources / "scores.csv", 2, "value", "180")
    status = store.ensure_current(private_data)
    assert not status.ok
    assert any("sources/scores.csv:2" in problem for problem in status.problems)
    assert status.fix_command == "make data"


def test_a_missing_sources_folder_is_reported(private_data, tmp_path):
    (private_data.built / "manifest.json").unlink()
    status = store.ensure_current(type(private_data)(tmp_path / "nowhere"))
    assert not status.ok and "missing" in status.problems[0]


def test_weights_filter_counts_exactly_the_open_and_proprietary_models():
    chosen = ["swe-bench-verified"]
    open_ = queries.scores_for_benchmarks(chosen, ["open"])
    closed = queries.scores_for_benchmarks(chosen, ["proprietary"])
    both = queries.scores_for_benchmarks(chosen, ["open", "proprietary"])
    models = queries.models().set_index("id")
    assert set(models.loc[open_["model"].unique(), "weights"]) == {"open"}
    assert set(models.loc[closed["model"].unique(), "weights"]) == {"proprietary"}
    assert len(both) == len(open_) + len(closed)
    # Counted independently in the reference CSV: SWE-bench Verified rows name 16 open and 9 proprietary models.
    curated = lambda frame: frame[frame["dataset"] == "gapboard-curated"]["model"].nunique()  # noqa: E731
    assert (curated(open_), curated(closed)) == (16, 9)


def test_cursors_on_the_shared_connection_work_from_many_threads():
    sql = "SELECT model, count(*) AS n FROM scores WHERE benchmark = $b GROUP BY model ORDER BY model"
    connection = store.connection()
    with connection.cursor() as cursor:
        expected = cursor.execute(sql, {"b": "swe-bench-verified"}).df()
    results, errors = [], []

    def worker():
        try:
            for _ in range(20):
                with connection.cursor() as cursor:
                    results.append(cursor.execute(sql, {"b": "swe-bench-verified"}).df())
        except Exception as exc:  # noqa: BLE001 — the test reports any failure below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == 160 and all(frame.equals(expected) for frame in results)


def _scores(rows):
    columns = ["model", "benchmark", "value", "source_form", "confidence", "as_of", "model_name", "weights"]
    return pd.DataFrame(rows, columns=columns)


def test_headline_prefers_text_then_confidence_then_newest_and_counts_disagreement():
    rows = _scores([
        ("a", "b1", 72.0, "chart", "high", "2026-02-13", "A", "open"),
        ("a", "b1", 76.3, "text", "high", "2026-02-13", "A", "open"),
        ("a", "b1", 75.1, "chart", "high", "2026-02-13", "A", "open"),
        ("a", "b2", 50.0, "text", "low", "2026-03-01", "A", "open"),
        ("a", "b2", 51.0, "text", "high", "2026-01-01", "A", "open"),
        ("c", "b1", 60.0, "text", "high", "2025-01-01", "C", "proprietary"),
        ("c", "b1", 61.0, "text", "high", "2025-06-01", "C", "proprietary"),
    ])
    chosen = analysis.headline_values(rows).set_index(["model", "benchmark"])
    assert chosen.loc[("a", "b1"), "value"] == 76.3 and chosen.loc[("a", "b1"), "distinct_values"] == 3
    assert chosen.loc[("a", "b2"), "value"] == 51.0
    assert chosen.loc[("c", "b1"), "value"] == 61.0 and chosen.loc[("c", "b1"), "values_reported"] == 2


def test_the_model_by_benchmark_table_keeps_missing_cells_missing():
    rows = _scores([
        ("a", "b1", 70.0, "text", "high", "2026-01-01", "A", "open"),
        ("c", "b2", 0.0, "text", "high", "2026-01-01", "C", "proprietary"),
    ])
    table = analysis.model_by_benchmark(analysis.headline_values(rows), {"b1": "Bench 1", "b2": "Bench 2"})
    table = table.set_index("Model")
    assert table.loc["A", "Bench 1"] == 70.0 and pd.isna(table.loc["A", "Bench 2"])
    assert pd.isna(table.loc["C", "Bench 1"]) and table.loc["C", "Bench 2"] == 0.0


@pytest.mark.parametrize("name", ["models", "benchmarks", "prices", "datasets", "data_summary"])
def test_lookup_queries_return_rows(name):
    assert len(getattr(queries, name)()) > 0


def test_a_query_result_is_shared_but_a_caller_cannot_change_it_for_others():
    first = queries.models()
    first["name"] = "renamed by one caller"
    first.loc[0, "id"] = "edited"
    del first["weights"]
    again = queries.models()
    assert "renamed by one caller" not in set(again["name"]) and "edited" not in set(again["id"])
    assert "weights" in again.columns
    assert again is not first


def test_each_headline_lists_the_other_values_of_its_own_cell_only():
    rows = _scores([
        ("z", "b1", 10.0, "text", "high", "2026-01-01", "Z", "open"),
        ("a", "b2", 20.0, "text", "high", "2026-01-01", "A", "open"),
        ("a", "b2", 21.5, "chart", "high", "2026-01-01", "A", "open"),
        ("m", "b1", 30.0, "text", "high", "2026-01-01", "M", "open"),
        ("m", "b1", 31.0, "text", "low", "2026-01-01", "M", "open"),
        ("m", "b1", 31.0, "chart", "low", "2026-01-01", "M", "open"),
    ])
    chosen = analysis.headline_values(rows).set_index(["model", "benchmark"])
    assert chosen.loc[("z", "b1"), "other_values"] == "" and chosen.loc[("z", "b1"), "values_reported"] == 1
    assert chosen.loc[("a", "b2"), "other_values"] == "21.5" and chosen.loc[("a", "b2"), "distinct_values"] == 2
    assert chosen.loc[("m", "b1"), "other_values"] == "31" and chosen.loc[("m", "b1"), "values_reported"] == 3


def test_a_cell_whose_harness_is_not_stated_lists_only_its_other_values():
    rows = _scores([
        ("a", "b1", 80.9, "text", "high", "2026-01-01", "A", "open"),
        ("a", "b1", 80.9, "chart", "high", "2026-02-01", "A", "open"),
        ("c", "b1", 60.0, "text", "high", "2026-01-01", "C", "open"),
        ("c", "b1", 59.0, "chart", "high", "2026-01-01", "C", "open"),
    ]).assign(harness=[None, None, None, "h1"])
    chosen = analysis.headline_values(rows, ("model", "benchmark", "harness"))
    a = chosen[chosen["model"] == "a"].iloc[0]
    assert a["values_reported"] == 2 and a["other_values"] == "" and pd.isna(a["harness"])  # was "80.9": itself
    assert chosen[(chosen["model"] == "c") & chosen["harness"].isna()]["other_values"].tolist() == [""]
    assert len(chosen) == 3
