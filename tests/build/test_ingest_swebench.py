"""The SWE-bench leaderboard ingest: deduplication by folder, the tag map, per-instance rows, the licence switch.

What the project's file gives is read from the project's own build (current for the session); edits are made in
a small folder (a few submissions cut from the project's file, tests/support/ingest.py) and read by the reader
itself, or by a build of a small data folder when the check is the build's. The licence switch is checked on a
full build of the project's sources."""
import csv
import json

import pandas as pd
import pytest

from gapboard.build.derive import DERIVED_TABLES
from gapboard.build.ingest import swebench
from gapboard.build.manifest import sha256_of
from gapboard.build.rows import BuildFailed, BuildOptions
from gapboard.build.run import build, main
from tests.support.data import copy_sources, edit_csv, read_built
from tests.support.ingest import PROJECT, context, project_files, small_data, small_swebench

RAW = PROJECT.external / swebench.FILE
DATASET = swebench.DATASET


def _raw_entries():
    document = json.loads(RAW.read_text(encoding="utf-8"))
    return [entry for board in document["leaderboards"] if board["name"] in swebench.LEADERBOARDS for entry in board["results"]]


def _rows(paths, table):
    frame = read_built(paths, table)
    return frame[frame["dataset"] == DATASET]


@pytest.fixture
def small(tmp_path):
    """The SWE-bench mappings and registry, and a few submissions cut from the project's file."""
    paths = project_files(tmp_path / "data", "sources/datasets.csv", f"sources/{swebench.TAGS}", f"sources/{swebench.SYSTEMS}")
    (paths.external / swebench.FILE).parent.mkdir(parents=True)
    (paths.external / swebench.FILE).write_text(small_swebench(), encoding="utf-8")
    return paths


def test_the_copied_file_is_the_pinned_upstream_version():
    assert sha256_of(RAW) == "91bb31c7b8b6b0a8cf9d3210c9f40c45c8d7e00341f33fc81768d51f487914d2"


def test_entries_are_deduplicated_by_folder(project_build):
    raw = _raw_entries()
    folders = {entry["folder"] for entry in raw}
    assert len(raw) == 193 and len(folders) == 162  # 31 bash-only entries repeat on Verified
    rows = _rows(PROJECT, "harness_results")
    assert len(rows) == 162 and set(rows["entry"]) == folders
    both = rows[rows["split"] == "Verified + bash-only"]
    assert len(both) == 31 and set(both["harness"]) == {"mini-swe-agent"}
    kept = rows.set_index("entry").loc["20251124_mini-v1.17.0_minimax-m2"]
    assert kept["system_name"] == "mini-SWE-agent + Minimax M2"  # the Verified occurrence is the one kept
    assert (kept["model"], kept["value"], kept["scaffold_version"], kept["instances"]) == ("minimax-m2", 61.0, "1.17.0", 500)


def test_every_model_tag_in_the_dataset_is_mapped(project_build):
    manifest = project_build
    tags = {tag.split(":", 1)[1].strip() for entry in _raw_entries() for tag in entry["tags"] if tag.startswith("Model:")}
    mapped = _rows(PROJECT, "model_names")
    assert len(tags) == 89 and tags <= set(mapped["name"])
    assert not [note for note in manifest.notes if "model tag(s) not in" in note]
    rows = _rows(PROJECT, "harness_results")
    single = rows[rows["models_named"] == 1]
    assert single["model"].notna().sum() + single["other_model"].notna().sum() == len(single)


def test_an_unknown_tag_is_reported_not_guessed(small):
    raw = small.external / swebench.FILE
    assert '"Model: minimax-m2"' in raw.read_text(encoding="utf-8")
    raw.write_text(raw.read_text(encoding="utf-8").replace('"Model: minimax-m2"', '"Model: minimax-m9"'), encoding="utf-8")
    ctx = context(small)
    rows = {r.values["entry"]: r.values for r in swebench.read_results(ctx)}
    (note,) = [n for n in ctx.notes if "model tag(s) not in" in n]
    assert "'minimax-m9' (20251124_mini-v1.17.0_minimax-m2)" in note
    row = rows["20251124_mini-v1.17.0_minimax-m2"]
    assert row["models_named"] == 1 and row["model"] is None and row["other_model"] is None


def test_an_unmapped_folder_keeps_its_row_with_no_harness(small):
    mapping = small.sources / swebench.SYSTEMS
    lines = mapping.read_text(encoding="utf-8").splitlines(keepends=True)
    mapping.write_text("".join(line for line in lines if "20250731_harness_ai" not in line), encoding="utf-8")
    ctx = context(small)
    rows = {r.values["entry"]: r.values for r in swebench.read_results(ctx)}
    assert any("not in mappings/swebench_systems.csv" in n and "20250731_harness_ai" in n for n in ctx.notes)
    row = rows["20250731_harness_ai"]
    assert row["harness"] is None and row["model"] == "claude-sonnet-4"


def test_wrong_tags_are_corrected_by_the_systems_table_and_fine_tunes_keep_their_names(project_build):
    rows = _rows(PROJECT, "harness_results").set_index("entry")
    june = rows.loc["20240620_sweagent_claude3.5sonnet"]
    assert june["model_names"] == "claude-3-5-sonnet-20241022"  # as published
    assert june["other_model"] == "Claude 3.5 Sonnet (Jun 2024)"  # corrected by mappings/swebench_systems.csv
    assert rows.loc["20250616_Skywork-SWE-32B", "other_model"] == "Skywork-SWE-32B"
    assert rows.loc["20250224_tools_claude-3-7-sonnet", "model"] == "claude-sonnet-3.7"
    warp = rows.loc["20250623_warp"]
    assert warp["models_named"] == 4 and pd.isna(warp["model"]) and warp["harness"] == "warp"


def test_fields_are_kept_and_a_zero_cost_is_missing(project_build):
    manifest = project_build
    rows = _rows(PROJECT, "harness_results").set_index("entry")
    opus = rows.loc["20251124_mini-v1.16.0_claude-opus-4-5-20251101"]
    assert opus["cost_usd"] == pytest.approx(360.6224985) and opus["cost_per_task_usd"] == pytest.approx(0.721244997)
    assert opus["calls_per_task"] == pytest.approx(38.042) and opus["attempts"] == "1" and bool(opus["checked"])
    assert bool(opus["open_system_flag"]) and not opus["open_model_flag"]
    assert str(opus["date"]) == "2025-11-24" and str(opus["as_of"]) == "2025-12-10"
    flash = rows.loc["20250726_mini-v1.0.0_gemini-2.0-flash"]
    assert pd.isna(flash["cost_usd"]) and pd.isna(flash["cost_per_task_usd"])  # recorded as 0: not recorded
    assert any("run cost of 0 was read as not recorded" in n and "gemini-2.0-flash" in n for n in manifest.notes)
    assert rows.loc["20250928_trae_doubao_seed_code", "attempts"] == "2+"
    assert rows.loc["20251120_livesweagent_gemini-3-pro-preview", "checked"] == False  # noqa: E712 (a "false (See README...)" string)


def test_each_row_points_at_its_line_in_the_raw_file(project_build):
    lines = RAW.read_text(encoding="utf-8").splitlines()
    rows = _rows(PROJECT, "harness_results")
    for row in rows.sample(20, random_state=1).itertuples():
        assert lines[row.source_line - 1].strip() == f'"folder": "{row.entry}",'
        assert row.source_url == "https://github.com/SWE-bench/swe-bench.github.io/blob/f1176b65ae29d14f4f52208b48e3d8cfc972bc17/data/leaderboards.json" + f"#L{row.source_line}"
    instances = _rows(PROJECT, "instance_results")
    for row in instances.sample(50, random_state=2).itertuples():
        assert lines[row.source_line - 1].strip() == f'"{row.instance}": {{'


def test_per_instance_results_of_24_runs_and_the_inconsistent_run_is_skipped_and_said(project_build):
    manifest = project_build
    instances = _rows(PROJECT, "instance_results")
    assert len(instances) == 24 * 500 and instances["run"].nunique() == 24
    skipped = "20250720_mini-v0.0.0-claude-3-7-sonnet-20250219"
    assert skipped not in set(instances["run"])
    assert any(n.startswith(f"{DATASET}: per-instance results of {skipped} left out") for n in manifest.notes)
    row = _rows(PROJECT, "harness_results").set_index("entry").loc[skipped]
    assert row["value"] == 52.8 and pd.isna(row["instances"])  # headline kept, no instances held
    assert "per-instance results left out" in row["source_note"]
    sonnet = instances[instances["run"] == "20250726_mini-v1.0.0_claude-sonnet-4-20250514"]
    assert sonnet["resolved"].sum() == 324  # 64.8% against a headline of 64.93%, which the build notes
    assert any("resolve 324/500 = 64.80%, the headline says 64.93%" in n for n in manifest.notes)


def test_a_typo_in_the_tag_map_is_reported_at_its_line(tmp_path, monkeypatch):
    paths = small_data(tmp_path / "data", monkeypatch)  # the tag map is validated as the build's model_names table
    mapping = paths.sources / swebench.TAGS
    line = next(n for n, text in enumerate(mapping.read_text(encoding="utf-8").splitlines(), 1) if text.startswith(f"{DATASET},minimax-m2,"))
    edit_csv(mapping, line, "model", "minimax-m22")
    with pytest.raises(BuildFailed) as failed:
        build(paths)
    reported = [str(p) for p in failed.value.problems]
    assert any(p.startswith(f"sources/mappings/swebench_model_tags.csv:{line}: [model] unknown model 'minimax-m22'") for p in reported)


def test_the_noncommercial_switch_leaves_out_every_swebench_row(tmp_path, capsys):
    paths = copy_sources(tmp_path / "data")
    build(paths, BuildOptions(include_noncommercial=False))
    for table in ("harness_results", "instance_results", "model_names", "system_mappings"):
        frame = read_built(paths, table)
        assert DATASET not in set(frame["dataset"]), table
    assert "epoch-benchmark-stitching" in set(read_built(paths, "harness_results")["dataset"])
    kept = read_built(paths, "instance_results")  # the per-instance rows of datasets that allow commercial use stay
    derived = {name: read_built(paths, name) for name in DERIVED_TABLES}  # derived from those rows alone, still written
    assert set(derived["run_totals"]["run"]) == set(kept["run"]) and len(derived["run_totals"]) == kept["run"].nunique()
    assert len(derived["instance_outcomes"]) == len(kept) and set(derived["instance_names"]["instance"]) == set(kept["instance"])
    assert main(["--data-dir", str(paths.root)]) == 0  # and the default build includes it again
    assert len(_rows(paths, "instance_results")) == 12000
    full = read_built(paths, "instance_results")
    registry = pd.read_csv(paths.sources / "datasets.csv").set_index("id")
    commercial = full[full["dataset"].map(registry["commercial_use"]).astype(bool)]
    assert len(kept) == len(commercial) == len(full) - 12000 and set(kept["dataset"]) == set(commercial["dataset"])
    assert set(zip(kept["dataset"], kept["run"], kept["instance"])) == set(zip(commercial["dataset"], commercial["run"], commercial["instance"]))
    assert len(read_built(paths, "run_totals")) == len(derived["run_totals"]) + 24  # and SWE-bench's 24 runs again


def test_the_dataset_is_registered_as_non_commercial():
    registry = {row["id"]: row for row in csv.DictReader((PROJECT.sources / "datasets.csv").open())}
    entry = registry[DATASET]
    assert (entry["licence"], entry["commercial_use"], entry["ships"]) == ("CC BY-NC 4.0", "false", "true")


def test_paths_are_relative_to_the_data_folder(project_build):
    assert set(_rows(PROJECT, "instance_results")["source_file"]) == {"external/swebench-leaderboard/leaderboards.json"}
