"""The build step: every kind of bad row is reported with its file, line and reason, a failed build writes nothing,
the command line, the non-commercial switch and pruning. All but the first run on a small data folder (the
project's sources beside small external datasets, tests/support/ingest.py); the first is the project's own
sources, built in full."""
import csv
import json

import pyarrow.parquet as pq
import pytest

from gapboard.build.manifest import read_manifest, sha256_of
from gapboard.build.rows import BuildFailed, BuildOptions
from gapboard.build.run import build, main
from tests.support.data import append_csv, built_bytes, edit_csv
from tests.support.ingest import small_data


@pytest.fixture
def sources(tmp_path, monkeypatch):
    return small_data(tmp_path / "data", monkeypatch)


def _data_rows(paths, name: str) -> int:
    """How many rows (header left out) a CSV source of a data folder holds."""
    with (paths.sources / name).open(newline="", encoding="utf-8") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def test_the_project_sources_build_completely(built_copy):
    """`built_copy` is a build of a copy of the project's sources, made once per session by `build`."""
    manifest = read_manifest(built_copy)
    rows = {name: entry.rows for name, entry in manifest.tables.items()}
    curated_prices = pq.read_table(built_copy.built / manifest.tables["prices"].file, filters=[("dataset", "=", "gapboard-curated")])
    curated_scores = pq.read_table(built_copy.built / manifest.tables["scores"].file, filters=[("dataset", "=", "gapboard-curated")])
    # each of these tables is read from one source file, row for row (the scores also from the ingested datasets)
    assert rows["models"] == _data_rows(built_copy, "models.csv") and curated_prices.num_rows == _data_rows(built_copy, "prices.csv")
    assert curated_scores.num_rows == _data_rows(built_copy, "scores.csv") and rows["scores"] > curated_scores.num_rows
    assert rows["benchmarks"] == _data_rows(built_copy, "benchmarks.csv") and rows["harnesses"] == _data_rows(built_copy, "harnesses.csv")
    assert set(manifest.sources) >= {"sources/models.csv", "sources/scores.csv", "sources/prices.csv"}
    for name, entry in manifest.tables.items():
        assert sha256_of(built_copy.built / entry.file) == entry.sha256, name


@pytest.mark.parametrize(
    ("file", "line", "column", "value", "expected"),
    [
        ("scores.csv", 2, "model", "minimax-m25", "scores.csv:2: [model] unknown model 'minimax-m25'; did you mean 'minimax-m2.5'?"),
        ("scores.csv", 3, "value", "151.3", "scores.csv:3: value 151.3 is out of range for unit percent"),
        ("scores.csv", 4, "source_url", "", "scores.csv:4: [source_url]"),
        ("scores.csv", 5, "as_of", "2026-02-30", "scores.csv:5: [as_of]"),
        ("scores.csv", 6, "benchmark", "swe-bench-unverified", "scores.csv:6: [benchmark] unknown benchmark"),
        ("scores.csv", 7, "harness", "cursor", "scores.csv:7: [harness] unknown harness 'cursor'"),
        ("scores.csv", 2, "unit", "elo", "scores.csv:2: [unit] unit elo is not a unit of SWE-bench Verified"),
        ("models.csv", 3, "release_date", "2025-10-27x", "models.csv:3: [release_date]"),
        ("models.csv", 3, "weights", "openish", "models.csv:3: [weights]"),
        ("prices.csv", 2, "output_usd_per_mtok", "-2.4", "prices.csv:2: [output_usd_per_mtok]"),
        ("benchmarks.csv", 2, "variant_of", "nothing", "benchmarks.csv:2: [variant_of] unknown benchmark 'nothing'"),
    ],
)
def test_each_kind_of_bad_row_is_reported_with_file_line_and_reason(sources, file, line, column, value, expected):
    edit_csv(sources.sources / file, line, column, value)
    with pytest.raises(BuildFailed) as failed:
        build(sources)
    reported = [str(p) for p in failed.value.problems]
    assert any(expected in text for text in reported), reported
    assert not sources.manifest.exists()


def test_a_duplicate_row_names_the_line_it_repeats(sources):
    path = sources.sources / "scores.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        second_record = list(csv.reader(handle))[1]
    append_csv(path, second_record)
    with pytest.raises(BuildFailed) as failed:
        build(sources)
    (problem,) = failed.value.problems
    assert "duplicate of line 2" in str(problem) and problem.line > 800


def test_every_problem_is_reported_not_just_the_first(sources):
    edit_csv(sources.sources / "scores.csv", 2, "value", "-5")
    edit_csv(sources.sources / "scores.csv", 9, "confidence", "certain")
    edit_csv(sources.sources / "prices.csv", 3, "as_of", "yesterday")
    with pytest.raises(BuildFailed) as failed:
        build(sources)
    assert {(p.file, p.line) for p in failed.value.problems} == {
        ("sources/scores.csv", 2), ("sources/scores.csv", 9), ("sources/prices.csv", 3)
    }


def test_a_bad_model_row_does_not_also_blame_every_score_that_names_it(sources):
    edit_csv(sources.sources / "models.csv", 3, "weights", "openish")
    with pytest.raises(BuildFailed) as failed:
        build(sources)
    assert len(failed.value.problems) == 1


def test_an_unknown_column_is_reported(sources):
    path = sources.sources / "harnesses.csv"
    text = path.read_text(encoding="utf-8").replace("description\n", "description,colour\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BuildFailed, match="problem"):
        build(sources)


def test_a_failed_build_leaves_the_previous_build_byte_identical(sources):
    build(sources)
    before = built_bytes(sources)
    edit_csv(sources.sources / "scores.csv", 2, "value", "180")
    with pytest.raises(BuildFailed):
        build(sources)
    assert built_bytes(sources) == before


def test_the_command_line_prints_every_problem_and_exits_1(sources, capsys):
    edit_csv(sources.sources / "scores.csv", 2, "value", "180")
    assert main(["--data-dir", str(sources.root)]) == 1
    err = capsys.readouterr().err
    assert "nothing was written" in err and "sources/scores.csv:2" in err and "make data" in err
    assert main(["--data-dir", str(sources.root)]) == 1  # still failing, still nothing written
    assert not sources.manifest.exists()


def test_the_command_line_builds_and_reports_progress(sources, capsys):
    assert main(["--data-dir", str(sources.root)]) == 0
    err = capsys.readouterr().err
    assert "validating scores" in err and "wrote scores" in err
    assert read_manifest(sources).tables["models"].rows == _data_rows(sources, "models.csv")


def test_noncommercial_datasets_can_be_left_out_with_one_switch(sources):
    append_csv(sources.sources / "datasets.csv", [
        "nc-board", "A non-commercial board", "example", "https://example.org/board", "CC BY-NC 4.0", "",
        "false", "true", "2025-12-10", "test dataset",
    ])
    append_csv(sources.sources / "scores.csv", [
        "gpt-5", "swe-bench-verified", "mini-swe-agent", "65", "percent", "third_party", "https://example.org/board",
        "", "text", "2025-12-10", "high", "", "nc-board",
    ])
    path = sources.sources / "scores.csv"
    text = path.read_text(encoding="utf-8").replace("confidence,runs\n", "confidence,runs,dataset\n", 1)
    path.write_text(text, encoding="utf-8")
    with_nc = build(sources)
    without_nc = build(sources, BuildOptions(include_noncommercial=False))
    assert with_nc.tables["scores"].rows == without_nc.tables["scores"].rows + 1
    assert json.loads(sources.manifest.read_text())["options"] == {"include_noncommercial": False}


def test_a_score_from_an_unregistered_dataset_fails_the_build(sources):
    path = sources.sources / "scores.csv"
    text = path.read_text(encoding="utf-8").replace("confidence,runs\n", "confidence,runs,dataset\n", 1)
    path.write_text(text, encoding="utf-8")
    append_csv(path, ["gpt-5", "swe-bench-verified", "", "65", "percent", "third_party", "https://example.org/x",
                      "", "text", "2025-12-10", "high", "", "mystery-data"])
    with pytest.raises(BuildFailed, match="problem") as failed:
        build(sources)
    assert "unknown dataset 'mystery-data'" in str(failed.value.problems[0])


def test_old_build_versions_are_pruned(sources):
    for _ in range(4):
        build(sources)
    versions = [p for p in sources.built.iterdir() if p.is_dir()]
    assert len(versions) == 2
    assert read_manifest(sources).version in {p.name for p in versions}
