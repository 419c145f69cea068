"""The OpenHands Index ingest: every built value equals the dataset's own files, every folder is mapped, the
hand-copied rows are gone, and broken or unmapped input is reported, never guessed.

Built values are checked on the project's own build against the snapshot's JSON files; edits are made in a small
folder (three runs cut from the snapshot, tests/support/ingest.py) and read by the reader itself."""
import csv
import json

import pytest

from gapboard.build.ingest import openhands
from gapboard.build.manifest import read_manifest
from gapboard.build.rows import BuildFailed
from tests.support.data import read_built
from tests.support.ingest import OPENHANDS_INSTANCES, OPENHANDS_RUNS, PROJECT, context, project_files, small_openhands

SNAPSHOT = PROJECT.external / openhands.DATASET
COMMIT = "3015ac612e7196f428e6e8a3948965d32d9a3331"  # the snapshot's upstream commit, as the registry records it


def _mapping(relative: str, key: str) -> dict[str, str]:
    with (PROJECT.sources / relative).open(newline="", encoding="utf-8") as handle:
        return {row[key]: row for row in csv.DictReader(handle)}


def _snapshot_runs():
    """(agent folder, model folder, path) of every run in the snapshot."""
    runs = [(openhands.OPENHANDS_FOLDER, p.name, p) for p in (SNAPSHOT / openhands.OPENHANDS_FOLDER).iterdir()]
    runs += [(p.parent.name, p.name, p) for p in (SNAPSHOT / "alternative_agents").glob("*/*")]
    return sorted(runs)


def _built(table: str):
    frame = read_built(PROJECT, table)
    return frame[frame["dataset"] == openhands.DATASET]


def test_every_score_in_the_snapshot_is_built_with_its_value_model_and_harness(project_build):
    models, agents = _mapping(openhands.MODELS, "folder"), _mapping(openhands.AGENTS, "agent")
    expected = {}
    for agent, folder, path in _snapshot_runs():
        for entry in json.loads((path / "scores.json").read_text(encoding="utf-8")):
            benchmark = openhands.BENCHMARKS[entry["benchmark"]][0]
            expected[(models[folder]["model"], benchmark, agents[agent]["harness"])] = entry["score"]
    scores = _built("scores")
    scores = scores[scores["unit"] == "percent"]
    built = {(r.model, r.benchmark, r.harness): r.value for r in scores.itertuples()}
    assert len(scores) == len(expected) == 215  # one row per (run, benchmark): no entry lost or doubled
    assert built == expected
    assert set(scores["reported_by"]) == {"third_party"}


def test_cost_and_runtime_per_task_come_from_the_swe_bench_entry(project_build):
    entry = next(e for e in json.loads((SNAPSHOT / "results/claude-opus-4-8/scores.json").read_text()) if e["benchmark"] == "swe-bench")
    scores = _built("scores").set_index(["model", "harness", "benchmark"])
    cost = scores.loc[("claude-opus-4.8", "openhands", openhands.COST_BENCHMARK)]
    runtime = scores.loc[("claude-opus-4.8", "openhands", openhands.RUNTIME_BENCHMARK)]
    assert cost["value"] == entry["cost_per_instance"] and cost["unit"] == "usd_per_task"
    assert runtime["value"] == pytest.approx(entry["average_runtime"] / 60) and runtime["source_form"] == "derived"


def test_a_score_row_cites_the_file_and_line_of_its_entry_at_the_pinned_commit(project_build):
    row = _built("scores").set_index(["model", "harness", "benchmark"]).loc[("minimax-m3", "openhands", "swe-bench-verified")]
    path = "results/MiniMax-M3/scores.json"
    line = int(row["source_url"].rsplit("#L", 1)[1])
    assert row["source_url"].startswith(f"https://github.com/OpenHands/openhands-index-results/blob/{COMMIT}/{path}#L")
    assert (SNAPSHOT / path).read_text().splitlines()[line - 1].strip() == '"benchmark": "swe-bench",'
    entry = next(e for e in json.loads((SNAPSHOT / path).read_text()) if e["benchmark"] == "swe-bench")
    assert row["value"] == entry["score"] == 76.4
    assert row["as_of"].isoformat() == entry["submission_time"][:10]  # the run's own date, not the snapshot's


def test_per_instance_outcomes_are_the_snapshot_files(project_build):
    results, instances = _built("harness_results"), _built("instance_results")
    with_outcomes = [(agent, folder, path) for agent, folder, path in _snapshot_runs() if (path / openhands.INSTANCE_FILE).is_file()]
    assert len(results) == len(with_outcomes) == 43
    for agent, folder, path in with_outcomes:
        outcomes = json.loads((path / openhands.INSTANCE_FILE).read_text(encoding="utf-8"))
        run = instances[instances["run"] == f"{agent}/{folder}"]
        assert dict(zip(run["instance"], run["resolved"])) == {k: v["resolved"] for k, v in outcomes.items()}
    assert set(results["benchmark"]) == {"swe-bench-verified"}


def test_the_harness_matrix_has_the_alternative_agents(project_build):
    scores = _built("scores")
    verified = scores[scores["benchmark"] == "swe-bench-verified"].set_index(["model", "harness"])["value"]
    assert verified[("claude-opus-4.7", "claude-code-openhands-acp")] == 75.8
    assert verified[("claude-opus-4.7", "openhands")] == 81.6
    assert verified[("gpt-5.5", "codex-cli-openhands-acp")] == 78.0
    assert verified[("gemini-3.1-pro", "gemini-cli-openhands-acp")] == 79.8
    assert verified[("claude-opus-4.6", "openhands-subagents")] == 76.8


def test_every_folder_is_mapped_so_the_build_names_no_unmapped_openhands_run(project_build):
    folders = {folder for _, folder, _ in _snapshot_runs()}
    assert folders <= set(_mapping(openhands.MODELS, "folder"))
    assert not [note for note in read_manifest(PROJECT).notes if openhands.DATASET in note]


def test_no_curated_score_row_copies_the_index_by_hand():
    text = (PROJECT.sources / "scores.csv").read_text(encoding="utf-8")
    assert "openhands-index-results" not in text


def test_the_reader_and_the_registry_name_the_same_commit():
    with (PROJECT.sources / "datasets.csv").open(newline="", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["id"] == openhands.DATASET)
    assert COMMIT in row["origin"] and row["version"] == COMMIT and row["licence"] == "MIT"


# --- the reader on small inputs -------------------------------------------------------------------------------

@pytest.fixture
def small(tmp_path):
    paths = project_files(tmp_path / "data", "sources/datasets.csv", f"sources/{openhands.MODELS}", f"sources/{openhands.AGENTS}")
    small_openhands(paths.external / openhands.DATASET)
    return paths


def test_small_runs_are_read_whole(small):
    ctx = context(small)
    scores = [row.values for row in openhands.read_scores(ctx)]
    instances = [row.values for row in openhands.read_instances(ctx)]
    assert {(s["model"], s["harness"]) for s in scores} == {
        ("minimax-m3", "openhands"), ("claude-opus-4.7", "openhands"), ("claude-opus-4.7", "claude-code-openhands-acp")}
    assert len(instances) == len(OPENHANDS_RUNS) * OPENHANDS_INSTANCES
    assert ctx.notes == []


def test_an_unmapped_model_folder_is_left_out_and_named(small):
    run = small.external / openhands.DATASET / "results" / "Brand-New-Model"
    run.mkdir()
    for name in ("metadata.json", "scores.json"):
        (run / name).write_text((small.external / openhands.DATASET / OPENHANDS_RUNS[0] / name).read_text())
    ctx = context(small)
    scores = list(openhands.read_scores(ctx))
    assert len({row.values["model"] for row in scores}) == 2
    assert any("Brand-New-Model" in note for note in ctx.notes)


def test_an_unmapped_agent_folder_is_left_out_and_named(small):
    agent = small.external / openhands.DATASET / "alternative_agents" / "acp-new-cli" / "claude-opus-4-7"
    agent.parent.mkdir()
    (small.external / openhands.DATASET / OPENHANDS_RUNS[2]).rename(agent)
    ctx = context(small)
    assert {row.values["harness"] for row in openhands.read_scores(ctx)} == {"openhands"}
    assert any("acp-new-cli" in note for note in ctx.notes)


def test_truncated_json_fails_with_its_file(small):
    scores = small.external / openhands.DATASET / OPENHANDS_RUNS[0] / "scores.json"
    scores.write_text(scores.read_text()[:200])
    with pytest.raises(BuildFailed) as failed:
        list(openhands.read_scores(context(small)))
    assert "results/MiniMax-M3/scores.json" in str(failed.value.problems[0]) and "not valid JSON" in str(failed.value.problems[0])


def test_an_entry_without_a_score_fails_with_its_line(small):
    scores = small.external / openhands.DATASET / OPENHANDS_RUNS[1] / "scores.json"
    entries = json.loads(scores.read_text())
    entries[0]["score"] = None
    scores.write_text(json.dumps(entries, indent=2))
    with pytest.raises(BuildFailed) as failed:
        list(openhands.read_scores(context(small)))
    problem = failed.value.problems[0]
    assert problem.line == 3 and problem.column == "score"


def test_a_benchmark_key_the_reader_does_not_know_is_named_not_guessed(small):
    scores = small.external / openhands.DATASET / OPENHANDS_RUNS[1] / "scores.json"
    entries = json.loads(scores.read_text())
    entries.append({**entries[0], "benchmark": "swe-bench-pro"})
    scores.write_text(json.dumps(entries, indent=2))
    ctx = context(small)
    rows = list(openhands.read_scores(ctx))
    assert "swe-bench-pro" not in {row.values["benchmark"] for row in rows}
    assert any("swe-bench-pro" in note for note in ctx.notes)
