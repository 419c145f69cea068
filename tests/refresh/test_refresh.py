"""`python -m gapboard.refresh` against a mirror served on 127.0.0.1: the report comes first, a dry run writes
nothing, every hostile answer ends with a clear message and not one byte of data/ changed, and a new model that
appears upstream shows up, sourced, on the pages after a refresh.

The data folder is the small one of tests/support/ingest.py (three OpenHands Index runs among the small cuts of the
other datasets), built once per test; the mirror holds its OpenHands snapshot laid out like the repository."""
import csv
import datetime as dt
import json
import shutil

import pyarrow.parquet as pq
import pytest

from gapboard.build import swap
from gapboard.build.manifest import read_manifest
from gapboard.build.run import build
from gapboard.build.run import main as build_main
from gapboard.refresh import fetch
from gapboard.refresh.run import SNAPSHOT_NOTE, refresh
from tests.support.data import append_csv, copy_data, in_use, read_built
from tests.support.ingest import OPENHANDS_RUNS, small_data
from tests.support.mirror import Reply, mirror_of, mirror_server, tree_digest
from tests.support.pages import open_page

DATASET = "openhands-index"
RUN = OPENHANDS_RUNS[0]  # results/MiniMax-M3
NEW_RUN = "results/New-Model-X"


@pytest.fixture(scope="module")
def built_small(tmp_path_factory):
    """The small data folder, built once for the module (each test works on its own copy)."""
    paths = small_data(tmp_path_factory.mktemp("small") / "data", pytest.MonkeyPatch())
    build(paths)
    return paths


@pytest.fixture
def data(built_small, tmp_path):
    return copy_data(built_small, tmp_path / "data")


@pytest.fixture
def mirror(data, tmp_path):
    return mirror_of(data, DATASET, tmp_path / "mirror")


def _run(data, source: str, *datasets: str, dry_run: bool = False) -> tuple[int, str]:
    lines = []
    status = refresh(list(datasets) or [DATASET], source, dry_run, data, lines.append)
    return status, "\n".join(lines)


def _entries(mirror, run=RUN):
    return json.loads((mirror / DATASET / run / "scores.json").read_text())


def _write_entries(mirror, entries, run=RUN):
    (mirror / DATASET / run / "scores.json").write_text(json.dumps(entries, indent=2) + "\n")


def _add_run(mirror, run=NEW_RUN, score=88.8):
    """A new model folder upstream: MiniMax-M3's files with another name and SWE-bench Verified score."""
    shutil.copytree(mirror / DATASET / RUN, mirror / DATASET / run)
    entries = _entries(mirror, run)
    for entry in entries:
        if entry["benchmark"] == "swe-bench":
            entry["score"] = score
    _write_entries(mirror, entries, run)
    index = json.loads((mirror / DATASET / "complete-models.json").read_text())
    (mirror / DATASET / "complete-models.json").write_text(json.dumps(index + [{"timestamp": "2026-12-01", "model-path": run}]))


def _unchanged(data):
    before = tree_digest(data.root)
    return lambda: tree_digest(data.root) == before


def test_a_dry_run_reports_a_changed_value_and_writes_nothing(data, mirror):
    entries = _entries(mirror)
    entry = next(e for e in entries if e["benchmark"] == "swe-bench")
    old = entry["score"]
    entry["score"] = 80.1
    _write_entries(mirror, entries)
    unchanged = _unchanged(data)
    with mirror_server(mirror) as (url, _):
        status, said = _run(data, url, dry_run=True)
    assert status == 0 and unchanged()
    assert f"minimax-m3 · swe-bench-verified · openhands: {old:g} → 80.1" in said
    assert "files: 0 added, 0 removed, 1 changed" in said and "Dry run: nothing was written." in said


def test_a_folder_mirror_laid_out_like_the_repository_works_for_one_dataset(data, mirror):
    unchanged = _unchanged(data)
    status, said = _run(data, str(mirror / DATASET), dry_run=True)  # the repository's files at the top
    assert status == 0 and unchanged()
    assert "files: 0 added, 0 removed, 0 changed" in said


@pytest.mark.parametrize(("reply", "expected"), [
    (Reply(404, b"nope"), "HTTP 404"),
    (Reply(500, b"boom"), "HTTP 500"),
    (Reply(body=b'[{"benchmark": "swe-bench", "score": 7'), "not a valid JSON file (truncated or damaged)"),
    (Reply(body=b"<!DOCTYPE html><html><body>Rate limited</body></html>"), "an HTML page came back where a JSON file was expected"),
    (Reply(body=b"[" + b" " * (6 << 20) + b"]"), "cap for this file"),
    (Reply(body=b"[]", declared_length=4000), "truncated: the connection closed before the whole file arrived"),
], ids=["404", "500", "truncated", "html", "ten-times-the-size", "cut-off"])
def test_a_bad_answer_fails_with_a_clear_message_and_changes_nothing(data, mirror, reply, expected, monkeypatch):
    monkeypatch.setattr(fetch, "READ_SECONDS", 1.0)
    unchanged = _unchanged(data)
    with mirror_server(mirror) as (url, replies):
        replies[f"/{DATASET}/{RUN}/scores.json"] = reply
        status, said = _run(data, url)
    assert status == 1 and unchanged()
    assert "Refresh failed, nothing was written" in said and f"{DATASET}/{RUN}/scores.json" in said and expected in said


def test_a_slow_server_hits_the_timeout(data, mirror, monkeypatch):
    monkeypatch.setattr(fetch, "READ_SECONDS", 0.5)
    unchanged = _unchanged(data)
    with mirror_server(mirror) as (url, replies):
        replies[f"/{DATASET}/complete-models.json"] = Reply(delay=2.0)
        status, said = _run(data, url)
    assert status == 1 and unchanged() and "timed out (ReadTimeout)" in said


def test_a_renamed_field_is_refused_with_the_readers_reason(data, mirror):
    text = (mirror / DATASET / RUN / "scores.json").read_text()
    (mirror / DATASET / RUN / "scores.json").write_text(text.replace('"benchmark":', '"benchmark_id":'))
    unchanged = _unchanged(data)
    with mirror_server(mirror) as (url, _):
        status, said = _run(data, url)
    assert status == 1 and unchanged()
    assert "REFUSED" in said and f"external/{DATASET}/{RUN}/scores.json" in said and '"benchmark" keys' in said


def test_a_new_model_without_a_mapping_is_named_with_the_closest_id_and_refused(data, mirror):
    _add_run(mirror, "results/MiniMax-M3.5")
    unchanged = _unchanged(data)
    with mirror_server(mirror) as (url, _):
        status, said = _run(data, url)
    assert status == 1 and unchanged()
    assert "models added (upstream names) (1):\n     - results/MiniMax-M3.5" in said
    assert "MiniMax-M3.5 (has scores) — closest existing id: minimax-m2.5" in said  # one character apart
    assert "'MiniMax-M3.5' has scores but no mapping row" in said


def test_an_interrupted_write_puts_every_file_back(data, mirror, monkeypatch):
    entries = _entries(mirror)
    entries[0]["score"] = 1.0
    _write_entries(mirror, entries)
    unchanged = _unchanged(data)
    original = swap.os.replace
    calls = []

    def replace_then_die(source, destination):
        calls.append(destination)
        if len(calls) == 3:  # the old folder is set aside and the new one is in place; the registry is next
            raise OSError("disk went away")
        return original(source, destination)

    monkeypatch.setattr(swap.os, "replace", replace_then_die)
    with mirror_server(mirror) as (url, _):
        with pytest.raises(OSError, match="disk went away"):
            _run(data, url)
    monkeypatch.setattr(swap.os, "replace", original)
    assert unchanged()


def test_a_swap_killed_midway_is_undone_by_the_next_build(data, tmp_path):
    """What a SIGKILL between two renames leaves (a journal and half the moves) is undone before anything builds."""
    before = tree_digest(data.external)
    staged = tmp_path / "staged"
    shutil.copytree(data.external / DATASET, staged)
    (staged / "complete-models.json").write_text("[]")
    target, backup = data.external / DATASET, data.external / f".swap-old-{DATASET}"
    moves = [(str(target), str(backup)), (str(staged), str(target))]
    (data.root / swap.JOURNAL).write_text(json.dumps({"state": "swapping", "moves": moves}))
    shutil.move(target, backup)
    shutil.move(staged, target)  # killed here: the journal is not marked committed
    assert build_main(["--data-dir", str(data.root)]) == 0
    assert not (data.root / swap.JOURNAL).exists() and not backup.exists()
    assert tree_digest(data.external) == before


def test_a_new_model_upstream_shows_up_sourced_on_the_pages_after_the_refresh(data, mirror, monkeypatch):
    _add_run(mirror)
    append_csv(data.sources / "models.csv", ["new-model-x", "New Model X", "New X", "Example Labs", "open", "2026-11-20", "day",
                                            *[""] * 6, "https://example.org/new-model-x", "a model that appeared upstream", ""])
    append_csv(data.sources / "mappings/openhands_models.csv", ["New-Model-X", "new-model-x", ""])
    with mirror_server(mirror) as (url, _):
        status, said = _run(data, url)
    assert status == 0, said
    assert "models added (upstream names) (1):\n     - results/New-Model-X" in said

    with (data.sources / "datasets.csv").open(newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["id"] == DATASET)
    assert row["version"].startswith("mirror-") and row["as_of"] == dt.date.today().isoformat()
    assert (data.external / DATASET / NEW_RUN / "scores.json").is_file() and (data.external / DATASET / SNAPSHOT_NOTE).is_file()
    scores = read_built(data, "scores").set_index(["model", "benchmark", "harness"])
    new = scores.loc[("new-model-x", "swe-bench-verified", "openhands")]
    assert new["value"] == 88.8 and new["source_url"].startswith(
        "https://github.com/OpenHands/openhands-index-results/blob/main/results/New-Model-X/scores.json#L")
    changes = pq.read_table(data.built / read_manifest(data).tables["changes"].file).to_pandas()
    assert {"model added", "score added"} <= set(changes.loc[changes["model"] == "new-model-x", "change"])

    for _ in in_use(data, monkeypatch):
        lookup = open_page("pages/sources.py", tab="Look up a number", model="New Model X")
        shown = next(f.value for f in lookup.dataframe if "agreement" in f.value.columns)
        verified = shown[shown["benchmark_name"] == "SWE-bench Verified"].iloc[0]
        assert verified["value"] == 88.8 and "New-Model-X/scores.json" in verified["source_url"]
        changed = next(f.value for f in open_page("pages/sources.py").dataframe if "change" in f.value.columns)
        assert "New Model X" in set(changed["model_name"])
        overview = open_page("pages/overview.py")
        assert any("See what changed" in link.proto.label for link in overview.get("page_link"))
