"""Small data folders for the build and its readers: the project's own sources (small CSV files) beside small
external datasets cut from the project's own files, so a reader, or a whole build, runs on a few rows in a
fraction of a second instead of on the full datasets.

- `small_data(target, monkeypatch)`: a complete data folder that builds. The big external files are cut down
  (a few Aider runs, two LMArena snapshots, a few SWE-bench submissions with three instances each, the LiteLLM
  entries of three models); Epoch AI's and LLM-Stats' files are small and copied whole.
- `project_files(target, *relative)`: a data folder holding only some of the project's files (the ones one
  reader reads), to edit and read with that reader alone.
- `context(paths)`: a BuildContext over a folder, to call one reader directly (its notes stay on it).
- `INSTANCE_TABLES`: a hand-made per-instance set (the tables `derive_instance_tables` reads), with a missing
  outcome, a missing cost and a run that has no harness_results row.

The cut-down files are made once per session (they never change) and written afresh for every folder.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from gapboard.build.config import PROJECT_ROOT, DataPaths
from gapboard.build.ingest import aider, epoch, litellm, llmstats, lmarena, openhands, swebench
from gapboard.build.rows import BuildContext, BuildOptions

PROJECT = DataPaths(PROJECT_ROOT / "data")

# Aider runs kept: a mapped run with a cost (GPT-5 high, by dirname) and two model names the mapping leaves out on
# purpose (Grok 3 Beta, o3-pro); a test removes Grok 3 Beta's row to see an unmapped name reported.
AIDER_RUNS = ("2025-08-23-15-47-21--gpt-5-high",)
AIDER_MODELS = ("Grok 3 Beta", "o3-pro (high)")

# SWE-bench submissions kept (by folder), each on the leaderboards the project's file lists it on.
SWEBENCH_FOLDERS = (
    "20251124_mini-v1.17.0_minimax-m2",  # on Verified and bash-only, with per-instance results (open weights)
    "20251124_mini-v1.16.0_claude-opus-4-5-20251101",  # per-instance results (proprietary)
    "20250720_mini-v0.0.0-claude-3-7-sonnet-20250219",  # per-instance results the systems table skips
    "20250726_mini-v1.0.0_gemini-2.0-flash",  # a run cost of 0
    "20250731_harness_ai",  # Verified only
    "20250623_warp",  # four models named
)
SWEBENCH_INSTANCES = 3  # per-instance results kept per run

# OpenHands Index runs kept (their folders under the snapshot), each with OPENHANDS_INSTANCES per-instance outcomes.
OPENHANDS_RUNS = (
    "results/MiniMax-M3",  # open weights, OpenHands agent
    "results/claude-opus-4-7",  # proprietary, OpenHands agent
    "alternative_agents/acp-claude/claude-opus-4-7",  # the same model under Claude Code
)
OPENHANDS_INSTANCES = 3

# LiteLLM: the mapping rows (and catalogue entries) of these models, and a few unmapped chat entries.
LITELLM_MODELS = ("claude-opus-4.6", "minimax-m2.5", "kimi-k2.5")
LITELLM_UNMAPPED = 3

# A hand-made per-instance set: b-run's i1 has no outcome and its i3 no cost, a-run's i1 no call count, and
# "ghost" has instance rows but no harness_results row.
INSTANCE_TABLES = {
    "instance_results": pa.table({
        "dataset": ["d"] * 7,
        "run": ["b-run", "b-run", "b-run", "a-run", "a-run", "a-run", "ghost"],
        "instance": ["i2", "i1", "i3", "i3", "i1", "i2", "i1"],
        "resolved": [True, None, False, True, True, False, True],
        "cost_usd": [0.5, 0.25, None, 1.0, 2.0, 3.0, None],
        "api_calls": [10, 20, 30, 5, None, 7, 1],
    }),
    "harness_results": pa.table({
        "dataset": ["d", "d"], "entry": ["a-run", "b-run"], "model": ["m-open", None], "harness": ["mini", "mini"],
        "other_model": [None, "Other B"], "other_weights": [None, "proprietary"], "system_name": ["A system", "B system"],
    }),
    "models": pa.table({"id": ["m-open"], "name": ["Open M"], "weights": ["open"]}),
}


def project_files(target: Path, *relative: str) -> DataPaths:
    """A data folder at `target` holding only the named files of the project's data folder (paths relative to
    data/, e.g. "sources/models.csv" or "external/epoch-benchmark-stitching"; a folder is copied whole), and the
    dataset registry, which every reader consults for its dataset's version and links."""
    paths = DataPaths(target)
    for name in dict.fromkeys(("sources/datasets.csv", *relative)):
        source, copy = PROJECT.root / name, paths.root / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            shutil.copy(source, copy)
    return paths


def context(paths: DataPaths, options: BuildOptions = BuildOptions()) -> BuildContext:
    """What a reader gets, over `paths`."""
    return BuildContext(paths, options)


def small_data(target: Path, monkeypatch: pytest.MonkeyPatch | None = None) -> DataPaths:
    """A complete small data folder at `target` (not built).

    With `monkeypatch` (kept for the callers' sake), a small LiteLLM catalogue and its mapping rows are written;
    without it (a build in another process), the project's catalogue is copied whole."""
    paths = DataPaths(target)
    shutil.copytree(PROJECT.sources, paths.sources)
    paths.external.mkdir(parents=True)
    for folder in (epoch.FOLDER, llmstats.FOLDER):
        shutil.copytree(PROJECT.external / folder, paths.external / folder)
    _write(paths.external / aider.FILE, small_aider())
    _write(paths.external / lmarena.HISTORY, small_lmarena())
    shutil.copy(PROJECT.external / "lmarena-history" / "LICENSE", paths.external / "lmarena-history" / "LICENSE")
    _write(paths.external / swebench.FILE, small_swebench())
    small_openhands(paths.external / openhands.DATASET)
    if monkeypatch is None:
        (paths.external / litellm.FILE).parent.mkdir(parents=True)
        shutil.copy(PROJECT.external / litellm.FILE, paths.external / litellm.FILE)
    else:
        catalogue, mapping = small_litellm()
        _write(paths.external / litellm.FILE, catalogue)
        _write(paths.sources / litellm.MAPPING, mapping)
    return paths


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@functools.cache
def small_aider() -> str:
    """The AIDER_RUNS and the runs of the AIDER_MODELS, cut from the project's leaderboard file as they are."""
    text = (PROJECT.external / aider.FILE).read_text(encoding="utf-8")
    items = re.split(r"(?m)^(?=- dirname: )", text)
    kept = [
        item for item in items
        if item.startswith("- dirname: ")
        and (item.split("\n", 1)[0].removeprefix("- dirname: ").strip() in AIDER_RUNS
             or re.search(r"(?m)^  model: (.*)$", item).group(1).strip() in AIDER_MODELS)
    ]
    return "".join(item if item.endswith("\n\n") else item.rstrip("\n") + "\n\n" for item in kept)


@functools.cache
def small_lmarena() -> str:
    """The header (every LMArena id) and the two newest snapshots of the project's history."""
    lines = (PROJECT.external / lmarena.HISTORY).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join([lines[0], *lines[-2:]])


@functools.cache
def small_swebench() -> str:
    """The SWEBENCH_FOLDERS on the leaderboards they are listed on (and one other leaderboard, which is not read),
    with SWEBENCH_INSTANCES per-instance results each, pretty-printed like the project's file."""
    document = json.loads((PROJECT.external / swebench.FILE).read_text(encoding="utf-8"))
    boards = []
    for board in document["leaderboards"]:
        results = [dict(entry) for entry in board["results"] if entry["folder"] in SWEBENCH_FOLDERS]
        if board["name"] not in swebench.LEADERBOARDS:
            results = board["results"][:1]
        for entry in results:
            if isinstance(entry.get("per_instance_details"), dict):
                entry["per_instance_details"] = dict(list(entry["per_instance_details"].items())[:SWEBENCH_INSTANCES])
        if results:
            boards.append({"name": board["name"], "results": results})
    return json.dumps({"leaderboards": boards}, indent=2, sort_keys=True) + "\n"


def small_openhands(target: Path) -> None:
    """The OPENHANDS_RUNS of the project's snapshot at `target`, as they are but for their per-instance outcomes,
    cut to OPENHANDS_INSTANCES (written as upstream writes them: one line of JSON), with the index of runs
    (`complete-models.json`, the entries of these runs) and the repository's README."""
    source = PROJECT.external / openhands.DATASET
    index = json.loads((source / "complete-models.json").read_text(encoding="utf-8"))
    _write(target / "complete-models.json", json.dumps([e for e in index if e["model-path"] in OPENHANDS_RUNS], indent=2) + "\n")
    shutil.copy(source / "README.md", target / "README.md")
    for run in OPENHANDS_RUNS:
        shutil.copytree(source / run, target / run, ignore=shutil.ignore_patterns("instance_results"))
        outcomes = json.loads((source / run / openhands.INSTANCE_FILE).read_text(encoding="utf-8"))
        _write(target / run / openhands.INSTANCE_FILE, json.dumps(dict(list(outcomes.items())[:OPENHANDS_INSTANCES])))


@functools.cache
def small_litellm() -> tuple[str, str]:
    """A small catalogue and its mapping: the mapping rows of LITELLM_MODELS (in the project's order) with their
    entries, a few chat entries of tracked families that no row maps, and one entry that is not a chat model."""
    catalogue = json.loads((PROJECT.external / litellm.FILE).read_text(encoding="utf-8"))
    with (PROJECT.sources / litellm.MAPPING).open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, every_row = reader.fieldnames, list(reader)
    with (PROJECT.sources / litellm.FAMILIES).open(newline="", encoding="utf-8") as handle:
        patterns = [re.compile(row["pattern"], re.IGNORECASE) for row in csv.DictReader(handle)]
    mapping = [row for row in every_row if row["model"] in LITELLM_MODELS]
    every_mapped = {row["catalogue_key"] for row in every_row}
    unmapped = [
        key for key, entry in catalogue.items()
        if isinstance(entry, dict) and entry.get("mode") == "chat" and key not in every_mapped and any(p.search(key) for p in patterns)
    ][:LITELLM_UNMAPPED]
    other = next(key for key, entry in catalogue.items() if isinstance(entry, dict) and entry.get("mode") == "embedding")
    keys = [other, *(row["catalogue_key"] for row in mapping), *unmapped]
    small = {key: catalogue[key] for key in keys}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(mapping)
    return json.dumps(small, indent=4) + "\n", out.getvalue()
