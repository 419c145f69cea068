"""Sources: the dataset registry and its build checks, the LLM-Stats ingest and mapping, number lookup, downloads."""
import csv
import datetime as dt
import io
import json
import zipfile

import pandas as pd
import pytest
import streamlit as st

from gapboard import build as build_module
from gapboard import location, queries, registry, schema, uploads
from gapboard.build import BuildFailed, TableSpec, build, read_csv
from gapboard.config import PROJECT_ROOT, DataPaths
from gapboard.ingest import llmstats
from gapboard.manifest import read_manifest
from tests.test_build import _append_csv, _edit_csv
from tests.support import copy_sources

DATA = DataPaths(PROJECT_ROOT / "data")
MAPPING = DATA.sources / llmstats.MAPPING


@pytest.fixture
def sources(tmp_path):
    return copy_sources(tmp_path / "data")


def _problems(paths: DataPaths) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        build(paths)
    assert not paths.manifest.exists()
    return [str(p) for p in failed.value.problems]


def _registry_line(paths: DataPaths, dataset: str) -> int:
    with (paths.sources / "datasets.csv").open(newline="", encoding="utf-8") as handle:
        return next(i for i, row in enumerate(csv.reader(handle), start=1) if row[0] == dataset)


# --- the registry is complete, and the build keeps it so ------------------------------------------------

def test_every_dataset_has_origin_licence_and_counts_computed_from_the_built_tables():
    registry_frame = queries.datasets().set_index("id")
    assert registry_frame["origin"].notna().all() and registry_frame["licence"].str.len().ge(2).all()
    assert registry_frame["as_of"].notna().all()
    # every dataset named by any built row is registered and shipping, with its records counted
    tables = queries.query(queries.DATASET_TABLES_SQL)["table_name"].tolist()
    assert {"scores", "prices", "model_facts"} <= set(tables)
    used = set().union(*(set(queries.table_rows(t)["dataset"]) for t in tables))
    assert used <= set(registry_frame.index)
    for dataset in used:
        row = registry_frame.loc[dataset]
        assert row["ships"] and row["records"] > 0 and pd.notna(row["first_record"]) and pd.notna(row["last_record"])
    llm = registry_frame.loc["llm-stats"]
    assert (llm["records"], llm["tables"], llm["licence"], llm["commercial_use"]) == (33, "model_facts: 22, prices: 11", "CC BY 4.0", True)
    assert (llm["first_record"].date(), llm["last_record"].date()) == (dt.date(2025, 2, 24), dt.date(2025, 5, 22))
    assert "df1d14eda7143f27fd5e7d71d8b14cb0c807de0d" in llm["origin"] and "CC BY 4.0" in llm["attribution"]
    curated = registry_frame.loc["gapboard-curated"]
    assert {"prices: 32", "scores: 815"} <= set(curated["tables"].split(", "))  # 4 LiteLLM rows moved to its own dataset


def test_datasets_without_a_licence_are_listed_as_not_shipped_with_no_files_and_no_rows():
    registry_frame = queries.datasets().set_index("id")
    for dataset in ["lmarena-arena-catalog", "terminal-bench-1-leaderboard"]:
        row = registry_frame.loc[dataset]
        assert not row["ships"] and not row["commercial_use"] and row["records"] == 0
        assert row["licence"].startswith("none stated") and row["origin"].startswith("GitHub ")
        assert not (DATA.external / dataset).exists()


def test_every_external_folder_is_a_registered_shipping_dataset_with_an_origin_revision():
    registry_frame = queries.datasets().set_index("id")
    folders = [p.name for p in DATA.external.iterdir() if p.is_dir()]
    assert "llm-stats" in folders
    for folder in folders:
        row = registry_frame.loc[folder]
        assert row["ships"] and pd.notna(row["url"])
        assert any(word in row["origin"] for word in ("commit", "release")), row["origin"]


def test_a_dataset_without_a_licence_fails_the_build(sources):
    line = _registry_line(sources, "llm-stats")
    _edit_csv(sources.sources / "datasets.csv", line, "licence", "")
    assert any(f"sources/datasets.csv:{line}: [licence]" in p for p in _problems(sources))


def test_rows_of_an_unregistered_dataset_fail_the_build_in_every_table(sources):
    path = sources.sources / "datasets.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("llm-stats,")), encoding="utf-8")
    found = _problems(sources)
    assert any(p.startswith("external/llm-stats:") and "no row in sources/datasets.csv for dataset 'llm-stats'" in p for p in found)
    assert any(p.startswith("external/llm-stats/models/") and "[dataset] unknown dataset 'llm-stats'" in p for p in found)
    assert any(p.startswith("external/llm-stats/providers/") and "[dataset] unknown dataset 'llm-stats'" in p for p in found)


def test_a_dataset_registered_as_not_shipping_may_have_neither_files_nor_rows(sources):
    _edit_csv(sources.sources / "datasets.csv", _registry_line(sources, "llm-stats"), "ships", "false")
    found = _problems(sources)
    assert "external/llm-stats: dataset 'llm-stats' is registered as not shipping (CC BY 4.0) but has files here" in found
    assert any("[dataset] dataset 'llm-stats' may not ship" in p for p in found)


def test_an_external_folder_nobody_registered_fails_the_build(sources):
    (sources.external / "mystery").mkdir()
    (sources.external / "mystery" / "data.json").write_text("{}")
    assert "external/mystery: no row in sources/datasets.csv for dataset 'mystery' (origin, licence, ships)" in _problems(sources)


def test_a_table_another_ingest_adds_is_counted_in_the_registry(private_data, monkeypatch):
    (private_data.sources / "extra.csv").write_text(
        "model,benchmark,harness,value,unit,reported_by,source_url,source_note,source_form,as_of,confidence,runs,dataset\n"
        "gpt-5,swe-bench-verified,,65,percent,third_party,https://example.org/x,,text,2020-01-02,high,,llm-stats\n",
        encoding="utf-8",
    )
    extra = TableSpec("extra_scores", schema.Score, (read_csv("extra.csv"),), ("model", "benchmark"), {"model": "models"})
    monkeypatch.setattr(build_module, "TABLES", [*build_module.TABLES, extra])
    build(private_data)
    st.cache_data.clear()
    row = queries.datasets().set_index("id").loc["llm-stats"]
    assert row["records"] == 34 and row["tables"] == "extra_scores: 1, model_facts: 22, prices: 11"
    assert row["first_record"].date() == dt.date(2020, 1, 2)


def test_the_build_notes_name_every_llm_stats_model_not_mapped(project_build):
    (note,) = [n for n in project_build.notes if n.startswith("LLM-Stats: 121 of 126 models")]
    assert "deepseek-v3, " in note and "qwen3-235b-a22b" in note and "kimi-k1.5" in note
    mapped = {row["external_id"] for row in csv.DictReader(MAPPING.open(encoding="utf-8"))}
    assert not any(f" {external}," in note or note.endswith(external) for external in mapped)
    assert "LLM-Stats: 174 of 185 provider price rows" in " ".join(project_build.notes)


# --- the LLM-Stats mapping table and ingest -------------------------------------------------------------

def test_the_llm_stats_mapping_names_real_files_and_real_models():
    rows = list(csv.DictReader(MAPPING.open(encoding="utf-8")))
    assert {r["external_id"]: r["model"] for r in rows} == {
        "claude-3-7-sonnet-20250219": "claude-sonnet-3.7", "claude-opus-4-20250514": "claude-opus-4",
        "claude-sonnet-4-20250514": "claude-sonnet-4", "gemini-2.5-pro": "gemini-2.5-pro", "o3-2025-04-16": "o3",
    }
    folders = {p.parent.name for p in (DATA.external / "llm-stats" / "models").glob("*/*/model.json")}
    model_ids = set(queries.models()["id"])
    for row in rows:
        assert row["external_id"] in folders and row["model"] in model_ids and row["note"]


def test_llm_stats_files_are_byte_copies_with_their_paths():
    files = sorted(p.relative_to(DATA.external / "llm-stats").as_posix() for p in (DATA.external / "llm-stats").rglob("*") if p.is_file())
    assert len(files) == 145 and all(f.endswith(("/model.json", "/provider.json")) for f in files)
    assert "models/openai/o3-2025-04-16/model.json" in files and "providers/groq/provider.json" in files


def test_llm_stats_fills_gaps_beside_models_csv_never_over_it():
    models = queries.models().set_index("id")
    assert pd.isna(models.loc["claude-sonnet-4", "context_window"])  # models.csv is untouched
    facts = registry.compare_facts(queries.lookup_facts("claude-sonnet-4", registry.CURATED))
    llm = facts[facts["dataset"] == "llm-stats"].set_index("fact")
    assert llm.loc["context_window", ["value", "status"]].tolist() == ["200000", "fills a gap in models.csv"]
    # models.csv has Sonnet 4's date from Epoch AI since issue 4; LLM-Stats gives the same day
    assert llm.loc["release_date", ["value", "status"]].tolist() == ["2025-05-22", "agrees with models.csv"]
    assert llm.loc["licence", ["value", "status"]].tolist() == ["Proprietary", "agrees with models.csv"]
    assert llm.loc["max_output_tokens", "number"] == 128000
    gemini = queries.lookup_facts("gemini-2.5-pro", registry.CURATED)
    assert "release_date" not in set(gemini[gemini["dataset"] == "llm-stats"]["fact"])  # skip_facts: a preview date
    assert set(gemini[gemini["dataset"] == "llm-stats"]["fact"]) == {"licence", "context_window", "max_output_tokens", "knowledge_cutoff"}


def test_llm_stats_prices_keep_their_provider_date_and_line():
    prices = queries.lookup_prices("o3")
    (o3,) = prices[prices["dataset"] == "llm-stats"].to_dict("records")
    assert (o3["provider"], o3["input_usd_per_mtok"], o3["output_usd_per_mtok"], o3["tokens_per_second"]) == ("openai", 10.0, 40.0, 50.0)
    assert o3["as_of"].date() == dt.date(2025, 4, 16) and o3["price_list"] == llmstats.PRICE_LIST
    assert o3["source_url"] == llmstats.BLOB_URL + "providers/openai/provider.json"
    assert "latency 20 s" in o3["source_note"]
    claude = queries.lookup_prices("claude-opus-4")
    claude = claude[claude["dataset"] == "llm-stats"]
    assert sorted(claude["provider"]) == ["anthropic", "bedrock", "google"]
    assert set(claude["input_usd_per_mtok"]) == {15.0} and set(claude["output_usd_per_mtok"]) == {75.0}


@pytest.mark.parametrize("table", ["model_facts", "prices"])
def test_every_llm_stats_row_points_at_the_json_line_it_was_read_from(table):
    rows = queries.table_rows(table)
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
    _append_csv(sources.sources / llmstats.MAPPING, append)
    found = _problems(sources)
    assert any(expected in p for p in found), found


def test_a_damaged_llm_stats_file_fails_the_build_with_its_path(sources):
    path = sources.external / "llm-stats" / "providers" / "openai" / "provider.json"
    path.write_text(path.read_text(encoding="utf-8")[:-20], encoding="utf-8")
    assert any(p.startswith("external/llm-stats/providers/openai/provider.json:") and "not valid JSON" in p for p in _problems(sources))


# --- comparing sources, freshness, licences, the zip ----------------------------------------------------

def _scores(rows):
    columns = ["model", "benchmark", "harness_name", "value", "unit", "source_form", "confidence", "as_of", "dataset"]
    return pd.DataFrame(rows, columns=columns)


def test_compare_scores_marks_the_headline_deltas_conflicts_and_yours():
    frame = registry.compare_scores(_scores([
        ("m", "b1", "H", 72.0, "percent", "chart", "high", "2026-02-13", "c"),
        ("m", "b1", "H", 76.3, "percent", "text", "high", "2026-02-13", "c"),
        ("m", "b1", "H", 75.1, "percent", "chart", "high", "2026-02-13", "c"),
        ("m", "b1", "Other", 70.0, "percent", "text", "high", "2026-01-01", "d"),
        ("m", "b1", None, 76.0, "percent", "text", "high", "2026-03-01", "yours"),
        ("m", "b2", None, 51.0, "percent", "text", "high", "2026-01-01", "c"),
        ("m", "b2", None, 51.0, "percent", "text", "medium", "2026-01-01", "d"),
        ("m", "b2", None, 1500.0, "elo", "text", "low", "2026-01-01", "d"),
    ]))
    assert frame["headline"].tolist() == [False, True, False, False, False, True, False, False]
    assert frame["vs_headline"].tolist()[:6] == pytest.approx([-4.3, 0.0, -1.2, -6.3, -0.3, 0.0])
    assert pd.isna(frame["vs_headline"].iloc[7])  # another unit is never subtracted
    assert frame["agreement"].tolist() == [
        "conflict: 3 sources give 76.3 / 75.1 / 72 under this harness", "conflict: 3 sources give 76.3 / 75.1 / 72 under this harness",
        "conflict: 3 sources give 76.3 / 75.1 / 72 under this harness", "", "yours", "2 sources agree", "2 sources agree", "",
    ]
    only_yours = registry.compare_scores(_scores([("m", "b1", None, 1.0, "percent", "text", "high", "2026-01-01", "yours")]))
    assert only_yours["agreement"].tolist() == ["yours"] and not only_yours["headline"].any()


def test_compare_facts_says_agrees_differs_or_fills_a_gap():
    facts = pd.DataFrame([
        ("context_window", None, None, registry.CURATED), ("context_window", "200000", 200000.0, "x"),
        ("licence", "MIT", None, registry.CURATED), ("licence", "Apache 2.0", None, "x"),
        ("total_params_b", "229.0", 229.0, registry.CURATED), ("total_params_b", "229", 229.0, "x"),
        ("knowledge_cutoff", "2024-10", None, "x"),
    ], columns=["fact", "value", "number", "dataset"])
    assert registry.compare_facts(facts)["status"].tolist() == [
        "missing in models.csv", "fills a gap in models.csv", "models.csv", "differs from models.csv",
        "models.csv", "agrees with models.csv", "fills a gap in models.csv",
    ]


def test_freshness_says_when_each_dataset_ends():
    frame = pd.DataFrame([
        ("SWE-bench leaderboard", True, "CC BY-NC 4.0", pd.Timestamp("2025-12-09"), pd.Timestamp("2025-12-10")),
        ("Quiet", True, "MIT", None, pd.Timestamp("2025-01-01")),
        ("LMArena catalogue", False, "none stated", None, pd.Timestamp("2025-12-17")),
    ], columns=["name", "ships", "licence", "last_record", "as_of"])
    fresh = registry.freshness(frame, dt.date(2026, 11, 29))
    assert fresh["summary"].tolist() == [
        "SWE-bench leaderboard ends 2025-12 (newest record 2025-12-09; snapshot as of 2025-12-10)",
        "Quiet: no dated records in this build",
        "LMArena catalogue: not shipped, licence none stated",
    ]
    assert fresh["months_old"].tolist()[0] == 11


def test_the_zip_holds_every_built_table_the_manifest_and_the_licences(project_build):
    datasets = queries.datasets()
    archive = zipfile.ZipFile(io.BytesIO(registry.dataset_zip(location.LocalBuilt(DATA), project_build, datasets)))
    names = set(archive.namelist())
    assert names == {"manifest.json", "LICENCES.md", *(entry.file for entry in project_build.tables.values())}
    assert json.loads(archive.read("manifest.json"))["version"] == project_build.version
    licences = archive.read("LICENCES.md").decode()
    assert "## LLM-Stats model catalogue (`llm-stats`)" in licences and "- Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)" in licences
    assert "- Attribution: Model facts and provider prices from LLM-Stats" in licences
    assert licences.count("- In this download: no, it may not be redistributed") == 2
    scores = pd.read_parquet(io.BytesIO(archive.read(project_build.tables["scores"].file)))
    assert len(scores) == project_build.tables["scores"].rows and {"source_url", "source_file", "source_line", "dataset"} <= set(scores.columns)


def test_the_zip_refuses_a_built_file_that_no_longer_matches_its_manifest(private_data):
    manifest, datasets = read_manifest(private_data), queries.datasets()
    (private_data.built / manifest.tables["models"].file).write_bytes(b"tampered")
    with pytest.raises(ValueError, match="does not match its manifest"):
        registry.dataset_zip(location.LocalBuilt(private_data), manifest, datasets)


def test_table_downloads_carry_source_columns_and_only_name_built_tables():
    for table in queries.built_tables():
        assert {"source_file", "source_line"} <= set(queries.table_rows(table).columns)
    with pytest.raises(ValueError, match="no built table"):
        queries.table_rows("scores; DROP TABLE models")


def test_the_lookup_includes_no_session_rows_unless_given():
    empty = queries.lookup_scores("minimax-m2.5", None, uploads.user_scores_frame())
    assert "yours" not in set(empty["dataset"]) and len(empty) == len(empty.drop_duplicates())


def test_the_cached_lookup_view_follows_the_model_and_benchmark_it_is_given():
    none = uploads.user_scores_frame()
    for model, benchmark in [("minimax-m2.5", None), ("minimax-m2.1", None), ("minimax-m2.5", "swe-bench-verified")]:
        found = registry.lookup(model, benchmark, "", none)
        expected = registry.compare_scores(queries.lookup_scores(model, benchmark, none))
        pd.testing.assert_frame_equal(found.scores.to_pandas(), expected)
        pd.testing.assert_frame_equal(found.prices.to_pandas(), queries.lookup_prices(model))
        pd.testing.assert_frame_equal(found.facts.to_pandas(), registry.compare_facts(queries.lookup_facts(model, registry.CURATED)))
    assert registry.lookup("minimax-m2.5", None, "", none).scores != registry.lookup("minimax-m2.1", None, "", none).scores
    for table in queries.built_tables():
        assert queries.table_row_count(table) == len(queries.table_rows(table))
    with pytest.raises(ValueError, match="no built table"):
        queries.table_row_count("scores; DROP TABLE models")
    assert registry.datasets_view(dt.date.today()).table.to_pandas().equals(queries.datasets())  # what the zip lists
