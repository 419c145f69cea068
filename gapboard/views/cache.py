"""The one caching rule. A view is a function from plain values (strings, numbers, dates, tuples of them, frozen
dataclasses of them, and `SessionRows` by their digest) to what a page draws; its result is kept per build in a
bounded least-recently-used table, so a rerun with unchanged widgets costs a dictionary lookup and a rebuild can
never serve an old result. The connection to the build in use is held here too."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

import duckdb
import pandas as pd
from pydantic import BaseModel

from gapboard.build import location
from gapboard.build.location import BuiltData
from gapboard.build.manifest import ManifestError
from gapboard.core.errors import DataUnavailable
from gapboard.build import database

F = TypeVar("F", bound=Callable[..., Any])
_PLAIN = (str, int, float, bool, type(None), dt.date, Enum)
_lock = threading.Lock()
_tables: list[OrderedDict] = []  # every view's table, so a rebuild empties them all
_current: tuple[BuiltData, str] | None = None  # the build in use: set once per script run (views.data)


def key_of(value: object) -> object:
    """A hashable cache key for a plain value; anything else (a frame, a list, a mutable object) is refused, so a
    view can never be keyed by hashing data."""
    if isinstance(value, bool | int | float):  # True, 1 and 1.0 are equal in Python but not the same argument
        return (type(value).__name__, value)
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, tuple | frozenset):
        return type(value)(key_of(v) for v in value)
    cache_key = getattr(value, "cache_key", None)
    if cache_key is not None:
        return (type(value).__name__, cache_key)
    if isinstance(value, BaseModel) and value.model_config.get("frozen"):
        return (type(value).__name__, key_of(tuple(value.model_dump().values())))
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and value.__dataclass_params__.frozen:
        return (type(value).__name__, tuple(key_of(getattr(value, f.name)) for f in dataclasses.fields(value) if f.compare))
    raise TypeError(f"a view is keyed by plain values, not {type(value).__name__}")


def use(built: BuiltData, version: str) -> None:
    """Make `version` at `built` the build every view reads (a different build empties every table)."""
    global _current
    with _lock:
        if _current is not None and (_current[0].key, _current[1]) != (built.key, version):
            for table in _tables:
                table.clear()
        _current = (built, version)


def current() -> tuple[BuiltData, str]:
    """The build in use; outside a script run (a test, a tool) the one the data location holds now."""
    if _current is None:
        built = location.current()
        try:
            use(built, built.manifest().version)
        except ManifestError as exc:
            raise DataUnavailable(str(exc)) from exc
    return _current


def clear() -> None:
    """Forget every kept result and connection (after a rebuild)."""
    global _current
    with _lock:
        for table in _tables:
            table.clear()
        _current = None


def view(max_entries: int = 64) -> Callable[[F], F]:
    """Keep up to `max_entries` results of the decorated view, keyed by the build in use and its arguments.

    A DataFrame result is handed out as a shallow copy: pandas' copy-on-write keeps the kept frame intact
    whatever a caller does to its copy. Any other result (a frozen dataclass, a dict) is the shared object itself:
    callers only read it, as the pages do."""

    def decorate(function: F) -> F:
        table: OrderedDict = OrderedDict()
        _tables.append(table)

        @functools.wraps(function)
        def cached(*args: Any, **kwargs: Any) -> Any:
            built, version = current()
            key = (built.key, version, key_of(args), key_of(tuple(sorted(kwargs.items()))))
            with _lock:
                if key in table:
                    table.move_to_end(key)
                    return _handed_out(table[key])
            result = function(*args, **kwargs)
            with _lock:
                table[key] = result
                table.move_to_end(key)
                while len(table) > max_entries:
                    table.popitem(last=False)
            return _handed_out(result)

        return cached  # type: ignore[return-value]

    return decorate


def _handed_out(result: Any) -> Any:
    return result.copy(deep=False) if isinstance(result, pd.DataFrame) else result


@view(max_entries=2)
def _connection_to(version: str) -> duckdb.DuckDBPyConnection:
    return database.load(current()[0], version)


def connection() -> duckdb.DuckDBPyConnection:
    """The shared DuckDB connection of the build in use; use it through `gapboard.db` (a cursor per statement)."""
    return _connection_to(current()[1])
