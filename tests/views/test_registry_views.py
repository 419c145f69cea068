"""The Sources page's views over the build in use: the whole-build zip with its licences, the table downloads, the
cached look-up of one number; and the comparisons they draw (`core.provenance`: scores against their headline,
facts against models.csv, the freshness of each dataset), checked on hand-made frames."""
import datetime as dt
import io
import json
import zipfile

import pandas as pd
import pytest

from gapboard.build.config import data_paths
from gapboard.build.ingest import epoch
from gapboard.build.manifest import read_manifest
from gapboard.core import provenance, uploads
from gapboard.core.vocabulary import CURATED
from gapboard.db import catalogue, prices, scores
from gapboard.views import cache, common, sources

# --- comparing sources, freshness (hand-made frames) ----------------------------------------------------

def _scores(rows):
    columns = ["model", "benchmark", "harness_name", "value", "unit", "source_form", "confidence", "as_of", "dataset"]
    return pd.DataFrame(rows, columns=columns)


def test_compare_scores_marks_the_headline_deltas_conflicts_and_yours():
    frame = provenance.compare_scores(_scores([
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
    only_yours = provenance.compare_scores(_scores([("m", "b1", None, 1.0, "percent", "text", "high", "2026-01-01", "yours")]))
    assert only_yours["agreement"].tolist() == ["yours"] and not only_yours["headline"].any()


def test_compare_facts_says_agrees_differs_or_fills_a_gap():
    facts = pd.DataFrame([
        ("context_window", None, None, CURATED), ("context_window", "200000", 200000.0, "x"),
        ("licence", "MIT", None, CURATED), ("licence", "Apache 2.0", None, "x"),
        ("total_params_b", "229.0", 229.0, CURATED), ("total_params_b", "229", 229.0, "x"),
        ("knowledge_cutoff", "2024-10", None, "x"),
    ], columns=["fact", "value", "number", "dataset"])
    assert provenance.compare_facts(facts)["status"].tolist() == [
        "missing in models.csv", "fills a gap in models.csv", "models.csv", "differs from models.csv",
        "models.csv", "agrees with models.csv", "fills a gap in models.csv",
    ]


def test_freshness_says_when_each_dataset_ends():
    frame = pd.DataFrame([
        ("SWE-bench leaderboard", True, "CC BY-NC 4.0", pd.Timestamp("2025-12-09"), pd.Timestamp("2025-12-10")),
        ("Quiet", True, "MIT", None, pd.Timestamp("2025-01-01")),
        ("LMArena catalogue", False, "none stated", None, pd.Timestamp("2025-12-17")),
    ], columns=["name", "ships", "licence", "last_record", "as_of"])
    fresh = provenance.freshness(frame, dt.date(2026, 11, 29))
    assert fresh["summary"].tolist() == [
        "SWE-bench leaderboard ends 2025-12 (newest record 2025-12-09; snapshot as of 2025-12-10)",
        "Quiet: no dated records in this build",
        "LMArena catalogue: not shipped, licence none stated",
    ]
    assert fresh["months_old"].tolist()[0] == 11


# --- the views over the project's own build ---------------------------------------------------------------

def test_the_zip_holds_every_built_table_the_manifest_and_the_licences(project_build):
    archive = zipfile.ZipFile(io.BytesIO(sources.dataset_zip()))
    names = set(archive.namelist())
    assert names == {"manifest.json", "LICENCES.md", *(entry.file for entry in project_build.tables.values())}
    assert json.loads(archive.read("manifest.json"))["version"] == project_build.version
    licences = archive.read("LICENCES.md").decode()
    assert "## LLM-Stats model catalogue (`llm-stats`)" in licences and "- Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)" in licences
    assert "- Attribution: Model facts and provider prices from LLM-Stats" in licences
    assert licences.count("- In this download: no, it may not be redistributed") == 2
    table = pd.read_parquet(io.BytesIO(archive.read(project_build.tables["scores"].file)))
    assert len(table) == project_build.tables["scores"].rows and {"source_url", "source_file", "source_line", "dataset"} <= set(table.columns)


def test_the_zip_refuses_a_built_file_that_no_longer_matches_its_manifest(private_data):
    manifest, _ = read_manifest(private_data), sources.registry()
    (private_data.built / manifest.tables["models"].file).write_bytes(b"tampered")
    with pytest.raises(ValueError, match="does not match its manifest"):
        sources.dataset_zip()


def test_table_downloads_carry_source_columns_and_only_name_built_tables():
    for table in sources.built_tables():
        assert {"source_file", "source_line"} <= set(sources.table_rows(table).columns)
    with pytest.raises(ValueError, match="no built table"):
        sources.table_rows("scores; DROP TABLE models")


def test_the_cached_lookup_view_follows_the_model_and_benchmark_it_is_given():
    con, none = cache.connection(), uploads.user_scores_frame()
    for model, benchmark in [("minimax-m2.5", None), ("minimax-m2.1", None), ("minimax-m2.5", "swe-bench-verified")]:
        found = sources.lookup(model, benchmark, None)
        expected = provenance.compare_scores(scores.lookup_scores(con, model, benchmark, none))
        pd.testing.assert_frame_equal(found.scores.to_pandas(), expected)
        pd.testing.assert_frame_equal(found.prices.to_pandas(), prices.lookup_prices(con, model))
        pd.testing.assert_frame_equal(found.facts.to_pandas(), provenance.compare_facts(scores.lookup_facts(con, model, CURATED)))
    assert sources.lookup("minimax-m2.5", None, None).scores != sources.lookup("minimax-m2.1", None, None).scores
    for table in sources.built_tables():
        assert sources.table_row_count(table) == len(sources.table_rows(table))
    with pytest.raises(ValueError, match="no built table"):
        sources.table_row_count("scores; DROP TABLE models")
    assert sources.datasets_view(dt.date.today()).table.to_pandas().equals(catalogue.datasets(con))  # what the zip lists


def test_the_shared_model_lookup_carries_the_release_date_source():
    models = common.models().set_index("id")
    curated = pd.read_csv(data_paths().sources / "models.csv", dtype=str).set_index("id")
    # a model models.csv leaves undated takes Epoch AI's date, and the line of Epoch's file it comes from
    dated_by_epoch = [m for m in curated.index[curated["release_date"].isna()] if pd.notna(models.loc[m, "release_date"])]
    assert dated_by_epoch
    for model in dated_by_epoch:
        assert models.loc[model, "release_date_source"].startswith("https://github.com/epoch-research/benchmark-stitching/blob/f87d3cc8e8a8f8471be475ebce58fb9a73b4e756/data/" + epoch.VERSIONS + "#L")
    # a curated date keeps the source models.csv gives for it (o3's launch post), or none beside source_url/note
    own = curated["release_date_source"].dropna()
    assert not own.empty and models.loc[own.index, "release_date_source"].tolist() == own.tolist()
    assert pd.isna(models.loc["minimax-m2.5", "release_date_source"])
