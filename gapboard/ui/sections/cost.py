"""The Cost page's sections: which models and prices, the workload sliders, the headline figures and the six
tabs (monthly, hourly, per resolved task, score vs cost, self-hosting, how it was computed)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from gapboard.core import cost, headline
from gapboard.ui import charts, live_cost, tables, widgets
from gapboard.ui.format import (
    MISSING_NOTE,
    as_of,
    day,
    link,
    md,
    md_price,
    md_usd,
    plain,
    usd,
)
from gapboard.ui.registry import CostParams as P
from gapboard.views import cost as views
from gapboard.views.cost import Choices, Costs, PriceChoice, Workload
from gapboard.views.session import SessionRows

WHEN = {"Latest": cost.PriceWhen.LATEST, "At launch": cost.PriceWhen.LAUNCH}
PREFERENCE = {"Vendor's API": cost.Preference.VENDOR, "Cheapest provider": cost.Preference.CHEAPEST}
AUTO = "Auto"
AXES = {"Your workload": views.WORKLOAD_AXIS, "Published run cost": views.PUBLISHED_AXIS}
WEIGHTS_COLUMN = st.column_config.TextColumn("Weights")
PRICE_COLUMNS = {
    "option": st.column_config.TextColumn("Price used", help="Provider · tier"),
    "choice": st.column_config.TextColumn("Why this price"),
    "price_list": st.column_config.TextColumn("Price list", help="The dated list the figure comes from"),
    "input_usd_per_mtok": st.column_config.NumberColumn("Input $/M", format="$%.3f"),
    "cached_input_usd_per_mtok": st.column_config.NumberColumn("Cached input $/M", format="$%.3f"),
    "output_usd_per_mtok": st.column_config.NumberColumn("Output $/M", format="$%.2f"),
}


def price_choice(choices: Choices, default_models: list[str], default_baseline: str) -> tuple[list[str], PriceChoice | None]:
    """The models chosen, and the priced ones with the baseline and the price rules (None when no chosen model has
    a USD price)."""
    names, no_usd = choices.names, choices.unpriced
    selected = widgets.bound_multiselect("Models to compare", list(names), default_models, key=P.MODELS, format_func=names.get)
    priced = [model for model in selected if model not in no_usd]
    left, middle, right = st.columns(3)
    with left:
        baseline = widgets.bound_selectbox("Baseline for ratios", priced, key=P.BASELINE, default=default_baseline,
                                           format_func=names.get) if priced else None
    with middle:
        when = WHEN[widgets.bound_segmented("Prices", list(WHEN), "Latest", key=P.WHEN)]
    with right:
        preference = PREFERENCE[widgets.bound_segmented("Auto price choice", list(PREFERENCE), "Vendor's API", key=P.PREFERENCE)]
    st.caption(cost.WHEN_RULE[when] + " " + cost.PREFERENCE_RULE[preference])
    labels = views.price_options(when).labels
    overrides: dict[str, str] = {}
    with st.expander("Price per model: provider and tier", expanded=False):
        columns = st.columns(3)
        for position, model in enumerate(priced):
            with columns[position % 3]:
                overrides[model] = widgets.bound_selectbox(plain(names[model]), [AUTO, *labels.get(model, [])], key=P.PRICE_PREFIX + model)
    unpriced = {names[model]: no_usd[model] for model in selected if model in no_usd}
    if unpriced:
        st.markdown("**No USD price — not costed, not ranked:**\n"
                    + "\n".join(f"- {plain(name)}: {plain(reason)}" for name, reason in sorted(unpriced.items())))
    if not priced:
        return selected, None
    return selected, PriceChoice(tuple(priced), baseline, when, preference, tuple(overrides.items()))


def workload(choice: PriceChoice | None) -> Workload:
    """The request and agent sliders, with the monthly figures and chart that follow them in the browser."""
    own_speed = widgets.bound_toggle("Use each model's sourced speed where known", True, key=P.OWN_SPEED)
    prices = views.live_prices(choice) if choice is not None else {
        "models": [], "baseline": None, "baseline_name": "", "preference": "vendor", "overrides": {}, "options": []}
    return live_cost.workload(prices, own_speed)


def prices_used(figures: Costs) -> None:
    st.caption(f"Prices used: the newest {as_of(figures.newest)}. The figures above follow the sliders as they move; "
               "the tabs below follow when a slider is released.")


def monthly_tab(figures: Costs) -> None:
    tables.table(
        figures.table[[
            "model_name", "weights", "total", "vs_baseline", "request_cost", "agent_cost", "option", "choice", "price_list",
            "input_usd_per_mtok", "cached_input_usd_per_mtok", "output_usd_per_mtok", "effective_input",
            "as_of", "reported_by", "source_url", "source_note",
        ]],
        column_config=PRICE_COLUMNS | tables.source_columns() | {
            "model_name": st.column_config.TextColumn("Model"),
            "weights": WEIGHTS_COLUMN,
            "total": st.column_config.NumberColumn("Total $/month", format="$%.2f"),
            "vs_baseline": st.column_config.TextColumn(f"vs {figures.baseline_name}"),
            "request_cost": st.column_config.NumberColumn("Requests $/month", format="$%.2f"),
            "agent_cost": st.column_config.NumberColumn("Agents $/month", format="$%.2f"),
            "effective_input": st.column_config.NumberColumn("Effective input $/M", format="$%.4f", help=md(cost.FORMULAS["effective input price"])),
        },
    )
    st.caption("Sorted cheapest first. A model with no listed cached-input price is charged its full input price for cached "
               "tokens. " + MISSING_NOTE)


def hourly_tab(figures: Costs, choice: PriceChoice, load: Workload) -> None:
    agents = load.agents
    tables.table(
        figures.table[["model_name", "tokens_per_second_used", "speed_source", "usd_per_hour_output_only", "usd_per_hour",
                       "agent_cost", "option", "price_list", "source_url"]],
        column_config=PRICE_COLUMNS | tables.source_columns() | {
            "model_name": st.column_config.TextColumn("Model"),
            "tokens_per_second_used": st.column_config.NumberColumn("Output tokens/s"),
            "speed_source": st.column_config.TextColumn("Speed from"),
            "usd_per_hour_output_only": st.column_config.NumberColumn("$/hour, output only", format="$%.3f"),
            "usd_per_hour": st.column_config.NumberColumn(f"$/hour with {agents.input_per_output:g} input per output token", format="$%.3f"),
            "agent_cost": st.column_config.NumberColumn("Your agents $/month", format="$%.2f"),
        },
    )
    st.caption(cost.FORMULAS["$ per hour of generation"] + ".")
    checks = views.claim_checks(choice.when)
    if checks.empty:
        return
    st.subheader("Vendor claims beside the arithmetic")
    for claim in checks.itertuples():
        said = (f"**{plain(claim.model_name)} · {plain(claim.tier)}** — {plain(claim.reported_by)} claim: "
                f"“{plain(claim.claim)}” ({link(claim.source_url)}, {day(claim.as_of)}).")
        if not isinstance(claim.price_list, str):
            st.markdown(said + " No USD price for this tier in the chosen price lists, so nothing to compare.")
            continue
        computed = (
            f" Computed with {plain(claim.price_list)} ({link(claim.price_source_url)}; input {md_price(claim.input_usd_per_mtok)}/M, "
            f"output {md_price(claim.output_usd_per_mtok)}/M): output alone {claim.output_tokens_per_second:g} × 3,600 × "
            f"{md_price(claim.output_usd_per_mtok)}/M = **{md_usd(claim.output_only_usd_per_hour)}/hour**."
        )
        ratio = claim.reconciling_input_per_output
        if ratio is None or pd.isna(ratio):
            reconcile = " The input price is 0, so no input assumption changes the figure."
        elif ratio < 0:
            reconcile = " Output alone already costs more than the claim: no input volume reconciles them."
        else:
            reconcile = (
                f" The source does not state its input assumption; the claim holds if every output token comes with "
                f"**{ratio:.2f} input tokens** ({claim.reconciling_input_per_second:,.0f} input tokens/s)."
            )
        st.markdown(said + computed + reconcile)


def resolved_tab(choices: Choices, choice: PriceChoice, load: Workload, default_benchmark: str) -> None:
    names = choices.task_benchmarks
    if not names:
        return st.info("No source gives tokens or cost per task for any benchmark.")
    benchmark = widgets.bound_selectbox("Benchmark", list(names), key=P.TASK_BENCHMARK, default=default_benchmark, format_func=names.get)
    assumed = widgets.bound_slider("Tokens per task where no source gives them (millions) — assumption", 0.1, 20.0, 3.5,
                                   key=P.TOKENS_PER_TASK, step=0.1)
    tables.table(
        views.resolved(choice, load, benchmark, assumed).drop(columns=["model", "weights"]),
        column_config={
            "model_name": st.column_config.TextColumn("Model"),
            "option": st.column_config.TextColumn("Price used"),
            "million_tokens_per_task": st.column_config.NumberColumn("Tokens/task (M)", format="%.2f"),
            "tokens_source": tables.link_column("Tokens source"),
            "tokens_basis": st.column_config.TextColumn("Tokens basis"),
            "success_percent": st.column_config.NumberColumn("Success %", format="%.1f", help=headline.HEADLINE_RULE),
            "score_source": tables.link_column("Score source"),
            "computed_cost_per_task": st.column_config.NumberColumn("Computed $/task", format="$%.3f"),
            "computed_per_resolved": st.column_config.NumberColumn("Computed $/resolved task", format="$%.3f"),
            "published_cost_per_task": st.column_config.NumberColumn("Published $/task", format="$%.4f"),
            "published_source": tables.link_column("Published source"),
            "published_per_resolved": st.column_config.NumberColumn("Published $/resolved task", format="$%.4f"),
            "published_basis": st.column_config.TextColumn("Published run"),
        },
    )
    agents = load.agents
    st.caption(
        f"{cost.FORMULAS['cost per task']}. {cost.FORMULAS['cost per resolved task']}. Input tokens per output token: "
        f"{agents.input_per_output:g} (the agent setting), cache share {agents.cache_share:.0%}. Published cost comes from "
        "the benchmark run's own bill and is divided by the success rate of the same run where the source gives it. "
        "Computed and published figures use different harnesses and runs: compare them as orders of magnitude. "
        + MISSING_NOTE
    )


def scatter_tab(choices: Choices, choice: PriceChoice, load: Workload, default_benchmark: str, yours: SessionRows | None) -> None:
    names = choices.scatter_benchmarks
    left, right = st.columns(2)
    with left:
        benchmark = widgets.bound_selectbox("Benchmark", list(names), key=P.SCATTER_BENCHMARK, default=default_benchmark,
                                            format_func=names.get)
    with right:
        axis = AXES[widgets.bound_segmented("Cost axis", list(AXES), "Your workload", key=P.AXIS)]
    view = views.scatter(choice, load, benchmark, axis, yours)
    if axis == views.PUBLISHED_AXIS and view.points.empty:
        with_costs = ", ".join(plain(name) for name in view.benchmarks_with_costs)
        st.info(f"No source publishes a cost per task together with a {plain(names[benchmark])} score. "
                f"Benchmarks with published task costs or tokens: {with_costs}.")
    if view.chart is not None:
        charts.draw(view.chart)
        tables.table(
            view.points,
            column_config={
                "label": st.column_config.TextColumn("Model"),
                "weights": WEIGHTS_COLUMN,
                "score": st.column_config.NumberColumn(names[benchmark], format="%.1f"),
                "cost": st.column_config.NumberColumn(view.x_title.removesuffix(" (log)"), format="$%.4f"),
                "frontier": st.column_config.TextColumn("On the Pareto frontier", help="No other point is both cheaper and better"),
                "details": st.column_config.TextColumn(
                    "Price used" if axis == views.WORKLOAD_AXIS else "Run (harness, edit format, settings)", width="large"
                ),
                "score_source": tables.link_column("Source"),
            },
        )
    tables.left_out("the chart", view.left_out)
    if axis == views.WORKLOAD_AXIS:
        st.caption("Scores are each model's headline value. " + headline.HEADLINE_RULE + " Scores from different harnesses "
                   "are not strictly comparable; the Harnesses page shows how much the scaffold moves them.")
    else:
        st.caption("Each point is one published run: its score and its cost come from the same source. Aider costs are the "
                   "run's total cost ÷ its test cases; runs with no recorded cost are not drawn. Points named “(yours)” are "
                   "your upload: your score with your cost per task.")


def self_hosting_tab(choices: Choices, selected: list[str], choice: PriceChoice, load: Workload) -> None:
    open_models = [model for model in selected if choices.weights.get(model) == "open"]
    if not open_models:
        return st.info("Pick an open-weight model to compare self-hosting with the APIs.")
    names = choices.names
    model = widgets.bound_selectbox("Open-weight model to self-host", open_models, key=P.SELF_HOSTED, format_func=names.get)
    defaults = views.hosting_defaults(model)
    row = defaults.row
    basis = "its own defaults" if defaults.own else "the generic fallback — no source for this model"
    st.caption(f"Defaults for {plain(names[model])} come from {basis}: {plain(row['note'])}")
    first, second, third = st.columns(3)
    with first:
        gpus = widgets.bound_number(f"GPUs ({plain(row['gpu'])})", 1, 4096, int(row["gpus"]), key=P.GPUS_PREFIX + model, step=1)
        st.caption(f"Default {int(row['gpus'])}: " + (link(row["gpus_source_url"]) or "assumption, no source"))
    with second:
        price = widgets.bound_number("$ per GPU-hour", 0.0, 1000.0, float(row["usd_per_gpu_hour"]), key=P.GPU_PRICE_PREFIX + model, step=0.01)
        st.caption(f"Default {md_usd(row['usd_per_gpu_hour'])}: " + (link(row["gpu_price_source_url"]) or "assumption, no source"))
    with third:
        tps = widgets.bound_number("Sustained output tokens/s", 1.0, 10_000_000.0, float(row["output_tokens_per_second"]),
                                   key=P.HOSTED_SPEED_PREFIX + model, step=10.0)
        st.caption(f"Default {row['output_tokens_per_second']:g}: " + (link(row["throughput_source_url"]) or "assumption, no source"))
    view = views.self_hosting(choice, load, cost.SelfHosting(gpus=gpus, usd_per_gpu_hour=price, output_tokens_per_second=tps))
    hosting = view.hosting
    a, b, c, d = st.columns(4)
    a.metric(md("Self-hosted $/M output tokens"), usd(hosting.usd_per_million_output),
             help=md(cost.FORMULAS["self-hosted $ per million output tokens"]))
    b.metric("GPU cost per day", usd(hosting.usd_per_day))
    c.metric("Capacity, output tokens/day", f"{hosting.output_tokens_per_day:,.0f}")
    d.metric("Your output tokens/day", f"{view.volume:,.0f}")
    tables.table(
        view.table,
        column_config=tables.source_columns() | {
            "model_name": st.column_config.TextColumn("API model"),
            "weights": WEIGHTS_COLUMN,
            "option": st.column_config.TextColumn("Price used"),
            "api_usd_per_million_output": st.column_config.NumberColumn("API $/M output (incl. its input)", format="$%.3f"),
            "self_hosted_usd_per_million_output": st.column_config.NumberColumn("Self-hosted $/M output", format="$%.3f"),
            "break_even_output_tokens_per_day": st.column_config.NumberColumn("Break-even output tokens/day", format="localized"),
            "verdict": st.column_config.TextColumn("At these settings"),
        },
    )
    st.caption(
        f"{md(cost.FORMULAS['break-even output tokens/day'])}. Input tokens per output token: {view.input_per_output:g} (your "
        f"request mix), cache share {load.requests.cache_share:.0%}. GPUs are rented around the clock; one deployment serves "
        "at most its capacity, so a break-even above it means the API is cheaper at any volume. Every default above is an "
        "editable assumption."
    )


def computed_tab(figures: Costs, choice: PriceChoice, load: Workload) -> None:
    requests, agents = load.requests, load.agents
    st.markdown("\n".join(f"- **{md(name)}**: {md(formula)}" for name, formula in cost.FORMULAS.items()))
    st.markdown(
        f"**Your inputs**: {requests.requests_per_day:,.0f} requests/day × {requests.days_per_month:g} working days; "
        f"{requests.input_tokens:,.0f} input and {requests.output_tokens:,.0f} output tokens per request; "
        f"{requests.cache_share:.0%} of input from cache; {agents.agents:g} agents × {agents.hours_per_day:g} hours/day at "
        f"{agents.input_per_output:g} input tokens per output token."
    )
    example = views.worked_example(figures, choice.baseline)
    if example is None:
        return
    cached = example["cached_input_usd_per_mtok"]
    cached_text = md_usd(cached) if pd.notna(cached) else f"{md_usd(example['input_usd_per_mtok'])} (no cached price listed)"
    st.markdown(
        f"**Worked example, {plain(example['model_name'])}** ({plain(example['option'])}, {plain(example['price_list'])}): "
        f"effective input = {md_usd(example['input_usd_per_mtok'])} × {1 - requests.cache_share:.2f} + {cached_text} × "
        f"{requests.cache_share:.2f} = {md_usd(example['effective_input'])}/M; requests = {requests.requests_per_day:,.0f} × "
        f"{requests.days_per_month:g} × ({requests.input_tokens:,.0f} × {md_usd(example['effective_input'])} + "
        f"{requests.output_tokens:,.0f} × {md_usd(example['output_usd_per_mtok'])}) ÷ 1,000,000 = **{md_usd(example['request_cost'])}**; "
        f"agents = {agents.agents:g} × {agents.hours_per_day:g} h × {agents.days_per_month:g} days × "
        f"{md_usd(example['usd_per_hour'])}/hour = **{md_usd(example['agent_cost'])}**; total **{md_usd(example['total'])}** per month."
    )
    tables.table(
        figures.table[["model_name", "option", "price_list", "catalogue_key", "source_file", "source_line", "as_of", "reported_by",
                       "source_url", "source_note"]],
        column_config=tables.source_columns() | {
            "model_name": st.column_config.TextColumn("Model"),
            "option": st.column_config.TextColumn("Price used"),
            "price_list": st.column_config.TextColumn("Price list"),
            "catalogue_key": st.column_config.TextColumn("Catalogue key"),
            "source_file": st.column_config.TextColumn("File"),
            "source_line": st.column_config.NumberColumn("Line"),
        },
    )
