"""SWE-bench leaderboard (CC BY-NC 4.0) → `harness_results` and `instance_results`.

Source: `data/leaderboards.json` of github.com/SWE-bench/swe-bench.github.io at the commit its registry row names, copied
byte for byte to `data/external/swebench-leaderboard/`. One entry is one submission: a system (agent
scaffold and the model(s) it ran) on one leaderboard. Only the `Verified` and `bash-only` leaderboards are
read; both score the same 500 SWE-bench Verified instances, and every bash-only entry is also listed on
Verified, so entries are deduplicated by their `folder` (the submission id) and kept once.

Model names come from the entry's free-text `Model:` tags, mapped through `mappings/swebench_model_tags.csv`;
the scaffold, who reported the number, and corrections of wrong tags come from
`mappings/swebench_systems.csv` (one row per folder). Unmapped tags and folders are reported in build
notes. A run cost of 0 means "not recorded" and stays missing.

The 25 mini-SWE-agent runs carry per-instance results (resolved, USD cost, API calls for each of the 500
instances); they become `instance_results` rows, except runs the systems table marks `skip_instances`
(with the reason, shown by the build and the Harnesses page). Every row keeps the JSON line it came from.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gapboard.build.ingest import common
from gapboard.build.rows import BuildContext, SourceRow

DATASET = "swebench-leaderboard"
FILE = "swebench-leaderboard/leaderboards.json"
UPSTREAM_PATH = "data/leaderboards.json"
LEADERBOARDS = ("Verified", "bash-only")  # both score the 500 SWE-bench Verified instances
BENCHMARK = "swe-bench-verified"
TAGS = "mappings/swebench_model_tags.csv"
SYSTEMS = "mappings/swebench_systems.csv"
_ATTEMPTS = re.compile(r"^System:\s*Attempts\s*-\s*(\S+)$")


@dataclass(frozen=True)
class Entry:
    """One submission, kept once however many of the read leaderboards list it."""

    data: dict
    path: str  # JSON path of the kept occurrence
    line: int  # line of its "folder" key
    leaderboards: tuple[str, ...]
    instance_lines: tuple[int, ...]  # line of each per-instance key, in the file's order

    @property
    def folder(self) -> str:
        return self.data["folder"]


def _parse(path: Path) -> tuple[Entry, ...]:
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    lines = text.splitlines()
    folder_lines = [n for n, line in enumerate(lines, start=1) if line.lstrip().startswith('"folder": ')]
    details_lines = [n for n, line in enumerate(lines, start=1) if line.lstrip().startswith('"per_instance_details": {')]
    folders, details = iter(folder_lines), iter(details_lines)
    kept: dict[str, Entry] = {}
    listed_on: dict[str, list[str]] = {}
    for i, board in enumerate(document["leaderboards"]):
        for j, data in enumerate(board["results"]):
            line = next(folders)  # every entry has one "folder" key, in document order
            if json.loads("{" + lines[line - 1].strip().rstrip(",") + "}")["folder"] != data["folder"]:
                raise ValueError(f"{path}: line {line} is not the folder of leaderboards[{i}].results[{j}]")
            details_object = data.get("per_instance_details")
            details_line = next(details) if isinstance(details_object, dict) else 0
            instance_lines = _instance_lines(lines, details_line, details_object) if details_object else ()
            if board["name"] not in LEADERBOARDS:
                continue
            listed_on.setdefault(data["folder"], []).append(board["name"])
            # keep the Verified occurrence: its name says the scaffold ("mini-SWE-agent + ...")
            if data["folder"] not in kept or board["name"] == "Verified":
                kept[data["folder"]] = Entry(data, f"leaderboards[{i}].results[{j}]", line, (), instance_lines)
    return tuple(
        Entry(e.data, e.path, e.line, tuple(sorted(listed_on[folder], key=LEADERBOARDS.index)), e.instance_lines)
        for folder, e in kept.items()
    )


def _instance_lines(lines: list[str], start: int, details: dict) -> tuple[int, ...]:
    """The line of each instance key of one `per_instance_details` object that opens on line `start`."""
    found, n = [], start
    for instance in details:
        key = json.dumps(instance) + ": {"
        while lines[n].strip() != key:
            n += 1
        n += 1
        found.append(n)
    return tuple(found)


def entries(ctx: BuildContext) -> tuple[Entry, ...]:
    """Every Verified / bash-only submission once (deduplicated by folder)."""
    return ctx.parsed(FILE, _parse)


def _label(ctx: BuildContext) -> str:
    return (ctx.paths.external / FILE).relative_to(ctx.paths.root).as_posix()


def _checked(value: object) -> bool | None:
    """`checked` is true, false, null, or a string starting "false (See README...)"."""
    if isinstance(value, bool) or value is None:
        return value
    return False if str(value).lower().startswith("false") else None


def _positive(value: object) -> float | None:
    """A recorded amount; 0 or absent means not recorded (never $0)."""
    return float(value) if isinstance(value, (int, float)) and value > 0 else None


def _http(value: object) -> str | None:
    return value if isinstance(value, str) and re.match(r"^https?://\S+$", value) else None


def read_results(ctx: BuildContext) -> Iterator[SourceRow]:
    """One `harness_results` row per submission (deduplicated by folder)."""

    tag_map = common.model_names(ctx, TAGS)
    system_map = common.systems(ctx, SYSTEMS)
    as_of = common.dataset_as_of(ctx, DATASET)
    link = common.source_link(ctx, DATASET, UPSTREAM_PATH)
    unmapped_tags: dict[str, list[str]] = {}
    unmapped_folders, zero_cost = [], []
    for entry in entries(ctx):
        data, folder = entry.data, entry.folder
        system = system_map.get(folder)
        if system is None:
            unmapped_folders.append(folder)
            system = {}
        tags = [t.split(":", 1)[1].strip() for t in data["tags"] if t.startswith("Model:")]
        model_names = [n.strip() for n in system["model_names"].split("|")] if system.get("model_names") else tags
        targets, unmapped = common.resolve(model_names, tag_map)
        for tag in unmapped:
            unmapped_tags.setdefault(tag, []).append(folder)
        attempts = [m.group(1) for t in data["tags"] if (m := _ATTEMPTS.match(t))]
        if data.get("cost") == 0:
            zero_cost.append(folder)
        skipped = (system.get("skip_instances") or "").lower() == "true"
        held = len(entry.instance_lines) if entry.instance_lines and not skipped else None
        note = f"{entry.path} (listed on {' and '.join(entry.leaderboards)})"
        if entry.instance_lines and skipped:
            note += "; per-instance results left out: " + (system.get("note") or "see " + SYSTEMS)
        yield SourceRow(_label(ctx), entry.line, {
            "dataset": DATASET,
            "entry": folder,
            "benchmark": BENCHMARK,
            "split": " + ".join(entry.leaderboards),
            "system_name": data["name"],
            "harness": system.get("harness") or None,
            "scaffold_version": system.get("scaffold_version") or data.get("mini-swe-agent_version"),
            **common.model_columns(targets, unmapped),
            "model_names": " | ".join(tags) or None,
            "value": data["resolved"],
            "unit": "percent",
            "attempts": attempts[0] if attempts else None,
            "date": data.get("date"),
            "open_model_flag": data.get("os_model"),
            "open_system_flag": data.get("os_system"),
            "checked": _checked(data.get("checked")),
            "cost_usd": _positive(data.get("cost")),
            "cost_per_task_usd": _positive(data.get("instance_cost")),
            "calls_per_task": _positive(data.get("instance_calls")),
            "instances": held,
            "reported_by": system.get("reported_by") or "third_party",
            "source_url": f"{link}#L{entry.line}",
            "source_note": note,
            "system_url": _http(data.get("site")),
            "as_of": as_of,
        })
    ctx.unmapped_names(DATASET, unmapped_tags, scored=True)
    if unmapped_tags:
        ctx.note(
            f"{DATASET}: {len(unmapped_tags)} model tag(s) not in {TAGS}, so their entries name no model: "
            + common.listed(f"{tag!r} ({', '.join(folders)})" for tag, folders in sorted(unmapped_tags.items()))
        )
    if unmapped_folders:
        ctx.note(f"{DATASET}: {len(unmapped_folders)} submission(s) not in {SYSTEMS}, scaffold shown as not stated: " + common.listed(unmapped_folders))
    if zero_cost:
        ctx.note(f"{DATASET}: a run cost of 0 was read as not recorded for " + common.listed(zero_cost))


def read_instances(ctx: BuildContext) -> Iterator[SourceRow]:
    """One `instance_results` row per instance of each run with per-instance results (skipped runs excepted)."""

    system_map = common.systems(ctx, SYSTEMS)
    label = _label(ctx)
    for entry in entries(ctx):
        if not entry.instance_lines:
            continue
        system = system_map.get(entry.folder, {})
        if (system.get("skip_instances") or "").lower() == "true":
            ctx.note(f"{DATASET}: per-instance results of {entry.folder} left out: {system.get('note')}")
            continue
        details = entry.data["per_instance_details"]
        solved = sum(1 for result in details.values() if result.get("resolved") is True)
        share = 100 * solved / len(details)
        if abs(share - entry.data["resolved"]) >= 0.01:
            ctx.note(
                f"{DATASET}: per-instance results of {entry.folder} resolve {solved}/{len(details)} = {share:.2f}%, "
                f"the headline says {entry.data['resolved']}%"
            )
        for (instance, result), line in zip(details.items(), entry.instance_lines):
            yield SourceRow(label, line, {
                "dataset": DATASET,
                "run": entry.folder,
                "instance": instance,
                "resolved": result.get("resolved"),
                "cost_usd": result.get("cost"),
                "api_calls": result.get("api_calls"),
            })
