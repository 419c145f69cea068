"""Aider's polyglot leaderboard → `scores` rows: pass rate and cost per task of each mapped run.

One YAML list item is one benchmark run of one model configuration (model, edit format, reasoning
settings). The leaderboard's `model` strings are free text; `sources/mappings/aider_models.csv` maps
them to our ids and names the configuration (`setting`). Strings it does not cover are reported in a
build note; strings it lists with a blank model are deliberately left out, with the reason in the file.

Each run gives a score row (`pass_rate_2`, solved after a second try) and, when the run's `total_cost`
is a positive number, a cost-per-task row (`total_cost ÷ test_cases`, marked derived). A cost of 0
means free, local or not recorded, so it stays missing rather than becoming $0.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

import yaml

from gapboard.build.ingest.common import listed, read_mapping, source_link
from gapboard.build.rows import BuildContext, BuildFailed, Problem, SourceRow

DATASET = "aider-polyglot"
FILE = "aider-polyglot/polyglot_leaderboard.yml"
UPSTREAM_PATH = "aider/website/_data/polyglot_leaderboard.yml"
MAPPING = "mappings/aider_models.csv"
SCORE_BENCHMARK = "aider-polyglot"
COST_BENCHMARK = "aider-polyglot-cost-per-task"
HARNESS = "aider"


def _runs(ctx: BuildContext) -> tuple[str, list[tuple[dict, int]]]:
    """Every run with the 1-based line its list item starts on."""

    path = ctx.paths.external / FILE
    label = path.relative_to(ctx.paths.root).as_posix()
    text = path.read_text(encoding="utf-8")
    try:
        tree = yaml.compose(text, Loader=yaml.SafeLoader)
        runs = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise BuildFailed([Problem(label, None, None, f"is not valid YAML: {exc}")]) from exc
    if not isinstance(runs, list) or tree is None:
        raise BuildFailed([Problem(label, None, None, "is not a YAML list of runs")])
    return label, [(run, node.start_mark.line + 1) for run, node in zip(runs, tree.value)]


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _describe(run: dict) -> str:
    parts = [f"Aider polyglot run {run.get('dirname')}: “{run.get('model')}”", f"edit format {run.get('edit_format')}"]
    if run.get("editor_model"):
        parts.append(f"editor model {run['editor_model']} ({run.get('editor_edit_format')})")
    if run.get("reasoning_effort") is not None:
        parts.append(f"reasoning effort {run['reasoning_effort']}")
    if run.get("thinking_tokens") is not None:
        parts.append(f"thinking tokens {run['thinking_tokens']}")
    parts.append(f"{run.get('test_cases')} test cases, aider {run.get('versions')}")
    return "; ".join(parts)


def _check(run: object, label: str, line: int) -> list[Problem]:

    if not isinstance(run, dict):
        return [Problem(label, line, None, "a run must be a mapping of fields")]
    problems = []
    if not isinstance(run.get("model"), str):
        problems.append(Problem(label, line, "model", "missing model name"))
    if not isinstance(run.get("date"), dt.date):
        problems.append(Problem(label, line, "date", "missing or not a YYYY-MM-DD date"))
    if _number(run.get("pass_rate_2")) is None:
        problems.append(Problem(label, line, "pass_rate_2", "missing or not a number"))
    if not isinstance(run.get("test_cases"), int) or run["test_cases"] <= 0:
        problems.append(Problem(label, line, "test_cases", "missing or not a positive whole number"))
    return problems


def read_scores(ctx: BuildContext) -> Iterator[SourceRow]:
    """Score and cost-per-task rows of every run whose model string maps to one of our models."""

    label, runs = _runs(ctx)
    mapping = read_mapping(ctx, MAPPING, "aider_model")
    link = source_link(ctx, DATASET, UPSTREAM_PATH)
    problems = [problem for run, line in runs for problem in _check(run, label, line)]
    if problems:
        raise BuildFailed(problems)
    unmapped: set[str] = set()
    excluded: set[str] = set()
    no_cost: list[str] = []
    for run, line in runs:
        mapped = mapping.get(run["model"])
        if mapped is None:
            unmapped.add(run["model"])
            continue
        values, _ = mapped
        if not values.get("model"):
            excluded.add(run["model"])
            continue
        common = {
            "model": values["model"],
            "harness": HARNESS,
            "reported_by": "third_party",
            "source_url": f"{link}#L{line}",
            "as_of": run["date"].isoformat(),
            "confidence": "high",
            "runs": 1,
            "dataset": DATASET,
            "setting": values.get("setting") or None,
        }
        note = _describe(run)
        yield SourceRow(label, line, common | {
            "benchmark": SCORE_BENCHMARK, "value": float(run["pass_rate_2"]), "unit": "percent",
            "source_form": "text", "source_note": note + "; pass_rate_2 = solved after a second try",
        })
        total = _number(run.get("total_cost"))
        if total is None or total <= 0:
            no_cost.append(run["model"])
            continue
        yield SourceRow(label, line, common | {
            "benchmark": COST_BENCHMARK, "value": round(total / run["test_cases"], 6), "unit": "usd_per_task",
            "source_form": "derived", "source_note": f"{note}; total_cost ${total:g} for the run ÷ {run['test_cases']} test cases",
        })
    ctx.unmapped_names(DATASET, unmapped, scored=True)
    if unmapped:
        ctx.note(f"Aider polyglot: {len(unmapped)} model names have no row in sources/{MAPPING} and were left out: {listed(sorted(unmapped))}")
    if excluded:
        ctx.note(f"Aider polyglot: {len(excluded)} model names are deliberately not mapped (reasons in sources/{MAPPING}): {listed(sorted(excluded))}")
    if no_cost:
        ctx.note(f"Aider polyglot: {len(no_cost)} mapped runs record no cost (0 or blank), so their cost stays missing: {listed(no_cost)}")
