"""LLM-Stats (CC BY 4.0): model facts and per-provider prices for the Gapboard models it covers.

Source: github.com/JonathanChavezTamales/LLMStats (the data behind llm-stats.com) at the commit its registry row names
(2025-05-22), copied byte for byte to `data/external/llm-stats/` with its paths kept:
`models/<org>/<model-id>/model.json` (one model) and `providers/<provider>/provider.json` (one
inference provider with a price, throughput and latency per model).

Its data stops in May 2025, so it covers few of our models. External ids map to our ids only through
`data/sources/mappings/llm-stats-models.csv` (columns `external_id, model, skip_facts, note`); every
other LLM-Stats model is listed in one build note, never guessed. A mapping row may name facts that
are not taken for that model (`skip_facts`, pipe-separated) and say why in `note`.

Facts (licence, parameters, context window, …) go to the `model_facts` table, beside the curated
`models.csv` values and never over them; provider prices go to `prices` as their own price list.
Every row keeps the file, the JSON line and the JSON path it was read from.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gapboard.build.ingest.common import source_link
from gapboard.build.rows import BuildContext, BuildFailed, Problem, SourceRow, read_csv
from gapboard.core.schema import FactKind
from gapboard.core.vocabulary import Reporter

DATASET = "llm-stats"
FOLDER = "llm-stats"
SNAPSHOT = dt.date(2025, 5, 22)
MAPPING = "mappings/llm-stats-models.csv"
PRICE_LIST = "LLM-Stats provider catalogue"
PRICE_TIER = "listed"

# (fact, the model.json key it is read from)
_FACTS: tuple[tuple[FactKind, str], ...] = (
    (FactKind.RELEASE_DATE, "release_date"),
    (FactKind.LICENCE, "license"),
    (FactKind.TOTAL_PARAMS_B, "param_count"),
    (FactKind.CONTEXT_WINDOW, "input_context_size"),
    (FactKind.MAX_OUTPUT_TOKENS, "output_context_size"),
    (FactKind.KNOWLEDGE_CUTOFF, "knowledge_cutoff"),
)
_FACT_NOTES = {
    FactKind.TOTAL_PARAMS_B: "param_count divided by 1e9",
    FactKind.CONTEXT_WINDOW: "input context size in tokens",
    FactKind.MAX_OUTPUT_TOKENS: "output context size in tokens",
}


@dataclass(frozen=True)
class MappedModel:
    """One row of the mapping table: our model id, the facts not taken for it, and its line."""

    model: str
    skip_facts: frozenset[str]
    line: int


def _root(ctx: BuildContext) -> Path:
    return ctx.paths.external / FOLDER


def _label(ctx: BuildContext, path: Path) -> str:
    return path.relative_to(ctx.paths.root).as_posix()


def read_mapping(ctx: BuildContext) -> dict[str, MappedModel]:
    """external LLM-Stats id → our model, validated: unknown fact names and repeated ids fail the build."""

    mapping: dict[str, MappedModel] = {}
    problems = []
    known_facts = {fact.value for fact in FactKind}
    for raw in read_csv(MAPPING)(ctx):
        external, model = (raw.values.get("external_id") or "").strip(), (raw.values.get("model") or "").strip()
        skip = frozenset(filter(None, (s.strip() for s in (raw.values.get("skip_facts") or "").split("|"))))
        if not external or not model:
            problems.append(Problem(raw.file, raw.line, None, "external_id and model are both required"))
        elif external in mapping:
            problems.append(Problem(raw.file, raw.line, "external_id", f"{external!r} is mapped twice (line {mapping[external].line})"))
        elif skip - known_facts:
            problems.append(Problem(raw.file, raw.line, "skip_facts", f"unknown fact(s) {', '.join(sorted(skip - known_facts))}"))
        else:
            mapping[external] = MappedModel(model, skip, raw.line)
    if problems:
        raise BuildFailed(problems)
    return mapping


def _load(ctx: BuildContext, path: Path) -> tuple[str, dict]:

    text = path.read_text(encoding="utf-8")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BuildFailed([Problem(_label(ctx, path), exc.lineno, None, f"not valid JSON: {exc.msg}")]) from exc
    if not isinstance(record, dict):
        raise BuildFailed([Problem(_label(ctx, path), 1, None, "expected a JSON object")])
    return text, record


def _line_of(text: str, pattern: str, start: int = 0) -> tuple[int, int]:
    """1-based line of the first match of `pattern` at or after `start`, and where the match ends."""
    found = re.compile(pattern).search(text, start)
    if found is None:
        return 1, start
    return text.count("\n", 0, found.start()) + 1, found.end()


def _fact_value(fact: FactKind, value: object) -> tuple[str, float | None]:
    if fact == FactKind.TOTAL_PARAMS_B:
        number = float(value) / 1e9
        return f"{number:g}", number
    if fact in (FactKind.CONTEXT_WINDOW, FactKind.MAX_OUTPUT_TOKENS):
        return str(int(value)), float(value)
    return str(value), None


def model_files(ctx: BuildContext) -> list[Path]:
    return sorted((_root(ctx) / "models").glob("*/*/model.json"))


def read_model_facts(ctx: BuildContext) -> Iterator[SourceRow]:
    """Facts about every mapped model; one build note lists the LLM-Stats models we do not map."""

    mapping = read_mapping(ctx)
    base = source_link(ctx, DATASET, "")
    files = model_files(ctx)
    unmapped: list[str] = []
    for path in files:
        external = path.parent.name
        mapped = mapping.get(external)
        if mapped is None:
            unmapped.append(external)
            continue
        text, record = _load(ctx, path)
        for fact, key in _FACTS:
            value = record.get(key)
            if value in (None, "") or fact.value in mapped.skip_facts:
                continue  # missing is missing
            shown, number = _fact_value(fact, value)
            line, _ = _line_of(text, re.escape(json.dumps(key)) + r"\s*:")
            note = f"$.{key}" + (f" ({_FACT_NOTES[fact]})" if fact in _FACT_NOTES else "")
            yield SourceRow(_label(ctx, path), line, {
                "model": mapped.model, "fact": fact.value, "value": shown, "number": number,
                "reported_by": Reporter.THIRD_PARTY.value, "source_url": base + path.relative_to(_root(ctx)).as_posix(),
                "source_note": f"LLM-Stats {external} model.json {note}", "as_of": SNAPSHOT.isoformat(), "dataset": DATASET,
            })
    stale = sorted(set(mapping) - {p.parent.name for p in files})
    if stale:
        label = (ctx.paths.sources / MAPPING).relative_to(ctx.paths.root).as_posix()
        raise BuildFailed([
            Problem(label, mapping[e].line, "external_id", f"LLM-Stats has no model {e!r} under external/{FOLDER}/models")
            for e in stale
        ])
    if unmapped:
        ctx.note(
            f"LLM-Stats: {len(unmapped)} of {len(files)} models have no Gapboard model and were not ingested "
            f"(add a row to sources/{MAPPING} to take one): " + ", ".join(unmapped)
        )


def read_prices(ctx: BuildContext) -> Iterator[SourceRow]:
    """Each provider's price and throughput for the mapped models, as the price list `PRICE_LIST`."""

    mapping = read_mapping(ctx)
    base = source_link(ctx, DATASET, "")
    total = skipped = 0
    for path in sorted((_root(ctx) / "providers").glob("*/provider.json")):
        text, record = _load(ctx, path)
        provider = path.parent.name
        position = 0
        for index, entry in enumerate(record.get("providermodels") or []):
            total += 1
            external = str(entry.get("model_id"))
            line, position = _line_of(text, r'"model_id"\s*:\s*' + re.escape(json.dumps(external)), position)
            mapped = mapping.get(external)
            if mapped is None:
                skipped += 1
                continue
            latency = entry.get("latency")
            yield SourceRow(_label(ctx, path), line, {
                "model": mapped.model, "provider": provider, "tier": PRICE_TIER, "price_list": PRICE_LIST,
                "catalogue_key": external,
                "input_usd_per_mtok": _per_million(entry.get("price_per_input_token")),
                "output_usd_per_mtok": _per_million(entry.get("price_per_output_token")),
                "tokens_per_second": entry.get("throughput") or None,
                "as_of": entry.get("updated_at"), "reported_by": Reporter.THIRD_PARTY.value,
                "source_url": base + path.relative_to(_root(ctx)).as_posix(),
                "source_note": f"$.providermodels[{index}] of {record.get('name', provider)}; per-token USD × 1e6"
                + (f"; latency {latency:g} s" if isinstance(latency, int | float) else ""),
                "dataset": DATASET,
            })
    if skipped:
        ctx.note(f"LLM-Stats: {skipped} of {total} provider price rows are for models Gapboard does not list and were not ingested.")


def _per_million(per_token: object) -> float | None:
    if not isinstance(per_token, int | float):
        return None
    return round(float(per_token) * 1e6, 6)
