"""Sources in the build: the dataset registry's build checks and the LLM-Stats ingest and mapping.

The build checks run on a small data folder (the project's sources and LLM-Stats files beside small external
datasets, tests/support/ingest.py); what the project's files give is read from the project's own build (current
for the session). The registry and look-up queries are in tests/db/test_registry_queries.py, the Sources views
and the zip in tests/views/test_registry_views.py."""
import csv
import datetime as dt

import pytest

from gapboard.build import run as build_run
from gapboard.build.config import DATA_DIR_ENV, DataPaths
from gapboard.build.ingest import llmstats
from gapboard.build.rows import BuildFailed, read_csv
from gapboard.build.run import build
from gapboard.build.tables import TABLES, TableSpec
from gapboard.core import schema
from gapboard.views import cache
from gapboard.views import sources as sources_views
from tests.support.data import append_csv, edit_csv, read_built
from tests.support.ingest import PROJECT, small_data

DATA = PROJECT
MAPPING = DATA.sources / llmstats.MAPPING


@pytest.fixture
def sources(tmp_path, monkeypatch):
    return small_data(tmp_path / "data", monkeypatch)


def _problems(paths: DataPaths) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        build(paths)
    assert not paths.manifest.exists()
    return [str(p) for p in failed.value.problems]


def _registry_line(paths: DataPaths, dataset: str) -> int:
    with (paths.sources / "datasets.csv").open(newline="", encoding="utf-8") as handle:
        return next(i for i, row in enumerate(csv.reader(handle), start=1) if row[0] == dataset)


# --- the build keeps the registry complete ---------------------------------------------------------------

def test_a_dataset_without_a_licence_fails_the_build(sources):
    line = _registry_line(sources, "llm-stats")
    edit_csv(sources.sources / "datasets.csv", line, "licence", "")
    assert any(f"sources/datasets.csv:{line}: [licence]" in p for p in _problems(sources))


def test_rows_of_an_unregistered_dataset_fail_the_build_in_every_table(sources):
    path = sources.sources / "datasets.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("llm-stats,")), encoding="utf-8")
    found = _problems(sources)
    assert any(p.startswith("external/llm-stats:") and "no row in sources/datasets.csv for dataset 'llm-stats'" in p for p in found)
    # with no registry row the rows have no source link either: each table's rows are refused, none is kept
    for table in ("models", "providers"):
        assert any(p.startswith(f"external/llm-stats/{table}/") and "[source_url]" in p for p in found), table


def test_a_dataset_registered_as_not_shipping_may_have_neither_files_nor_rows(sources):
    edit_csv(sources.sources / "datasets.csv", _registry_line(sources, "llm-stats"), "ships", "false")
    found = _problems(sources)
    assert "external/llm-stats: dataset 'llm-stats' is registered as not shipping (CC BY 4.0) but has files here" in found
    assert any("[dataset] dataset 'llm-stats' may not ship" in p for p in found)


def test_an_external_folder_nobody_registered_fails_the_build(sources):
    (sources.external / "mystery").mkdir()
    (sources.external / "mystery" / "data.json").write_text("{}")
    assert "external/mystery: no row in sources/datasets.csv for dataset 'mystery' (origin, licence, ships)" in _problems(sources)


def test_a_table_another_ingest_adds_is_counted_in_the_registry(sources, monkeypatch):
    (sources.sources / "extra.csv").write_text(
        "model,benchmark,harness,value,unit,reported_by,source_url,source_note,source_form,as_of,confidence,runs,dataset\n"
        "gpt-5,swe-bench-verified,,65,percent,third_party,https://example.org/x,,text,2020-01-02,high,,llm-stats\n",
        encoding="utf-8",
    )
    extra = TableSpec("extra_scores", schema.Score, (read_csv("extra.csv"),), ("model", "benchmark"), {"model": "models"})
    monkeypatch.setattr(build_run, "TABLES", [*TABLES, extra])
    build(sources)
    monkeypatch.setenv(DATA_DIR_ENV, str(sources.root))
    cache.clear()
    try:
        row = sources_views.registry().set_index("id").loc["llm-stats"]
    finally:
        cache.clear()
    assert row["records"] == 34 and row["tables"] == "extra_scores: 1, model_facts: 22, prices: 11"
    assert row["first_record"].date() == dt.date(2020, 1, 2)


def test_the_build_notes_name_every_llm_stats_model_not_mapped(project_build):
    (note,) = [n for n in project_build.notes if n.startswith("LLM-Stats: 121 of 126 models")]
    assert "deepseek-v3, " in note and "qwen3-235b-a22b" in note and "kimi-k1.5" in note
    mapped = {row["external_id"] for row in csv.DictReader(MAPPING.open(encoding="utf-8"))}
    assert not any(f" {external}," in note or note.endswith(external) for external in mapped)
    assert "LLM-Stats: 174 of 185 provider price rows" in " ".join(project_build.notes)


# --- the LLM-Stats mapping table and ingest -------------------------------------------------------------

def test_the_llm_stats_mapping_names_real_files_and_real_models(project_build):
    rows = list(csv.DictReader(MAPPING.open(encoding="utf-8")))
    assert {r["external_id"]: r["model"] for r in rows} == {
        "claude-3-7-sonnet-20250219": "claude-sonnet-3.7", "claude-opus-4-20250514": "claude-opus-4",
        "claude-sonnet-4-20250514": "claude-sonnet-4", "gemini-2.5-pro": "gemini-2.5-pro", "o3-2025-04-16": "o3",
    }
    folders = {p.parent.name for p in (DATA.external / "llm-stats" / "models").glob("*/*/model.json")}
    model_ids = set(read_built(DATA, "models")["id"])
    for row in rows:
        assert row["external_id"] in folders and row["model"] in model_ids and row["note"]


def test_llm_stats_files_are_byte_copies_with_their_paths():
    files = sorted(p.relative_to(DATA.external / "llm-stats").as_posix() for p in (DATA.external / "llm-stats").rglob("*") if p.is_file())
    assert len(files) == 145 and all(f.endswith(("/model.json", "/provider.json")) for f in files)
    assert "models/openai/o3-2025-04-16/model.json" in files and "providers/groq/provider.json" in files


@pytest.mark.parametrize("table", ["model_facts", "prices"])
def test_every_llm_stats_row_points_at_the_json_line_it_was_read_from(project_build, table):
    rows = read_built(DATA, table)
    rows = rows[rows["dataset"] == "llm-stats"]
    assert len(rows) == {"model_facts": 22, "prices": 11}[table]
    for row in rows.itertuples():
        line = (DATA.root / row.source_file).read_text(encoding="utf-8").splitlines()[row.source_line - 1]
        expected = f'"model_id": "{row.catalogue_key}"' if table == "prices" else '"' + row.source_note.split("$.")[1].split()[0] + '"'
        assert expected in line, (row.source_file, row.source_line, line)


@pytest.mark.parametrize(
    ("append", "expected"),
    [
        (["o3-2025-04-16", "gpt-5", "", ""], "[external_id] 'o3-2025-04-16' is mapped twice (line 6)"),
        (["o1-mini", "o3", "release_dates", ""], "[skip_facts] unknown fact(s) release_dates"),
        (["o1-mini", "", "", ""], "external_id and model are both required"),
        (["gpt-99", "gpt-5", "", ""], "[external_id] LLM-Stats has no model 'gpt-99' under external/llm-stats/models"),
        (["o1-mini", "o1", "", ""], "[model] unknown model 'o1'"),
    ],
    ids=["twice", "unknown-fact", "blank-model", "stale-id", "unknown-model"],
)
def test_a_bad_mapping_row_fails_the_build_with_its_line(sources, append, expected):
    append_csv(sources.sources / llmstats.MAPPING, append)
    found = _problems(sources)
    assert any(expected in p for p in found), found


def test_a_damaged_llm_stats_file_fails_the_build_with_its_path(sources):
    path = sources.external / "llm-stats" / "providers" / "openai" / "provider.json"
    path.write_text(path.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    assert any(p.startswith("external/llm-stats/providers/openai/provider.json:") and "not valid JSON" in p for p in _problems(sources))
