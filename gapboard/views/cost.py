"""The Cost page's views: what a workload costs on each chosen model under each tab, computed once per choice of
models, price rules and workload (every slider a plain value), with its price rows and the arithmetic's inputs."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from gapboard.core import cost, freshness, headline
from gapboard.core.i18n import DEFAULT, text
from gapboard.core.vocabulary import WEIGHTS
from gapboard.db import prices as db_prices
from gapboard.db import scores as db_scores
from gapboard.views import common
from gapboard.views.cache import connection, view
from gapboard.views.charts import cost as cost_charts
from gapboard.views.charts.theme import spec
from gapboard.views.session import SessionRows


@dataclass(frozen=True)
class Choices:
    """What the page's pickers offer."""

    names: dict[str, str]  # model id → name, newest release first
    weights: dict[str, str]  # model id → weights class
    unpriced: dict[str, str]  # model id → why it has no USD price
    task_benchmarks: dict[str, str]  # benchmarks with published tokens or cost per task: id → name
    scatter_benchmarks: dict[str, str]  # score benchmarks with results: id → name


@view(max_entries=4)
def choices(lang: str = DEFAULT) -> Choices:
    models, catalogue = common.models(), common.benchmarks()
    scored = catalogue[(catalogue["kind"] == "score") & ~catalogue["timeline_only"] & (catalogue["results"] > 0)]
    tasks = db_prices.task_cost_benchmarks(connection())
    return Choices(
        dict(zip(models["id"], models["name"])), dict(zip(models["id"], models["weights"])),
        cost.unpriced(models, _cost_prices(), lang), dict(zip(tasks["id"], tasks["name"])), dict(zip(scored["id"], scored["name"])),
    )


@view(max_entries=4)
def _cost_prices() -> pd.DataFrame:
    return db_prices.cost_prices(connection())


@dataclass(frozen=True)
class PriceOptions:
    options: pd.DataFrame  # `cost.price_options`
    labels: dict[str, list[str]]  # model id → its options' labels


@view(max_entries=4)
def price_options(when: cost.PriceWhen) -> PriceOptions:
    """Every model's price options under `when`, with their labels."""
    options = cost.price_options(_cost_prices(), when)
    return PriceOptions(options, cost.option_labels(options))


@dataclass(frozen=True)
class PriceChoice:
    """Which models are costed and how each is priced (`overrides`: (model, option label) pairs)."""

    models: tuple[str, ...]  # the priced models, in the order chosen
    baseline: str
    when: cost.PriceWhen
    preference: cost.Preference
    overrides: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Workload:
    requests: cost.RequestWorkload
    agents: cost.AgentWorkload
    assumed_tokens_per_second: float
    own_speed: bool


@dataclass(frozen=True)
class Costs:
    """The chosen price row of every priced model, costed under the workload (the monthly figures themselves follow
    the sliders in the browser: `ui.live_cost`)."""

    chosen: pd.DataFrame  # `cost.choose_prices`
    table: pd.DataFrame  # `cost.monthly_costs`: cheapest first
    baseline_name: str
    newest: dt.date | None  # as-of date of the newest price used


@view(max_entries=32)
def live_prices(choice: PriceChoice) -> dict:
    """What the in-browser cost figures need for one choice, as plain JSON: every USD price option of the chosen
    models with its speed and whether it is the developer's own API, and the choice's rules (the browser applies
    the workload with `core.cost`'s formulas and price choice)."""
    names, weights = choices().names, choices().weights
    options = price_options(choice.when).options
    rows = options[options["model"].isin(choice.models)]

    def number(value: object) -> float | None:
        return None if value is None or pd.isna(value) else float(value)

    return {
        "models": list(choice.models), "baseline": choice.baseline, "baseline_name": names[choice.baseline],
        "preference": choice.preference.value, "overrides": dict(choice.overrides),
        "options": [
            {"model": r.model, "name": names.get(r.model, r.model), "weights": weights.get(r.model), "option": r.option,
             "input": float(r.input_usd_per_mtok), "cached": number(r.cached_input_usd_per_mtok),
             "output": float(r.output_usd_per_mtok), "speed": number(r.speed), "first_party": bool(r.first_party) if pd.notna(r.first_party) else False}
            for r in rows.itertuples()
        ],
    }


@view(max_entries=64)
def costs(choice: PriceChoice, workload: Workload, lang: str = DEFAULT) -> Costs:
    chosen = cost.choose_prices(
        price_options(choice.when).options, list(choice.models), choice.preference, dict(choice.overrides),
        workload.requests, workload.agents, workload.assumed_tokens_per_second, workload.own_speed, lang,
    )
    baseline_name = choices().names[choice.baseline]
    table = cost.monthly_costs(chosen, choice.baseline, baseline_name, lang)
    return Costs(chosen, table, baseline_name, freshness.newest(chosen["as_of"]))


@view(max_entries=16)
def claim_checks(when: cost.PriceWhen) -> pd.DataFrame:
    """Each vendor $/hour claim beside the computed output-only figure and the input that would reconcile them."""
    return cost.claim_checks(db_prices.cost_claims(connection()), price_options(when).options)


@view(max_entries=32)
def resolved(choice: PriceChoice, workload: Workload, benchmark: str, assumed_million_tokens: float, lang: str = DEFAULT) -> pd.DataFrame:
    """Cost per task and per resolved task of every priced model on `benchmark`, computed and published."""
    con = connection()
    rows = db_scores.scores_for_benchmarks(con, [benchmark], list(WEIGHTS))
    metrics = db_prices.task_metrics(con, benchmark)
    tokens = metrics[metrics["kind"] == "tokens_per_task"].sort_values("as_of", ascending=False).groupby("model").head(1)
    published = metrics[metrics["kind"] == "cost_per_task"]
    return cost.resolved_task_costs(
        costs(choice, workload, lang).chosen, headline.headline_values(rows), tokens, published, rows, assumed_million_tokens,
        workload.agents.input_per_output, workload.agents.cache_share, lang,
    )


WORKLOAD_AXIS, PUBLISHED_AXIS = "workload", "published"


@dataclass(frozen=True)
class Scatter:
    """Score against cost on one benchmark: the points drawn, their chart and what was left out."""

    points: pd.DataFrame  # label, weights, score, cost, frontier, details, score_source
    chart: dict | None
    x_title: str
    left_out: dict[str, str]
    benchmarks_with_costs: list[str]  # when a published axis has no point: where task costs are published


@view(max_entries=32)
def scatter(choice: PriceChoice, workload: Workload, benchmark: str, axis: str, yours: SessionRows | None = None,
            lang: str = DEFAULT) -> Scatter:
    """`axis` WORKLOAD_AXIS: each model's headline score against your monthly cost; PUBLISHED_AXIS: each published
    run's score against its own cost per task (this session's uploaded runs included)."""
    con = connection()
    bench_name = choices().scatter_benchmarks[benchmark]
    left_out: dict[str, str] = {}
    with_costs: list[str] = []
    if axis == WORKLOAD_AXIS:
        table = costs(choice, workload, lang).table
        scores = headline.headline_values(db_scores.scores_for_benchmarks(con, [benchmark], list(WEIGHTS)))
        scored = table.merge(scores[["model", "value", "source_url"]].rename(columns={"value": "score", "source_url": "score_source"}),
                             on="model", how="left")
        for row in scored.itertuples():
            if pd.isna(row.score):
                left_out[row.model_name] = text("no {benchmark} score", lang, benchmark=bench_name)
            elif not row.total > 0:
                left_out[row.model_name] = text("costs $0 at this workload (set a workload above zero)", lang)
        points = scored[scored["score"].notna() & (scored["total"] > 0)].assign(
            cost=lambda f: f["total"], label=lambda f: f["model_name"], details=lambda f: f["option"]
        )
        x_title = text("Your workload, USD per month (log)", lang)
    else:
        runs = db_prices.published_runs(con, benchmark, yours.marked if yours is not None else None)
        points = runs.assign(
            cost=runs["cost_per_task"],
            label=[name if pd.isna(setting) else f"{name} ({setting})" for name, setting in zip(runs["model_name"], runs["setting"])],
            score_source=runs["source_url"],
            details=runs["source_note"],
        )
        x_title = text("Published cost per task, USD (log)", lang)
        if points.empty:
            with_costs = db_prices.task_cost_benchmarks(con)["name"].tolist()
    chart = None
    if not points.empty:
        front = cost.pareto_front(list(zip(points["cost"], points["score"])))
        points = points.assign(frontier=["yes" if on else "no" for on in front])
        chart = spec(cost_charts.score_cost_scatter, points[["label", "weights", "cost", "score", "frontier"]], x_title, bench_name,
                     lang=lang)
        points = points[["label", "weights", "score", "cost", "frontier", "details", "score_source"]].sort_values("cost")
    return Scatter(points, chart, x_title, left_out, with_costs)


@dataclass(frozen=True)
class HostingDefaults:
    """The self-hosting assumptions offered for one open-weight model."""

    row: pd.Series  # gpu, gpus, usd_per_gpu_hour, output_tokens_per_second, their source URLs, note
    own: bool  # the model has defaults of its own (else: the generic fallback)


@view(max_entries=32)
def hosting_defaults(model: str) -> HostingDefaults:
    defaults = db_prices.self_hosting_defaults(connection())
    own = defaults[defaults["model"] == model]
    return HostingDefaults((own if not own.empty else defaults[defaults["model"].isna()]).iloc[0], not own.empty)


@dataclass(frozen=True)
class SelfHostingView:
    hosting: cost.SelfHosting
    input_per_output: float
    volume: float  # your output tokens per day
    table: pd.DataFrame  # `cost.self_hosting_table`


@view(max_entries=32)
def self_hosting(choice: PriceChoice, workload: Workload, hosting: cost.SelfHosting, lang: str = DEFAULT) -> SelfHostingView:
    ratio = cost.self_hosting_input_per_output(workload.requests, workload.agents)
    volume = cost.self_hosting_volume(workload.requests, workload.agents, workload.assumed_tokens_per_second)
    table = cost.self_hosting_table(hosting, costs(choice, workload).chosen, ratio, workload.requests.cache_share, volume, lang)
    return SelfHostingView(hosting, ratio, volume, table)


def worked_example(costs_view: Costs, baseline: str) -> pd.Series | None:
    """The row the "How this was computed" tab works through: the baseline's, else the cheapest."""
    table = costs_view.table
    if table.empty:
        return None
    return table[table["model"] == baseline].iloc[0] if baseline in set(table["model"]) else table.iloc[0]
