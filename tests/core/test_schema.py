import datetime as dt

import pytest
from pydantic import ValidationError

from gapboard.core import schema, vocabulary

GOOD_SCORE = {
    "model": "minimax-m2.5", "benchmark": "swe-bench-verified", "harness": "claude-code", "value": "80.2",
    "unit": "percent", "reported_by": "vendor", "source_url": "https://github.com/MiniMax-AI/MiniMax-M2.5",
    "source_note": "", "source_form": "text", "as_of": "2026-02-13", "confidence": "high", "runs": "4",
}


def test_a_good_score_row_parses_blank_text_as_missing():
    score = schema.Score.model_validate(GOOD_SCORE)
    assert score.value == 80.2 and score.runs == 4 and score.as_of == dt.date(2026, 2, 13)
    assert score.source_note is None
    assert score.dataset == "gapboard-curated"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"value": "100.5"}, "out of range for unit percent"),
        ({"value": "-1"}, "out of range for unit percent"),
        ({"unit": "furlongs"}, "Input should be"),
        ({"source_url": "github.com/x"}, "public http(s) URL"),
        ({"source_url": "javascript:alert(1)"}, "public http(s) URL"),
        ({"source_url": ""}, "Input should be a valid string"),
        ({"as_of": "2026-13-01"}, "valid date"),
        ({"model": "MiniMax M2.5"}, "should match pattern"),
        ({"runs": "0"}, "greater than or equal to 1"),
        ({"surprise": "x"}, "Extra inputs are not permitted"),
    ],
)
def test_bad_score_rows_are_rejected_with_a_plain_reason(change, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        schema.Score.model_validate(GOOD_SCORE | change)


def test_usd_balances_may_be_negative_but_costs_may_not():
    assert schema.Score.model_validate(GOOD_SCORE | {"unit": "usd", "value": "-120"}).value == -120
    with pytest.raises(ValidationError, match="out of range"):
        schema.Score.model_validate(GOOD_SCORE | {"unit": "usd_per_task", "value": "-0.1"})


MODEL = {"id": "m", "name": "M", "family": "F", "vendor": "V", "weights": "open"}


def test_month_precision_dates_must_be_the_first_of_the_month():
    ok = schema.Model.model_validate(MODEL | {"release_date": "2026-02-01", "release_date_precision": "month"})
    assert ok.release_date_precision is vocabulary.DatePrecision.MONTH
    with pytest.raises(ValidationError, match="first of the month"):
        schema.Model.model_validate(MODEL | {"release_date": "2026-02-12", "release_date_precision": "month"})
    with pytest.raises(ValidationError, match="needs release_date_precision"):
        schema.Model.model_validate(MODEL | {"release_date": "2026-02-12"})


def test_model_sanity_checks():
    with pytest.raises(ValidationError, match="active_params_b is larger"):
        schema.Model.model_validate(MODEL | {"total_params_b": "10", "active_params_b": "20"})
    with pytest.raises(ValidationError, match="weights"):
        schema.Model.model_validate(MODEL | {"weights": "semi-open"})


def test_prices_keep_missing_as_none_and_order_their_dates():
    row = {"model": "m", "provider": "p", "tier": "t", "price_list": "l", "as_of": "2026-01-01",
           "reported_by": "vendor", "source_url": "https://example.com/prices"}
    price = schema.Price.model_validate(row)
    assert price.input_usd_per_mtok is None and price.cached_input_usd_per_mtok is None
    with pytest.raises(ValidationError, match="valid_to is before valid_from"):
        schema.Price.model_validate(row | {"valid_from": "2026-02-01", "valid_to": "2026-01-01"})
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        schema.Price.model_validate(row | {"output_usd_per_mtok": "-1"})


def test_benchmarks_list_their_allowed_units():
    bench = schema.Benchmark.model_validate(
        {"id": "gdpval-aa", "name": "GDPval-AA", "category": "office", "unit": "score", "other_units": "elo",
         "higher_is_better": "true", "kind": "score", "measures": "x"}
    )
    assert bench.allowed_units() == {"score", "elo"}
    with pytest.raises(ValidationError, match="unknown unit"):
        schema.Benchmark.model_validate(bench.model_dump() | {"other_units": "parsecs"})
