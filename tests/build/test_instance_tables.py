"""The build's derived per-instance tables (`run_totals`, `instance_names`, `instance_outcomes`).

The derivation is checked with exact values on a hand-made instance set (a missing outcome, a missing cost,
a run with no harness_results row; tests/support/ingest.py), and against the project's own build; a build
without a derived table is remade (a small data folder). The Harnesses page's queries over these tables are in
tests/db/test_instance_queries.py.
"""
import pandas as pd
import pyarrow as pa
import pytest

from gapboard.build import database, location
from gapboard.build.config import DATA_DIR_ENV
from gapboard.build.derive import DERIVED_FROM, DERIVED_TABLES, derive_instance_tables
from gapboard.build.manifest import read_manifest
from gapboard.build.run import build
from gapboard.build.tables import TABLE_NAMES
from gapboard.core.errors import DataUnavailable
from gapboard.db import instances
from gapboard.views import cache, data
from tests.support.data import read_built
from tests.support.ingest import INSTANCE_TABLES, PROJECT, small_data


@pytest.fixture(scope="module")
def derived():
    return derive_instance_tables(INSTANCE_TABLES)


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


# --- the build writes them; a build without them is remade --------------------------------------------

def test_the_build_writes_the_derived_tables_from_its_own_tables(project_build):
    paths = PROJECT
    assert set(DERIVED_TABLES) <= set(project_build.tables) and set(TABLE_NAMES) == set(project_build.tables)
    rows = {name: project_build.tables[name].rows for name in DERIVED_TABLES}
    held = read_built(paths, "instance_results")  # one derived row per run, per instance name, per run and instance
    runs = held[["dataset", "run"]].drop_duplicates()
    assert rows == {"run_totals": len(runs), "instance_names": held["instance"].nunique(), "instance_outcomes": len(held)}
    assert len(held.groupby(["dataset", "run", "instance"])) == len(held)  # no instance twice in a run
    expected = derive_instance_tables({name: pa.Table.from_pandas(read_built(paths, name), preserve_index=False) for name in DERIVED_FROM})
    for name in DERIVED_TABLES:
        pd.testing.assert_frame_equal(read_built(paths, name), expected[name].to_pandas(), obj=name)


@pytest.fixture
def small_built(tmp_path, monkeypatch):
    """A built small data folder (tests/support/ingest.py: a few SWE-bench and OpenHands Index runs with per-instance
    results); the app and every view use it for this test only."""
    paths = small_data(tmp_path / "data", monkeypatch)
    build(paths)
    monkeypatch.setenv(DATA_DIR_ENV, str(paths.root))
    cache.clear()
    yield paths
    cache.clear()


def test_a_build_made_without_a_derived_table_is_remade(small_built):
    paths = small_built
    manifest_file = paths.manifest
    text = manifest_file.read_text(encoding="utf-8")
    manifest = read_manifest(paths)
    runs_held = manifest.tables["run_totals"].rows
    assert runs_held == len(read_built(paths, "instance_results")[["dataset", "run"]].drop_duplicates()) > 0
    without = manifest.tables.copy()
    del without["run_totals"]
    manifest_file.write_text(type(manifest)(manifest.version, manifest.built_at, manifest.options, manifest.sources, without,
                                            manifest.notes).to_json(), encoding="utf-8")
    assert text != manifest_file.read_text(encoding="utf-8")
    with pytest.raises(DataUnavailable, match="no table run_totals"):  # what a read-only (published) build gets
        database.load(location.LocalBuilt(paths), manifest.version)
    status = data.ensure_current(paths)
    assert status.ok and status.rebuilt_because == ["built table damaged or missing: run_totals"]
    assert "run_totals" in read_manifest(paths).tables
    con = cache.connection()
    assert len(instances.run_stats(con, instances.instance_runs(con, "swe-bench-verified")["run"].tolist())) == runs_held
