"""Several renames inside one data folder that either all happen or none does, even across a crash.

The refresh replaces dataset folders under `external/` and the registry file in one step. A journal written (and
synced) before the first rename lists every move; it is marked committed once all have happened. Whoever finds a
journal next (a refresh, or any build) finishes a committed swap's clean-up or undoes an uncommitted one, so the
data folder is always either wholly old or wholly new.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from gapboard.build.config import DataPaths

JOURNAL = ".swap-journal.json"  # under the data folder's root


def _write(path: Path, body: dict) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        json.dump(body, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def swap(paths: DataPaths, replacements: dict[Path, Path], before_commit: Callable[[], None] = lambda: None) -> None:
    """Move each staged path (value) to its target (key), keeping what it replaces until the swap commits.

    `before_commit` runs after every move (e.g. the build on the new files); if it or any move fails, every move is
    undone and the error raised again."""
    journal = paths.root / JOURNAL
    moves = []  # (from, to) in order; undone in reverse
    for target, staged in replacements.items():
        backup = target.with_name(f".swap-old-{target.name}")
        if target.exists():
            moves.append((str(target), str(backup)))
        moves.append((str(staged), str(target)))
    _write(journal, {"state": "swapping", "moves": moves})
    try:
        for source, destination in moves:
            os.replace(source, destination)
        before_commit()
    except BaseException:
        recover(paths)
        raise
    _write(journal, {"state": "committed", "moves": moves})
    recover(paths)


def recover(paths: DataPaths) -> str | None:
    """Finish or undo a swap a crash interrupted; returns what was done (None: no journal)."""
    journal = paths.root / JOURNAL
    if not journal.is_file():
        return None
    body = json.loads(journal.read_text(encoding="utf-8"))
    moves = [(Path(a), Path(b)) for a, b in body["moves"]]
    if body["state"] == "committed":
        for source, destination in moves:
            if destination.name.startswith(".swap-old-"):
                _remove(destination)
        done = "finished an interrupted swap's clean-up"
    else:
        for source, destination in reversed(moves):
            if destination.exists() and not source.exists():
                os.replace(destination, source)
        done = "undid an interrupted swap"
    journal.unlink()
    return done
