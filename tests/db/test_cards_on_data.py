"""The Overview's four figures on the project's data read from DuckDB (moved from the old tests/test_story.py; the
cards on hand-made rows are checked in tests/core/test_cards.py). Figures about the whole dataset (the best open
and proprietary models, which models are priced) are derived here from the rows; figures about fixed models from
sources that do not change (the M2.5 launch README and charts, the pinned OpenHands Index snapshot, list prices)
stay pinned."""
import pandas as pd
import pytest

from gapboard.core.cards import cost_card, gap_card, harness_card, pace_card, sources
from gapboard.core.headline import per_harness
from gapboard.core.vocabulary import NOT_STATED, NOT_STATED_LABEL, WEIGHTS
from gapboard.db import catalogue
from gapboard.db import prices as db_prices
from gapboard.db import scores as db_scores
from gapboard.views import cache

ALL = {"reporters": ["vendor", "third_party"], "confidences": ["high", "medium", "low"]}


def _scores(benchmark="swe-bench-verified"):
    """Every public score row of the benchmark, as the Overview reads them (the curated rows and the ingested
    datasets': the OpenHands Index's runs are no longer hand-copied rows)."""
    return db_scores.benchmark_scores(cache.connection(), [benchmark], ["open", "proprietary"], **ALL)


def _curated_prices():
    rows = db_prices.price_rows(cache.connection())
    return rows[rows["dataset"] == "gapboard-curated"]


def _model_rows():
    return catalogue.model_rows(cache.connection())


def _expected_settings(rows: pd.DataFrame) -> pd.DataFrame:
    """Per harness with both kinds of model: the best open and proprietary value and who holds it, the gap and how many
    models it has, main setting first (a stated harness before none, then most models, then harness id). Counted
    here with pandas from one headline value per model and harness (`per_harness`, checked on its own)."""
    cells = per_harness(rows)
    out = []
    for key, group in cells.groupby("harness_key"):
        if set(group["weights"]) != set(WEIGHTS):
            continue
        record = {"harness_key": key, "stated": key != NOT_STATED, "models": group["model"].nunique()}
        for weights in WEIGHTS:
            mine = group[group["weights"] == weights]
            best = mine["value"].max()
            record[f"{weights}_value"] = best
            record[f"{weights}_models"] = " = ".join(sorted(mine.loc[mine["value"] == best, "model_name"]))
        record["gap"] = round(record["proprietary_value"] - record["open_value"], 6)
        record["harness"] = NOT_STATED_LABEL if key == NOT_STATED else group["harness_name"].dropna().iloc[0]
        out.append(record)
    return pd.DataFrame(out).sort_values(["stated", "models", "harness_key"], ascending=[False, False, True]).reset_index(drop=True)


def test_the_gap_today_on_swe_bench_verified_is_taken_under_one_harness_with_its_spread():
    rows = _scores()
    card = gap_card(rows, "swe-bench-verified")
    expected = _expected_settings(rows)
    main, first = card.main, expected.iloc[0]
    columns = ["harness", "open_models", "open_value", "proprietary_models", "proprietary_value", "gap"]
    assert main[columns].tolist() == first[columns].tolist() and bool(main["main"])
    # both values of the main figure are taken under that one harness
    for weights in WEIGHTS:
        behind = rows[(rows["source_url"] == main[f"{weights}_source_url"]) & (rows["model_name"] == main[f"{weights}_model_name"])]
        assert (behind["harness"].fillna(NOT_STATED) == first["harness_key"]).any() and first["stated"]
    assert card.spread == (expected["gap"].min(), expected["gap"].max()) and card.unit == "points"
    assert card.settings["harness"].tolist() == expected["harness"].tolist()
    assert card.settings[["open_value", "proprietary_value", "models"]].values.tolist() == expected[["open_value", "proprietary_value", "models"]].values.tolist()
    # the launch README's Droid figures: M2.5 79.7 vs Opus 4.6 78.9 (one setting of the spread whoever leads the others)
    droid = card.settings.set_index("harness").loc["Droid"]
    assert droid["open_value"] >= 79.7 and droid["proprietary_value"] >= 78.9
    assert card.dots()["value"].tolist()[:2] == [first["open_value"], first["proprietary_value"]]
    assert card.sources()["source_url"].str.match(r"^https?://").all()


def test_harness_robustness_of_m25_against_opus_46():
    card = harness_card(_scores(), "swe-bench-verified", "minimax-m2.5", "claude-opus-4.6")
    assert (card.subject_name, card.comparator_name, card.ahead, len(card.settings)) == ("MiniMax-M2.5", "Claude Opus 4.6", 2, 4)
    # OpenHands: the OpenHands Index's runs (72.6 vs 76.8), read from its pinned snapshot
    assert card.summary() == "Droid +0.8, OpenCode +0.2, OpenHands -4.2, Claude Code (bench_1.png) -0.6"
    assert set(card.dots()["weights"]) == {"open", "proprietary"}
    assert len(card.sources()) == 8
    assert harness_card(_scores(), "swe-bench-verified", "minimax-m2.5", "o3") is None


def test_the_cost_ratio_uses_each_models_cheapest_current_output_price():
    prices, models = _curated_prices(), _model_rows()
    card = cost_card(prices, models, "minimax-m2.5", "claude-opus-4.6")
    assert (card.subject["output_usd_per_mtok"], card.comparator["output_usd_per_mtok"]) == (1.2, 25.0)
    assert card.ratio == pytest.approx(25 / 1.2)
    # derived here: each model's current (no valid_to) output prices on its own developer's API (a host's only for a
    # model its developer does not sell), the cheapest one per model
    sold = set(prices.loc[prices["first_party"], "model"])
    own = prices[prices["first_party"] | ~prices["model"].isin(sold)]
    cheapest = own[own["valid_to"].isna()].dropna(subset=["output_usd_per_mtok"]).groupby("model")["output_usd_per_mtok"].min()
    proprietary = models[models["weights"] == "proprietary"]
    priced = proprietary[proprietary["id"].isin(cheapest.index)]
    bars = card.bars.set_index("model")
    assert set(bars.index) == {"minimax-m2.5"} | set(priced["id"])  # the subject and every priced proprietary model
    assert set(bars.drop(index="minimax-m2.5")["weights"]) == {"proprietary"}
    assert bars["output_usd_per_mtok"].to_dict() == cheapest[bars.index].to_dict()
    assert card.bars["output_usd_per_mtok"].is_monotonic_increasing  # cheapest first
    assert bars["times"].tolist() == pytest.approx((bars["output_usd_per_mtok"] / 1.2).tolist())
    assert card.bars.set_index("model_name").loc["GPT-5", "times"] == pytest.approx(10 / 1.2)
    assert card.unpriced == sorted(proprietary.loc[~proprietary["id"].isin(cheapest.index), "name"])
    # GPT-5.4's only prices come from the LiteLLM release file, i.e. not from the curated dataset
    assert "GPT-5.4" in card.unpriced
    assert cost_card(_curated_prices(), _model_rows(), "minimax-m2.5", "o3") is None


def test_the_pace_of_releases_from_m2_to_m25():
    card = pace_card(_model_rows(), _scores(), "minimax-m2.5", "swe-bench-verified")
    versions = card.versions
    assert versions["name"].tolist() == ["MiniMax-M2", "MiniMax-M2.1", "MiniMax-M2.5"]
    assert versions["days_after_previous"].tolist()[1:] == [57, 51]
    assert (card.span_days, round(card.span_months, 2)) == (108, 3.55)
    assert card.harness == "Claude Code" and versions["value"].tolist() == [69.4, 74.0, 80.2]
    assert card.later == ["MiniMax-M2.7"]
    assert card.steps() == "MiniMax-M2 2025-10-27 → MiniMax-M2.1 +57 days → MiniMax-M2.5 +51 days"
    assert card.sources()["figure"].tolist().count("release date") == 3


def test_the_sources_of_all_four_cards_in_one_table():
    scores, prices, models = _scores(), _curated_prices(), _model_rows()
    cards = (
        gap_card(scores, "swe-bench-verified"),
        harness_card(scores, "swe-bench-verified", "minimax-m2.5", "claude-opus-4.6"),
        cost_card(prices, models, "minimax-m2.5", "claude-opus-4.6"),
        pace_card(models, scores, "minimax-m2.5", "swe-bench-verified"),
    )
    table = sources(*cards)
    assert table["card"].value_counts().to_dict() == {  # a row per kind and setting, per side and setting, per bar
        "1 · The gap today": 2 * len(cards[0].settings), "2 · Harness robustness": 8, "3 · The cost ratio": len(cards[2].bars),
        "4 · The pace of releases": 6,
    }
    assert table["source_url"].str.match(r"^https?://").all()
    assert sources(None, None, cards[2], None)["card"].unique().tolist() == ["3 · The cost ratio"]
    assert sources(None, None, None, None).empty
