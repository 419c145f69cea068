"""What a refresh would change, in words a reviewer reads before accepting it: per dataset, the version, the files,
the model names that appeared or went (as upstream names them), every value and price that changed, the names no
mapping covers (with the closest existing id), and whatever makes the refresh refuse to write."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from gapboard.core.vocabulary import NOT_STATED_LABEL


@dataclass
class DatasetReport:
    dataset: str
    source: str
    version: tuple[str, str]  # before, after
    as_of: tuple[str, str]
    files: tuple[list[str], list[str], list[str]] = ([], [], [])  # added, removed, changed
    names: tuple[list[str], list[str]] = ([], [])  # added, removed
    values: list[str] = field(default_factory=list)  # "model · benchmark · harness: old → new"
    prices: list[str] = field(default_factory=list)
    unmapped: list[tuple[str, bool, str | None]] = field(default_factory=list)  # name, carries scores, closest id
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table → rows before, after

    @property
    def refusals(self) -> list[str]:
        return [f"{name!r} has scores but no mapping row" for name, scored, _ in self.unmapped if scored]


@dataclass
class Report:
    datasets: list[DatasetReport]
    problems: list[str] = field(default_factory=list)  # the build's validation of the new snapshot
    notes: list[str] = field(default_factory=list)  # build notes that are new with it (rows left out, and why)

    @property
    def refusals(self) -> list[str]:
        return self.problems + [f"{d.dataset}: {r}" for d in self.datasets for r in d.refusals]

    def text(self) -> str:
        lines = []
        for d in self.datasets:
            lines += [f"== {d.dataset} (from {d.source})",
                      f"   version {d.version[0] or '—'} → {d.version[1] or '—'}; as of {d.as_of[0] or '—'} → {d.as_of[1]}"]
            added, removed, changed = d.files
            lines.append(f"   files: {len(added)} added, {len(removed)} removed, {len(changed)} changed")
            lines += _section("models added (upstream names)", d.names[0])
            lines += _section("models removed (upstream names)", d.names[1])
            lines += _section("values changed", d.values)
            lines += _section("prices changed", d.prices)
            lines += _section("names with no mapping", [
                f"{name}{' (has scores)' if scored else ''}" + (f" — closest existing id: {hint}" if hint else "")
                for name, scored, hint in d.unmapped
            ])
            lines += [f"   rows in {table}: {before} → {after}" for table, (before, after) in d.counts.items() if before != after]
        lines += _section("rows left out by the readers (new notes)", self.notes, indent="")
        lines += _section("REFUSED, nothing written", self.refusals, indent="")
        return "\n".join(lines)


def _section(title: str, items: list[str], indent: str = "   ") -> list[str]:
    if not items:
        return []
    return [f"{indent}{title} ({len(items)}):"] + [f"{indent}  - {item}" for item in items]


def closest(name: str, ids: list[str]) -> str | None:
    """The existing model id most like an external name (None when nothing is close)."""
    lowered = {i.lower(): i for i in ids}
    found = difflib.get_close_matches(name.lower().rsplit("/", 1)[-1], list(lowered), n=1, cutoff=0.5)
    return lowered[found[0]] if found else None


def _key_text(key: tuple) -> str:
    return " · ".join(str(part) if part is not None else NOT_STATED_LABEL for part in key)


def changed_values(before: dict[tuple, tuple], after: dict[tuple, tuple]) -> list[str]:
    """"key: old → new" for every key whose values differ, was added or went."""
    lines = []
    for key in sorted(set(before) | set(after), key=lambda k: tuple(str(p) for p in k)):
        old, new = before.get(key), after.get(key)
        if old != new:
            lines.append(f"{_key_text(key)}: {_values(old)} → {_values(new)}")
    return lines


def _values(values: tuple | None) -> str:
    if values is None:
        return "(none)"
    return ", ".join("missing" if v is None else f"{v:g}" if isinstance(v, float) else str(v) for v in values)
