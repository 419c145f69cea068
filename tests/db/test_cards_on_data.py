"""The Overview's four figures: exact values on the curated data read from DuckDB (moved from the old
tests/test_story.py; the cards on hand-made rows are checked in tests/core/test_cards.py)."""
import pytest

from gapboard.core.cards import cost_card, gap_card, harness_card, pace_card, sources
from gapboard.db import catalogue
from gapboard.db import prices as db_prices
from gapboard.db import scores as db_scores
from gapboard.views import cache

ALL = {"reporters": ["vendor", "third_party"], "confidences": ["high", "medium", "low"]}


def _curated_scores(benchmark="swe-bench-verified"):
    rows = db_scores.benchmark_scores(cache.connection(), [benchmark], ["open", "proprietary"], **ALL)
    return rows[rows["dataset"] == "gapboard-curated"]


def _curated_prices():
    rows = db_prices.price_rows(cache.connection())
    return rows[rows["dataset"] == "gapboard-curated"]


def _model_rows():
    return catalogue.model_rows(cache.connection())


def test_the_gap_today_on_swe_bench_verified_is_taken_under_one_harness_with_its_spread():
    card = gap_card(_curated_scores(), "swe-bench-verified")
    main = card.main
    assert (main["harness"], main["open_models"], main["open_value"]) == ("OpenHands", "MiniMax-M3", 76.4)
    assert (main["proprietary_models"], main["proprietary_value"], main["gap"]) == ("Claude Opus 4.6", 76.8, 0.4)
    assert card.spread == (-0.8, 7.4) and card.unit == "points"  # Droid: M2.5 79.7 vs Opus 4.6 78.9; mini-swe-agent: M2.1 67 vs Opus 4.5 74.4
    assert card.settings["harness"].tolist() == ["OpenHands", "Droid", "mini-swe-agent", "OpenCode", "harness not stated"]
    assert card.dots()["value"].tolist()[:2] == [76.4, 76.8]
    assert card.sources()["source_url"].str.match(r"^https?://").all()


def test_harness_robustness_of_m25_against_opus_46():
    card = harness_card(_curated_scores(), "swe-bench-verified", "minimax-m2.5", "claude-opus-4.6")
    assert (card.subject_name, card.comparator_name, card.ahead, len(card.settings)) == ("MiniMax-M2.5", "Claude Opus 4.6", 2, 4)
    assert card.summary() == "Droid +0.8, OpenCode +0.2, OpenHands -4.2, Claude Code (bench_1.png) -0.6"
    assert set(card.dots()["weights"]) == {"open", "proprietary"}
    assert len(card.sources()) == 8
    assert harness_card(_curated_scores(), "swe-bench-verified", "minimax-m2.5", "o3") is None


def test_the_cost_ratio_uses_each_models_cheapest_current_output_price():
    card = cost_card(_curated_prices(), _model_rows(), "minimax-m2.5", "claude-opus-4.6")
    assert (card.subject["output_usd_per_mtok"], card.comparator["output_usd_per_mtok"]) == (1.2, 25.0)
    assert card.ratio == pytest.approx(25 / 1.2)
    assert card.bars["model_name"].iloc[0] == "MiniMax-M2.5" and set(card.bars["weights"][1:]) == {"proprietary"}
    assert card.bars.set_index("model_name").loc["GPT-5", "times"] == pytest.approx(10 / 1.2)
    # GPT-5.4's only price comes from the LiteLLM release file, i.e. not from the curated dataset
    assert card.unpriced == ["Claude Opus 4", "Claude Opus 4.1", "Claude Sonnet 3.7", "Claude Sonnet 4", "GPT-5.4", "Gemini 2.5 Pro", "o3"]
    assert cost_card(_curated_prices(), _model_rows(), "minimax-m2.5", "o3") is None


def test_the_pace_of_releases_from_m2_to_m25():
    card = pace_card(_model_rows(), _curated_scores(), "minimax-m2.5", "swe-bench-verified")
    versions = card.versions
    assert versions["name"].tolist() == ["MiniMax-M2", "MiniMax-M2.1", "MiniMax-M2.5"]
    assert versions["days_after_previous"].tolist()[1:] == [57, 51]
    assert (card.span_days, round(card.span_months, 2)) == (108, 3.55)
    assert card.harness == "Claude Code" and versions["value"].tolist() == [69.4, 74.0, 80.2]
    assert card.later == ["MiniMax-M2.7"]
    assert card.steps() == "MiniMax-M2 2025-10-27 → MiniMax-M2.1 +57 days → MiniMax-M2.5 +51 days"
    assert card.sources()["figure"].tolist().count("release date") == 3


def test_the_sources_of_all_four_cards_in_one_table():
    scores, prices, models = _curated_scores(), _curated_prices(), _model_rows()
    cards = (
        gap_card(scores, "swe-bench-verified"),
        harness_card(scores, "swe-bench-verified", "minimax-m2.5", "claude-opus-4.6"),
        cost_card(prices, models, "minimax-m2.5", "claude-opus-4.6"),
        pace_card(models, scores, "minimax-m2.5", "swe-bench-verified"),
    )
    table = sources(*cards)
    assert table["card"].value_counts().to_dict() == {
        "1 · The gap today": 10, "2 · Harness robustness": 8, "3 · The cost ratio": 10, "4 · The pace of releases": 6,
    }
    assert table["source_url"].str.match(r"^https?://").all()
    assert sources(None, None, cards[2], None)["card"].unique().tolist() == ["3 · The cost ratio"]
    assert sources(None, None, None, None).empty
