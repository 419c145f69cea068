"""The headline rule (`core.headline.headline_values`): which of a cell's reported values it shows, and what it
says about the others."""
import pandas as pd

from gapboard.core.headline import headline_values


def _scores(rows):
    columns = ["model", "benchmark", "value", "source_form", "confidence", "as_of", "model_name", "weights"]
    return pd.DataFrame(rows, columns=columns)


def test_headline_prefers_text_then_confidence_then_newest_and_counts_disagreement():
    rows = _scores([
        ("a", "b1", 72.0, "chart", "high", "2026-02-13", "A", "open"),
        ("a", "b1", 76.3, "text", "high", "2026-02-13", "A", "open"),
        ("a", "b1", 75.1, "chart", "high", "2026-02-13", "A", "open"),
        ("a", "b2", 50.0, "text", "low", "2026-03-01", "A", "open"),
        ("a", "b2", 51.0, "text", "high", "2026-01-01", "A", "open"),
        ("c", "b1", 60.0, "text", "high", "2025-01-01", "C", "proprietary"),
        ("c", "b1", 61.0, "text", "high", "2025-06-01", "C", "proprietary"),
    ])
    chosen = headline_values(rows).set_index(["model", "benchmark"])
    assert chosen.loc[("a", "b1"), "value"] == 76.3 and chosen.loc[("a", "b1"), "distinct_values"] == 3
    assert chosen.loc[("a", "b2"), "value"] == 51.0
    assert chosen.loc[("c", "b1"), "value"] == 61.0 and chosen.loc[("c", "b1"), "values_reported"] == 2


def test_each_headline_lists_the_other_values_of_its_own_cell_only():
    rows = _scores([
        ("z", "b1", 10.0, "text", "high", "2026-01-01", "Z", "open"),
        ("a", "b2", 20.0, "text", "high", "2026-01-01", "A", "open"),
        ("a", "b2", 21.5, "chart", "high", "2026-01-01", "A", "open"),
        ("m", "b1", 30.0, "text", "high", "2026-01-01", "M", "open"),
        ("m", "b1", 31.0, "text", "low", "2026-01-01", "M", "open"),
        ("m", "b1", 31.0, "chart", "low", "2026-01-01", "M", "open"),
    ])
    chosen = headline_values(rows).set_index(["model", "benchmark"])
    assert chosen.loc[("z", "b1"), "other_values"] == "" and chosen.loc[("z", "b1"), "values_reported"] == 1
    assert chosen.loc[("a", "b2"), "other_values"] == "21.5" and chosen.loc[("a", "b2"), "distinct_values"] == 2
    assert chosen.loc[("m", "b1"), "other_values"] == "31" and chosen.loc[("m", "b1"), "values_reported"] == 3


def test_a_cell_whose_harness_is_not_stated_lists_only_its_other_values():
    rows = _scores([
        ("a", "b1", 80.9, "text", "high", "2026-01-01", "A", "open"),
        ("a", "b1", 80.9, "chart", "high", "2026-02-01", "A", "open"),
        ("c", "b1", 60.0, "text", "high", "2026-01-01", "C", "open"),
        ("c", "b1", 59.0, "chart", "high", "2026-01-01", "C", "open"),
    ]).assign(harness=[None, None, None, "h1"])
    chosen = headline_values(rows, ("model", "benchmark", "harness"))
    a = chosen[chosen["model"] == "a"].iloc[0]
    assert a["values_reported"] == 2 and a["other_values"] == "" and pd.isna(a["harness"])  # was "80.9": itself
    assert chosen[(chosen["model"] == "c") & chosen["harness"].isna()]["other_values"].tolist() == [""]
    assert len(chosen) == 3
