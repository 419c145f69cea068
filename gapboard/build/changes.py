"""What a build changed since the build it replaced: models added or removed, scores and prices added, changed or
removed, each with the date of its number. The result is a table of the new build (`changes`), so a deployment that
only ever receives the newest build still knows what it changed. A build of unchanged sources carries the previous
build's changes forward, so rebuilding never forgets them.

Rows are matched on what they are about, not on where they were read: a source URL is compared without its line
anchor and without a pinned commit, so a refreshed snapshot does not show every row as removed and added again.
"""
from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.parquet as pq

from gapboard.build.config import DataPaths
from gapboard.build.manifest import Manifest
from gapboard.core.vocabulary import CURATED

CHANGES_TABLE = "changes"
SCHEMA = pa.schema([
    ("change", pa.string()),  # model added / model removed / score added / … / price removed
    ("model", pa.string()),
    ("model_name", pa.string()),
    ("subject", pa.string()),  # benchmark and harness, or provider and tier
    ("old_value", pa.string()),
    ("new_value", pa.string()),
    ("from_dataset", pa.string()),  # not `dataset`: these rows are the build's own, not a dataset's records
    ("as_of", pa.date32()),  # the date of the number (its source's), or the model's release date
    ("source_url", pa.string()),
    ("since_version", pa.string()),  # the build compared with
    ("since_built_at", pa.string()),
])
_PINNED = re.compile(r"/(blob|tree|raw)/[0-9a-f]{7,40}/")


def _where(url: object) -> str:
    return _PINNED.sub(r"/\1/-/", str(url or "").split("#", 1)[0])


def _number(value: object) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _keyed(table: pa.Table, key: list[str]) -> dict[tuple, dict]:
    """Rows by what they are about. A public dataset's price list is named by its version, so it is left out of the
    key there (a refreshed catalogue is the same list, newer); a curated price list names a real list."""
    found: dict[tuple, dict] = {}
    for row in table.to_pylist():
        parts = {**row, "source_url": _where(row.get("source_url"))}
        if row.get("dataset") != CURATED:
            parts["price_list"] = None
        found.setdefault(tuple(parts.get(k) for k in key), row)
    return found


_SCORE_KEY = ["model", "benchmark", "harness", "dataset", "source_url"]
_PRICE_KEY = ["model", "provider", "tier", "dataset", "price_list"]
_PRICE_VALUES = ["input_usd_per_mtok", "output_usd_per_mtok", "cached_input_usd_per_mtok"]


def compare(old: dict[str, pa.Table], new: dict[str, pa.Table], since: tuple[str, str]) -> pa.Table:
    """The changes from `old` to `new` tables (models, scores, prices); `since`: the old build's version and time."""
    names = {r["id"]: r["name"] for r in [*old["models"].to_pylist(), *new["models"].to_pylist()]}
    rows = []

    def add(change: str, model: str, subject: str, old_value: str, new_value: str, row: dict) -> None:
        rows.append({
            "change": change, "model": model, "model_name": names.get(model, model), "subject": subject,
            "old_value": old_value, "new_value": new_value, "from_dataset": row.get("dataset"),
            "as_of": row.get("as_of") or row.get("release_date"), "source_url": row.get("source_url"),
            "since_version": since[0], "since_built_at": since[1],
        })

    old_models, new_models = ({r["id"]: r for r in t["models"].to_pylist()} for t in (old, new))
    for model in sorted(set(new_models) - set(old_models)):
        add("model added", model, "", "", new_models[model].get("vendor") or "", new_models[model])
    for model in sorted(set(old_models) - set(new_models)):
        add("model removed", model, "", old_models[model].get("vendor") or "", "", old_models[model])

    for kind, table, key, values in (("score", "scores", _SCORE_KEY, ["value"]), ("price", "prices", _PRICE_KEY, _PRICE_VALUES)):
        before, after = _keyed(old[table], key), _keyed(new[table], key)
        for k in sorted(set(before) | set(after), key=lambda k: tuple(str(p) for p in k)):
            was, now = before.get(k), after.get(k)
            shown_was = " / ".join(_number(was.get(v)) for v in values) if was else ""
            shown_now = " / ".join(_number(now.get(v)) for v in values) if now else ""
            if was and now and shown_was == shown_now:
                continue
            row = now or was
            subject = (f"{row['benchmark']} · {row.get('harness') or 'harness not stated'}" if kind == "score"
                       else f"{row['provider']} {row['tier']} · {row['price_list']}")
            change = f"{kind} added" if not was else f"{kind} removed" if not now else f"{kind} changed"
            add(change, row["model"], subject, shown_was, shown_now, row)
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def since_previous(paths: DataPaths, previous: Manifest | None, content_key: str, new: dict[str, pa.Table]) -> pa.Table:
    """The new build's `changes`: against the previous build, or carried over when the sources are the same."""
    if previous is None:
        return SCHEMA.empty_table()
    tables = previous.tables
    if previous.version.rsplit("-", 1)[-1] == content_key and CHANGES_TABLE in tables:
        return pq.read_table(paths.built / tables[CHANGES_TABLE].file)
    if not all(name in tables for name in ("models", "scores", "prices")):
        return SCHEMA.empty_table()
    try:
        old = {name: pq.read_table(paths.built / tables[name].file) for name in ("models", "scores", "prices")}
    except (OSError, pa.ArrowInvalid):  # the previous build is damaged or gone: nothing to compare with
        return SCHEMA.empty_table()
    return compare(old, new, (previous.version, previous.built_at))
