"""The cost model: exact values on hand-made prices, properties with hypothesis, and price-row selection."""
import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from gapboard.core import cost
from gapboard.core.cost import AgentWorkload, Preference, PriceWhen, RequestWorkload, SelfHosting, TokenPrices

OPUS = TokenPrices(input=5.0, output=25.0, cached_input=0.5)
LIGHTNING_LAUNCH = TokenPrices(input=0.3, output=2.4)
STANDARD_LAUNCH = TokenPrices(input=0.15, output=1.2)


def requests(**changes) -> RequestWorkload:
    values = {"requests_per_day": 1000, "input_tokens": 4000, "output_tokens": 1000, "cache_share": 0.0, "days_per_month": 22}
    return RequestWorkload(**values | changes)


def agents(**changes) -> AgentWorkload:
    values = {"agents": 2, "hours_per_day": 8, "days_per_month": 20, "input_per_output": 3.0, "cache_share": 0.0}  # 320 hours
    return AgentWorkload(**values | changes)


# --- exact values ----------------------------------------------------------------------------------


def test_effective_input_price_mixes_cached_and_uncached_input():
    assert OPUS.effective_input(0.0) == 5.0
    assert OPUS.effective_input(0.2) == pytest.approx(5.0 * 0.8 + 0.5 * 0.2, rel=1e-15)  # 4.1
    assert OPUS.effective_input(1.0) == 0.5
    assert LIGHTNING_LAUNCH.effective_input(0.9) == 0.3  # no cached price listed: cached tokens pay full input price


def test_request_workload_per_month_by_hand():
    # 1,000 requests × 22 days × (4,000 × $5 + 1,000 × $25) / 1M = 22,000 × $0.045
    assert cost.request_cost_per_month(requests(), OPUS) == pytest.approx(990.0, rel=1e-12)
    # half the input from cache at $0.5: effective input $2.75
    assert cost.request_cost_per_month(requests(cache_share=0.5), OPUS) == pytest.approx(22_000 * (4000 * 2.75 + 1000 * 25) / 1e6)


def test_the_minimax_hourly_claims_output_alone():
    assert cost.hourly_cost(100, 0.0, LIGHTNING_LAUNCH) == pytest.approx(0.864, rel=1e-12)  # 100 × 3600 × $2.4/M
    assert cost.hourly_cost(50, 0.0, STANDARD_LAUNCH) == pytest.approx(0.216, rel=1e-12)  # 50 × 3600 × $1.2/M


def test_the_input_that_reconciles_a_claim():
    ratio = cost.reconciling_input_per_output(1.0, 100, LIGHTNING_LAUNCH)
    assert ratio == pytest.approx((1e6 / 360_000 - 2.4) / 0.3, rel=1e-12)  # 1.259 input tokens per output token
    assert cost.hourly_cost(100, ratio, LIGHTNING_LAUNCH) == pytest.approx(1.0, rel=1e-12)
    assert cost.reconciling_input_per_output(0.3, 50, STANDARD_LAUNCH) == pytest.approx((0.3e6 / 180_000 - 1.2) / 0.15)
    assert cost.reconciling_input_per_output(0.5, 100, LIGHTNING_LAUNCH) < 0  # below output alone: nothing reconciles it
    assert cost.reconciling_input_per_output(1.0, 100, TokenPrices(input=0, output=2.4)) is None


def test_agent_workload_per_month():
    # 2 agents × 8 h × 20 days = 320 hours at 50 tok/s × 3600 × ($25 + 3 × $5)/1M = $7.20/hour
    assert cost.agent_cost_per_month(agents(), 50, OPUS) == pytest.approx(320 * 7.2, rel=1e-12)


def test_cost_per_task_and_per_resolved_task():
    # M2.5's 3.52M tokens per SWE-bench Verified task, 3 input tokens per output token, $0.3 / $1.2
    per_task = cost.cost_per_task(3.52e6, 3.0, TokenPrices(input=0.3, output=1.2))
    assert per_task == pytest.approx(3.52 * (0.25 * 1.2 + 0.75 * 0.3), rel=1e-12)  # $1.848
    assert cost.per_resolved_task(per_task, 80.0) == pytest.approx(1.848 / 0.8, rel=1e-12)
    assert cost.per_resolved_task(per_task, 0.0) is None


def test_self_hosting_cost_and_break_even():
    hosting = SelfHosting(gpus=4, usd_per_gpu_hour=2.79, output_tokens_per_second=849)
    assert hosting.usd_per_day == pytest.approx(4 * 2.79 * 24)
    assert hosting.usd_per_million_output == pytest.approx(4 * 2.79 / (849 * 3600) * 1e6, rel=1e-12)  # $3.65
    api = cost.api_usd_per_million_output(TokenPrices(input=0.3, output=1.2), input_per_output=4.0)
    assert api == pytest.approx(1.2 + 4 * 0.3)
    assert cost.break_even_output_tokens_per_day(hosting, api) == pytest.approx(4 * 2.79 * 24 / 2.4 * 1e6)
    assert cost.break_even_output_tokens_per_day(hosting, 0.0) is None


@pytest.mark.parametrize(
    ("value", "baseline", "expected"),
    [(1.2, 25.0, "1/21 of Opus 4.6"), (15.0, 25.0, "0.60× Opus 4.6"), (50.0, 25.0, "2.00× Opus 4.6"),
     (25.0, 25.0, "same as Opus 4.6"), (3.0, 0.0, None), (3.0, None, None)],
)
def test_ratio_to_the_baseline_reads_like_a_sentence(value, baseline, expected):
    assert cost.ratio_label(value, baseline, "Opus 4.6") == expected


def test_the_pareto_front_keeps_ties_and_drops_dominated_points():
    points = [(1.0, 50.0), (2.0, 60.0), (2.0, 60.0), (3.0, 55.0), (1.0, 50.0), (2.0, 58.0), (0.5, 40.0)]
    assert cost.pareto_front(points) == [True, True, True, False, True, False, True]
    assert cost.pareto_front([(1.0, 50.0), (1.0, 60.0)]) == [False, True]  # same cost, better score wins
    assert cost.pareto_front([(1.0, 60.0), (2.0, 60.0)]) == [True, False]  # same score, lower cost wins
    assert cost.pareto_front([]) == []


def test_invalid_inputs_are_rejected():
    with pytest.raises(ValidationError):
        TokenPrices(input=1.0, output=2.0, cached_input=1.5)  # a cache "discount" above the input price
    with pytest.raises(ValidationError):
        requests(cache_share=1.2)
    with pytest.raises(ValidationError):
        requests(requests_per_day=-1)


# --- properties ------------------------------------------------------------------------------------

money = st.floats(min_value=0, max_value=200, allow_nan=False, allow_infinity=False)
tokens = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
share = st.floats(min_value=0, max_value=1, allow_nan=False)


@st.composite
def prices(draw):
    token_input = draw(money)
    cached = draw(st.none() | st.floats(min_value=0, max_value=token_input))
    return TokenPrices(input=token_input, output=draw(money), cached_input=cached)


@st.composite
def workloads(draw):
    return RequestWorkload(
        requests_per_day=draw(st.floats(0, 1e6)), input_tokens=draw(tokens), output_tokens=draw(tokens),
        cache_share=draw(share), days_per_month=draw(st.floats(0, 31)),
    )


@settings(max_examples=200)
@given(workloads(), prices(), st.floats(min_value=0, max_value=1000))
def test_cost_is_linear_in_volume(workload, price, factor):
    scaled = workload.model_copy(update={"requests_per_day": workload.requests_per_day * factor})
    assert cost.request_cost_per_month(scaled, price) == pytest.approx(factor * cost.request_cost_per_month(workload, price), rel=1e-9, abs=1e-9)
    crew = agents(agents=3)
    assert cost.agent_cost_per_month(crew.model_copy(update={"agents": 3 * factor}), 40, price) == pytest.approx(
        factor * cost.agent_cost_per_month(crew, 40, price), rel=1e-9, abs=1e-9
    )


def _no_less(after: float, before: float) -> bool:
    return after >= before - 1e-9 * max(1.0, abs(before))


@settings(max_examples=300)
@given(workloads(), prices(), st.floats(min_value=0, max_value=1e5), st.sampled_from(["input_tokens", "output_tokens", "requests_per_day"]))
def test_cost_never_falls_when_a_token_count_rises(workload, price, extra, field):
    more = workload.model_copy(update={field: getattr(workload, field) + extra})
    assert _no_less(cost.request_cost_per_month(more, price), cost.request_cost_per_month(workload, price))


@settings(max_examples=300)
@given(workloads(), prices(), st.floats(min_value=0, max_value=100), st.sampled_from(["input", "output", "cached_input"]))
def test_cost_never_falls_when_a_price_rises(workload, price, extra, field):
    current = getattr(price, field)
    if current is None:
        return
    update = {field: current + extra}
    if field == "cached_input":
        update[field] = min(current + extra, price.input)  # a cached price above input is invalid input
    higher = TokenPrices(**price.model_dump() | update)
    assert _no_less(cost.request_cost_per_month(workload, higher), cost.request_cost_per_month(workload, price))
    assert _no_less(cost.hourly_cost(50, 2.0, higher, workload.cache_share), cost.hourly_cost(50, 2.0, price, workload.cache_share))
    assert _no_less(cost.cost_per_task(1e6, 3.0, higher, workload.cache_share), cost.cost_per_task(1e6, 3.0, price, workload.cache_share))


@given(prices(), st.floats(0, 31))
def test_zero_workload_costs_zero(price, days):
    nothing = RequestWorkload(requests_per_day=0, input_tokens=4000, output_tokens=1000, cache_share=0.3, days_per_month=days)
    assert cost.request_cost_per_month(nothing, price) == 0
    assert cost.request_cost_per_month(requests(input_tokens=0, output_tokens=0), price) == 0
    assert cost.agent_cost_per_month(agents(agents=0), 100, price) == 0
    assert cost.hourly_cost(0, 3.0, price) == 0


@settings(max_examples=300)
@given(workloads(), prices(), share, share)
def test_more_cache_never_costs_more(workload, price, first, second):
    less, more = sorted((first, second))
    low = workload.model_copy(update={"cache_share": less})
    high = workload.model_copy(update={"cache_share": more})
    assert cost.request_cost_per_month(high, price) <= cost.request_cost_per_month(low, price)
    assert cost.hourly_cost(50, 3.0, price, more) <= cost.hourly_cost(50, 3.0, price, less)


def _dominates(a, b) -> bool:
    return a[0] <= b[0] and a[1] >= b[1] and (a[0] < b[0] or a[1] > b[1])


coordinates = st.integers(0, 8).map(float)  # a small grid, so ties and duplicates are common


@settings(max_examples=300)
@given(st.lists(st.tuples(coordinates, coordinates), max_size=25))
def test_the_pareto_set_is_minimal_and_correct(points):
    front = cost.pareto_front(points)
    on = [p for p, keep in zip(points, front) if keep]
    for point, keep in zip(points, front):
        if keep:  # correct: nothing beats a frontier point
            assert not any(_dominates(other, point) for other in points)
        else:  # minimal: every point left out is beaten by a point on the frontier
            assert any(_dominates(other, point) for other in on)
    for point, keep in zip(points, front):  # ties share their fate
        assert all(keep == other_keep for other, other_keep in zip(points, front) if other == point)
    if points:
        assert on  # a non-empty set always has a frontier


# --- which price row is used -----------------------------------------------------------------------


def price_row(**values) -> dict:
    base = {
        "model": "m", "model_name": "Model M", "weights": "open", "vendor": "Acme", "provider": "acme",
        "provider_name": "Acme API", "first_party": True, "tier": "fast", "price_list": "list", "catalogue_key": None,
        "input_usd_per_mtok": 1.0, "output_usd_per_mtok": 2.0, "cached_input_usd_per_mtok": None, "tokens_per_second": None,
        "valid_from": None, "valid_to": None, "as_of": dt.date(2026, 11, 29), "reported_by": "third_party",
        "source_url": "https://example.com/p", "source_note": None, "dataset": "gapboard-curated",
        "source_file": "sources/prices.csv", "source_line": 2,
    }
    return base | values


PRICES = pd.DataFrame([
    price_row(price_list="launch README", input_usd_per_mtok=0.3, output_usd_per_mtok=2.4, tokens_per_second=100,
              valid_from=dt.date(2026, 2, 12), as_of=dt.date(2026, 2, 13), reported_by="vendor"),
    price_row(price_list="vendor page", input_usd_per_mtok=0.6, output_usd_per_mtok=2.4, reported_by="vendor"),
    price_row(price_list="catalogue", input_usd_per_mtok=0.3, output_usd_per_mtok=2.4, cached_input_usd_per_mtok=0.03),
    price_row(tier="standard", price_list="vendor page", input_usd_per_mtok=0.3, output_usd_per_mtok=1.2, reported_by="vendor"),
    price_row(provider="host", provider_name="Host", first_party=False, tier="standard", price_list="catalogue",
              input_usd_per_mtok=0.2, output_usd_per_mtok=1.0),
    price_row(provider="acme-cn", provider_name="Acme China", tier="standard", price_list="CNY list",
              input_usd_per_mtok=None, output_usd_per_mtok=None),
    price_row(model="cny-only", model_name="CNY only", provider="acme-cn", provider_name="Acme China", price_list="CNY list",
              input_usd_per_mtok=None, output_usd_per_mtok=None),
])
MODELS = pd.DataFrame({"id": ["m", "cny-only", "nothing"]})


def test_at_launch_takes_the_earliest_dated_row_and_latest_the_newest_vendor_row():
    launch = cost.price_options(PRICES, PriceWhen.LAUNCH).set_index("option")
    latest = cost.price_options(PRICES, PriceWhen.LATEST).set_index("option")
    assert launch.loc["Acme API · fast", "price_list"] == "launch README" and launch.loc["Acme API · fast", "input_usd_per_mtok"] == 0.3
    assert latest.loc["Acme API · fast", "price_list"] == "vendor page" and latest.loc["Acme API · fast", "input_usd_per_mtok"] == 0.6
    # the newest list gives no speed, so the speed comes from the list that does, and says so
    assert latest.loc["Acme API · fast", "speed"] == 100 and "launch README" in latest.loc["Acme API · fast", "speed_note"]
    assert "Acme China · standard" not in latest.index  # no USD figure: never an option


def test_models_without_a_usd_price_are_listed_apart_with_their_reason():
    reasons = cost.unpriced(MODELS, PRICES)
    assert set(reasons) == {"cny-only", "nothing"}
    assert "without a USD figure (CNY list)" in reasons["cny-only"]
    assert reasons["nothing"] == "no price list we hold covers it"


def test_the_auto_choice_follows_the_preference_and_an_override_wins():
    options = cost.price_options(PRICES, PriceWhen.LATEST)
    args = (requests(), agents(), 50, True)
    vendor = cost.choose_prices(options, ["m", "cny-only"], Preference.VENDOR, {}, *args)
    assert list(vendor["option"]) == ["Acme API · standard"]  # cheapest first-party tier; the CNY-only model is not costed
    cheapest = cost.choose_prices(options, ["m"], Preference.CHEAPEST, {}, *args)
    assert list(cheapest["option"]) == ["Host · standard"]
    chosen = cost.choose_prices(options, ["m"], Preference.VENDOR, {"m": "Acme API · fast"}, *args)
    assert list(chosen["option"]) == ["Acme API · fast"] and chosen["choice"].iloc[0] == "your choice"
    unknown = cost.choose_prices(options, ["m"], Preference.VENDOR, {"m": "Auto"}, *args)
    assert unknown["choice"].iloc[0].startswith("auto:")


def test_each_model_offers_exactly_its_own_usd_options_for_an_override():
    options = cost.price_options(PRICES, PriceWhen.LATEST)
    labels = cost.option_labels(options)
    assert sorted(labels["m"]) == sorted(options.loc[options["model"] == "m", "option"])
    assert "cny-only" not in labels  # no USD price: never offered, never costed


def test_the_chosen_rows_follow_the_order_the_models_were_asked_in():
    more = pd.DataFrame([
        price_row(model="b", model_name="B", output_usd_per_mtok=9.0),
        price_row(model="c", model_name="C", provider="host", provider_name="Host", first_party=False, output_usd_per_mtok=0.5),
    ])
    options = cost.price_options(pd.concat([PRICES, more], ignore_index=True), PriceWhen.LATEST)
    args = (requests(), agents(), 50, True)
    forward = cost.choose_prices(options, ["m", "b", "c"], Preference.VENDOR, {}, *args)
    backward = cost.choose_prices(options, ["c", "b", "m"], Preference.VENDOR, {}, *args)
    assert list(forward["model"]) == ["m", "b", "c"] and list(backward["model"]) == ["c", "b", "m"]
    assert forward.set_index("model")["total"].to_dict() == backward.set_index("model")["total"].to_dict()
    assert list(forward["choice"]) == [
        "auto: first-party API, cheapest tier for this workload", "auto: first-party API, cheapest tier for this workload",
        "auto: no first-party USD price; cheapest listed for this workload",
    ]


def test_monthly_costs_are_sorted_with_the_ratio_to_the_baseline():
    options = pd.DataFrame([
        price_row(model="dear", model_name="Dear", option="B", input_usd_per_mtok=5.0, output_usd_per_mtok=25.0, speed=None, speed_note=None),
        price_row(model="cheap", model_name="Cheap", option="A", input_usd_per_mtok=0.3, output_usd_per_mtok=1.2,
                  cached_input_usd_per_mtok=0.03, speed=100.0, speed_note="100 tokens/s in this price list"),
    ])
    chosen = cost.choose_prices(options, ["dear", "cheap"], Preference.VENDOR, {}, requests(cache_share=0.5), agents(), 50, True)
    assert list(chosen["model"]) == ["dear", "cheap"]  # the order asked for
    # requests: 22,000 × (4,000 × effective input + 1,000 × output) / 1M; agents: 320 h × speed × 3600 × (out + 3 × input) / 1M
    cheap_requests = 22_000 * (4000 * (0.3 * 0.5 + 0.03 * 0.5) + 1000 * 1.2) / 1e6
    cheap_agents = 320 * 100 * 3600 * (1.2 + 3 * 0.3) / 1e6  # sourced 100 tok/s; the agents use no cache here
    dear_requests = 22_000 * (4000 * (5.0 * 0.5 + 5.0 * 0.5) + 1000 * 25.0) / 1e6  # no cached price: full input price
    dear_agents = 320 * 50 * 3600 * (25.0 + 3 * 5.0) / 1e6  # assumed 50 tok/s
    table = cost.monthly_costs(chosen, "dear", "Dear")
    assert list(table["model"]) == ["cheap", "dear"]
    assert table["request_cost"].tolist() == pytest.approx([cheap_requests, dear_requests], rel=1e-12)
    assert table["agent_cost"].tolist() == pytest.approx([cheap_agents, dear_agents], rel=1e-12)
    assert table["speed_source"].tolist() == ["sourced: 100 tokens/s in this price list", "assumption (your setting)"]
    ratio = round((dear_requests + dear_agents) / (cheap_requests + cheap_agents))
    assert table["vs_baseline"].tolist() == [f"1/{ratio} of Dear", "same as Dear"]
