"""The Overview's four figures: exact values on the curated data and on hand-made rows."""
import pandas as pd
import pytest

from gapboard import queries, story
from tests.score_rows import frame, score

ALL = {"reporters": ["vendor", "third_party"], "confidences": ["high", "medium", "low"]}


def _curated_scores(benchmark="swe-bench-verified"):
    rows = queries.benchmark_scores([benchmark], ["open", "proprietary"], **ALL)
    return rows[rows["dataset"] == "gapboard-curated"]


def _curated_prices():
    rows = queries.price_rows()
    return rows[rows["dataset"] == "gapboard-curated"]


def test_the_gap_today_on_swe_bench_verified_is_taken_under_one_harness_with_its_spread():
    card = story.gap_card(_curated_scores(), "swe-bench-verified")
    main = card.main
    assert (main["harness"], main["open_models"], main["open_value"]) == ("OpenHands", "MiniMax-M3", 76.4)
    assert (main["proprietary_models"], main["proprietary_value"], main["gap"]) == ("Claude Opus 4.6", 76.8, 0.4)
    assert card.spread == (-0.8, 7.4) and card.unit == "points"  # Droid: M2.5 79.7 vs Opus 4.6 78.9; mini-swe-agent: M2.1 67 vs Opus 4.5 74.4
    assert card.settings["harness"].tolist() == ["OpenHands", "Droid", "mini-swe-agent", "OpenCode", "harness not stated"]
    assert card.dots()["value"].tolist()[:2] == [76.4, 76.8]
    assert card.sources()["source_url"].str.match(r"^https?://").all()


def test_harness_robustness_of_m25_against_opus_46():
    card = story.harness_card(_curated_scores(), "swe-bench-verified", "minimax-m2.5", "claude-opus-4.6")
    assert (card.subject_name, card.comparator_name, card.ahead, len(card.settings)) == ("MiniMax-M2.5", "Claude Opus 4.6", 2, 4)
    assert card.summary() == "Droid +0.8, OpenCode +0.2, OpenHands -4.2, Claude Code (bench_1.png) -0.6"
    assert set(card.dots()["weights"]) == {"open", "proprietary"}
    assert len(card.sources()) == 8
    assert story.harness_card(_curated_scores(), "swe-bench-verified", "minimax-m2.5", "o3") is None


def test_the_cost_ratio_uses_each_models_cheapest_current_output_price():
    card = story.cost_card(_curated_prices(), queries.model_rows(), "minimax-m2.5", "claude-opus-4.6")
    assert (card.subject["output_usd_per_mtok"], card.comparator["output_usd_per_mtok"]) == (1.2, 25.0)
    assert card.ratio == pytest.approx(25 / 1.2)
    assert card.bars["model_name"].iloc[0] == "MiniMax-M2.5" and set(card.bars["weights"][1:]) == {"proprietary"}
    assert card.bars.set_index("model_name").loc["GPT-5", "times"] == pytest.approx(10 / 1.2)
    # GPT-5.4's only price comes from the LiteLLM release file, i.e. not from the curated dataset
    assert card.unpriced == ["Claude Opus 4", "Claude Opus 4.1", "Claude Sonnet 3.7", "Claude Sonnet 4", "GPT-5.4", "Gemini 2.5 Pro", "o3"]
    assert story.cost_card(_curated_prices(), queries.model_rows(), "minimax-m2.5", "o3") is None


def test_prices_that_ended_or_lack_an_output_price_are_not_current():
    prices = pd.DataFrame([
        {"model": "a", "output_usd_per_mtok": 1.0, "valid_to": pd.Timestamp("2025-01-01"), "as_of": pd.Timestamp("2025-01-01"), "reported_by": "vendor", "price_list": "old", "first_party": True},
        {"model": "a", "output_usd_per_mtok": 2.0, "valid_to": pd.NaT, "as_of": pd.Timestamp("2026-01-01"), "reported_by": "vendor", "price_list": "new", "first_party": True},
        {"model": "a", "output_usd_per_mtok": None, "valid_to": pd.NaT, "as_of": pd.Timestamp("2026-01-01"), "reported_by": "vendor", "price_list": "cny", "first_party": True},
    ])
    assert story.cheapest_output_prices(prices)["price_list"].tolist() == ["new"]


def test_the_pace_of_releases_from_m2_to_m25():
    card = story.pace_card(queries.model_rows(), _curated_scores(), "minimax-m2.5", "swe-bench-verified")
    versions = card.versions
    assert versions["name"].tolist() == ["MiniMax-M2", "MiniMax-M2.1", "MiniMax-M2.5"]
    assert versions["days_after_previous"].tolist()[1:] == [57, 51]
    assert (card.span_days, round(card.span_months, 2)) == (108, 3.55)
    assert card.harness == "Claude Code" and versions["value"].tolist() == [69.4, 74.0, 80.2]
    assert card.later == ["MiniMax-M2.7"]
    assert card.steps() == "MiniMax-M2 2025-10-27 → MiniMax-M2.1 +57 days → MiniMax-M2.5 +51 days"
    assert card.sources()["figure"].tolist().count("release date") == 3


def test_a_version_without_a_result_under_the_familys_harness_stays_missing():
    models = pd.DataFrame([
        {"id": m, "name": m.upper(), "family": "F", "weights": "open", "release_date": pd.Timestamp(d), "release_date_precision": "day",
         "source_url": "https://example.org", "note": None}
        for m, d in [("o1", "2025-01-01"), ("o2", "2025-07-02")]
    ])
    rows = frame(score("o1", 60), score("o2", 70, harness="h2"))  # one model each: the main harness is h1 (by id)
    card = story.pace_card(models, rows, "o2", "b1")
    assert card.harness == "Harness One" and card.versions["value"].isna().tolist() == [False, True]
    assert story.pace_card(models, rows, "zz", "b1") is None


def test_the_sources_of_all_four_cards_in_one_table():
    scores, prices, models = _curated_scores(), _curated_prices(), queries.model_rows()
    cards = (
        story.gap_card(scores, "swe-bench-verified"),
        story.harness_card(scores, "swe-bench-verified", "minimax-m2.5", "claude-opus-4.6"),
        story.cost_card(prices, models, "minimax-m2.5", "claude-opus-4.6"),
        story.pace_card(models, scores, "minimax-m2.5", "swe-bench-verified"),
    )
    table = story.sources(*cards)
    assert table["card"].value_counts().to_dict() == {
        "1 · The gap today": 10, "2 · Harness robustness": 8, "3 · The cost ratio": 10, "4 · The pace of releases": 6,
    }
    assert table["source_url"].str.match(r"^https?://").all()
    assert story.sources(None, None, cards[2], None)["card"].unique().tolist() == ["3 · The cost ratio"]
    assert story.sources(None, None, None, None).empty


def test_the_cost_ratio_uses_the_developers_own_price_not_a_cheaper_host():
    rows = [
        {"model": "m", "output_usd_per_mtok": 1.2, "first_party": True, "price_list": "own"},
        {"model": "m", "output_usd_per_mtok": 0.9, "first_party": False, "price_list": "host"},
        {"model": "h", "output_usd_per_mtok": 2.0, "first_party": False, "price_list": "only a host sells it"},
    ]
    frame = pd.DataFrame(rows).assign(valid_to=pd.NaT, as_of=pd.Timestamp("2026-01-01"), reported_by="vendor")
    chosen = story.cheapest_output_prices(frame).set_index("model")["price_list"].to_dict()
    assert chosen == {"m": "own", "h": "only a host sells it"}
