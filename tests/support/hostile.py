"""A private data folder whose names carry script tags, event-handler HTML, markdown links and javascript: URLs.

The CSV rows pass the build's validation like any curated row. The build refuses a `javascript:` source URL,
so that one is written into the built Parquet afterwards (manifest hashes updated): it stands for a row
that got past validation, and proves the pages themselves never make a link of it.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from gapboard.build.config import DataPaths
from gapboard.build.manifest import read_manifest, sha256_of
from gapboard.build.run import build
from tests.support.data import copy_sources

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
LINK = "[click](https://evil.example)"
JS_URL = "javascript:window.__pwned=1"

MODEL_ID, BENCH_ID, HARNESS_ID = "hostile-model", "hostile-bench", "hostile-harness"
MODEL = f"Evil {SCRIPT}{IMG} {LINK}"
FAMILY = f"Fam {SCRIPT} {LINK}"
VENDOR = f"Vendor {IMG} {LINK}"
BENCH = f"Bench {SCRIPT}{IMG} {LINK}"
HARNESS = f"Harness {IMG} {LINK}"
PROVIDER = f"prov {IMG}"
NOTE = f"note {SCRIPT} {IMG} {LINK}"
HOSTILE_TEXTS = (MODEL, FAMILY, VENDOR, BENCH, HARNESS)
URL = "https://example.org/hostile"


def _append(path: Path, rows: list[dict]) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with path.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header)
        for row in rows:
            writer.writerow(row)


def _score(model: str, benchmark: str, harness: str, value: float) -> dict:
    return {
        "model": model, "benchmark": benchmark, "harness": harness, "value": value, "unit": "percent",
        "reported_by": "third_party", "source_url": URL, "source_note": NOTE, "source_form": "text",
        "as_of": "2026-03-02", "confidence": "high",
    }


def _javascript_urls(paths: DataPaths, table: str, key: str) -> None:
    """Set source_url to a javascript: URL on the hostile model's rows of one built table."""
    manifest_text = json.loads(paths.manifest.read_text(encoding="utf-8"))
    entry = manifest_text["tables"][table]
    target = paths.built / entry["file"]
    data = pq.read_table(target)
    hostile = pc.equal(data[key], MODEL_ID)
    column = pc.if_else(hostile, JS_URL, data["source_url"])
    data = data.set_column(data.schema.get_field_index("source_url"), "source_url", column)
    pq.write_table(data, target, compression="zstd")
    entry.update(sha256=sha256_of(target), bytes=target.stat().st_size)
    paths.manifest.write_text(json.dumps(manifest_text, indent=2, sort_keys=True), encoding="utf-8")


def hostile_copy(target: Path) -> DataPaths:
    """A built copy of the project's data plus one hostile model, benchmark, harness and price."""
    paths = copy_sources(target)
    sources = paths.sources
    _append(sources / "models.csv", [{
        "id": MODEL_ID, "name": MODEL, "family": FAMILY, "vendor": VENDOR, "weights": "open",
        "release_date": "2026-03-01", "release_date_precision": "day", "total_params_b": 100, "active_params_b": 10,
        "licence": f"licence {LINK}", "source_url": URL, "note": NOTE,
    }])
    _append(sources / "benchmarks.csv", [{
        "id": BENCH_ID, "name": BENCH, "category": "coding", "unit": "percent", "higher_is_better": "true",
        "kind": "score", "timeline_only": "false", "measures": NOTE,
    }])
    _append(sources / "harnesses.csv", [{
        "id": HARNESS_ID, "name": HARNESS, "scaffold": HARNESS, "kind": "coding-agent", "maker": VENDOR,
        "open_source": "false", "description": NOTE,
    }])
    _append(sources / "scores.csv", [
        _score(MODEL_ID, "swe-bench-verified", HARNESS_ID, 95.0),
        _score(MODEL_ID, "swe-bench-verified", "claude-code", 90.0),
        _score("claude-opus-4.6", "swe-bench-verified", HARNESS_ID, 80.0),
        _score(MODEL_ID, BENCH_ID, HARNESS_ID, 70.0),
        _score(MODEL_ID, BENCH_ID, "claude-code", 60.0),
        _score("claude-opus-4.6", BENCH_ID, HARNESS_ID, 65.0),
        _score("claude-opus-4.6", BENCH_ID, "claude-code", 75.0),
        _score("minimax-m2.5", BENCH_ID, "claude-code", 50.0),
    ])
    _append(sources / "prices.csv", [{
        "model": MODEL_ID, "provider": PROVIDER, "tier": f"tier {SCRIPT}", "price_list": f"list {LINK}",
        "input_usd_per_mtok": 0.2, "output_usd_per_mtok": 1.0, "tokens_per_second": 80, "valid_from": "2026-03-01",
        "as_of": "2026-03-01", "reported_by": "vendor", "source_url": URL, "source_note": NOTE,
    }])
    build(paths)
    _javascript_urls(paths, "scores", "model")
    _javascript_urls(paths, "prices", "model")
    _javascript_urls(paths, "models", "id")
    assert read_manifest(paths).tables["models"].rows >= 34
    return paths


# (page file, link parameters): every page, every tab or view, the hostile model/benchmark/harness chosen
VIEWS = [
    ("pages/overview.py", {"featured": MODEL, "sources": "true"}),
    ("pages/benchmarks.py", {"view": "Table", "bench": ["SWE-bench Verified", BENCH],
                             "cell": f"{MODEL_ID}:{BENCH_ID}", "values": "true", "conflicts": "true"}),
    ("pages/benchmarks.py", {"view": "Gap today", "bench": ["SWE-bench Verified", BENCH]}),
    ("pages/benchmarks.py", {"view": "Gap over time", "fbench": BENCH, "fharness": HARNESS}),
    ("pages/benchmarks.py", {"view": "Claims check"}),
    ("pages/harnesses.py", {"hbench": BENCH, "a": MODEL, "b": "Claude Opus 4.6", "min": "1"}),
    *[("pages/cost.py", {"models": [MODEL, "Claude Opus 4.6", "MiniMax-M2.5"], "base": MODEL, "cost_view": view,
                         **extra})
      for view, extra in [("Monthly cost", {}), ("Per hour of agent work", {}), ("Per resolved task", {}),
                          ("Score vs cost", {"sc": BENCH}), ("Self-hosting", {"sh": MODEL}),
                          ("How this was computed", {})]],
    ("pages/timeline.py", {"family": FAMILY, "tbench": [BENCH, "SWE-bench Verified"],
                           "pbench": BENCH, "fams": [FAMILY, VENDOR]}),
    *[("pages/sources.py", {"tab": tab, "model": MODEL}) for tab in ["Datasets", "Look up a number", "Downloads"]],
]
VIEW_IDS = [f"{file.split('/')[1][:-3]}-{params.get('view') or params.get('cost_view') or params.get('tab') or ''}" for file, params in VIEWS]
