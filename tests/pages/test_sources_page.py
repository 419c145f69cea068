"""The Sources page under AppTest: registry, lookup links, uploads (good, partly bad, hostile), session isolation."""
import io

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gapboard.core import uploads
from gapboard.db import catalogue
from gapboard.ui.format import plain
from gapboard.views import cache, common
from tests.support.pages import open_page

PAGE = "pages/sources.py"
GOOD_WITH_WEIGHTS = (
    "model,benchmark,harness,score,unit,date,notes,weights\n"
    "minimax-m2.5,browsecomp-with-context-management,webexplorer,74.0,percent,2026-03-01,our rerun,\n"
    "Our Model <b>v1</b>,swe-bench-verified,,61,percent,2026-03-02,\"=cmd|' /C calc'!A0\",open\n"
)
PARTLY_BAD = (
    "model,benchmark,score,date\n"
    "gpt-5,swe-bench-verified,71.5,2026-03-01\n"
    "gpt-5,swe-bench-verifed,71.5,2026-03-01\n"
    "gpt-5,swe-bench-verified,171.5,2026-03-01\n"
)


def _frames(at) -> list[pd.DataFrame]:
    return [frame.value for frame in at.dataframe]


def _lookup(at) -> pd.DataFrame:
    return next(f for f in _frames(at) if "agreement" in f.columns)


def _held_for(at) -> str:
    """The heading of the lookup's scores table."""
    return next(h.value for h in at.subheader if h.value.startswith("Scores held for"))


def _credits(at) -> list[str]:
    return [c.value.replace("\\", "") for c in at.caption if c.value.startswith("Attribution —")]


def _upload(at, name: str, data: bytes):
    at.file_uploader(key="upload").set_value((name, data, "text/csv")).run()
    assert not at.exception
    return at


def test_the_registry_tab_lists_every_dataset_freshness_and_build_notes():
    at = open_page(PAGE)
    assert not at.exception and not at.warning
    registry = _frames(at)[0].set_index("id")
    assert {"gapboard-curated", "llm-stats", "lmarena-arena-catalog", "terminal-bench-1-leaderboard"} <= set(registry.index)
    assert registry.loc[["lmarena-arena-catalog", "terminal-bench-1-leaderboard"], "ships"].tolist() == [False, False]
    shown = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "LLM-Stats model catalogue ends 2025-05 (newest record 2025-05-22; snapshot as of 2025-05-22)" in shown
    assert "LMArena arena catalogue: not shipped, licence none stated" in shown
    assert "LLM-Stats: 121 of 126 models have no Gapboard model" in shown  # a build note
    assert any("Attribution (LLM-Stats model catalogue)" in c.value.replace("\\", "") for c in at.caption)


def test_a_lookup_link_shows_every_source_side_by_side_with_its_conflict():
    at = open_page(PAGE, tab="Look up a number", model="MiniMax-M2.5", lbench="BrowseComp (with context management)")
    assert not at.exception and not at.warning
    lookup = _lookup(at)
    assert sorted(lookup["value"], reverse=True) == [76.3, 75.1, 72.0]
    assert lookup.set_index("value").loc[76.3, "headline"] and lookup["headline"].sum() == 1
    assert set(lookup["agreement"]) == {"conflict: 3 sources give 76.3 / 75.1 / 72 under this harness"}
    assert {"reported_by", "harness_name", "as_of", "confidence", "source_url", "source_file", "source_line"} <= set(lookup.columns)


def test_the_lookup_shows_llm_stats_facts_and_prices_beside_the_curated_ones():
    at = open_page(PAGE, tab="Look up a number", model="Claude Sonnet 4")
    facts = next(f for f in _frames(at) if "status" in f.columns)
    context = facts[facts["fact"] == "context_window"].set_index("dataset")
    assert context.loc["llm-stats", "status"] == "fills a gap in models.csv"
    assert context.loc["gapboard-curated", "status"] == "missing in models.csv"
    prices = next(f for f in _frames(at) if "price_list" in f.columns)
    assert sorted(prices[prices["dataset"] == "llm-stats"]["provider"]) == ["anthropic", "bedrock", "google"]
    registry = catalogue.datasets(cache.connection()).set_index("id")
    assert _credits(at) == ["Attribution — LLM-Stats model catalogue: " + registry.loc["llm-stats", "attribution"]]
    # GLM-5 (newer than the LLM-Stats snapshot): only the datasets its rows come from are credited, never LLM-Stats
    glm = open_page(PAGE, tab="Look up a number", model="GLM-5")
    lookup = [f for f in _frames(glm) if {"agreement", "status", "price_list"} & set(f.columns)]  # scores, facts, prices
    used = set().union(*(f["dataset"] for f in lookup))
    credited = registry.loc[sorted(used)].dropna(subset=["attribution"])
    assert "llm-stats" not in used and "openhands-index" in used
    assert sorted(_credits(glm)) == sorted(f"Attribution — {row.name}: {row.attribution}" for row in credited.itertuples())


def test_a_bad_lookup_link_gets_a_notice_and_the_default_model():
    at = open_page(PAGE, tab="Nope", model="<img src=x onerror=alert(1)>")
    assert not at.exception
    notice = at.warning[0].value
    assert "Ignored tab" in notice and "Ignored model" in notice and r"\<img src\=x" in notice
    featured = common.models().set_index("id").loc[common.featured().open_model, "name"]
    assert _held_for(at) == f"Scores held for {plain(featured)}"


def test_a_good_upload_is_kept_marked_yours_and_joins_the_lookup():
    at = open_page(PAGE, tab="Your results", model="MiniMax-M2.5", lbench="BrowseComp (with context management)")
    before = len(_lookup(at))
    _upload(at, "ours.csv", GOOD_WITH_WEIGHTS.encode())
    assert at.success[0].value == r"2 rows kept from ours\.csv; 0 rows rejected."
    yours = next(f for f in _frames(at) if "model_is_new" in f.columns)
    assert yours["model_name"].tolist() == ["MiniMax-M2.5", "Our Model <b>v1</b>"]  # shown as text in a table cell
    assert yours["source_note"].tolist()[1] == "=cmd|' /C calc'!A0"  # kept as text, never evaluated
    lookup = _lookup(at)
    assert len(lookup) == before + 1
    mine = lookup[lookup["dataset"] == "yours"]
    assert mine["value"].tolist() == [74.0] and mine["agreement"].tolist() == ["yours"] and not mine["headline"].any()
    assert mine["vs_headline"].tolist() == pytest.approx([-2.3])
    assert any(b.label == "Download your rows (CSV)" for b in at.get("download_button"))


def test_an_uploaded_new_model_can_be_looked_up_with_its_name_escaped():
    at = _upload(open_page(PAGE, tab="Your results"), "ours.csv", GOOD_WITH_WEIGHTS.encode())
    at.selectbox(key="model").set_value("yours-our-model-b-v1-b").run()
    assert not at.exception
    assert _held_for(at) == r"Scores held for Our Model \<b\>v1\<\/b\> \(yours\)"
    assert _lookup(at)["value"].tolist() == [61.0]
    assert "Gapboard holds no facts for this model (it is one of yours)." in [i.value for i in at.info]


def test_a_partly_bad_upload_lists_each_bad_line_and_keeps_the_rest():
    at = _upload(open_page(PAGE, tab="Your results"), "mixed.csv", PARTLY_BAD.encode())
    assert at.success[0].value == r"1 row kept from mixed\.csv; 2 rows rejected."
    problems = next(f for f in _frames(at) if "reason" in f.columns)
    assert problems["line"].tolist() == [3, 4]
    assert problems["reason"].tolist() == [
        "unknown benchmark 'swe-bench-verifed' (did you mean 'swe-bench-verified'?)",
        "171.5 is out of range for percent (0 to 100)",
    ]


def test_a_parquet_upload_reports_rows():
    buffer = io.BytesIO()
    pq.write_table(pa.table({"model": ["gpt-5", "gpt-5"], "benchmark": ["swe-bench-verified", "nope"],
                             "score": [70.0, 1.0], "date": ["2026-03-01", "2026-03-01"]}), buffer)
    at = open_page(PAGE, tab="Your results")
    at.file_uploader(key="upload").set_value(("ours.parquet", buffer.getvalue(), "application/octet-stream")).run()
    assert at.success[0].value == r"1 row kept from ours\.parquet; 1 row rejected."
    assert "Row" in at.markdown[[m.value for m in at.markdown].index("**Rows not kept** (row numbers as in your file)")].value


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "The file is empty"),
        ("latin.csv", "model,benchmark,score,date\nCafé,x,1,2026-01-01\n".encode("latin-1"), "not UTF\\-8 text"),
        ("garbage.csv", bytes(range(256)) * 40, "not UTF\\-8 text"),
        ("wrong.parquet", b"PAR1 this is not parquet", "not a readable Parquet file"),
        ("big.csv", b"x" * (uploads.MAX_UPLOAD_BYTES + 1), "the limit is 5 MB"),
    ],
    ids=["empty", "latin-1", "garbage", "wrong-parquet", "too-large"],
)
def test_a_hostile_upload_gets_a_clear_error_and_changes_nothing(name, data, message):
    at = _upload(open_page(PAGE, tab="Your results"), "ours.csv", GOOD_WITH_WEIGHTS.encode())
    _upload(at, name, data)
    error = at.error[0].value
    assert error.startswith("Could not read") and message in error
    assert "Nothing changed: your 2 rows from ours\\.csv are still in use" in " ".join(c.value for c in at.caption)
    assert at.success[0].value.startswith("2 rows kept from ours")


def test_removing_my_rows_drops_them_from_every_view():
    at = _upload(open_page(PAGE, tab="Your results"), "ours.csv", GOOD_WITH_WEIGHTS.encode())
    at.button[0].click().run()
    assert not at.success and "yours" not in set(_lookup(at)["dataset"])


def test_another_session_never_sees_an_upload():
    first = _upload(open_page(PAGE, tab="Your results", model="MiniMax-M2.5"), "ours.csv", GOOD_WITH_WEIGHTS.encode())
    assert "yours" in set(_lookup(first)["dataset"])
    second = open_page(PAGE, tab="Your results", model="MiniMax-M2.5")
    assert not second.success and not second.error
    assert "yours" not in set(_lookup(second)["dataset"])
    assert not any("model_is_new" in f.columns for f in _frames(second))
    assert "Our Model <b>v1</b> (yours)" not in second.selectbox(key="model").options
    assert "Our Model <b>v1</b> (yours)" in first.selectbox(key="model").options
