"""The Overview's cards on hand-made rows (the exact values on the curated data are checked in
tests/db/test_cards_core_moved.py; this was the pure half of the old tests/test_story.py)."""
import pandas as pd

from gapboard.core import cards, cost
from tests.support.rows import frame, score


def test_prices_that_ended_or_lack_an_output_price_are_not_current():
    prices = pd.DataFrame([
        {"model": "a", "output_usd_per_mtok": 1.0, "valid_to": pd.Timestamp("2025-01-01"), "as_of": pd.Timestamp("2025-01-01"), "reported_by": "vendor", "price_list": "old", "first_party": True},
        {"model": "a", "output_usd_per_mtok": 2.0, "valid_to": pd.NaT, "as_of": pd.Timestamp("2026-01-01"), "reported_by": "vendor", "price_list": "new", "first_party": True},
        {"model": "a", "output_usd_per_mtok": None, "valid_to": pd.NaT, "as_of": pd.Timestamp("2026-01-01"), "reported_by": "vendor", "price_list": "cny", "first_party": True},
    ])
    assert cost.cheapest_output_prices(prices)["price_list"].tolist() == ["new"]


def test_a_version_without_a_result_under_the_familys_harness_stays_missing():
    models = pd.DataFrame([
        {"id": m, "name": m.upper(), "family": "F", "vendor": "V", "weights": "open", "release_date": pd.Timestamp(d), "release_date_precision": "day",
         "source_url": "https://example.org", "note": None}
        for m, d in [("o1", "2025-01-01"), ("o2", "2025-07-02")]
    ])
    rows = frame(score("o1", 60), score("o2", 70, harness="h2"))  # one model each: the main harness is h1 (by id)
    card = cards.pace_card(models, rows, "o2", "b1")
    assert card.harness == "Harness One" and card.versions["value"].isna().tolist() == [False, True]
    assert cards.pace_card(models, rows, "zz", "b1") is None


def test_a_new_generations_first_model_is_paced_against_its_vendors_line():
    models = pd.DataFrame([
        {"id": m, "name": m.upper(), "family": f, "vendor": "V", "weights": "open", "release_date": pd.Timestamp(d),
         "release_date_precision": "day", "source_url": "https://example.org", "note": None}
        for m, f, d in [("o1", "V M2", "2025-10-01"), ("o2", "V M2", "2025-12-01"), ("p1", "V M3", "2026-06-01"),
                        ("p2", "V M3", "2026-10-01")]
    ])
    rows = frame(score("o1", 60), score("p1", 70))
    first = cards.pace_card(models, rows, "p1", "b1")  # the first of family V M3: its vendor's line
    assert first.line == "V" and first.versions["id"].tolist() == ["o1", "o2", "p1"] and first.later == ["P2"]
    second = cards.pace_card(models, rows, "p2", "b1")
    assert second.line == "V M3" and second.versions["id"].tolist() == ["p1", "p2"]
    assert cards.pace_card(models, rows, "o2", "b1").line == "V M2"


def test_the_cost_ratio_uses_the_developers_own_price_not_a_cheaper_host():
    rows = [
        {"model": "m", "output_usd_per_mtok": 1.2, "first_party": True, "price_list": "own"},
        {"model": "m", "output_usd_per_mtok": 0.9, "first_party": False, "price_list": "host"},
        {"model": "h", "output_usd_per_mtok": 2.0, "first_party": False, "price_list": "only a host sells it"},
    ]
    frame = pd.DataFrame(rows).assign(valid_to=pd.NaT, as_of=pd.Timestamp("2026-01-01"), reported_by="vendor")
    chosen = cost.cheapest_output_prices(frame).set_index("model")["price_list"].to_dict()
    assert chosen == {"m": "own", "h": "only a host sells it"}
