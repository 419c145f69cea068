"""The OpenHands Index → `scores` rows for every model it ran, under OpenHands and under the other agents it ran
(Claude Code, Codex, Gemini CLI, OpenHands sub-agents), and `harness_results` + `instance_results` for its
per-instance SWE-bench Verified outcomes.

The snapshot keeps the repository's own paths: `results/<model>/` for the OpenHands agent and
`alternative_agents/<agent>/<model>/` for the others, each with `metadata.json` (agent version, openness, release
date) and `scores.json` (one entry per benchmark: score, cost and runtime per instance, agent version, submission
time), and `instance_results/swe-bench.json` (instance → resolved, cost). Model folders map to our ids through
`sources/mappings/openhands_models.csv` (a folder mapped to no model is left out, with the reason in that file);
agent folders map to our harnesses through `sources/mappings/openhands_agents.csv`. A folder no table covers is
listed in a build note, never guessed.

Benchmark key `swe-bench` holds the 500 instances of SWE-bench Verified. A score row's `as_of` is its run's
submission date; its note names the agent version, as the Harnesses page reads it ("agent v1.24.0").
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gapboard.build.ingest.common import dataset_as_of, listed, read_mapping, source_link
from gapboard.build.rows import BuildContext, BuildFailed, Problem, SourceRow

DATASET = "openhands-index"
MODELS = "mappings/openhands_models.csv"
AGENTS = "mappings/openhands_agents.csv"
OPENHANDS_FOLDER = "results"  # the agent folder key of the OpenHands agent's own runs
BENCHMARKS = {  # benchmark key → (our benchmark id, what the score measures)
    "swe-bench": ("swe-bench-verified", "resolve rate on the 500 SWE-bench Verified instances"),
    "swt-bench": ("swt-bench", "accuracy"),
    "commit0": ("commit0", "accuracy"),
    "gaia": ("gaia", "accuracy"),
    "swe-bench-multimodal": ("swe-bench-multimodal", "solveable_accuracy"),
}
INSTANCE_BENCHMARK = "swe-bench"
INSTANCE_FILE = f"instance_results/{INSTANCE_BENCHMARK}.json"  # under a run's folder
COST_BENCHMARK = "swe-bench-verified-cost-per-task"
RUNTIME_BENCHMARK = "swe-bench-verified-avg-runtime-per-task"


@dataclass(frozen=True)
class Run:
    """One model folder of one agent: where it is, its metadata and its score entries with their lines."""

    agent: str  # OPENHANDS_FOLDER or the alternative agent's folder name
    folder: str  # the model folder's name
    path: Path
    metadata: dict
    entries: tuple[tuple[dict, int], ...]

    @property
    def relative(self) -> str:
        return f"{OPENHANDS_FOLDER}/{self.folder}" if self.agent == OPENHANDS_FOLDER else f"alternative_agents/{self.agent}/{self.folder}"

    def url(self, base: str, file: str, line: int | None = None) -> str:
        """`base`: the repository's blob URL at the version held (`common.blob_url`)."""
        return f"{base}{self.relative}/{file}" + (f"#L{line}" if line else "")

    def entry(self, benchmark: str) -> tuple[dict, int] | None:
        return next(((e, line) for e, line in self.entries if e.get("benchmark") == benchmark), None)


def _label(ctx: BuildContext, path: Path) -> str:
    return path.relative_to(ctx.paths.root).as_posix()


def _json(ctx: BuildContext, path: Path) -> tuple[object, str]:
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        raise BuildFailed([Problem(_label(ctx, path), exc.lineno, None, f"is not valid JSON: {exc.msg}")]) from exc


def _entry_lines(text: str) -> list[int]:
    """The 1-based line on which each entry's `"benchmark"` key stands, in file order."""
    return [number for number, line in enumerate(text.splitlines(), start=1) if re.match(r'\s*"benchmark"\s*:', line)]


def _runs(ctx: BuildContext) -> list[Run]:
    root = ctx.paths.external / DATASET
    folders = [(OPENHANDS_FOLDER, p) for p in sorted((root / OPENHANDS_FOLDER).glob("*/"))]
    folders += [(p.parent.name, p) for p in sorted((root / "alternative_agents").glob("*/*/"))]
    runs, problems = [], []
    for agent, path in folders:
        if not (path / "scores.json").is_file():
            continue
        metadata, _ = _json(ctx, path / "metadata.json") if (path / "metadata.json").is_file() else ({}, "")
        entries, text = _json(ctx, path / "scores.json")
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            problems.append(Problem(_label(ctx, path / "scores.json"), 1, None, "expected a JSON list of benchmark entries"))
            continue
        lines = _entry_lines(text)
        if len(lines) != len(entries):
            problems.append(Problem(_label(ctx, path / "scores.json"), None, "benchmark",
                                    f"{len(entries)} entries but {len(lines)} \"benchmark\" keys"))
            continue
        runs.append(Run(agent, path.name, path, metadata if isinstance(metadata, dict) else {}, tuple(zip(entries, lines))))
    if problems:
        raise BuildFailed(problems)
    return runs


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _date(value: object) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


class _Mappings:
    """The model and agent tables, and what neither covers (reported once per build)."""

    def __init__(self, ctx: BuildContext):
        self.models = {name: values for name, (values, _) in read_mapping(ctx, MODELS, "folder").items()}
        self.agents = {name: values for name, (values, _) in read_mapping(ctx, AGENTS, "agent").items()}
        self.unmapped_models: set[str] = set()
        self.unmapped_agents: set[str] = set()

    def target(self, run: Run) -> tuple[str, str] | None:
        """(our model id, our harness id) of a run, or None when a table leaves it out or does not cover it."""
        agent = self.agents.get(run.agent)
        if agent is None:
            self.unmapped_agents.add(run.agent)
            return None
        model = self.models.get(run.folder)
        if model is None:
            self.unmapped_models.add(run.folder)
            return None
        if not model.get("model") or not agent.get("harness"):
            return None
        return model["model"], agent["harness"]

    def report(self, ctx: BuildContext) -> None:
        ctx.unmapped_names(DATASET, self.unmapped_models, scored=True)
        ctx.unmapped_names(DATASET, (f"agent {name}" for name in self.unmapped_agents), scored=True)
        if self.unmapped_models:
            ctx.note(f"{DATASET}: model folder(s) not in sources/{MODELS}, left out: {listed(sorted(self.unmapped_models))}")
        if self.unmapped_agents:
            ctx.note(f"{DATASET}: agent folder(s) not in sources/{AGENTS}, left out: {listed(sorted(self.unmapped_agents))}")


def _runs_and_mappings(ctx: BuildContext) -> tuple[list[Run], _Mappings]:
    return ctx.parsed(DATASET, lambda _: _runs(ctx)), _Mappings(ctx)


def _agent_words(run: Run, entry: dict) -> str:
    """The run's agent as a note names it: "OpenHands agent v1.24.0", "Claude Code via agent v1.18.0 (ACP …)"."""
    version = entry.get("agent_version") or run.metadata.get("agent_version")
    name = run.metadata.get("agent_name") or run.agent
    words = f"{name} agent {version}" if version else f"{name} agent"
    if entry.get("acp_agent_name"):
        words += f" (through {entry['acp_agent_name']} {entry.get('acp_agent_version') or ''}".rstrip() + ")"
    return words


def read_scores(ctx: BuildContext) -> Iterator[SourceRow]:
    """Score rows of every mapped run, plus cost and runtime per task of its SWE-bench Verified run."""
    runs, mappings = _runs_and_mappings(ctx)
    base = source_link(ctx, DATASET, "")
    unknown: set[str] = set()
    for run in runs:
        target = mappings.target(run)
        if target is None:
            continue
        model, harness = target
        label = _label(ctx, run.path / "scores.json")
        for entry, line in run.entries:
            key = entry.get("benchmark")
            if key not in BENCHMARKS:
                unknown.add(str(key))
                continue
            score, submitted = _number(entry.get("score")), _date(entry.get("submission_time"))
            if score is None or submitted is None:
                raise BuildFailed([Problem(label, line, "score" if score is None else "submission_time", "missing or not valid")])
            benchmark, measure = BENCHMARKS[key]
            where = f"OpenHands Index {run.relative}/scores.json, benchmark \"{key}\" ({measure}); {_agent_words(run, entry)}"
            common = {
                "model": model, "harness": harness, "reported_by": "third_party", "source_url": run.url(base, "scores.json", line),
                "source_form": "text", "as_of": submitted.isoformat(), "confidence": "high", "dataset": DATASET,
            }
            yield SourceRow(label, line, common | {"benchmark": benchmark, "value": score, "unit": "percent", "source_note": where})
            if key != INSTANCE_BENCHMARK:
                continue
            cost, runtime = _number(entry.get("cost_per_instance")), _number(entry.get("average_runtime"))
            if cost is not None and cost > 0:
                yield SourceRow(label, line, common | {
                    "benchmark": COST_BENCHMARK, "value": cost, "unit": "usd_per_task",
                    "source_note": f"{where}; cost_per_instance (USD per instance)",
                })
            if runtime is not None and runtime > 0:
                yield SourceRow(label, line, common | {
                    "benchmark": RUNTIME_BENCHMARK, "value": round(runtime / 60, 4), "unit": "minutes", "source_form": "derived",
                    "source_note": f"{where}; average_runtime {runtime:g} s per instance ÷ 60",
                })
    mappings.report(ctx)
    if unknown:
        ctx.note(f"{DATASET}: benchmark key(s) Gapboard does not read: {listed(sorted(unknown))}")


def _entry_id(run: Run) -> str:
    return f"{run.agent}/{run.folder}"


def read_results(ctx: BuildContext) -> Iterator[SourceRow]:
    """One harness result per mapped run with per-instance SWE-bench Verified outcomes: the run the Harnesses
    page's per-instance comparison selects (its score is also a `scores` row, so the matrix counts it once)."""
    runs, mappings = _runs_and_mappings(ctx)
    base = source_link(ctx, DATASET, "")
    as_of = dataset_as_of(ctx, DATASET).isoformat()
    for run in runs:
        target, found = mappings.target(run), run.entry(INSTANCE_BENCHMARK)
        outcomes = run.path / INSTANCE_FILE
        if target is None or found is None or not outcomes.is_file():
            continue
        (model, harness), (entry, line) = target, found
        instances, _ = _json(ctx, outcomes)
        yield SourceRow(_label(ctx, run.path / "scores.json"), line, {
            "dataset": DATASET, "entry": _entry_id(run), "benchmark": "swe-bench-verified", "split": "SWE-bench Verified",
            "system_name": f"{run.metadata.get('agent_name') or run.agent} + {run.metadata.get('model') or run.folder}",
            "harness": harness, "scaffold_version": entry.get("agent_version") or run.metadata.get("agent_version"),
            "model": model, "models_named": 1, "value": float(entry["score"]), "unit": "percent",
            "date": (_date(entry.get("submission_time")) or dt.date.fromisoformat(as_of)).isoformat(),
            "cost_per_task_usd": _number(entry.get("cost_per_instance")) or None,
            "instances": len(instances) if isinstance(instances, dict) else 0,
            "reported_by": "third_party", "source_url": run.url(base, "scores.json", line),
            "source_note": f"OpenHands Index {run.relative}; {_agent_words(run, entry)}", "as_of": as_of,
        })


def read_instances(ctx: BuildContext) -> Iterator[SourceRow]:
    """Every per-instance SWE-bench Verified outcome of every mapped run (resolved, cost)."""
    runs, mappings = _runs_and_mappings(ctx)
    for run in runs:
        outcomes = run.path / INSTANCE_FILE
        if mappings.target(run) is None or run.entry(INSTANCE_BENCHMARK) is None or not outcomes.is_file():
            continue
        instances, text = _json(ctx, outcomes)
        label = _label(ctx, outcomes)
        if not isinstance(instances, dict):
            raise BuildFailed([Problem(label, 1, None, "expected a JSON object of instance → outcome")])
        for instance, outcome in sorted(instances.items()):  # the file is one line of JSON
            outcome = outcome if isinstance(outcome, dict) else {}
            resolved = outcome.get("resolved")
            yield SourceRow(label, 1, {
                "dataset": DATASET, "run": _entry_id(run), "instance": instance,
                "resolved": resolved if isinstance(resolved, bool) else None,
                "cost_usd": _number(outcome.get("cost")),
            })
