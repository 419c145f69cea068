"""The Epoch AI ingest: Terminal-Bench agent × model rows, Epoch's SWE-bench runs, and release dates.

What the project's files give is read from the project's own build (current for the session); edits are made
in small folders and read by the reader itself, or by a build of a small data folder."""
import csv

import pandas as pd
import pytest
from pydantic import ValidationError

from gapboard.build.config import PROJECT_ROOT
from gapboard.build.ingest import epoch
from gapboard.build.rows import BuildOptions, read_csv
from gapboard.build.run import build
from gapboard.core import schema
from tests.support.data import edit_csv, read_built
from tests.support.ingest import PROJECT, context, project_files, small_data

RAW = PROJECT.external / epoch.FOLDER
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
DATASET = epoch.DATASET


def _results(paths) -> pd.DataFrame:
    frame = read_built(paths, "harness_results")
    return frame[frame["dataset"] == DATASET].set_index("entry")


@pytest.fixture(scope="module")
def results(project_build) -> pd.DataFrame:
    return _results(PROJECT)


def _raw(file):
    with (RAW / file).open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_terminal_bench_rows_keep_agent_model_mean_and_error(results):
    rows = results
    bench = rows[rows["benchmark"] == "terminal-bench-original"]
    assert len(bench) == len(_raw(epoch.TERMINAL_BENCH)) == 61
    droid = rows.loc["rec9xYW8rLPkSKTrN"]
    assert (droid["harness"], droid["model"], droid["value"], droid["stderr"]) == ("droid", "claude-opus-4.1", 58.8, 0.9)
    assert droid["system_name"] == "Droid + claude-opus-4-1-20250805"
    assert "Terminal-Bench Leaderboard (https://www.tbench.ai/leaderboard) as relayed by Epoch AI" in droid["source_note"]
    sonnet = bench[(bench["model"] == "claude-sonnet-4")]
    assert sonnet["harness"].nunique() == 11  # Claude Sonnet 4 under eleven agents
    multi = rows.loc["rechvU3SZ3Qs8wXWX"]  # OB-1 names no single model
    assert multi["models_named"] == 0 and pd.isna(multi["model"]) and multi["harness"] == "ob-1"


def test_terminal_bench_means_match_the_terminal_bench_1_runs():
    """Epoch's Terminal-Bench values are those of Terminal-Bench 1.0: its Droid means are the means of
    the five runs recorded in the Terminal-Bench 1.0 leaderboard (facts in tests/fixtures)."""
    with (FIXTURES / "terminal_bench_1_run_accuracy.csv").open() as handle:
        runs = pd.DataFrame(list(csv.DictReader(handle))).astype({"accuracy": float})
    means = runs.groupby("submission")["accuracy"].mean().mul(100).round(1)
    epoch_values = {(r["Agent"], r["Model version"]): float(r["Accuracy mean"].rstrip("%")) for r in _raw(epoch.TERMINAL_BENCH)}
    assert means["Droid + Claude Opus 4.1"] == epoch_values[("Droid", "claude-opus-4-1-20250805")] == 58.8
    assert means["Droid + Claude Sonnet 4"] == epoch_values[("Droid", "claude-sonnet-4-20250514")] == 50.5


def test_a_quoted_note_spanning_two_lines_keeps_later_line_numbers_right(results):
    lines = (RAW / epoch.TERMINAL_BENCH).read_text(encoding="utf-8-sig").splitlines()
    for entry, row in results.iterrows():
        if row["benchmark"] == "terminal-bench-original":
            assert lines[row["source_line"] - 1].startswith(entry + ","), entry
            assert row["source_url"].endswith(f"{epoch.TERMINAL_BENCH}#L{row['source_line']}")


def test_epoch_swe_bench_runs_are_percent_under_epochs_own_scaffold(results):
    rows = results
    runs = rows[rows["benchmark"] == "swe-bench-verified"]
    assert len(runs) == sum(1 for r in _raw(epoch.RUNS) if r["task"] == "SWE-Bench verified") == 23
    assert set(runs["harness"]) == {"epoch-swe-bench-agent"} and set(runs["runs"]) == {1}
    sonnet = rows.loc["iZoPmtRrd5k6qnrRraiLZo"]
    assert (sonnet["model"], sonnet["value"], sonnet["stderr"], str(sonnet["date"])) == ("claude-sonnet-4.5", 64.8, 2.0, "2025-09-29")
    assert sonnet["scaffold_version"] == "task version 1.0.0" and sonnet["system_url"].startswith("https://logs.epoch.ai/")


def test_every_model_version_is_mapped_or_reported(results, project_build):
    manifest = project_build
    versions = {r["Model version"] for r in _raw(epoch.TERMINAL_BENCH) if r["Model version"]}
    versions |= {r["model"] for r in _raw(epoch.RUNS) if r["task"] == "SWE-Bench verified"}
    mapped = set(read_built(PROJECT, "model_names").query("dataset == @DATASET")["name"])
    (note,) = [n for n in manifest.notes if n.startswith(f"{DATASET}: ") and "not in mappings/epoch_models.csv" in n]
    unmapped = versions - mapped
    assert unmapped == {"glaive-swe-v1"} and all(f"'{name}'" in note for name in unmapped)
    glaive = results.query("model_names == 'glaive-swe-v1'").iloc[0]
    assert glaive["models_named"] == 1 and pd.isna(glaive["model"]) and pd.isna(glaive["other_model"])


# Epoch's release dates of the versions `epoch_models.csv` flags (the file is pinned: these never change).
EPOCH_DATES = {
    "claude-3-7-sonnet-20250219": "2025-02-24",
    "claude-sonnet-4-20250514": "2025-05-22",
    "claude-opus-4-20250514": "2025-05-22",
    "claude-opus-4-1-20250805": "2025-08-05",
    "gemini-2.5-pro-exp-03-25": "2025-03-25",
    "o3-2025-04-16_medium": "2025-04-16",
}


def _flagged(paths) -> dict[str, str]:
    """Our model id → the Epoch version whose date `epoch_models.csv` flags for it."""
    with (paths.sources / epoch.MODELS).open(newline="", encoding="utf-8") as handle:
        return {row["model"]: row["name"] for row in csv.DictReader(handle) if row["release_date_from"].strip().lower() == "true"}


def test_models_without_a_release_date_take_epochs_with_its_line_as_source(project_build):
    models = read_built(PROJECT, "models").set_index("id")
    with (PROJECT.sources / "models.csv").open(newline="", encoding="utf-8") as handle:
        curated = {row["id"]: row for row in csv.DictReader(handle)}
    versions = (RAW / epoch.VERSIONS).read_text(encoding="utf-8-sig").splitlines()
    epoch_dates = {row["id"]: row["Version release date"] for row in _raw(epoch.VERSIONS)}
    assert {version: epoch_dates[version] for version in EPOCH_DATES} == EPOCH_DATES
    flagged = _flagged(PROJECT)
    assert set(flagged.values()) <= set(epoch_dates)
    taken = []
    for model, version in flagged.items():
        row, own = models.loc[model], curated[model]
        if own["release_date"].strip():  # a date models.csv already has is kept, with its own source
            assert (str(row["release_date"]), row["release_date_precision"]) == (own["release_date"], own["release_date_precision"]), model
            assert (row["release_date_source"] if pd.notna(row["release_date_source"]) else "") == own["release_date_source"], model
            continue
        taken.append(model)
        assert (str(row["release_date"]), row["release_date_precision"]) == (epoch_dates[version], "day"), model
        line = int(row["release_date_source"].rsplit("#L", 1)[1])
        assert row["release_date_source"] == f"https://github.com/epoch-research/benchmark-stitching/blob/f87d3cc8e8a8f8471be475ebce58fb9a73b4e756/data/{epoch.VERSIONS}#L{line}", model
        assert versions[line - 1].startswith(version + ","), model
    undated = {model for model, own in curated.items() if not own["release_date"].strip()}
    assert set(taken) == undated & set(flagged)
    assert models.loc[sorted(undated - set(flagged)), "release_date"].isna().all()  # no flag, no date: still missing


def test_a_blank_release_date_is_filled_from_epoch_and_a_given_one_is_kept(tmp_path):
    paths = project_files(tmp_path / "data", "sources/models.csv", f"sources/{epoch.MODELS}", f"external/{epoch.FOLDER}/{epoch.VERSIONS}")
    assert _flagged(paths)["claude-opus-4"] == "claude-opus-4-20250514"
    lines = (paths.sources / "models.csv").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("claude-opus-4,"))
    for column in ("release_date", "release_date_precision", "release_date_source"):
        edit_csv(paths.sources / "models.csv", line, column, "")
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("o3,"))
    edit_csv(paths.sources / "models.csv", line, "release_date", "2025-04-17")  # o3 is flagged too, but has its own date
    models = {row.values["id"]: row.values for row in epoch.with_release_dates(read_csv("models.csv"))(context(paths))}
    opus = models["claude-opus-4"]
    assert (opus["release_date"], opus["release_date_precision"]) == (EPOCH_DATES["claude-opus-4-20250514"], "day")
    versions = (paths.external / epoch.FOLDER / epoch.VERSIONS).read_text(encoding="utf-8-sig").splitlines()
    assert versions[int(opus["release_date_source"].rsplit("#L", 1)[1]) - 1].startswith("claude-opus-4-20250514,")
    assert _flagged(paths)["o3"] == "o3-2025-04-16_medium" and models["o3"]["release_date"] == "2025-04-17"


def test_two_versions_flagging_one_models_release_date_leave_it_missing_and_say_so(tmp_path):
    paths = project_files(tmp_path / "data", "sources/models.csv", f"sources/{epoch.MODELS}", f"external/{epoch.FOLDER}/{epoch.VERSIONS}")
    mapping = paths.sources / epoch.MODELS
    line = next(n for n, text in enumerate(mapping.read_text(encoding="utf-8").splitlines(), 1) if ",gemini-2.5-pro-preview-05-06," in text)
    edit_csv(mapping, line, "release_date_from", "true")
    ctx = context(paths)
    models = {row.values["id"]: row.values for row in epoch.with_release_dates(read_csv("models.csv"))(ctx)}
    (note,) = [n for n in ctx.notes if "versions flag the release date of 'gemini-2.5-pro'" in n]
    assert f"(sources/{epoch.MODELS} lines {line - 1}, {line})" in note
    assert not models["gemini-2.5-pro"]["release_date"]  # blank: the build stores it as missing
    assert models["o3"]["release_date"] == "2025-04-16"  # the other flags still give their dates


def test_a_release_date_source_needs_a_release_date():
    with pytest.raises(ValidationError, match="release_date_source given without a release_date"):
        schema.Model.model_validate({
            "id": "x", "name": "X", "family": "X", "vendor": "X", "weights": "open",
            "release_date_source": "https://example.org/x",
        })


def test_epoch_is_kept_by_a_build_without_non_commercial_data(tmp_path, monkeypatch):
    paths = small_data(tmp_path / "data", monkeypatch)  # Epoch's files are there whole
    build(paths, BuildOptions(include_noncommercial=False))
    assert len(_results(paths)) == 61 + 23
    assert read_built(paths, "models").set_index("id").loc["o3", "release_date"] is not None
