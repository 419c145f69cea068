"""Scaling: the Harnesses page's per-instance queries on synthetic results of 10K to 10M rows, DuckDB vs pandas.

    .venv/bin/python bench/scaling.py [--rows 10000 100000 1000000 10000000] [--repeats 5]

For each size it writes synthetic `instance_results` (500 instances per run, as SWE-bench Verified has;
every fourth model run under four harnesses; half open-weight) plus matching `harness_results` and
`models` rows as Parquet in a temporary folder (deleted afterwards, never committed), derives the
pre-aggregated tables from them with the build's own `build.derive.derive_instance_tables` (timed apart: a
build-time cost, not part of the query time), loads everything into an in-memory DuckDB the way
`gapboard.db.connection` does, and times, with every run selected (the page's default):
  - overlap: the page's own SQL — `db.instances.OVERLAP_SUMMARY_SQL` + `db.instances.RUN_STATS_SQL` (uncached);
  - spread: each run's solve rate per model and harness, then lowest/highest/spread per model
    (`SPREAD_SQL` below over the derived `run_totals`: the per-instance form of `harness.spread`),
and the same computations in pandas on the raw per-instance frames already in memory (a naive pandas
dashboard: no pre-aggregates). Results are checked equal at every size. Prints medians, the DuckDB
speed-up and growth per 10× rows; writes bench/results/scaling.json.
Target: 1M rows ≤ 100 ms and ≥ 5× faster than pandas.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gapboard.build.derive import DERIVED_FROM, derive_instance_tables  # noqa: E402
from gapboard.db import instances  # noqa: E402

RESULTS = ROOT / "bench" / "results"
INSTANCES_PER_RUN = 500
HARNESSES_PER_MODEL = 4
DATASET = "synthetic"
TARGET_MS, TARGET_SPEEDUP = 100, 5

SPREAD_SQL = """
WITH rate AS (  -- solved / instances pooled over a model's runs under one harness, from the per-run totals
    SELECT model, harness, 100.0 * sum(solved) / sum(instances) AS value
    FROM run_totals
    WHERE run IN (SELECT unnest($runs)) AND described
    GROUP BY model, harness
)
SELECT model, count(DISTINCT harness) AS harnesses, min(value) AS low, max(value) AS high, max(value) - min(value) AS spread
FROM rate GROUP BY model HAVING count(DISTINCT harness) >= 2
ORDER BY spread DESC, model
"""


def synthetic(rows: int, folder: Path, seed: int = 9) -> dict[str, Path]:
    """Parquet files for `rows` instance results and the runs and models they belong to."""
    rng = np.random.default_rng(seed)
    runs = max(2, rows // INSTANCES_PER_RUN)
    run_ids = np.array([f"run-{r:06d}" for r in range(runs)], dtype=object)
    model_of_run = np.arange(runs) // HARNESSES_PER_MODEL
    models = int(model_of_run.max()) + 1
    instance_names = np.array([f"repo__project-{i:05d}" for i in range(INSTANCES_PER_RUN)], dtype=object)
    run_index = np.repeat(np.arange(runs), INSTANCES_PER_RUN)[:rows]
    instance_index = np.tile(np.arange(INSTANCES_PER_RUN), runs)[:rows]
    skill = rng.uniform(0.3, 0.8, runs)[run_index]
    resolved = pa.array(rng.random(rows) < skill, mask=rng.random(rows) < 0.001)  # a few missing outcomes
    files = {name: folder / f"{name}.parquet" for name in ("instance_results", "harness_results", "models")}
    pq.write_table(pa.table({
        "dataset": pa.array(np.full(rows, DATASET, dtype=object)),
        "run": pa.array(run_ids[run_index]),
        "instance": pa.array(instance_names[instance_index]),
        "resolved": resolved,
        "cost_usd": pa.array(rng.uniform(0.01, 2.0, rows)),
        "api_calls": pa.array(rng.integers(5, 120, rows)),
    }), files["instance_results"])
    pq.write_table(pa.table({
        "dataset": pa.array(np.full(runs, DATASET, dtype=object)),
        "entry": pa.array(run_ids),
        "model": pa.array([f"model-{m:05d}" for m in model_of_run]),
        "harness": pa.array([f"harness-{r % HARNESSES_PER_MODEL}" for r in range(runs)]),
        "other_model": pa.nulls(runs, pa.string()),
        "other_weights": pa.nulls(runs, pa.string()),
        "system_name": pa.array(run_ids),
    }), files["harness_results"])
    pq.write_table(pa.table({
        "id": pa.array([f"model-{m:05d}" for m in range(models)]),
        "name": pa.array([f"Model {m:05d}" for m in range(models)]),
        "weights": pa.array(["open" if m % 2 else "proprietary" for m in range(models)]),
    }), files["models"])
    return files


# --- pandas: the same computations --------------------------------------------------------------------

def pandas_overlap(instances: pd.DataFrame, runs_frame: pd.DataFrame, models: pd.DataFrame, runs: list[str]):
    """OVERLAP_SUMMARY_SQL and RUN_STATS_SQL in pandas: (category counts, per-run stats)."""
    chosen = instances[instances["run"].isin(runs)]
    info = runs_frame[runs_frame["entry"].isin(runs)].merge(models, left_on="model", right_on="id", how="left")
    info = info.rename(columns={"entry": "run", "name": "model_name"})[["dataset", "run", "model_name", "weights"]]
    joined = chosen.merge(info, on=["dataset", "run"])
    solved = joined["resolved"].fillna(False).astype(bool)
    per_instance = pd.DataFrame({
        "outcomes": joined["resolved"].notna(), "solvers": solved,
        "open_solved": solved & (joined["weights"] == "open"),
        "proprietary_solved": solved & (joined["weights"] == "proprietary"),
        "instance": joined["instance"],
    }).groupby("instance").agg({"outcomes": "sum", "solvers": "sum", "open_solved": "any", "proprietary_solved": "any"})
    comparable = per_instance[per_instance["outcomes"] == info["run"].isin(chosen["run"].unique()).sum()]
    category = np.select(
        [comparable["open_solved"] & comparable["proprietary_solved"], comparable["open_solved"], comparable["proprietary_solved"]],
        ["both", "open only", "proprietary only"], "neither",
    )
    summary = pd.Series(category).value_counts().to_dict()
    summary["not comparable"] = len(per_instance) - len(comparable)
    unique = chosen["instance"].map(comparable["solvers"]).eq(1) & chosen["resolved"].fillna(False).astype(bool)
    grouped = chosen.assign(solved=chosen["resolved"].fillna(False).astype(bool), unique=unique).groupby(["dataset", "run"])
    stats = pd.DataFrame({
        "instances": grouped.size(), "with_outcome": grouped["resolved"].count(), "solved": grouped["solved"].sum(),
        "unique_solves": grouped["unique"].sum(), "cost_usd": grouped["cost_usd"].sum(min_count=1),
        "calls_per_instance": grouped["api_calls"].mean(),
    }).reset_index()
    stats["cost_per_solved_usd"] = stats["cost_usd"] / stats["solved"].where(stats["solved"] > 0)
    return summary, stats


def pandas_spread(instances: pd.DataFrame, runs_frame: pd.DataFrame, runs: list[str]) -> pd.DataFrame:
    chosen = instances[instances["run"].isin(runs)].merge(
        runs_frame[["dataset", "entry", "model", "harness"]], left_on=["dataset", "run"], right_on=["dataset", "entry"]
    )
    rate = (chosen.assign(solved=chosen["resolved"].fillna(False).astype(bool))
            .groupby(["model", "harness"])["solved"].mean().mul(100).rename("value").reset_index())
    grouped = rate.groupby("model")
    result = pd.DataFrame({"harnesses": grouped["harness"].nunique(), "low": grouped["value"].min(), "high": grouped["value"].max()})
    result["spread"] = result["high"] - result["low"]
    result = result[result["harnesses"] >= 2].reset_index()
    return result.sort_values(["spread", "model"], ascending=[False, True], kind="stable").reset_index(drop=True)


# --- DuckDB: what the page runs ------------------------------------------------------------------------

def duckdb_overlap(connection: duckdb.DuckDBPyConnection, runs: list[str]):
    with connection.cursor() as cursor:
        summary = cursor.execute(instances.OVERLAP_SUMMARY_SQL, {"runs": runs}).df()
        stats = cursor.execute(instances.RUN_STATS_SQL, {"runs": runs}).df()
    return dict(zip(summary["category"], summary["instances"])), stats


def duckdb_spread(connection: duckdb.DuckDBPyConnection, runs: list[str]) -> pd.DataFrame:
    with connection.cursor() as cursor:
        return cursor.execute(SPREAD_SQL, {"runs": runs}).df()


def check_equal(duck, pand, duck_spread, pand_spread) -> None:
    """The two implementations must agree, or the timing comparison means nothing."""
    assert {k: int(v) for k, v in duck[0].items() if v} == {k: int(v) for k, v in pand[0].items() if v}, (duck[0], pand[0])
    left = duck[1].sort_values("run").reset_index(drop=True)
    right = pand[1].sort_values("run").reset_index(drop=True)
    for column in ("instances", "with_outcome", "solved", "unique_solves"):
        assert (left[column].to_numpy() == right[column].to_numpy()).all(), column
    assert np.allclose(left["cost_usd"].to_numpy(float), right["cost_usd"].to_numpy(float))
    assert len(duck_spread) == len(pand_spread)
    assert np.allclose(duck_spread["spread"].to_numpy(float), pand_spread["spread"].to_numpy(float))


def timed(function, repeats: int) -> tuple[float, float, object]:
    """Median wall-clock and median process CPU milliseconds (CPU time sums DuckDB's threads and is far less
    disturbed by other processes on a shared machine than wall-clock time)."""
    walls, cpus, result = [], [], None
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def derive(files: dict[str, Path], folder: Path) -> dict[str, Path]:
    """The build's derived tables from the synthetic ones, written as Parquet next to them."""
    derived = derive_instance_tables({name: pq.read_table(files[name]) for name in DERIVED_FROM})
    for name, table in derived.items():
        pq.write_table(table, folder / f"{name}.parquet", compression="zstd")
    return {name: folder / f"{name}.parquet" for name in derived}


def measure(rows: int, repeats: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="gapboard-scaling-") as folder:
        files = synthetic(rows, Path(folder))
        started = time.perf_counter()
        files |= derive(files, Path(folder))  # the build step's share: read, derive, write
        derive_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        connection = duckdb.connect(":memory:")
        for name, path in files.items():  # as gapboard.db.connection loads a build
            connection.execute("CREATE TABLE " + name + " AS SELECT * FROM read_parquet(?)", [str(path)])
        load_ms = (time.perf_counter() - started) * 1000
        frames = {name: pd.read_parquet(files[name]) for name in ("instance_results", "harness_results", "models")}
    runs = frames["harness_results"]["entry"].tolist()
    instances, runs_frame = frames["instance_results"], frames["harness_results"]
    duck_overlap = timed(lambda: duckdb_overlap(connection, runs), repeats)
    pandas_overlap_ = timed(lambda: pandas_overlap(instances, runs_frame, frames["models"], runs), repeats)
    duck_spread = timed(lambda: duckdb_spread(connection, runs), repeats)
    pandas_spread_ = timed(lambda: pandas_spread(instances, runs_frame, runs), repeats)
    check_equal(duck_overlap[2], pandas_overlap_[2], duck_spread[2], pandas_spread_[2])
    connection.close()
    report = {"rows": rows, "runs": len(runs), "derive_ms": round(derive_ms, 1), "load_ms": round(load_ms, 1)}
    for kind, duck, pand in (("overlap", duck_overlap, pandas_overlap_), ("spread", duck_spread, pandas_spread_)):
        report |= {
            f"duckdb_{kind}_ms": round(duck[0], 1), f"pandas_{kind}_ms": round(pand[0], 1),
            f"duckdb_{kind}_cpu_ms": round(duck[1], 1), f"pandas_{kind}_cpu_ms": round(pand[1], 1),
            f"{kind}_speedup": round(pand[0] / duck[0], 1), f"{kind}_cpu_speedup": round(pand[1] / duck[1], 1),
        }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000, 10_000_000])
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats per size (3 at 10M rows and above)")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = []
    print(f"{'rows':>10s} {'runs':>6s} {'derive':>8s} {'load':>8s} | overlap: duckdb wall (cpu)   pandas wall (cpu)    ×wall ×cpu "
          f"| spread: duckdb wall (cpu)  pandas wall (cpu)   ×wall ×cpu")
    for rows in args.rows:
        r = measure(rows, args.repeats if rows < 10_000_000 else min(3, args.repeats))
        report.append(r)
        line = f"{rows:>10,d} {r['runs']:>6d} {r['derive_ms']:>6.0f}ms {r['load_ms']:>6.0f}ms"
        for kind in ("overlap", "spread"):
            line += (f" | {r[f'duckdb_{kind}_ms']:>8.1f} ({r[f'duckdb_{kind}_cpu_ms']:>7.1f}) ms "
                     f"{r[f'pandas_{kind}_ms']:>8.1f} ({r[f'pandas_{kind}_cpu_ms']:>7.1f}) ms "
                     f"{r[f'{kind}_speedup']:>5.1f} {r[f'{kind}_cpu_speedup']:>4.1f}")
        print(line, flush=True)
    for before, after in zip(report, report[1:]):
        growth = after["rows"] / before["rows"]
        print(f"{before['rows']:,} → {after['rows']:,} rows (×{growth:g}): overlap ×{after['duckdb_overlap_ms'] / before['duckdb_overlap_ms']:.1f}, "
              f"spread ×{after['duckdb_spread_ms'] / before['duckdb_spread_ms']:.1f} (DuckDB)")
    million = next((r for r in report if r["rows"] == 1_000_000), None)
    if million:
        for kind in ("overlap", "spread"):
            ok = million[f"duckdb_{kind}_ms"] <= TARGET_MS and million[f"{kind}_speedup"] >= TARGET_SPEEDUP
            print(f"1M rows {kind}: {million[f'duckdb_{kind}_ms']} ms, {million[f'{kind}_speedup']}× pandas — "
                  + ("ok" if ok else f"MISSES ≤ {TARGET_MS} ms and ≥ {TARGET_SPEEDUP}×"))
    (RESULTS / "scaling.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
