"""The dataset registry and the look-up queries over the project's own build: every dataset registered with its
origin and licence and its records counted from the built tables, LLM-Stats facts beside models.csv, prices
with their provider and line."""
import datetime as dt

import pandas as pd
import pytest

from gapboard.build.ingest import llmstats
from gapboard.core import provenance, uploads
from gapboard.core.vocabulary import CURATED
from gapboard.db import catalogue, prices, scores
from gapboard.db.connection import run
from gapboard.views import cache
from tests.support.ingest import PROJECT

DATA = PROJECT


@pytest.fixture
def con(project_build):
    """The connection to the build in use (the project's own, current for the session)."""
    return cache.connection()


def test_every_dataset_has_origin_licence_and_counts_computed_from_the_built_tables(con):
    registry_frame = catalogue.datasets(con).set_index("id")
    assert registry_frame["origin"].notna().all() and registry_frame["licence"].str.len().ge(2).all()
    assert registry_frame["as_of"].notna().all()
    # every dataset named by any built row is registered and shipping, with its records counted
    tables = run(con, catalogue.DATASET_TABLES_SQL)["table_name"].tolist()
    assert {"scores", "prices", "model_facts"} <= set(tables)
    used = set().union(*(set(catalogue.table_rows(con, t)["dataset"]) for t in tables))
    assert used <= set(registry_frame.index)
    for dataset in used:
        row = registry_frame.loc[dataset]
        assert row["ships"] and row["records"] > 0 and pd.notna(row["first_record"]) and pd.notna(row["last_record"])
    llm = registry_frame.loc["llm-stats"]
    assert (llm["records"], llm["tables"], llm["licence"], llm["commercial_use"]) == (33, "model_facts: 22, prices: 11", "CC BY 4.0", True)
    assert (llm["first_record"].date(), llm["last_record"].date()) == (dt.date(2025, 2, 24), dt.date(2025, 5, 22))
    assert "df1d14eda7143f27fd5e7d71d8b14cb0c807de0d" in llm["origin"] and "CC BY 4.0" in llm["attribution"]
    curated = registry_frame.loc["gapboard-curated"]
    # every row of prices.csv and scores.csv (the project's curated sources), counted independently here
    by_table = {name: len(pd.read_csv(DATA.sources / f"{name}.csv")) for name in ("prices", "scores")}
    assert {f"{name}: {rows}" for name, rows in by_table.items()} <= set(curated["tables"].split(", "))


def test_datasets_without_a_licence_are_listed_as_not_shipped_with_no_files_and_no_rows(con):
    registry_frame = catalogue.datasets(con).set_index("id")
    for dataset in ["lmarena-arena-catalog", "terminal-bench-1-leaderboard"]:
        row = registry_frame.loc[dataset]
        assert not row["ships"] and not row["commercial_use"] and row["records"] == 0
        assert row["licence"].startswith("none stated") and row["origin"].startswith("GitHub ")
        assert not (DATA.external / dataset).exists()


def test_every_external_folder_is_a_registered_shipping_dataset_with_an_origin_revision(con):
    registry_frame = catalogue.datasets(con).set_index("id")
    folders = [p.name for p in DATA.external.iterdir() if p.is_dir()]
    assert "llm-stats" in folders
    for folder in folders:
        row = registry_frame.loc[folder]
        assert row["ships"] and pd.notna(row["url"])
        assert any(word in row["origin"] for word in ("commit", "release")), row["origin"]


def test_llm_stats_fills_gaps_beside_models_csv_never_over_it(con):
    models = catalogue.models(con).set_index("id")
    assert pd.isna(models.loc["claude-sonnet-4", "context_window"])  # models.csv is untouched
    facts = provenance.compare_facts(scores.lookup_facts(con, "claude-sonnet-4", CURATED))
    llm = facts[facts["dataset"] == "llm-stats"].set_index("fact")
    assert llm.loc["context_window", ["value", "status"]].tolist() == ["200000", "fills a gap in models.csv"]
    # models.csv has Sonnet 4's date from Epoch AI since issue 4; LLM-Stats gives the same day
    assert llm.loc["release_date", ["value", "status"]].tolist() == ["2025-05-22", "agrees with models.csv"]
    assert llm.loc["licence", ["value", "status"]].tolist() == ["Proprietary", "agrees with models.csv"]
    assert llm.loc["max_output_tokens", "number"] == 128000
    gemini = scores.lookup_facts(con, "gemini-2.5-pro", CURATED)
    assert "release_date" not in set(gemini[gemini["dataset"] == "llm-stats"]["fact"])  # skip_facts: a preview date
    assert set(gemini[gemini["dataset"] == "llm-stats"]["fact"]) == {"licence", "context_window", "max_output_tokens", "knowledge_cutoff"}


def test_llm_stats_prices_keep_their_provider_date_and_line(con):
    found = prices.lookup_prices(con, "o3")
    (o3,) = found[found["dataset"] == "llm-stats"].to_dict("records")
    assert (o3["provider"], o3["input_usd_per_mtok"], o3["output_usd_per_mtok"], o3["tokens_per_second"]) == ("openai", 10.0, 40.0, 50.0)
    assert o3["as_of"].date() == dt.date(2025, 4, 16) and o3["price_list"] == llmstats.PRICE_LIST
    assert o3["source_url"] == "https://github.com/JonathanChavezTamales/LLMStats/blob/df1d14eda7143f27fd5e7d71d8b14cb0c807de0d/providers/openai/provider.json"
    assert "latency 20 s" in o3["source_note"]
    claude = prices.lookup_prices(con, "claude-opus-4")
    claude = claude[claude["dataset"] == "llm-stats"]
    assert sorted(claude["provider"]) == ["anthropic", "bedrock", "google"]
    assert set(claude["input_usd_per_mtok"]) == {15.0} and set(claude["output_usd_per_mtok"]) == {75.0}


def test_the_lookup_includes_no_session_rows_unless_given(con):
    empty = scores.lookup_scores(con, "minimax-m2.5", None, uploads.user_scores_frame())
    assert "yours" not in set(empty["dataset"]) and len(empty) == len(empty.drop_duplicates())
