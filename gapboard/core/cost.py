"""The cost model: what a workload costs on each model, per month, per hour and per resolved task.

Pure and typed: inputs are pydantic models, no Streamlit, no SQL. Prices are USD per million tokens.
Three parts:

1. Arithmetic on one price (`TokenPrices`): request workload per month, continuous generation per hour,
   cost per task, self-hosting, the Pareto frontier of score vs cost.
2. Which price row a figure uses (`price_options`, `choose_prices`): a model can be priced by several
   providers and tiers, each with dated price lists; "at launch" takes the earliest dated row of a
   provider + tier, "latest" the newest. A row without a USD figure is never used, and a model without
   any USD row is listed apart with its reason (`unpriced`), never costed as $0.
3. Tables for the Cost page built from the two (`monthly_costs`, `resolved_task_costs`, …).
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import StrEnum

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, model_validator

from gapboard.core.i18n import DEFAULT, N_, text

MILLION = 1_000_000
SECONDS_PER_HOUR = 3600
HOURS_PER_DAY = 24
SECONDS_PER_DAY = SECONDS_PER_HOUR * HOURS_PER_DAY

FORMULAS = {
    N_("effective input price"): N_("input price × (1 − cache share) + cached-input price × cache share "
    "(a model with no listed cached price is charged its full input price for cached tokens)"),
    N_("request workload per month"): N_("requests/day × working days/month × (input tokens × effective input price "
    "+ output tokens × output price) ÷ 1,000,000"),
    N_("$ per hour of generation"): N_("output tokens/s × 3,600 × (output price + input tokens per output token × effective input price) "
    "÷ 1,000,000"),
    N_("agent workload per month"): N_("agents × hours/day × working days/month × $ per hour of generation"),
    N_("cost per task"): N_("tokens per task × (share of output × output price + share of input × effective input price) ÷ 1,000,000, "
    "where input tokens per output token = r gives an output share of 1 ÷ (1 + r)"),
    N_("cost per resolved task"): N_("cost per task ÷ success rate (score ÷ 100)"),
    N_("self-hosted $ per million output tokens"): N_("GPUs × $/GPU-hour ÷ (sustained output tokens/s × 3,600) × 1,000,000"),
    N_("break-even output tokens/day"): N_("GPUs × $/GPU-hour × 24 ÷ API $ per output token (API $ per output token counts "
    "the input sent with it at the workload's input:output ratio)"),
    N_("reconciling input"): N_("input tokens per output token r that makes output tokens/s × 3,600 × (output price + r × input price) "
    "÷ 1,000,000 equal the claimed $ per hour"),
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- 1. arithmetic on one price ----------------------------------------------------------------------


# The formulas, written once. Each works on plain numbers and, element by element, on pandas Series,
# so a table of every price option is costed by the same arithmetic as a single price.


def effective_input_price(input_price, cached_price, cache_share):
    """USD per million input tokens when `cache_share` of them are cached (pass the input price when none is listed)."""
    return input_price - cache_share * (input_price - cached_price)  # = input × (1 − share) + cached × share


def usd_per_output_token_served(output_price, effective_input, input_per_output):
    """USD per million output tokens, counting the input sent with each of them."""
    return output_price + input_per_output * effective_input


def generation_usd_per_hour(output_tokens_per_second, output_price, effective_input, input_per_output):
    return output_tokens_per_second * SECONDS_PER_HOUR * usd_per_output_token_served(output_price, effective_input, input_per_output) / MILLION


class TokenPrices(_Frozen):
    """One price list entry in USD per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)
    cached_input: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _cache_is_a_discount(self) -> "TokenPrices":
        if self.cached_input is not None and self.cached_input > self.input:
            raise ValueError("cached_input costs more than input")
        return self

    def effective_input(self, cache_share: float) -> float:
        """USD per million input tokens when `cache_share` of them are served from cache."""
        return effective_input_price(self.input, self.input if self.cached_input is None else self.cached_input, cache_share)


class RequestWorkload(_Frozen):
    """Requests of a fixed size at a fixed rate."""

    requests_per_day: float = Field(ge=0)
    input_tokens: float = Field(ge=0, description="per request")
    output_tokens: float = Field(ge=0, description="per request")
    cache_share: float = Field(ge=0, le=1, description="share of input tokens served from cache")
    days_per_month: float = Field(ge=0, le=31)

    @property
    def requests_per_month(self) -> float:
        return self.requests_per_day * self.days_per_month

    @property
    def input_per_output(self) -> float | None:
        return self.input_tokens / self.output_tokens if self.output_tokens else None


class AgentWorkload(_Frozen):
    """Agents generating continuously for some hours a day."""

    agents: float = Field(ge=0)
    hours_per_day: float = Field(ge=0, le=HOURS_PER_DAY)
    days_per_month: float = Field(ge=0, le=31)
    input_per_output: float = Field(ge=0, description="input tokens sent per output token generated")
    cache_share: float = Field(ge=0, le=1)

    @property
    def hours_per_month(self) -> float:
        return self.agents * self.hours_per_day * self.days_per_month


class SelfHosting(_Frozen):
    """Rented GPUs serving an open-weight model around the clock."""

    gpus: float = Field(gt=0)
    usd_per_gpu_hour: float = Field(ge=0)
    output_tokens_per_second: float = Field(gt=0, description="sustained, summed over concurrent requests")

    @property
    def usd_per_day(self) -> float:
        return self.gpus * self.usd_per_gpu_hour * HOURS_PER_DAY

    @property
    def output_tokens_per_day(self) -> float:
        return self.output_tokens_per_second * SECONDS_PER_DAY

    @property
    def usd_per_million_output(self) -> float:
        return self.gpus * self.usd_per_gpu_hour / (self.output_tokens_per_second * SECONDS_PER_HOUR) * MILLION


def _request_cost(workload: RequestWorkload, effective_input, output_price):
    return workload.requests_per_month * (workload.input_tokens * effective_input + workload.output_tokens * output_price) / MILLION


def request_cost_per_month(workload: RequestWorkload, prices: TokenPrices) -> float:
    return _request_cost(workload, prices.effective_input(workload.cache_share), prices.output)


def hourly_cost(output_tokens_per_second: float, input_per_output: float, prices: TokenPrices, cache_share: float = 0.0) -> float:
    """USD for one hour of continuous generation, counting the input sent with each output token."""
    return generation_usd_per_hour(output_tokens_per_second, prices.output, prices.effective_input(cache_share), input_per_output)


def agent_cost_per_month(workload: AgentWorkload, output_tokens_per_second: float, prices: TokenPrices) -> float:
    return workload.hours_per_month * hourly_cost(output_tokens_per_second, workload.input_per_output, prices, workload.cache_share)


def reconciling_input_per_output(claimed_usd_per_hour: float, output_tokens_per_second: float, prices: TokenPrices) -> float | None:
    """Input tokens per output token at which the computed $/hour equals a claim (negative: output alone costs more).

    None when the input price is 0 (no input volume changes the figure) or the speed is 0.
    """
    if prices.input == 0 or output_tokens_per_second <= 0:
        return None
    per_output_token = claimed_usd_per_hour * MILLION / (output_tokens_per_second * SECONDS_PER_HOUR)
    return (per_output_token - prices.output) / prices.input


def cost_per_task(tokens_per_task: float, input_per_output: float, prices: TokenPrices, cache_share: float = 0.0) -> float:
    """USD for one task of `tokens_per_task` tokens (input and output together) split at `input_per_output`."""
    output_share = 1 / (1 + input_per_output)
    per_token = output_share * prices.output + (1 - output_share) * prices.effective_input(cache_share)
    return tokens_per_task * per_token / MILLION


def per_resolved_task(cost: float, success_percent: float) -> float | None:
    """Cost of one resolved task; None when nothing is resolved (a rate of 0 resolves no task at any price)."""
    if not success_percent or success_percent <= 0:
        return None
    return cost / (success_percent / 100)


def self_hosting_volume(requests: RequestWorkload, agents: AgentWorkload, assumed_tokens_per_second: float) -> float:
    """Output tokens a day of this workload: its requests' output plus its agents generating at the assumed speed."""
    return (requests.requests_per_day * requests.output_tokens
            + agents.agents * agents.hours_per_day * SECONDS_PER_HOUR * assumed_tokens_per_second)


def self_hosting_input_per_output(requests: RequestWorkload, agents: AgentWorkload) -> float:
    """Input tokens per output token for self-hosting: the request mix, or the agents' ratio without requests."""
    return requests.input_per_output if requests.input_per_output is not None else agents.input_per_output


def api_usd_per_million_output(prices: TokenPrices, input_per_output: float, cache_share: float = 0.0) -> float:
    """What an API charges per million output tokens, counting the input sent with them."""
    return usd_per_output_token_served(prices.output, prices.effective_input(cache_share), input_per_output)


def break_even_output_tokens_per_day(hosting: SelfHosting, api_usd_per_million_output_tokens: float) -> float | None:
    """Output tokens/day at which renting the GPUs costs the same as the API; None if the API costs nothing."""
    if api_usd_per_million_output_tokens <= 0:
        return None
    return hosting.usd_per_day / api_usd_per_million_output_tokens * MILLION


def pareto_front(points: Sequence[tuple[float, float]]) -> list[bool]:
    """For (cost, score) points, which are on the frontier: no other point is as cheap and as good, and better in one.

    Lower cost and higher score are better. Identical points share their fate: both are on the frontier
    unless something strictly better dominates them.
    """
    front = []
    for cost, score in points:
        dominated = any(
            other_cost <= cost and other_score >= score and (other_cost < cost or other_score > score)
            for other_cost, other_score in points
        )
        front.append(not dominated)
    return front


def ratio_label(cost: float, baseline_cost: float | None, baseline_name: str | None = None, lang: str = DEFAULT) -> str | None:
    """“1/21 of Opus 4.6”, “0.71× Opus 4.6”, “3.2× Opus 4.6” (without a name: “1/21”, “0.71×”), in `lang`.

    None when the baseline has no cost to compare with.
    """
    if baseline_cost is None or not baseline_cost > 0 or not math.isfinite(cost):
        return None
    if cost == baseline_cost:
        return text("same as {name}", lang, name=baseline_name) if baseline_name else text("same", lang)
    if cost == 0:
        return text("$0 vs {name}", lang, name=baseline_name) if baseline_name else "$0"
    if cost < baseline_cost and baseline_cost / cost >= 1.95:
        share = f"1/{round(baseline_cost / cost)}"
        return text("{share} of {name}", lang, share=share, name=baseline_name) if baseline_name else share
    times = f"{cost / baseline_cost:.2f}×"
    return text("{times} {name}", lang, times=times, name=baseline_name) if baseline_name else times


# --- 2. which price row a figure uses --------------------------------------------------------------


class PriceWhen(StrEnum):
    LAUNCH = "launch"
    LATEST = "latest"


class Preference(StrEnum):
    VENDOR = "vendor"  # the model's own developer's API, cheapest of its tiers for the workload
    CHEAPEST = "cheapest"  # whichever listed provider is cheapest for the workload


WHEN_RULE = {
    PriceWhen.LAUNCH: N_("At launch: per provider and tier, the earliest-dated USD row (valid-from date, else the date the "
    "list was read); a row with no valid-from date is the earliest we hold, not necessarily the launch price."),
    PriceWhen.LATEST: N_("Latest: per provider and tier, the newest USD row that has not ended (valid-to blank); on the same "
    "date the vendor's own list beats a third-party copy."),
}
PREFERENCE_RULE = {
    Preference.VENDOR: N_("Auto picks the model's own developer's API (cheapest of its tiers for this workload); a model with "
    "no first-party USD price falls back to the cheapest listed provider."),
    Preference.CHEAPEST: N_("Auto picks whichever listed provider and tier is cheapest for this workload."),
}
REPORTER_RANK = {"vendor": 0, "third_party": 1}


def _has_usd(prices: pd.DataFrame) -> pd.Series:
    return prices["input_usd_per_mtok"].notna() & prices["output_usd_per_mtok"].notna()


def price_options(prices: pd.DataFrame, when: PriceWhen) -> pd.DataFrame:
    """One row per (model, provider, tier) with a USD price: the row `when` selects, plus its option label.

    Expects the columns of `db.prices.cost_prices`. Adds `option` (“provider name · tier”) and `speed`
    with `speed_note`: the row's own tokens/s, else the newest speed any list gives for that provider + tier.
    """
    if prices.empty:
        return prices.assign(option=pd.Series(dtype="string"), speed=pd.Series(dtype="float"), speed_note=pd.Series(dtype="string"))
    usd = prices[_has_usd(prices)].copy()
    usd["_date"] = pd.to_datetime(usd["valid_from"]).fillna(pd.to_datetime(usd["as_of"]))
    usd["_reporter"] = usd["reported_by"].map(REPORTER_RANK).fillna(9)
    usd["_ended"] = usd["valid_to"].notna()
    if when == PriceWhen.LAUNCH:
        ordered = usd.sort_values(["_date", "_reporter", "as_of", "price_list"], ascending=[True, True, True, True], kind="stable")
    else:
        ordered = usd.sort_values(
            ["_ended", "_date", "_reporter", "as_of", "price_list"], ascending=[True, False, True, False, True], kind="stable"
        )
    keys = ["model", "provider", "tier"]
    chosen = ordered.groupby(keys, sort=False).head(1).copy()
    speeds = (
        prices[prices["tokens_per_second"].notna()]
        .sort_values("as_of", ascending=False, kind="stable")
        .groupby(keys, sort=False)
        .head(1)
        .set_index(keys)
    )
    own = chosen["tokens_per_second"].notna()
    fallback = (
        chosen[keys]
        .merge(speeds[["tokens_per_second", "price_list"]].add_suffix("_other").reset_index(), on=keys, how="left")
        .set_axis(chosen.index)
    )
    chosen["speed"] = chosen["tokens_per_second"].where(own, fallback["tokens_per_second_other"])
    chosen["speed_note"] = [
        f"{row.tokens_per_second:g} tokens/s in this price list" if has_own
        else (f"{other_speed:g} tokens/s from {other_list}" if pd.notna(other_speed) else None)
        for row, has_own, other_speed, other_list in zip(
            chosen.itertuples(), own, fallback["tokens_per_second_other"], fallback["price_list_other"]
        )
    ]
    chosen["speed_list"] = fallback["price_list_other"].where(~own & fallback["tokens_per_second_other"].notna())  # where `speed` is from
    chosen["option"] = chosen["provider_name"].fillna(chosen["provider"]) + " · " + chosen["tier"]
    chosen = chosen.drop(columns=["_date", "_reporter", "_ended"]).sort_values(["model", "option"]).reset_index(drop=True)
    # Python-object strings: every slider step filters this frame, and numpy takes are several times faster
    return chosen.astype({column: object for column in chosen.columns if pd.api.types.is_string_dtype(chosen[column])})


def option_labels(options: pd.DataFrame) -> dict[str, list[str]]:
    """model id → the labels of its price options, in `options` order."""
    labels: dict[str, list[str]] = {}
    for model, option in zip(options["model"].tolist(), options["option"].tolist()):
        labels.setdefault(model, []).append(option)
    return labels


def unpriced(models: pd.DataFrame, prices: pd.DataFrame, lang: str = DEFAULT) -> dict[str, str]:
    """model id → why it has no USD price (listed apart; never costed or ranked as $0), in `lang`."""
    usd_models = set(prices.loc[_has_usd(prices), "model"])
    reasons = {}
    for model in models["id"]:
        if model in usd_models:
            continue
        held = prices[prices["model"] == model]
        if held.empty:
            reasons[model] = text("no price list we hold covers it", lang)
        else:
            lists = ", ".join(sorted(set(held["price_list"])))
            reasons[model] = text("only price lists without a USD figure ({lists}); no sourced exchange rate is applied", lang, lists=lists)
    return reasons


def tokens_prices(row: Mapping) -> TokenPrices:
    cached = row.get("cached_input_usd_per_mtok")
    return TokenPrices(
        input=float(row["input_usd_per_mtok"]),
        output=float(row["output_usd_per_mtok"]),
        cached_input=None if cached is None or pd.isna(cached) else float(cached),
    )


def _floats(column: pd.Series) -> np.ndarray:
    return column.to_numpy(dtype=float, na_value=np.nan)


def _cost_arrays(options: pd.DataFrame, requests: RequestWorkload, agents: AgentWorkload, assumed_tps: float,
                 own_speed: bool) -> dict[str, np.ndarray]:
    """The cost columns of every option row, on numpy arrays: this runs on every slider step, and a dozen
    pandas operations on a few hundred rows cost far more than the arithmetic."""
    own = _floats(options["speed"])
    sourced = ~np.isnan(own) if own_speed else np.zeros(len(options), dtype=bool)
    speed = np.where(sourced, own, float(assumed_tps))
    price_in = _floats(options["input_usd_per_mtok"])
    listed_cached = _floats(options["cached_input_usd_per_mtok"])
    cached = np.where(np.isnan(listed_cached), price_in, listed_cached)
    price_out = _floats(options["output_usd_per_mtok"])
    effective = effective_input_price(price_in, cached, requests.cache_share)
    agent_effective = effective_input_price(price_in, cached, agents.cache_share)
    per_hour = generation_usd_per_hour(speed, price_out, agent_effective, agents.input_per_output)
    request_cost = _request_cost(requests, effective, price_out)
    agent_cost = agents.hours_per_month * per_hour
    return {
        "effective_input": effective,
        "request_cost": request_cost,
        "agent_cost": agent_cost,
        "total": request_cost + agent_cost,
        "tokens_per_second_used": speed,
        "sourced": sourced,
        "usd_per_hour_output_only": generation_usd_per_hour(speed, price_out, agent_effective, 0.0),
        "usd_per_hour": per_hour,
    }


def choose_prices(
    options: pd.DataFrame,
    models: Sequence[str],
    preference: Preference,
    overrides: Mapping[str, str],
    requests: RequestWorkload,
    agents: AgentWorkload,
    assumed_tps: float,
    own_speed: bool,
    lang: str = DEFAULT,
) -> pd.DataFrame:
    """One costed option row per priced model, in `models` order: the user's override if it names an option of
    that model, else the preference's pick for this workload (ties: lower output price, then the option label); the
    words in `lang`.

    Adds `choice` (“your choice” / “auto: …”) and the cost columns (`total`, `request_cost`, `agent_cost`, …).
    """
    position = {model: index for index, model in enumerate(models)}
    model_of, option_of = options["model"].tolist(), options["option"].tolist()
    first_party = options["first_party"].fillna(False).astype(bool).tolist()
    costs = _cost_arrays(options, requests, agents, assumed_tps, own_speed)
    totals, outputs = costs["total"], _floats(options["output_usd_per_mtok"])
    has_first_party = {model for model, first in zip(model_of, first_party) if first}
    best: dict[str, tuple] = {}  # model → the ranking key of its best option row, the row's position last
    for row, (model, option) in enumerate(zip(model_of, option_of)):
        if model not in position:
            continue
        outside = preference == Preference.VENDOR and model in has_first_party and not first_party[row]
        rank = (option != overrides.get(model), outside, totals[row], outputs[row], option, row)
        if model not in best or rank < best[model]:
            best[model] = rank
    rows = [rank[-1] for rank in sorted(best.values(), key=lambda rank: position[model_of[rank[-1]]])]
    if preference == Preference.CHEAPEST:
        auto = dict.fromkeys(best, text("auto: cheapest listed for this workload", lang))
    else:
        auto = {model: text("auto: first-party API, cheapest tier for this workload", lang) if model in has_first_party
                else text("auto: no first-party USD price; cheapest listed for this workload", lang) for model in best}
    notes = _speed_notes(options, lang)
    picked = {name: values[rows] for name, values in costs.items() if name != "sourced"}
    picked["speed_source"] = [text("sourced: {note}", lang, note=notes[row]) if costs["sourced"][row]
                              else text("assumption (your setting)", lang) for row in rows]
    picked["choice"] = [auto[model_of[row]] if best[model_of[row]][0] else text("your choice", lang) for row in rows]
    return pd.concat([options.iloc[rows].reset_index(drop=True), pd.DataFrame(picked)], axis=1)


def _speed_notes(options: pd.DataFrame, lang: str) -> list[str]:
    """Where each option's tokens/s comes from (`speed_note`, written in `lang`)."""
    if lang == DEFAULT or "speed_list" not in options:
        return [str(note) for note in options["speed_note"].tolist()]
    return [
        text("{tps:g} tokens/s from {list}", lang, tps=speed, list=other) if isinstance(other, str)
        else text("{tps:g} tokens/s in this price list", lang, tps=speed) if pd.notna(speed) else str(note)
        for speed, other, note in zip(options["speed"], options["speed_list"], options["speed_note"])
    ]


def monthly_costs(chosen: pd.DataFrame, baseline: str | None, baseline_name: str, lang: str = DEFAULT) -> pd.DataFrame:
    """The chosen rows cheapest first, with the ratio of each total to the baseline's."""
    if chosen.empty:
        return chosen.assign(vs_baseline=pd.Series(dtype="string"))
    totals, names = chosen["total"].tolist(), chosen["model_name"].tolist()
    base = [total for model, total in zip(chosen["model"].tolist(), totals) if model == baseline]
    baseline_cost = float(base[0]) if base else None
    order = sorted(range(len(totals)), key=lambda row: (totals[row], names[row]))
    table = chosen.iloc[order].reset_index(drop=True)
    table["vs_baseline"] = [ratio_label(totals[row], baseline_cost, baseline_name, lang) for row in order]
    return table


def claim_checks(claims: pd.DataFrame, options: pd.DataFrame) -> pd.DataFrame:
    """Each vendor $/hour claim beside the computed output-only figure and the input that would reconcile them."""
    rows = []
    for _, claim in claims.iterrows():
        match = options[(options["model"] == claim["model"]) & (options["provider"] == claim["provider"]) & (options["tier"] == claim["tier"])]
        if match.empty:
            rows.append(claim.to_dict() | {"price_list": None})
            continue
        price_row = match.iloc[0]
        prices = tokens_prices(price_row)
        tps = float(claim["output_tokens_per_second"])
        ratio = reconciling_input_per_output(float(claim["usd_per_hour"]), tps, prices)
        rows.append(claim.to_dict() | {
            "price_list": price_row["price_list"],
            "price_source_url": price_row["source_url"],
            "input_usd_per_mtok": prices.input,
            "output_usd_per_mtok": prices.output,
            "output_only_usd_per_hour": hourly_cost(tps, 0.0, prices),
            "reconciling_input_per_output": ratio,
            "reconciling_input_per_second": None if ratio is None else ratio * tps,
        })
    return pd.DataFrame(rows)


def resolved_task_costs(
    chosen: pd.DataFrame,
    headline_scores: pd.DataFrame,
    tokens_per_task: pd.DataFrame,
    published_costs: pd.DataFrame,
    same_source_scores: pd.DataFrame,
    assumed_million_tokens: float,
    input_per_output: float,
    cache_share: float,
    lang: str = DEFAULT,
) -> pd.DataFrame:
    """Per priced model: cost per task and per resolved task, computed (tokens × prices) and published.

    `headline_scores`: one score per model (`value`, `source_url`); `tokens_per_task`: one row per model,
    `value` in millions of tokens; `published_costs`: cost-per-task rows (`value`, `source_url`, `harness_name`);
    `same_source_scores`: score rows keyed by (model, source_url) to pair a published cost with the success
    rate from the same run.
    """
    score_of = headline_scores.set_index("model") if not headline_scores.empty else pd.DataFrame()
    tokens_of = tokens_per_task.set_index("model") if not tokens_per_task.empty else pd.DataFrame()
    paired = {(r.model, r.source_url): r.value for r in same_source_scores.itertuples()}
    rows = []
    for _, row in chosen.iterrows():
        model = row["model"]
        prices = tokens_prices(row)
        sourced = model in tokens_of.index
        million = float(tokens_of.loc[model, "value"]) if sourced else assumed_million_tokens
        score = float(score_of.loc[model, "value"]) if model in score_of.index else None
        computed = cost_per_task(million * MILLION, input_per_output, prices, cache_share)
        record = {
            "model": model, "model_name": row["model_name"], "weights": row["weights"], "option": row["option"],
            "million_tokens_per_task": million,
            "tokens_source": tokens_of.loc[model, "source_url"] if sourced else None,
            "tokens_basis": text("sourced" if sourced else "assumption (your setting)", lang),
            "success_percent": score,
            "score_source": score_of.loc[model, "source_url"] if score is not None else None,
            "computed_cost_per_task": computed,
            "computed_per_resolved": None if score is None else per_resolved_task(computed, score),
            "published_cost_per_task": None, "published_source": None, "published_per_resolved": None, "published_basis": None,
        }
        mine = published_costs[published_costs["model"] == model]
        if not mine.empty:
            # one published run per model: the newest, then the one scoring best (every run is in the score-vs-cost view)
            mine = mine.assign(_paired=[paired.get((model, url), -1.0) for url in mine["source_url"]])
            best = mine.sort_values(["as_of", "_paired"], ascending=[False, False], kind="stable").iloc[0]
            same_run = paired.get((model, best["source_url"]))
            rate, basis = (same_run, text("score from the same run", lang)) if same_run is not None else (score, text("headline score", lang))
            record |= {
                "published_cost_per_task": float(best["value"]),
                "published_source": best["source_url"],
                "published_per_resolved": None if rate is None else per_resolved_task(float(best["value"]), float(rate)),
                "published_basis": f"{best['harness_name'] or text('harness not stated', lang)}; ÷ {basis}",
            }
        rows.append(record)
    return pd.DataFrame(rows)


def self_hosting_table(hosting: SelfHosting, chosen: pd.DataFrame, input_per_output: float, cache_share: float,
                       output_tokens_per_day: float, lang: str = DEFAULT) -> pd.DataFrame:
    """Each API against renting the GPUs: $ per million output tokens and the break-even volume."""
    rows = []
    for _, row in chosen.iterrows():
        api = api_usd_per_million_output(tokens_prices(row), input_per_output, cache_share)
        break_even = break_even_output_tokens_per_day(hosting, api)
        if break_even is None:
            verdict = text("the API costs nothing at this mix", lang)
        elif break_even > hosting.output_tokens_per_day:
            verdict = text("API cheaper at any volume one deployment can serve", lang)
        elif output_tokens_per_day >= break_even:
            verdict = text("self-hosting cheaper at your volume", lang)
        else:
            verdict = text("API cheaper at your volume", lang)
        rows.append({
            "model_name": row["model_name"], "weights": row["weights"], "option": row["option"],
            "api_usd_per_million_output": api,
            "self_hosted_usd_per_million_output": hosting.usd_per_million_output,
            "break_even_output_tokens_per_day": break_even,
            "verdict": verdict,
            "source_url": row["source_url"],
        })
    return pd.DataFrame(rows)


# --- the developer's own price ------------------------------------------------------------------


def own_prices(prices: pd.DataFrame) -> pd.DataFrame:
    """Each model's price rows from its own developer's API; hosts' rows only for a model its developer does not sell."""
    sold_first_party = set(prices.loc[prices["first_party"], "model"])
    return prices[prices["first_party"] | ~prices["model"].isin(sold_first_party)]


def cheapest_output_prices(prices: pd.DataFrame) -> pd.DataFrame:
    """Per model, its cheapest current output price (no `valid_to`) on its developer's own API, with provenance."""
    current = own_prices(prices)
    current = current[current["valid_to"].isna()].dropna(subset=["output_usd_per_mtok"])
    ranked = current.assign(_vendor=current["reported_by"] != "vendor").sort_values(
        ["output_usd_per_mtok", "as_of", "_vendor", "price_list"], ascending=[True, False, True, True]
    )
    return ranked.groupby("model", sort=False).head(1).drop(columns="_vendor").reset_index(drop=True)
