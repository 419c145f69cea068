"""Claims verdicts: each kind of check on hand-made rows, and what a claim row must carry. (The launch claims on the
curated data are checked in tests/db/test_claims_on_data.py, the build's check of a claim's models in
tests/build/test_claim_references.py.)"""
import pandas as pd
import pytest
from pydantic import ValidationError

from gapboard.core import claims, schema
from tests.support.rows import frame, score


def _claim(kind: str, **fields) -> dict:
    return {"id": "c", "claim": "a claim", "claimant": "someone", "claimed": "x", "kind": kind, "model": "o1", **fields}


def _price(model="o1", tier="standard", price_list="list A", inp=0.3, out=1.2, tps=None, url="https://example.org/prices", **extra):
    row = {
        "model": model, "model_name": model.upper(), "weights": "open", "provider": "vendorco", "tier": tier, "price_list": price_list,
        "input_usd_per_mtok": inp, "output_usd_per_mtok": out, "cached_input_usd_per_mtok": None, "tokens_per_second": tps,
        "valid_from": None, "valid_to": None, "as_of": pd.Timestamp("2026-01-01"), "reported_by": "vendor", "source_url": url,
        "source_note": None, "dataset": "gapboard-curated", "first_party": True,
    }
    return row | extra


def _model(model="o1", released="2025-10-27", precision="day", params=229.0, downloads=None, downloads_as_of=None):
    return {
        "id": model, "name": model.upper(), "family": "F", "vendor": "V", "weights": "open",
        "release_date": pd.Timestamp(released) if released else pd.NaT, "release_date_precision": precision,
        "total_params_b": params, "active_params_b": None, "context_window": None, "hf_downloads_last_month": downloads,
        "hf_downloads_as_of": pd.Timestamp(downloads_as_of) if downloads_as_of else pd.NaT,
        "source_url": f"https://example.org/{model}", "note": "model card",
    }


def check(claim, scores=None, prices=(), models=()):
    return claims.check(
        claim, scores if scores is not None else frame(score("o1", 1)), pd.DataFrame(list(prices), columns=list(_price())),
        pd.DataFrame(list(models), columns=list(_model())),
    )


SCORES = frame(
    score("o1", 80.2, source_url="https://example.org/readme"),
    score("o1", 80.2, source_form="chart", source_url="https://example.org/chart.png"),
    score("o1", 75.1, harness="h2", source_url="https://example.org/other.png"),
)


@pytest.mark.parametrize(
    ("fields", "verdict", "counts"),
    [
        ({"harness": "h1", "value": 80.2}, "supported", ["agrees", "agrees"]),
        ({"value": 80.2}, "partly", ["agrees", "agrees", "differs"]),
        ({"value": 80.25, "tolerance": 0.05}, "partly", ["agrees", "agrees", "differs"]),
        ({"value": 90.0}, "contradicted", ["differs", "differs", "differs"]),
        ({"value": 80.2, "benchmark": "b9"}, "not verifiable", []),
        (
            {"value": 75.1, "not_evidence": "https://example.org/readme|https://example.org/chart.png", "not_evidence_reason": "why"},
            "supported", ["not counted", "not counted", "agrees"],
        ),
    ],
)
def test_score_claims(fields, verdict, counts):
    result = check(_claim("score", **({"benchmark": "b1"} | fields)), SCORES)
    assert result.verdict == verdict
    assert sorted(result.evidence["counts"]) == sorted(counts)
    if "not_evidence" in fields:
        assert set(result.evidence.loc[result.evidence["counts"] == "not counted", "source_note"]) == {"why"}


DUEL = frame(
    score("o1", 80.2, harness="h1", source_url="https://example.org/chart.png"),
    score("p1", 80.8, harness=None, source_url="https://example.org/chart.png"),
    score("o1", 79.7, harness="h2", source_url="https://example.org/readme"),
    score("p1", 78.9, harness="h2", source_url="https://example.org/readme"),
    score("p2", 79.7, harness="h2", source_url="https://example.org/readme"),
)


@pytest.mark.parametrize(
    ("fields", "verdict", "ahead"),
    [
        ({"comparator": "p1", "harness": "h1"}, "contradicted", "Ahead in 0 of 1"),
        ({"comparator": "p1", "harness": "h2"}, "supported", "Ahead in 1 of 1"),
        ({"comparator": "p1"}, "partly", "Ahead in 1 of 2"),
        ({"comparator": "p2", "harness": "h1"}, "not verifiable", None),
        ({"harness": "h2"}, "partly", "Ahead in 0 of 1"),  # tied with p2 for the best: not "the best", not beaten
        ({}, "contradicted", "Ahead in 0 of 2"),  # p1 is ahead in one setting: "best of all" is contradicted
    ],
)
def test_beats_claims_compare_only_comparable_settings(fields, verdict, ahead):
    result = check(_claim("beats", benchmark="b1", **fields), DUEL)
    assert result.verdict == verdict
    if ahead:
        assert result.reason.startswith(ahead)
        assert set(result.evidence["source_url"]) <= {"https://example.org/chart.png", "https://example.org/readme"}


PRICES = [
    _price(price_list="launch README", inp=0.15, out=1.2, tps=50, url="https://example.org/readme"),
    _price(price_list="catalogue", inp=0.3, out=1.2),
    _price(price_list="vendor page", inp=0.3, out=1.2, tps=60),
    _price(price_list="CNY list", inp=None, out=None),
    _price(tier="lightning", price_list="catalogue", inp=0.3, out=2.4, tps=100),
    _price(model="p1", price_list="catalogue", inp=5.0, out=25.0),
    _price(model="p2", price_list="catalogue", inp=1.25, out=10.0),
]
EXCLUDE = {"not_evidence": "launch README", "not_evidence_reason": "arithmetic, not a published price"}


@pytest.mark.parametrize(
    ("fields", "verdict", "counted"),
    [
        ({"field": "input_usd_per_mtok", "value": 0.15} | EXCLUDE, "contradicted", 2),
        ({"field": "input_usd_per_mtok", "value": 0.15}, "partly", 3),
        ({"field": "output_usd_per_mtok", "value": 1.2} | EXCLUDE, "supported", 2),
        ({"field": "tokens_per_second", "value": 50}, "partly", 2),
        ({"field": "tokens_per_second", "value": 50, "tier": "premium"}, "not verifiable", 0),
    ],
)
def test_price_claims_skip_missing_fields_and_say_what_they_did_not_count(fields, verdict, counted):
    result = check(_claim("price", **({"tier": "standard"} | fields)), prices=PRICES)
    assert result.verdict == verdict
    assert (result.evidence["counts"] != "not counted").sum() == counted
    if "not_evidence" in fields:
        assert result.evidence.loc[result.evidence["counts"] == "not counted", "source_note"].tolist() == ["arithmetic, not a published price"]


@pytest.mark.parametrize(
    ("claimed", "tps", "verdict"),
    [(1.0, 100, "partly"), (0.864, 100, "supported"), (0.5, 100, "contradicted")],
)
def test_hourly_cost_is_output_tokens_at_the_claimed_speed(claimed, tps, verdict):
    result = check(_claim("hourly_cost", tier="lightning", value=claimed, at_tokens_per_second=tps, tolerance=0.01), prices=PRICES)
    assert result.verdict == verdict
    assert result.evidence["value"].tolist() == ["$0.864 per hour (100 × 3600 × $2.4/M)"]
    assert check(_claim("hourly_cost", tier="x", value=1, at_tokens_per_second=100), prices=PRICES).verdict == "not verifiable"


@pytest.mark.parametrize(("comparator", "verdict", "shown"), [("p1", "supported", "1/20.8"), ("p2", "contradicted", "1/8.3")])
def test_price_ratio_claims(comparator, verdict, shown):
    claim = _claim("price_ratio", tier="standard", comparator=comparator, value=10, value_high=20, tolerance=1) | EXCLUDE
    result = check(claim, prices=PRICES)
    assert result.verdict == verdict and shown in result.reason
    assert "launch README" not in " ".join(result.evidence["what"])
    assert check(_claim("price_ratio", tier="standard", comparator="p9", value=10, value_high=20), prices=PRICES).verdict == "not verifiable"


def test_model_fact_release_and_span_claims():
    models = [_model("o1", "2025-10-27"), _model("o2", "2026-02-12", params=None), _model("o3", "2025-12-01", "month")]
    assert check(_claim("model_fact", field="total_params_b", value=229, tolerance=0.5), models=models).verdict == "supported"
    assert check(_claim("model_fact", field="total_params_b", value=230), models=models).verdict == "contradicted"
    assert check(_claim("model_fact", model="o2", field="total_params_b", value=229), models=models).verdict == "not verifiable"
    window = {"date_from": pd.Timestamp("2025-10-20"), "date_to": pd.Timestamp("2025-10-31")}
    assert check(_claim("release", **window), models=models).verdict == "supported"
    assert check(_claim("release", model="o2", **window), models=models).verdict == "contradicted"
    december = {"date_from": pd.Timestamp("2025-12-01"), "date_to": pd.Timestamp("2025-12-31")}
    assert check(_claim("release", model="o3", **december), models=models).verdict == "supported"  # the whole month is inside
    straddle = {"date_from": pd.Timestamp("2025-12-10"), "date_to": pd.Timestamp("2026-01-31")}
    assert check(_claim("release", model="o3", **straddle), models=models).verdict == "not verifiable"  # only the month is known
    span = check(_claim("release_span", comparator="o2", value=3.5, tolerance=0.5), models=models)
    assert span.verdict == "supported" and "108 days = 3.5 months" in span.reason
    assert check(_claim("release_span", comparator="o2", value=5, tolerance=0.5), models=models).verdict == "contradicted"


def test_download_counts_from_another_period_are_not_verifiable():
    window = {"value": 450000, "date_from": pd.Timestamp("2026-01-15"), "date_to": pd.Timestamp("2026-03-15")}
    later = [_model(downloads=108000, downloads_as_of="2026-05-27")]
    result = check(_claim("downloads", **window), models=later)
    assert result.verdict == "not verifiable" and "108,000 (as of 2026-05-27)" in result.reason
    assert check(_claim("downloads", **window), models=[_model(downloads=450000, downloads_as_of="2026-02-01")]).verdict == "supported"
    assert check(_claim("downloads", **window), models=[_model(downloads=90000, downloads_as_of="2026-02-01")]).verdict == "contradicted"
    assert check(_claim("downloads", **window), models=[_model()]).verdict == "not verifiable"


def test_speedup_is_old_over_new_minus_one():
    rows = frame(score("o1", 22.8, benchmark="runtime"), score("o2", 31.3, benchmark="runtime"))
    result = check(_claim("speedup", comparator="o2", benchmark="runtime", value=37, tolerance=1), rows)
    assert result.verdict == "supported" and "37.3% faster" in result.reason
    assert check(_claim("speedup", comparator="o2", benchmark="runtime", value=27, tolerance=1), rows).verdict == "contradicted"
    assert check(_claim("speedup", comparator="o3", benchmark="runtime", value=37), rows).verdict == "not verifiable"


def test_speedup_pairs_only_figures_from_comparable_settings():
    rows = frame(
        score("o1", 22.8, benchmark="runtime", harness=None, source_url="https://example.org/readme"),
        score("o2", 31.3, benchmark="runtime", harness=None, source_url="https://example.org/readme"),  # side by side
        score("o1", 7.583, benchmark="runtime", harness="h2", source_url="https://example.org/board/o1"),
        score("o2", 9.65, benchmark="runtime", harness="h2", source_url="https://example.org/board/o2"),  # same harness
        score("o2", 40.0, benchmark="runtime", harness="h1", source_url="https://example.org/o2-alone"),  # o1 has no h1 figure
    )
    result = check(_claim("speedup", comparator="o2", benchmark="runtime", value=37, tolerance=1), rows)
    assert result.verdict == "partly"  # 37.3% side by side in the README, 27.3% under Harness Two
    assert "31.3 → 22.8 per task, 37.3% faster" in result.reason and "9.65 → 7.583 per task, 27.3% faster" in result.reason
    assert result.evidence["value"].tolist() == ["7.583", "9.65", "22.8", "31.3"]  # never 40, never 22.8 against 9.65
    assert result.evidence["counts"].tolist() == ["differs", "context", "agrees", "context"]
    apart = frame(score("o1", 22.8, benchmark="runtime", harness="h1"), score("o2", 31.3, benchmark="runtime", harness="h2"))
    assert check(_claim("speedup", comparator="o2", benchmark="runtime", value=37, tolerance=1), apart).verdict == "not verifiable"


def _claims(*rows: dict) -> pd.DataFrame:
    """Claim rows as `catalogue.claims` gives them: every column of the schema, dates as timestamps."""
    columns = list(schema.Claim.model_fields)
    full = [{"claimant_url": "https://example.org/launch", "made_on": "2026-02-01"} | row for row in rows]
    table = pd.DataFrame(full).reindex(columns=columns)
    return table.assign(made_on=pd.to_datetime(table["made_on"]))


def _judge(claim_rows: pd.DataFrame, scores: pd.DataFrame, prices=(), models=()) -> list[claims.Judged]:
    return claims.judge_all(
        claim_rows, scores, pd.DataFrame(list(prices), columns=list(_price())), pd.DataFrame(list(models), columns=list(_model())),
    )


def test_verdict_counts_and_tables_give_both_verdicts():
    rows = _claims(_claim("score", id="c1", benchmark="b1", value=80.2), _claim("score", id="c2", benchmark="b1", value=90.0))
    judged = _judge(rows, SCORES)  # every score row (as of 2026-01-01) was published before the claims (2026-02-01)
    assert claims.verdict_counts([j.now for j in judged]) == {"supported": 0, "partly": 1, "contradicted": 1, "not verifiable": 0}
    assert claims.verdict_counts([j.then for j in judged]) == claims.verdict_counts([j.now for j in judged])
    assert [len(j.now.evidence) for j in judged] == [3, 3]
    table = claims.judged_table(judged)
    assert table["verdict"].tolist() == ["◐ partly", "✗ contradicted"] and table["verdict_then"].tolist() == table["verdict"].tolist()
    assert table["changed"].tolist() == [False, False] and table["id"].tolist() == ["c1", "c2"]
    assert table.loc[0, "why"] == table.loc[0, "why_then"] == "2 of 3 sources give 80.2; the values found are 80.2, 75.1."
    listed = claims.checks_table(judged)
    assert listed[["model", "claimed_by", "verdict_then", "verdict"]].values.tolist() == [
        ["o1", "someone", "partly", "partly"], ["o1", "someone", "contradicted", "contradicted"],
    ]
    assert listed["claimed_on"].tolist() == [pd.Timestamp("2026-02-01")] * 2


# --- judged twice: on the claim's date, and today -------------------------------------------------


def test_known_on_keeps_the_numbers_published_and_the_models_released_by_that_day():
    day = pd.Timestamp("2025-06-01").date()
    scores = frame(
        score("o1", 1, as_of="2025-05-31"), score("o1", 2, as_of="2025-06-01"), score("o2", 3, as_of="2025-06-02"),
    )
    prices = pd.DataFrame([
        _price(price_list="as of before", as_of=pd.Timestamp("2025-05-01")),
        _price(price_list="valid later", valid_from=pd.Timestamp("2025-07-01"), as_of=pd.Timestamp("2025-05-01")),
        _price(price_list="valid before, seen later", valid_from=pd.Timestamp("2025-05-01"), as_of=pd.Timestamp("2025-08-01")),
        _price(price_list="as of later", as_of=pd.Timestamp("2025-06-02")),
    ])
    models = pd.DataFrame([
        _model("o1", "2025-01-01"), _model("o2", "2025-06-01"), _model("o3", "2025-06-02"), _model("o4", None),
    ])
    known_scores, known_prices, known_models = claims.known_on(day, scores, prices, models)
    assert known_scores["value"].tolist() == [1.0, 2.0]  # published on the day counts; the day after does not
    assert known_prices["price_list"].tolist() == ["as of before", "valid before, seen later"]  # valid_from decides first
    assert known_models["id"].tolist() == ["o1", "o2", "o4"]  # released on the day counts; an undated model is kept


def test_a_download_count_taken_after_the_day_is_not_known_on_it():
    models = pd.DataFrame([
        {**_model("o1", "2025-01-01"), "hf_downloads_last_month": 1000, "hf_downloads_as_of": pd.Timestamp("2025-05-01")},
        {**_model("o2", "2025-01-01"), "hf_downloads_last_month": 2000, "hf_downloads_as_of": pd.Timestamp("2025-07-01")},
    ])
    no_prices = pd.DataFrame(columns=["valid_from", "as_of"])
    _, _, known = claims.known_on(pd.Timestamp("2025-06-01").date(), frame(score("o1", 1)), no_prices, models)
    assert known["hf_downloads_last_month"].tolist()[0] == 1000 and pd.isna(known["hf_downloads_last_month"].tolist()[1])
    assert models["hf_downloads_last_month"].tolist() == [1000, 2000]  # the caller's frame is left as it was


# A "best of all" claim made on 2025-02-01 about o1 (released 2025-01-01), and o2, released on 2025-07-02, that beats it.
BEST = _claim("beats", id="best", benchmark="b1", harness="h1", made_on="2025-02-01")
BEFORE = [score("o1", 70.0, as_of="2025-01-10"), score("p1", 65.0, as_of="2024-11-01")]
LATER = score("o2", 75.0, as_of="2025-07-10")
RELEASED = [_model("o1", "2025-01-01"), _model("p1", "2024-10-01")]


def test_a_later_model_changes_the_verdict_of_today_never_the_one_of_the_claims_date():
    (alone,) = _judge(_claims(BEST), frame(*BEFORE), models=RELEASED)
    assert (alone.then.verdict, alone.now.verdict, alone.changed) == ("supported", "supported", False)

    (later,) = _judge(_claims(BEST), frame(*BEFORE, LATER), models=RELEASED + [_model("o2", "2025-07-02")])
    assert (later.then.verdict, later.now.verdict, later.changed) == ("supported", "contradicted", True)
    assert later.then.reason == alone.then.reason == "Ahead in 1 of 1 comparable settings. Harness One: 70 vs 65 (Prop One)."
    pd.testing.assert_frame_equal(later.then.evidence, alone.then.evidence)
    assert later.now.reason == "Ahead in 0 of 1 comparable settings. Harness One: 70 vs 75 (Open Two)."
    assert claims.judged_table([later])[["verdict_then", "verdict", "changed"]].values.tolist() == [
        ["✓ supported", "✗ contradicted", True],
    ]


def test_a_number_published_after_the_claim_is_not_evidence_on_its_date():
    late = frame(score("o1", 80.2, as_of="2026-03-01"))
    (judged,) = _judge(_claims(_claim("score", benchmark="b1", value=80.2, made_on="2026-02-13")), late)
    assert (judged.then.verdict, judged.now.verdict) == ("not verifiable", "supported")
    assert judged.then.evidence.empty and judged.then.reason == "No source in the data gives this value."


def test_a_model_released_after_the_claim_is_unknown_on_its_date():
    models = [_model("o1", "2025-10-27"), _model("o2", "2026-02-12")]
    span = _claim("release_span", comparator="o2", value=3.5, tolerance=0.5, made_on="2026-01-15")  # an announced date
    (judged,) = _judge(_claims(span), frame(score("o1", 1)), models=models)
    assert (judged.then.verdict, judged.now.verdict) == ("not verifiable", "supported")


def test_a_claim_row_must_carry_what_its_kind_needs():
    base = {"id": "x", "claim": "M2.5 scores 80.2", "claimant": "someone", "made_on": "2026-02-15", "claimed": "80.2", "model": "m"}
    with pytest.raises(ValidationError, match="a score claim needs benchmark, value"):
        schema.Claim(**base, kind="score")
    with pytest.raises(ValidationError, match="field must be one of"):
        schema.Claim(**base, kind="price", tier="standard", field="colour", value=1)
    with pytest.raises(ValidationError, match="not_evidence needs not_evidence_reason"):
        schema.Claim(**base, kind="score", benchmark="b", value=1, not_evidence="list")
    assert schema.Claim(**base, kind="score", benchmark="b", value=1).tolerance == 0.0
