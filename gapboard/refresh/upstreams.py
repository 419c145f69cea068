"""Where each public dataset comes from upstream, which of its files Gapboard keeps, and the names it uses for models.

A dataset's row in `sources/datasets.csv` names its upstream (a GitHub repository's tree URL, branch included) and
the version it holds; this module knows each upstream's layout: the files to fetch (path in the repository → path
under `external/<dataset>/`), what kind each is, and how to list the model names a snapshot uses, so a refresh can
say which appeared and which went. A layout is read from the stored copies of each repository.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

JSON, YAML, CSV, TEXT = "json", "yaml", "csv", "text"


@dataclass(frozen=True)
class File:
    repository_path: str
    local_path: str  # under external/<dataset>/
    kind: str
    required: bool = True


@dataclass(frozen=True)
class Layout:
    files: tuple[File, ...]  # fetched first
    more: Callable[[dict[str, bytes]], list[File]] | None = None  # further files, listed by the first ones
    names: Callable[[Path], set[str]] = lambda folder: set()  # the model names a snapshot folder uses


def _openhands_runs(fetched: dict[str, bytes]) -> list[File]:
    """Every run `complete-models.json` lists: its metadata and scores, and its SWE-bench Verified outcomes if any."""
    index = json.loads(fetched["complete-models.json"])
    runs = [entry["model-path"] for entry in index if isinstance(entry, dict) and isinstance(entry.get("model-path"), str)]
    files = []
    for run in runs:
        if not re.fullmatch(r"(results|alternative_agents/[\w.-]+)/[\w.-]+", run):
            raise ValueError(f"complete-models.json lists {run!r}, which is not a run folder")
        files += [
            File(f"{run}/metadata.json", f"{run}/metadata.json", JSON),
            File(f"{run}/scores.json", f"{run}/scores.json", JSON),
            File(f"{run}/instance_results/swe-bench.json", f"{run}/instance_results/swe-bench.json", JSON, required=False),
        ]
    return files


def _openhands_names(folder: Path) -> set[str]:
    runs = [*folder.glob("results/*/scores.json"), *folder.glob("alternative_agents/*/*/scores.json")]
    return {p.parent.relative_to(folder).as_posix() for p in runs}


def _litellm_names(folder: Path) -> set[str]:
    path = folder / "model_prices_and_context_window.json"
    catalogue = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return {key for key, entry in catalogue.items() if isinstance(entry, dict) and entry.get("mode") in ("chat", "responses")}


def _swebench_names(folder: Path) -> set[str]:
    path = folder / "leaderboards.json"
    document = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"leaderboards": []}
    return {entry.get("folder") for board in document["leaderboards"] for entry in board.get("results", []) if entry.get("folder")}


def _aider_names(folder: Path) -> set[str]:
    path = folder / "polyglot_leaderboard.yml"
    runs = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else []
    return {str(run.get("model")) for run in runs or [] if isinstance(run, dict)}


def _epoch_names(folder: Path) -> set[str]:
    names = set()
    for path in folder.glob("*.csv"):
        for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))):
            names.add(row.get("Model version") or row.get("model") or "")
    return names - {""}


def _lmarena_names(folder: Path) -> set[str]:
    path = folder / "result.csv"
    if not path.is_file():
        return set()
    header = path.read_text(encoding="utf-8").split("\n", 1)[0]
    return set(next(csv.reader([header]))[1:])


LAYOUTS: dict[str, Layout] = {
    "openhands-index": Layout(
        (File("README.md", "README.md", TEXT), File("complete-models.json", "complete-models.json", JSON)),
        _openhands_runs, _openhands_names,
    ),
    "litellm": Layout(
        (File("model_prices_and_context_window.json", "model_prices_and_context_window.json", JSON),), names=_litellm_names,
    ),
    "swebench-leaderboard": Layout((File("data/leaderboards.json", "leaderboards.json", JSON),), names=_swebench_names),
    "aider-polyglot": Layout(
        (File("aider/website/_data/polyglot_leaderboard.yml", "polyglot_leaderboard.yml", YAML),), names=_aider_names,
    ),
    "epoch-benchmark-stitching": Layout(
        tuple(File(f"data/{name}", name, CSV) for name in (
            "benchmarks_runs.csv", "external_benchmark_terminal_bench.csv", "model_versions.csv",
        )) + (File("LICENSE", "LICENSE", TEXT),),
        names=_epoch_names,
    ),
    "lmarena-history": Layout(
        (File("output/result.csv", "result.csv", CSV), File("LICENSE", "LICENSE", TEXT)), names=_lmarena_names,
    ),
}


@dataclass(frozen=True)
class Upstream:
    """A GitHub repository and branch, parsed from a registry row's `upstream` URL."""

    repository: str  # owner/name
    branch: str

    @classmethod
    def parse(cls, url: str) -> Upstream:
        match = re.fullmatch(r"https://github\.com/([\w.-]+/[\w.-]+)/tree/([\w./-]+)", url.strip())
        if match is None:
            raise ValueError(f"upstream {url!r} is not a GitHub tree URL (https://github.com/OWNER/NAME/tree/BRANCH)")
        return cls(match.group(1), match.group(2))
