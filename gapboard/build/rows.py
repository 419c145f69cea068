"""What every reader of the build works with: a source row and where it came from, the build's options and
notes, and the problems that stop a build."""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gapboard.build.config import DataPaths


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the sources, located precisely enough to fix it by hand."""

    file: str
    line: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: " + (f"[{self.column}] " if self.column else "") + self.reason


class BuildFailed(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the data sources")


@dataclass(frozen=True)
class SourceRow:
    """One raw row and where it came from (file relative to the data folder, 1-based line)."""

    file: str
    line: int
    values: dict


@dataclass(frozen=True)
class BuildOptions:
    include_noncommercial: bool = True

    def as_dict(self) -> dict:
        return {"include_noncommercial": self.include_noncommercial}


@dataclass
class BuildContext:
    """What a reader gets: where the data is, the build options, and a place for notes.

    Notes are things a user should know that are not errors, e.g. names in an external dataset that
    no mapping table covers. The build prints them and records them in the manifest.
    """

    paths: DataPaths
    options: BuildOptions
    notes: list[str] = field(default_factory=list)
    # dataset → external name no mapping covers → whether that name carries scores (the refresh refuses those)
    unmapped: dict[str, dict[str, bool]] = field(default_factory=dict)
    _parsed: dict[str, object] = field(default_factory=dict, repr=False)

    def note(self, text: str) -> None:
        self.notes.append(text)

    def unmapped_names(self, dataset: str, names: Iterable[str], scored: bool) -> None:
        """Record external names no mapping table covers (the build's note says it in words)."""
        found = self.unmapped.setdefault(dataset, {})
        for name in names:
            found[name] = found.get(name, False) or scored

    def parsed(self, relative: str, parse: Callable[[Path], object]) -> object:
        """`parse` of a file under `external/`, read once per build however many readers use it."""
        if relative not in self._parsed:
            self._parsed[relative] = parse(self.paths.external / relative)
        return self._parsed[relative]


Reader = Callable[[BuildContext], Iterable[SourceRow]]


def read_csv(relative: str) -> Reader:
    """Reader for one CSV source file under `sources/`, keeping each record's first line number."""

    def read(ctx: BuildContext) -> Iterator[SourceRow]:
        path = ctx.paths.sources / relative
        label = path.relative_to(ctx.paths.root).as_posix()
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None:
                return
            start = reader.line_num + 1
            for record in reader:
                if None in record:
                    raise BuildFailed([Problem(label, start, None, "more fields than the header has columns")])
                yield SourceRow(label, start, dict(record))
                start = reader.line_num + 1

    return read
