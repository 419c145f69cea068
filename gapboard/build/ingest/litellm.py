"""LiteLLM's model price catalogue → `prices` rows for the models we track.

The catalogue is one JSON object `{catalogue key: entry}`; an entry is one model offered through one
provider route, priced in USD per token. `sources/mappings/litellm_models.csv` names, key by key, which
chat entries are which of our models and under which tier label (a region or hosting variant goes
into the tier, so every row keeps a distinct provider + tier). Entries of tracked families that the
mapping does not cover are reported in a build note, never guessed.

Provenance kept per row: catalogue key, provider, the version the registry records for the file (a release or a
commit), the file's sha256, and the line of the key in the shipped file (`source_file`/`source_line`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from gapboard.build.ingest.common import dataset_as_of, listed, read_mapping, source_link, version_label
from gapboard.build.manifest import sha256_of
from gapboard.build.rows import BuildContext, BuildFailed, Problem, SourceRow

DATASET = "litellm"
UPSTREAM_PATH = "model_prices_and_context_window.json"
FILE = f"{DATASET}/{UPSTREAM_PATH}"  # under external/
MAPPING = "mappings/litellm_models.csv"
FAMILIES = "mappings/litellm_families.csv"
PER_MILLION = 1_000_000
TEXT_MODES = ("chat", "responses")  # token-priced text models (the Responses API serves some models only there)
_KEY_LINE = re.compile(r'^    ("(?:[^"\\]|\\.)*"): \{$')


def _per_million(value: object) -> float | None:
    """USD per token → USD per million tokens; absent stays absent (None), never 0."""
    if value is None:
        return None
    return round(float(value) * PER_MILLION, 6)


def _key_lines(text: str) -> dict[str, int]:
    """1-based line of every top-level key in the (pretty-printed) catalogue."""
    lines = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _KEY_LINE.match(line)
        if match:
            lines[json.loads(match.group(1))] = number
    return lines


def _extras(entry: dict) -> str:
    """The entry's facts that a flat price row cannot hold, for the row's note."""
    parts = []
    for field, value in sorted(entry.items()):
        if field.startswith(("input_cost_per_token_above", "output_cost_per_token_above")) and value is not None:
            parts.append(f"{field} ${_per_million(value):g}/M")
    if entry.get("cache_creation_input_token_cost") is not None:
        parts.append(f"cache write ${_per_million(entry['cache_creation_input_token_cost']):g}/M")
    for field in ("max_input_tokens", "deprecation_date", "source"):
        if entry.get(field) is not None:
            parts.append(f"{field} {entry[field]}")
    return "; ".join(parts)


def price_list(ctx: BuildContext) -> str:
    """The price list the catalogue's rows form, named by the version held ("LiteLLM PyPI release 1.110.2")."""
    return f"LiteLLM {version_label(ctx, DATASET)}"


def _read_catalogue(ctx: BuildContext) -> tuple[str, dict, dict[str, int], str]:
    """The catalogue's label, parsed entries, the line of each key, and the file's sha256."""
    path: Path = ctx.paths.external / FILE
    label = path.relative_to(ctx.paths.root).as_posix()
    text = path.read_text(encoding="utf-8")
    try:
        catalogue = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BuildFailed([Problem(label, exc.lineno, None, f"is not valid JSON: {exc.msg}")]) from exc
    if not isinstance(catalogue, dict):
        raise BuildFailed([Problem(label, 1, None, "expected one JSON object of catalogue key → entry")])
    return label, catalogue, _key_lines(text), sha256_of(path)


def read_prices(ctx: BuildContext) -> Iterator[SourceRow]:
    """One `prices` row per mapped provider + tier; identical alias keys are merged into one row."""

    label, catalogue, lines, digest = _read_catalogue(ctx)
    listing, link = price_list(ctx), source_link(ctx, DATASET, UPSTREAM_PATH)
    mapping = read_mapping(ctx, MAPPING, "catalogue_key")
    mapping_file = f"sources/{MAPPING}"
    as_of = dataset_as_of(ctx, DATASET).isoformat()
    problems: list[Problem] = []
    unpriced: list[str] = []
    rows: dict[tuple[str, str, str], dict] = {}
    first_key: dict[tuple[str, str, str], tuple[str, int]] = {}
    for key, (mapped, mapping_line) in mapping.items():
        entry = catalogue.get(key)
        if not isinstance(entry, dict) or entry.get("mode") not in TEXT_MODES:
            why = "is not in the catalogue" if not isinstance(entry, dict) else f"is a {entry.get('mode')} entry, not a text model"
            problems.append(Problem(mapping_file, mapping_line, "catalogue_key", f"{key!r} {why}"))
            continue
        prices = tuple(_per_million(entry.get(f)) for f in ("input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost"))
        if prices[0] is None and prices[1] is None:
            unpriced.append(key)
            continue
        group = (mapped.get("model") or "", entry.get("litellm_provider") or "", mapped.get("tier") or "")
        if group in rows:
            earlier, _ = first_key[group]
            if rows[group]["_prices"] != prices:
                problems.append(Problem(mapping_file, mapping_line, "tier", (
                    f"{key!r} and {earlier!r} map to the same model, provider and tier but have different prices; "
                    "give them different tier labels"
                )))
            else:
                rows[group]["_aliases"].append(key)
            continue
        first_key[group] = (key, lines.get(key, 1))
        rows[group] = {
            "_prices": prices,
            "_aliases": [],
            "_extras": _extras(entry),
            "model": group[0],
            "provider": group[1],
            "tier": group[2],
            "price_list": listing,
            "catalogue_key": key,
            "input_usd_per_mtok": prices[0],
            "output_usd_per_mtok": prices[1],
            "cached_input_usd_per_mtok": prices[2],
            "as_of": as_of,
            "reported_by": "third_party",
            "source_url": link,
            "dataset": DATASET,
        }
    if problems:
        raise BuildFailed(problems)
    for group, row in rows.items():
        key, line = first_key[group]
        note = f'{listing}, {UPSTREAM_PATH} sha256 {digest[:12]}…, JSON path ["{key}"]'
        if row["_aliases"]:
            note += "; same prices under " + ", ".join(row["_aliases"])
        if row["_extras"]:
            note += "; " + row["_extras"]
        values = {k: v for k, v in row.items() if not k.startswith("_")} | {"source_note": note}
        yield SourceRow(label, line, values)
    if unpriced:
        ctx.note(f"{listing}: {len(unpriced)} mapped entries list no per-token price and were left out: {listed(unpriced)}")
    _note_unmapped(ctx, catalogue, set(mapping))


def _note_unmapped(ctx: BuildContext, catalogue: dict, mapped: set[str]) -> None:
    """Chat entries that look like a tracked family but that no mapping row covers."""
    families = read_mapping(ctx, FAMILIES, "family")
    patterns = [re.compile(values["pattern"], re.IGNORECASE) for values, _ in families.values()]
    unmapped = sorted(
        key for key, entry in catalogue.items()
        if isinstance(entry, dict) and entry.get("mode") in TEXT_MODES and key not in mapped and any(p.search(key) for p in patterns)
    )
    ctx.unmapped_names(DATASET, unmapped, scored=False)
    if unmapped:
        ctx.note(
            f"{price_list(ctx)}: {len(unmapped)} text-model entries of tracked families are not mapped to a model id "
            f"(other versions or variants; add a row to sources/{MAPPING} to include one): {listed(unmapped)}"
        )
