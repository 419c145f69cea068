"""The build's derived per-instance tables (`run_totals`, `instance_names`, `instance_outcomes`) and the
Harnesses page's queries over them.

The derivation is checked with exact values on a hand-made instance set (a missing outcome, a missing cost,
a run with no harness_results row); the page's queries are checked equal, on the project's real SWE-bench
runs, to the string-keyed SQL over `instance_results` that they replaced (kept here as the reference).
"""
import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from gapboard import queries, store
from gapboard.config import data_paths
from gapboard.build import DERIVED_FROM, DERIVED_TABLES, TABLE_NAMES, derive_instance_tables
from gapboard.manifest import read_manifest
from tests.support import read_built

INSTANCES = pa.table({
    "dataset": ["d"] * 7,
    "run": ["b-run", "b-run", "b-run", "a-run", "a-run", "a-run", "ghost"],
    "instance": ["i2", "i1", "i3", "i3", "i1", "i2", "i1"],
    "resolved": [True, None, False, True, True, False, True],
    "cost_usd": [0.5, 0.25, None, 1.0, 2.0, 3.0, None],
    "api_calls": [10, 20, 30, 5, None, 7, 1],
})
RUNS = pa.table({
    "dataset": ["d", "d"], "entry": ["a-run", "b-run"], "model": ["m-open", None], "harness": ["mini", "mini"],
    "other_model": [None, "Other B"], "other_weights": [None, "proprietary"], "system_name": ["A system", "B system"],
})
MODELS = pa.table({"id": ["m-open"], "name": ["Open M"], "weights": ["open"]})


@pytest.fixture(scope="module")
def derived():
    return derive_instance_tables({"instance_results": INSTANCES, "harness_results": RUNS, "models": MODELS})


def test_run_totals_on_a_hand_made_instance_set(derived):
    columns = ["run_key", "run", "described", "model", "harness", "model_name", "weights"]
    assert [list(row.values()) for row in derived["run_totals"].select(columns).to_pylist()] == [
        [0, "a-run", True, "m-open", "mini", "Open M", "open"],
        [1, "b-run", True, None, "mini", "Other B", "proprietary"],
        [2, "ghost", False, None, None, None, None],  # instance rows but no harness_results row: left out by the page
    ]
    totals = derived["run_totals"].to_pandas()
    assert totals[["instances", "with_outcome", "solved"]].values.tolist() == [[3, 3, 2], [3, 2, 1], [1, 1, 1]]
    assert totals.loc[0, "cost_usd"] == 6.0 and totals.loc[0, "cost_per_solved_usd"] == 3.0
    assert pd.isna(totals.loc[1, "cost_usd"]) and pd.isna(totals.loc[1, "cost_per_solved_usd"])  # i3 has no cost: missing, not $0.75
    assert totals.loc[0, "calls_per_instance"] == 6.0 and totals.loc[1, "calls_per_instance"] == 20.0  # a missing count is skipped
    assert derived["run_totals"].schema.field("run_key").type == pa.int32()


def test_instances_get_integer_keys_in_name_order_and_outcomes_are_sorted_by_run(derived):
    assert derived["instance_names"].to_pydict() == {"instance_key": [0, 1, 2], "instance": ["i1", "i2", "i3"]}
    outcomes = derived["instance_outcomes"]
    assert outcomes.schema.field("run_key").type == pa.int32() and outcomes.schema.field("instance_key").type == pa.int32()
    assert outcomes.to_pydict() == {
        "run_key": [0, 0, 0, 1, 1, 1, 2],
        "instance_key": [0, 1, 2, 0, 1, 2, 0],
        "resolved": [True, False, True, None, True, False, True],  # b-run's i1 has no outcome: missing stays missing
    }


def test_the_page_queries_over_the_derived_tables_leave_the_undescribed_run_out(derived):
    con = duckdb.connect()
    for name, table in (("instance_results", INSTANCES), ("harness_results", RUNS), ("models", MODELS), *derived.items()):
        con.from_arrow(table).create(name)
    runs = ["a-run", "b-run", "ghost"]
    stats = con.execute(queries.RUN_STATS_SQL, {"runs": runs}).df()
    assert stats[["run", "solved", "unique_solves"]].values.tolist() == [["a-run", 2, 1], ["b-run", 1, 1]]
    summary = con.execute(queries.OVERLAP_SUMMARY_SQL, {"runs": runs}).df().set_index("category")["instances"].to_dict()
    assert summary == {"open only": 1, "proprietary only": 1, "not comparable": 1}  # i3, i2; i1 lacks b-run's outcome


# --- the real runs: identical to the string-keyed SQL the derived tables replaced --------------------

_REFERENCE_SELECTED = """
chosen AS (SELECT dataset, run, instance, resolved, cost_usd, api_calls FROM instance_results WHERE run IN (SELECT unnest($runs))),
run_info AS (
    SELECT r.dataset, r.entry AS run, coalesce(m.name, r.other_model, r.system_name) AS model_name,
           coalesce(m.weights, r.other_weights) AS weights
    FROM harness_results r LEFT JOIN models m ON m.id = r.model WHERE r.entry IN (SELECT unnest($runs))
),
per_instance AS (
    SELECT c.instance, count(c.resolved) AS outcomes, count(*) FILTER (WHERE c.resolved) AS solvers,
           bool_or(c.resolved) FILTER (WHERE i.weights = 'open') AS open_solved,
           bool_or(c.resolved) FILTER (WHERE i.weights = 'proprietary') AS proprietary_solved
    FROM chosen c JOIN run_info i USING (dataset, run) GROUP BY c.instance
),
comparable AS (SELECT * FROM per_instance WHERE outcomes = (SELECT count(*) FROM run_info WHERE run IN (SELECT run FROM chosen)))"""

REFERENCE_RUN_STATS_SQL = "WITH " + _REFERENCE_SELECTED + """,
stats AS (
    SELECT s.dataset, s.run, count(*) AS instances, count(s.resolved) AS with_outcome,
           count(*) FILTER (WHERE s.resolved) AS solved, count(*) FILTER (WHERE s.resolved AND c.solvers = 1) AS unique_solves,
           CASE WHEN count(s.cost_usd) = count(*) THEN sum(s.cost_usd) END AS cost_usd,
           CASE WHEN count(s.cost_usd) = count(*) AND count(*) FILTER (WHERE s.resolved) > 0
                THEN sum(s.cost_usd) / count(*) FILTER (WHERE s.resolved) END AS cost_per_solved_usd,
           avg(s.api_calls) AS calls_per_instance
    FROM chosen s LEFT JOIN comparable c USING (instance) GROUP BY s.dataset, s.run
)
SELECT s.run, i.model_name, i.weights, s.instances, s.with_outcome, s.solved, s.unique_solves, s.cost_usd,
       s.cost_per_solved_usd, s.calls_per_instance
FROM stats s JOIN run_info i USING (dataset, run) ORDER BY s.solved DESC, i.model_name, s.run
"""

_REFERENCE_OVERLAP = "WITH " + _REFERENCE_SELECTED + """,
categorised AS (
    SELECT instance, solvers, CASE WHEN open_solved AND proprietary_solved THEN 'both' WHEN open_solved THEN 'open only'
                                   WHEN proprietary_solved THEN 'proprietary only' ELSE 'neither' END AS category
    FROM comparable
)
"""
REFERENCE_SUMMARY_SQL = _REFERENCE_OVERLAP + """
SELECT category, count(*) AS instances FROM categorised GROUP BY category
UNION ALL SELECT 'not comparable', count(*) FROM per_instance WHERE instance NOT IN (SELECT instance FROM comparable)
"""
REFERENCE_INSTANCES_SQL = _REFERENCE_OVERLAP + """
SELECT c.instance, c.category, c.solvers, string_agg(i.model_name, ', ' ORDER BY i.model_name) AS solved_by
FROM categorised c
LEFT JOIN chosen s ON s.instance = c.instance AND s.resolved
LEFT JOIN run_info i ON i.dataset = s.dataset AND i.run = s.run AND i.weights IS NOT NULL
WHERE c.category = $category GROUP BY ALL ORDER BY c.solvers, c.instance
"""
REFERENCE_PAIR_SQL = """
WITH pair AS (
    SELECT instance, bool_or(resolved) FILTER (WHERE run = $a) AS a, bool_or(resolved) FILTER (WHERE run = $b) AS b
    FROM instance_results WHERE run IN ($a, $b) GROUP BY instance
)
SELECT count(*) FILTER (WHERE a AND b) AS both_solve, count(*) FILTER (WHERE a AND NOT b) AS only_a,
       count(*) FILTER (WHERE b AND NOT a) AS only_b, count(*) FILTER (WHERE NOT a AND NOT b) AS neither,
       count(*) FILTER (WHERE a IS NULL OR b IS NULL) AS not_comparable
FROM pair
"""


def _reference(sql: str, **params) -> pd.DataFrame:
    with store.connection().cursor() as cursor:
        return cursor.execute(sql, params).df()


@pytest.fixture(scope="module")
def real_runs() -> pd.DataFrame:
    return queries.instance_runs("swe-bench-verified")


def _selections(runs: pd.DataFrame) -> list[list[str]]:
    everything = runs["run"].tolist()
    open_runs, proprietary = (runs.loc[runs["weights"] == w, "run"].tolist() for w in ("open", "proprietary"))
    return [everything, everything[::3], open_runs[:1] + proprietary[:1], open_runs + proprietary[-2:]]


def test_run_stats_on_the_real_runs_equal_the_string_keyed_sql(real_runs):
    for runs in _selections(real_runs):
        new = queries.run_stats(runs).sort_values(["solved", "model_name", "run"], ascending=[False, True, True]).reset_index(drop=True)
        pd.testing.assert_frame_equal(new, _reference(REFERENCE_RUN_STATS_SQL, runs=runs), check_dtype=False)
        assert new["unique_solves"].sum() > 0


def test_overlap_on_the_real_runs_equals_the_string_keyed_sql(real_runs):
    for runs in _selections(real_runs):
        summary = queries.overlap_summary(runs).set_index("category")["instances"].to_dict()
        assert summary == _reference(REFERENCE_SUMMARY_SQL, runs=runs).set_index("category")["instances"].to_dict()
        assert sum(summary.values()) == 500
        for category in ("open only", "proprietary only", "both", "neither"):
            pd.testing.assert_frame_equal(
                queries.overlap_instances(runs, category), _reference(REFERENCE_INSTANCES_SQL, runs=runs, category=category),
                check_dtype=False,
            )


def test_pair_overlap_on_the_real_runs_equals_the_string_keyed_sql(real_runs):
    runs = real_runs["run"].tolist()
    for a, b in [(runs[0], runs[-1]), (runs[3], runs[7]), (runs[5], runs[5])]:
        assert queries.pair_overlap(a, b).iloc[0].to_dict() == _reference(REFERENCE_PAIR_SQL, a=a, b=b).iloc[0].to_dict()


# --- the build writes them; a build without them is remade --------------------------------------------

def test_the_build_writes_the_derived_tables_from_its_own_tables(project_build):
    paths = data_paths()
    assert set(DERIVED_TABLES) <= set(project_build.tables) and set(TABLE_NAMES) == set(project_build.tables)
    rows = {name: project_build.tables[name].rows for name in DERIVED_TABLES}
    assert rows == {"run_totals": 24, "instance_names": 500, "instance_outcomes": 24 * 500}
    expected = derive_instance_tables({name: pa.Table.from_pandas(read_built(paths, name), preserve_index=False) for name in DERIVED_FROM})
    for name in DERIVED_TABLES:
        pd.testing.assert_frame_equal(read_built(paths, name), expected[name].to_pandas(), obj=name)


def test_a_build_made_without_a_derived_table_is_remade(private_data):
    manifest_file = private_data.manifest
    text = manifest_file.read_text(encoding="utf-8")
    manifest = read_manifest(private_data)
    without = manifest.tables.copy()
    del without["run_totals"]
    manifest_file.write_text(type(manifest)(manifest.version, manifest.built_at, manifest.options, manifest.sources, without,
                                            manifest.notes).to_json(), encoding="utf-8")
    assert text != manifest_file.read_text(encoding="utf-8")
    with pytest.raises(store.DataUnavailable, match="no table run_totals"):  # what a read-only (published) build gets
        store.connection(private_data)
    status = store.ensure_current(private_data)
    assert status.ok and status.rebuilt_because == ["built table damaged or missing: run_totals"]
    assert "run_totals" in read_manifest(private_data).tables
    assert len(queries.run_stats(queries.instance_runs("swe-bench-verified")["run"].tolist())) == 24


def test_derived_tables_are_not_counted_as_dataset_records_nor_offered_as_source_tables(project_build):
    swebench = queries.datasets().set_index("id").loc["swebench-leaderboard"]
    assert not any(name in swebench["tables"] for name in DERIVED_TABLES)
    assert "instance_results: 12000" in swebench["tables"]
    tables = queries.built_tables()
    assert "instance_results" in tables and not set(DERIVED_TABLES) & set(tables)
    with pytest.raises(ValueError):
        queries.table_rows("run_totals")
