"""The Benchmarks and Overview pages under AppTest: every filter, markers, missing values, conflicts, the gap,
the frontier, the claims check and the four Overview figures, as a fresh session opening a link would see them."""
import json
from urllib.parse import parse_qs

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from gapboard.build.config import PROJECT_ROOT
from gapboard.core import cards, claims
from gapboard.db import catalogue, prices, scores
from gapboard.views import cache
from tests.support.data import edit_csv
from tests.support.pages import open_page

PAGE = "pages/benchmarks.py"
CURATED = "Gapboard curated scores and prices"  # the fixed dataset: other datasets' rows never change these counts


def table(at) -> pd.DataFrame:
    return at.dataframe[0].value


def shown(at) -> pd.DataFrame:
    """The table as displayed: numbers with their markers, "not reported" for missing cells."""
    styler = at.dataframe[0].proto.arrow_data.styler
    return pa.ipc.open_stream(styler.display_values).read_all().to_pandas()


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


def chart(at, index=0):
    proto = at.get("vega_lite_chart")[index].proto
    data = {d.name: pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in proto.datasets}
    return json.loads(proto.spec), data


@pytest.mark.parametrize(("weights", "count"), [("Open", 16), ("Proprietary", 9), ("Both", 25)])
def test_weights_filter_counts_exactly_the_open_and_proprietary_models(weights, count):
    # Counted independently in the curated scores.csv: SWE-bench Verified rows name 16 open and 9 proprietary models.
    at = open_page(PAGE, bench="SWE-bench Verified", weights=weights, data=CURATED)
    rows = table(at)
    assert not at.exception and not at.warning
    assert len(rows) == count
    assert set(rows["Weights"]) == ({weights.lower()} if weights != "Both" else {"open", "proprietary"})
    assert f"{count} models" in captions(at)


def test_a_models_weights_flag_comes_from_the_current_sources_never_a_stale_copy(private_data):
    # A public leaderboard once kept showing a model under its old open/proprietary flag; here an edit to
    # models.csv must move the model between the two counts on the next run.
    edit_csv(private_data.sources / "models.csv", 6, "weights", "proprietary")  # line 6 is minimax-m2.7
    opened = table(open_page(PAGE, bench="SWE-bench Verified", weights="Open", data=CURATED))
    closed = table(open_page(PAGE, bench="SWE-bench Verified", weights="Proprietary", data=CURATED))
    assert (len(opened), len(closed)) == (15, 10)
    assert "MiniMax-M2.7" in set(closed["Model"]) and "MiniMax-M2.7" not in set(opened["Model"])


def test_vendor_family_and_category_filters():
    vendor = table(open_page(PAGE, vendor="MiniMax", data=CURATED))
    assert sorted(vendor["Model"]) == ["MiniMax-M2", "MiniMax-M2.1", "MiniMax-M2.5", "MiniMax-M2.7", "MiniMax-M3"]
    assert set(vendor["Vendor"]) == {"MiniMax"}
    family = table(open_page(PAGE, families="Kimi K2", data=CURATED))
    assert sorted(family["Model"]) == ["Kimi K2 (Instruct, 0711)", "Kimi K2 Thinking", "Kimi K2-0905", "Kimi K2.5"]
    search = open_page(PAGE, cat="Search")
    assert list(table(search).columns) == ["Model", "Weights", "Vendor", "Released", "BrowseComp"]
    assert search.multiselect(key="bench").options[:1] == ["BrowseComp"]


def test_harness_filter_and_one_column_per_harness():
    at = open_page(PAGE, bench="SWE-bench Verified", harness="OpenHands", data=CURATED)
    assert len(table(at)) == 15
    assert not shown(at)["SWE-bench Verified"].str.contains("≠").any()  # one harness: nothing to mark
    split = table(open_page(PAGE, bench="SWE-bench Verified", split="true", data=CURATED))
    assert list(split.columns[4:7]) == ["SWE-bench Verified · harness not stated", "SWE-bench Verified · OpenHands", "SWE-bench Verified · Droid"]
    m25 = split.set_index("Model").loc["MiniMax-M2.5"]
    assert (m25["SWE-bench Verified · OpenHands"], m25["SWE-bench Verified · Droid"], m25["SWE-bench Verified · Claude Code"]) == (72.6, 79.7, 80.2)
    assert pd.isna(m25["SWE-bench Verified · harness not stated"])


def test_reporter_filter_and_the_vendor_marker():
    third = open_page(PAGE, bench="SWE-bench Verified", reporter="Third-party", data=CURATED)
    assert not shown(third)["SWE-bench Verified"].str.contains(" V").any()
    assert table(third).set_index("Model").loc["MiniMax-M2.5", "SWE-bench Verified"] == 72.6  # the OpenHands run
    vendor = open_page(PAGE, bench="SWE-bench Verified", reporter="Vendor-reported", data=CURATED)
    cells = shown(vendor)["SWE-bench Verified"]
    assert cells[cells != "not reported"].str.contains(" V").all()
    assert table(vendor).set_index("Model").loc["MiniMax-M2.5", "SWE-bench Verified"] == 80.2  # Claude Code, its own README


def test_release_date_confidence_and_complete_rows_filters():
    since = open_page(PAGE, since="2026-01-01", data=CURATED)
    assert len(table(since)) == 8 and min(table(since)["Released"]) >= "2026-01"
    high = table(open_page(PAGE, bench="SWE-bench Verified", conf="High", data=CURATED))
    assert len(high) == 24 and "GPT-5.1" not in set(high["Model"])  # its only value is a medium-confidence relay
    complete = table(open_page(PAGE, complete="true", data=CURATED))
    assert sorted(complete["Model"]) == ["Claude Opus 4.5", "Gemini 3 Pro", "MiniMax-M2.1"]
    assert not complete.iloc[:, 4:].isna().any().any()


def test_missing_stays_missing_and_a_reported_zero_stays_zero():
    at = open_page(PAGE, bench=["Commit0", "SWE-bench Pro"], data=CURATED)
    rows, display = table(at).set_index("Model"), shown(at).set_index("Model")
    assert rows.loc["Qwen3-Coder-480B-A35B-Instruct", "Commit0"] == 0.0  # OpenHands Index reports 0
    assert display.loc["Qwen3-Coder-480B-A35B-Instruct", "Commit0"] == "0"
    assert pd.isna(rows.loc["Qwen3-Coder-480B-A35B-Instruct", "SWE-bench Pro"])
    assert display.loc["Qwen3-Coder-480B-A35B-Instruct", "SWE-bench Pro"] == "not reported"


def test_conflicting_values_are_marked_in_the_cell_and_listed():
    at = open_page(PAGE, bench="BrowseComp (with context management)", data=CURATED)
    assert shown(at).set_index("Model").loc["MiniMax-M2.5", "BrowseComp (with context management)"] == "76.3 V ⚠3"
    assert len(at.dataframe) == 1  # the conflicts list is computed only when opened
    opened = open_page(PAGE, bench="BrowseComp (with context management)", data=CURATED, conflicts="true", values="true")
    conflicts, values = opened.dataframe[1].value, opened.dataframe[2].value
    row = conflicts[conflicts["model_name"] == "MiniMax-M2.5"].iloc[0]
    assert (row["value"], row["other_values"], row["values_reported"]) == (76.3, "75.1, 72", 3)
    assert sorted(values.loc[values["model"] == "minimax-m2.5", "value"]) == [72.0, 75.1, 76.3]
    assert opened.expander[1].label.startswith("Conflicts: ")
    bad = open_page(PAGE, conflicts="maybe")
    assert "Ignored conflicts" in bad.warning[0].value


def test_a_cell_link_opens_every_value_behind_the_cell():
    at = open_page(PAGE, cell="minimax-m2.5:swe-bench-verified", data=CURATED)
    assert not at.warning
    text = "\n".join(m.value for m in at.markdown)
    assert "Shown in the table: **72\\.6** under OpenHands" in text
    detail = at.dataframe[1].value
    assert sorted(detail["value"]) == [72.6, 76.1, 79.7, 80.2, 80.2]
    assert detail.loc[detail["shown"] == "✓", "value"].tolist() == [72.6]
    assert detail["source_url"].str.match(r"^https?://").all() and set(detail["reported_by"]) == {"vendor", "third_party"}
    assert at.dataframe[0].proto.selection_default  # the cell is selected in the table too
    bad = open_page(PAGE, cell="minimax-m2.5:nope")
    assert "Ignored cell" in bad.warning[0].value and not bad.exception


def test_the_gap_tab_shows_best_open_vs_best_proprietary_per_benchmark():
    at = open_page(PAGE, view="Gap today", bench=["SWE-bench Verified", "Multi-SWE-bench"], data=CURATED)
    assert not at.exception and not at.warning
    gaps = at.dataframe[0].value
    main = gaps[gaps["main"]].set_index("benchmark_name")
    assert main.loc["SWE-bench Verified", ["harness", "open_models", "open_value", "proprietary_models", "proprietary_value", "gap"]].tolist() == [
        "OpenHands", "MiniMax-M3", 76.4, "Claude Opus 4.6", 76.8, 0.4,
    ]
    assert main.loc["Multi-SWE-bench", "gap"] == -7.0  # Claude Code: M2.5 51.3 vs Sonnet 4.5 44.3
    spec, data = chart(at)
    values = next(iter(data.values()))
    assert sorted(values["value"]) == [44.3, 51.3, 76.4, 76.8]
    assert spec["layer"][1]["encoding"]["color"]["legend"] == {"orient": "top"}  # the open/proprietary legend


def test_the_frontier_tab_computes_months_behind():
    at = open_page(PAGE, view="Gap over time", fbench="SWE-bench Verified", data=CURATED)
    assert not at.exception and not at.warning
    assert at.metric[0].value == "6.2 months"
    text = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert "results under **OpenHands**" in text and "on 2025-11-24 (Claude Opus 4.5, 76.6): 6.2 months earlier" in text
    spec, data = chart(at)
    assert any("step-after" in json.dumps(layer) for layer in spec["layer"])
    one_kind = open_page(PAGE, view="Gap over time", fharness="Claude Code", data=CURATED)  # only MiniMax models
    assert one_kind.metric[0].value == "not enough data" and not one_kind.exception
    mixed = open_page(PAGE, view="Gap over time", fharness="Any harness (mixed: not comparable)", data=CURATED)
    assert not mixed.exception


def test_complete_rows_only_with_no_complete_model_says_so():
    at = open_page(PAGE, since="2025-12-31", complete="true")
    assert not at.exception
    assert any("No model has a value for every selected benchmark" in info.value for info in at.info)


def _add_undated_model(paths):
    """A proprietary model with a SWE-bench Verified result but no release date, in a private data copy."""
    with (paths.sources / "models.csv").open("a", encoding="utf-8") as models:
        models.write("undated-x,Undated X,Undated,Nobody,proprietary,,,,,,,,,,\n")
    with (paths.sources / "scores.csv").open("a", encoding="utf-8") as scores:
        scores.write("undated-x,swe-bench-verified,openhands,70,percent,third_party,https://example.org/x,,text,2026-01-01,high,\n")


def test_models_without_a_release_date_are_listed_never_dropped_silently(private_data):
    _add_undated_model(private_data)
    since = open_page(PAGE, since="2026-01-01", data=CURATED)
    assert "Undated X (no release date" in captions(since).replace("\\", "")
    frontier = open_page(PAGE, view="Gap over time", fbench="SWE-bench Verified", data=CURATED)
    assert "Not shown in the frontier: " in captions(frontier)
    assert "Undated X (no release date)" in captions(frontier).replace("\\", "")


def test_the_claims_tab_shows_every_claim_with_its_computed_verdict():
    at = open_page(PAGE, view="Claims check")
    assert not at.exception and not at.warning
    con = cache.connection()
    results = claims.check_all(catalogue.claims(con), scores.claim_scores(con), prices.price_rows(con), catalogue.model_rows(con))
    counts = claims.verdict_counts(results)
    assert [m.value for m in at.metric] == [str(counts[v]) for v in claims.VERDICTS]
    listed = at.dataframe[0].value
    assert len(listed) == sum(counts.values()) == len(catalogue.claims(con))
    assert listed["verdict"].tolist()[:2] == ["✓ supported", "✗ contradicted"]
    assert len(at.dataframe) == 1  # evidence appears once a claim is selected


def test_a_claim_link_opens_its_evidence_rows():
    at = open_page(PAGE, view="Claims check", claim="m25-standard-input")
    assert not at.exception and not at.warning
    text = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert "✗ contradicted — Standard M2.5 costs $0.15 per million input tokens." in text
    assert "**Verdict: contradicted.** 0 of 3 sources give 0.15; the values found are 0.3." in text
    evidence = at.dataframe[1].value
    assert evidence["counts"].tolist().count("differs") == 3 and evidence["counts"].tolist().count("not counted") == 1
    assert evidence["source_url"].str.match(r"^https?://").all()
    assert at.dataframe[0].proto.selection_default  # the claim's row is selected in the list
    bad = open_page(PAGE, view="Claims check", claim="nope")
    assert "Ignored claim" in bad.warning[0].value and len(bad.dataframe) == 1


def open_overview(**params) -> AppTest:
    """The default page opened from a link (open_page would draw it once without the link first)."""
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60)
    at.query_params.update(params)
    return at.run()


def test_the_overview_shows_the_four_figures_computed_from_the_data():
    at = open_overview()
    assert not at.exception and not at.warning
    con = cache.connection()
    rows = scores.benchmark_scores(con, ["swe-bench-verified"], ["open", "proprietary"], ["vendor", "third_party"], ["high", "medium", "low"])
    gap_card = cards.gap_card(rows, "swe-bench-verified")
    harness_card = cards.harness_card(rows, "swe-bench-verified", "minimax-m2.5", "claude-opus-4.6")
    cost_card = cards.cost_card(prices.price_rows(con), catalogue.model_rows(con), "minimax-m2.5", "claude-opus-4.6")
    pace_card = cards.pace_card(catalogue.model_rows(con), rows, "minimax-m2.5", "swe-bench-verified")
    assert [m.value for m in at.metric[:4]] == [
        f"{gap_card.main['gap']:+.1f} {gap_card.unit}",
        f"{harness_card.ahead} of {len(harness_card.settings)} setups",
        f"1/{cost_card.ratio:.0f}",
        f"{len(pace_card.versions)} releases in {pace_card.span_months:.1f} months",
    ]
    assert len(at.get("vega_lite_chart")) == 4
    assert [link.proto.page for link in at.get("page_link")] == ["benchmarks", "harnesses", "cost", "timeline", "benchmarks"]
    summary = at.dataframe[-1].value
    assert len(summary) == len(catalogue.claims(con)) and summary["verdict"].str.match(r"^[✓◐✗?] ").all()


def test_each_card_links_to_its_page_opened_on_the_same_models_and_benchmark():
    at = open_overview(featured="GLM-5", versus="GPT-5.2", benchmark="SWE-bench Verified")
    links = {link.proto.page: parse_qs(link.proto.query_string) for link in at.get("page_link")}
    assert links["harnesses"] == {"a": ["GLM-5"], "b": ["GPT-5.2"], "hbench": ["SWE-bench Verified"]}
    assert links["cost"] == {"models": ["GLM-5", "GPT-5.2"], "base": ["GPT-5.2"]}
    assert links["timeline"] == {"family": ["GLM"], "tbench": ["SWE-bench Verified"]}
    # a one-value parameter arrives as a plain string, as it does from a real URL
    opened = {page: open_page(f"pages/{page}.py", **{k: v if len(v) > 1 else v[0] for k, v in params.items()})
              for page, params in links.items() if page != "benchmarks"}
    for page, target in opened.items():
        assert not target.exception, page
        assert not [w.value for w in target.warning if "Ignored" in w.value], page
    assert (opened["harnesses"].selectbox(key="a").value, opened["harnesses"].selectbox(key="b").value) == ("glm-5", "gpt-5.2")
    assert opened["cost"].multiselect(key="models").value == ["glm-5", "gpt-5.2"]
    assert opened["cost"].selectbox(key="base").value == "gpt-5.2"
    assert opened["timeline"].selectbox(key="family").value == "GLM"
    assert opened["timeline"].multiselect(key="tbench").value == ["swe-bench-verified"]


def test_the_overview_follows_its_link_parameters():
    at = open_overview(featured="GLM-5", versus="GPT-5.2", benchmark="SWE-bench Verified")
    assert not at.exception and not at.warning
    assert at.metric[1].label == r"GLM\-5 ahead of GPT\-5\.2\, SWE\-bench Verified"
    assert at.metric[2].label == r"GLM\-5 output price vs GPT\-5\.2"
    bad = open_overview(featured="Nope")
    assert "Ignored featured" in bad.warning[0].value and bad.metric[1].label.startswith(r"MiniMax\-M2\.5 ahead of")


def test_the_overview_says_what_it_cannot_compute_and_names_the_unit():
    at = open_overview(featured="Qwen3-Coder-480B-A35B-Instruct", benchmark="Vending-Bench 2")
    assert not at.exception
    assert at.metric[0].value.endswith(" USD")  # Vending-Bench 2 is a final balance in USD, not points
    notes = [i.value for i in at.info]
    assert len(notes) == 2 and all(n.startswith("Not enough data for ") for n in notes)  # harness duel and pace
    assert at.metric[1].value.startswith("1/")  # a price exists (a third-party host), so the cost ratio is shown
