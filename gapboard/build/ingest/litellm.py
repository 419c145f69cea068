"""LiteLLM's model price catalogue (PyPI release 1.110.2) → `prices` rows for the models we track.

The catalogue is one JSON object `{catalogue key: entry}`; an entry is one model offered through one
provider route, priced in USD per token. `sources/mappings/litellm_models.csv` names, key by key, which
chat entries are which of our models and under which tier label (a region or hosting variant goes
into the tier, so every row keeps a distinct provider + tier). Entries of tracked families that the
mapping does not cover are reported in a build note, never guessed.

Provenance kept per row: catalogue key, provider, release, file sha256, and the line of the key in the
shipped file (`source_file`/`source_line`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from gapboard.build.ingest.common import dataset_as_of, listed, read_mapping
from gapboard.build.manifest import sha256_of
from gapboard.build.rows import BuildContext, BuildFailed, Problem, SourceRow

DATASET = "litellm-1.110.2"
RELEASE = "1.110.2"
FILE = "litellm-1.110.2/model_prices_and_context_window_backup.json"
SHA256 = "8943af58bf9f979c6a4bef815687117ffa341e462a41faed9be17b5c33d3dcc2"
SOURCE_URL = "https://pypi.org/project/litellm/1.110.2/"
PRICE_LIST = f"LiteLLM {RELEASE}"
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


def _read_catalogue(ctx: BuildContext) -> tuple[str, dict, dict[str, int]]:

    path: Path = ctx.paths.external / FILE
    label = path.relative_to(ctx.paths.root).as_posix()
    digest = sha256_of(path)
    if digest != SHA256:
        raise BuildFailed([Problem(label, None, None, (
            f"is not the LiteLLM {RELEASE} catalogue (sha256 {digest[:12]}…, expected {SHA256[:12]}…); "
            "when replacing the file, update RELEASE and SHA256 in gapboard/build/ingest/litellm.py and the datasets.csv row"
        ))])
    text = path.read_text(encoding="utf-8")
    return label, json.loads(text), _key_lines(text)


def read_prices(ctx: BuildContext) -> Iterator[SourceRow]:
    """One `prices` row per mapped provider + tier; identical alias keys are merged into one row."""

    label, catalogue, lines = _read_catalogue(ctx)
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
            "price_list": PRICE_LIST,
            "catalogue_key": key,
            "input_usd_per_mtok": prices[0],
            "output_usd_per_mtok": prices[1],
            "cached_input_usd_per_mtok": prices[2],
            "as_of": as_of,
            "reported_by": "third_party",
            "source_url": SOURCE_URL,
            "dataset": DATASET,
        }
    if problems:
        raise BuildFailed(problems)
    for group, row in rows.items():
        key, line = first_key[group]
        note = f'LiteLLM {RELEASE} (PyPI), {Path(FILE).name} sha256 {SHA256[:12]}…, JSON path ["{key}"]'
        if row["_aliases"]:
            note += "; same prices under " + ", ".join(row["_aliases"])
        if row["_extras"]:
            note += "; " + row["_extras"]
        values = {k: v for k, v in row.items() if not k.startswith("_")} | {"source_note": note}
        yield SourceRow(label, line, values)
    if unpriced:
        ctx.note(f"LiteLLM {RELEASE}: {len(unpriced)} mapped entries list no per-token price and were left out: {listed(unpriced)}")
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
            f"LiteLLM {RELEASE}: {len(unmapped)} text-model entries of tracked families are not mapped to a model id "
            f"(other versions or variants; add a row to sources/{MAPPING} to include one): {listed(unmapped)}"
        )
