"""The Cost page's sections: which models and prices, the workload sliders, the headline figures and the six
tabs (monthly, hourly, per resolved task, score vs cost, self-hosting, how it was computed)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from gapboard.core import cost, headline
from gapboard.core.i18n import N_
from gapboard.ui import charts, live_cost, tables, widgets
from gapboard.ui.format import (
    as_of,
    day,
    link,
    md,
    md_price,
    md_usd,
    missing_note,
    plain,
    usd,
)
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import CostParams as P
from gapboard.views import cost as views
from gapboard.views.cost import Choices, Costs, PriceChoice, Workload
from gapboard.views.session import SessionRows

# Choices whose English label is their value in the link (each shown in the session's language).
WHEN = {N_("Latest"): cost.PriceWhen.LATEST, N_("At launch"): cost.PriceWhen.LAUNCH}
PREFERENCE = {N_("Vendor's API"): cost.Preference.VENDOR, N_("Cheapest provider"): cost.Preference.CHEAPEST}
AUTO = N_("Auto")
AXES = {N_("Your workload"): views.WORKLOAD_AXIS, N_("Published run cost"): views.PUBLISHED_AXIS}


def _weights_column():
    return st.column_config.TextColumn(t("Weights"))


def _price_columns() -> dict:
    return {
        "option": st.column_config.TextColumn(t("Price used"), help=t("Provider · tier")),
        "choice": st.column_config.TextColumn(t("Why this price")),
        "price_list": st.column_config.TextColumn(t("Price list"), help=t("The dated list the figure comes from")),
        "input_usd_per_mtok": st.column_config.NumberColumn(t("Input $/M"), format="$%.3f"),
        "cached_input_usd_per_mtok": st.column_config.NumberColumn(t("Cached input $/M"), format="$%.3f"),
        "output_usd_per_mtok": st.column_config.NumberColumn(t("Output $/M"), format="$%.2f"),
    }


def price_choice(choices: Choices, default_models: list[str], default_baseline: str) -> tuple[list[str], PriceChoice | None]:
    """The models chosen, and the priced ones with the baseline and the price rules (None when no chosen model has
    a USD price)."""
    names, no_usd = choices.names, choices.unpriced
    selected = widgets.bound_multiselect(t("Models to compare"), list(names), default_models, key=P.MODELS, format_func=names.get)
    priced = [model for model in selected if model not in no_usd]
    left, middle, right = st.columns(3)
    with left:
        baseline = widgets.bound_selectbox(t("Baseline for ratios"), priced, key=P.BASELINE, default=default_baseline,
                                           format_func=names.get) if priced else None
    with middle:
        when = WHEN[widgets.bound_segmented(t("Prices"), list(WHEN), "Latest", key=P.WHEN, format_func=t)]
    with right:
        preference = PREFERENCE[widgets.bound_segmented(t("Auto price choice"), list(PREFERENCE), "Vendor's API", key=P.PREFERENCE,
                                                        format_func=t)]
    st.caption(t(cost.WHEN_RULE[when]) + " " + t(cost.PREFERENCE_RULE[preference]))
    labels = views.price_options(when).labels
    overrides: dict[str, str] = {}
    with st.expander(t("Price per model: provider and tier"), expanded=False):
        columns = st.columns(3)
        for position, model in enumerate(priced):
            with columns[position % 3]:
                overrides[model] = widgets.bound_selectbox(plain(names[model]), [AUTO, *labels.get(model, [])], key=P.PRICE_PREFIX + model,
                                                           format_func=lambda option: t(option) if option == AUTO else option)
    unpriced = {names[model]: no_usd[model] for model in selected if model in no_usd}
    if unpriced:
        st.markdown(t("**No USD price — not costed, not ranked:**") + "\n"
                    + "\n".join(f"- {plain(name)}: {plain(reason)}" for name, reason in sorted(unpriced.items())))
    if not priced:
        return selected, None
    return selected, PriceChoice(tuple(priced), baseline, when, preference, tuple(overrides.items()))


def workload(choice: PriceChoice | None) -> Workload:
    """The request and agent sliders, with the monthly figures and chart that follow them in the browser."""
    own_speed = widgets.bound_toggle(t("Use each model's sourced speed where known"), True, key=P.OWN_SPEED)
    prices = views.live_prices(choice) if choice is not None else {
        "models": [], "baseline": None, "baseline_name": "", "preference": "vendor", "overrides": {}, "options": []}
    return live_cost.workload(prices, own_speed)


def prices_used(figures: Costs) -> None:
    st.caption(t("Prices used: the newest {as_of}.", as_of=as_of(figures.newest)) + " "
               + t("The figures above follow the sliders as they move; the tabs below follow when a slider is released."))


def monthly_tab(figures: Costs) -> None:
    tables.table(
        figures.table[[
            "model_name", "weights", "total", "vs_baseline", "request_cost", "agent_cost", "option", "choice", "price_list",
            "input_usd_per_mtok", "cached_input_usd_per_mtok", "output_usd_per_mtok", "effective_input",
            "as_of", "reported_by", "source_url", "source_note",
        ]],
        column_config=_price_columns() | tables.source_columns() | {
            "model_name": st.column_config.TextColumn(t("Model")),
            "weights": _weights_column(),
            "total": st.column_config.NumberColumn(t("Total $/month"), format="$%.2f"),
            "vs_baseline": st.column_config.TextColumn(t("vs {name}", name=figures.baseline_name)),
            "request_cost": st.column_config.NumberColumn(t("Requests $/month"), format="$%.2f"),
            "agent_cost": st.column_config.NumberColumn(t("Agents $/month"), format="$%.2f"),
            "effective_input": st.column_config.NumberColumn(t("Effective input $/M"), format="$%.4f",
                                                             help=md(t(cost.FORMULAS["effective input price"]))),
        },
    )
    st.caption(t("Sorted cheapest first. A model with no listed cached-input price is charged its full input price for cached "
                 "tokens.") + " " + missing_note())


def hourly_tab(figures: Costs, choice: PriceChoice, load: Workload) -> None:
    agents = load.agents
    tables.table(
        figures.table[["model_name", "tokens_per_second_used", "speed_source", "usd_per_hour_output_only", "usd_per_hour",
                       "agent_cost", "option", "price_list", "source_url"]],
        column_config=_price_columns() | tables.source_columns() | {
            "model_name": st.column_config.TextColumn(t("Model")),
            "tokens_per_second_used": st.column_config.NumberColumn(t("Output tokens/s")),
            "speed_source": st.column_config.TextColumn(t("Speed from")),
            "usd_per_hour_output_only": st.column_config.NumberColumn(t("$/hour, output only"), format="$%.3f"),
            "usd_per_hour": st.column_config.NumberColumn(t("$/hour with {ratio:g} input per output token", ratio=agents.input_per_output),
                                                          format="$%.3f"),
            "agent_cost": st.column_config.NumberColumn(t("Your agents $/month"), format="$%.2f"),
        },
    )
    st.caption(t(cost.FORMULAS["$ per hour of generation"]) + ".")
    checks = views.claim_checks(choice.when)
    if checks.empty:
        return
    st.subheader(t("Vendor claims beside the arithmetic"))
    for claim in checks.itertuples():
        said = t("**{model} · {tier}** — {reporter} claim: “{claim}” ({source}, {day}).", model=plain(claim.model_name),
                 tier=plain(claim.tier), reporter=plain(t(claim.reported_by) if claim.reported_by in ("vendor", "third_party") else claim.reported_by),
                 claim=plain(claim.claim), source=link(claim.source_url), day=day(claim.as_of))
        if not isinstance(claim.price_list, str):
            st.markdown(said + " " + t("No USD price for this tier in the chosen price lists, so nothing to compare."))
            continue
        computed = " " + t(
            "Computed with {list} ({source}; input {input}/M, output {output}/M): output alone {tps:g} × 3,600 × {output}/M = "
            "**{hourly}/hour**.", list=plain(claim.price_list), source=link(claim.price_source_url),
            input=md_price(claim.input_usd_per_mtok), output=md_price(claim.output_usd_per_mtok), tps=claim.output_tokens_per_second,
            hourly=md_usd(claim.output_only_usd_per_hour),
        )
        ratio = claim.reconciling_input_per_output
        if ratio is None or pd.isna(ratio):
            reconcile = " " + t("The input price is 0, so no input assumption changes the figure.")
        elif ratio < 0:
            reconcile = " " + t("Output alone already costs more than the claim: no input volume reconciles them.")
        else:
            reconcile = " " + t(
                "The source does not state its input assumption; the claim holds if every output token comes with "
                "**{ratio:.2f} input tokens** ({per_second:,.0f} input tokens/s).", ratio=ratio, per_second=claim.reconciling_input_per_second,
            )
        st.markdown(said + computed + reconcile)


def resolved_tab(choices: Choices, choice: PriceChoice, load: Workload, default_benchmark: str) -> None:
    names = choices.task_benchmarks
    if not names:
        return st.info(t("No source gives tokens or cost per task for any benchmark."))
    benchmark = widgets.bound_selectbox(t("Benchmark"), list(names), key=P.TASK_BENCHMARK, default=default_benchmark, format_func=names.get)
    assumed = widgets.bound_slider(t("Tokens per task where no source gives them (millions) — assumption"), 0.1, 20.0, 3.5,
                                   key=P.TOKENS_PER_TASK, step=0.1)
    tables.table(
        views.resolved(choice, load, benchmark, assumed, current()).drop(columns=["model", "weights"]),
        column_config={
            "model_name": st.column_config.TextColumn(t("Model")),
            "option": st.column_config.TextColumn(t("Price used")),
            "million_tokens_per_task": st.column_config.NumberColumn(t("Tokens/task (M)"), format="%.2f"),
            "tokens_source": tables.link_column(t("Tokens source")),
            "tokens_basis": st.column_config.TextColumn(t("Tokens basis")),
            "success_percent": st.column_config.NumberColumn(t("Success %"), format="%.1f", help=t(headline.HEADLINE_RULE)),
            "score_source": tables.link_column(t("Score source")),
            "computed_cost_per_task": st.column_config.NumberColumn(t("Computed $/task"), format="$%.3f"),
            "computed_per_resolved": st.column_config.NumberColumn(t("Computed $/resolved task"), format="$%.3f"),
            "published_cost_per_task": st.column_config.NumberColumn(t("Published $/task"), format="$%.4f"),
            "published_source": tables.link_column(t("Published source")),
            "published_per_resolved": st.column_config.NumberColumn(t("Published $/resolved task"), format="$%.4f"),
            "published_basis": st.column_config.TextColumn(t("Published run")),
        },
    )
    agents = load.agents
    st.caption(
        f"{t(cost.FORMULAS['cost per task'])}. {t(cost.FORMULAS['cost per resolved task'])}. "
        + t("Input tokens per output token: {ratio:g} (the agent setting), cache share {share:.0%}. Published cost comes from "
            "the benchmark run's own bill and is divided by the success rate of the same run where the source gives it. "
            "Computed and published figures use different harnesses and runs: compare them as orders of magnitude.",
            ratio=agents.input_per_output, share=agents.cache_share)
        + " " + missing_note()
    )


def scatter_tab(choices: Choices, choice: PriceChoice, load: Workload, default_benchmark: str, yours: SessionRows | None) -> None:
    names = choices.scatter_benchmarks
    left, right = st.columns(2)
    with left:
        benchmark = widgets.bound_selectbox(t("Benchmark"), list(names), key=P.SCATTER_BENCHMARK, default=default_benchmark,
                                            format_func=names.get)
    with right:
        axis = AXES[widgets.bound_segmented(t("Cost axis"), list(AXES), "Your workload", key=P.AXIS, format_func=t)]
    view = views.scatter(choice, load, benchmark, axis, yours, current())
    if axis == views.PUBLISHED_AXIS and view.points.empty:
        with_costs = ", ".join(plain(name) for name in view.benchmarks_with_costs)
        st.info(t("No source publishes a cost per task together with a {benchmark} score. Benchmarks with published task costs or "
                  "tokens: {benchmarks}.", benchmark=plain(names[benchmark]), benchmarks=with_costs))
    if view.chart is not None:
        charts.draw(view.chart)
        tables.table(
            view.points,
            column_config={
                "label": st.column_config.TextColumn(t("Model")),
                "weights": _weights_column(),
                "score": st.column_config.NumberColumn(names[benchmark], format="%.1f"),
                "cost": st.column_config.NumberColumn(view.x_title.removesuffix(" (log)").removesuffix(" (로그)"), format="$%.4f"),
                "frontier": st.column_config.TextColumn(t("On the Pareto frontier"), help=t("No other point is both cheaper and better")),
                "details": st.column_config.TextColumn(
                    t("Price used") if axis == views.WORKLOAD_AXIS else t("Run (harness, edit format, settings)"), width="large"
                ),
                "score_source": tables.link_column(t("Source")),
            },
        )
    tables.left_out(t("the chart"), view.left_out)
    if axis == views.WORKLOAD_AXIS:
        st.caption(t("Scores are each model's headline value.") + " " + t(headline.HEADLINE_RULE) + " "
                   + t("Scores from different harnesses are not strictly comparable; the Harnesses page shows how much the scaffold "
                       "moves them."))
    else:
        st.caption(t("Each point is one published run: its score and its cost come from the same source. Aider costs are the "
                     "run's total cost ÷ its test cases; runs with no recorded cost are not drawn. Points named “(yours)” are "
                     "your upload: your score with your cost per task."))


def self_hosting_tab(choices: Choices, selected: list[str], choice: PriceChoice, load: Workload) -> None:
    open_models = [model for model in selected if choices.weights.get(model) == "open"]
    if not open_models:
        return st.info(t("Pick an open-weight model to compare self-hosting with the APIs."))
    names = choices.names
    model = widgets.bound_selectbox(t("Open-weight model to self-host"), open_models, key=P.SELF_HOSTED, format_func=names.get)
    defaults = views.hosting_defaults(model)
    row = defaults.row
    basis = t("its own defaults") if defaults.own else t("the generic fallback — no source for this model")
    st.caption(t("Defaults for {model} come from {basis}: {note}", model=plain(names[model]), basis=basis, note=plain(row["note"])))
    no_source = t("assumption, no source")
    first, second, third = st.columns(3)
    with first:
        gpus = widgets.bound_number(t("GPUs ({gpu})", gpu=plain(row["gpu"])), 1, 4096, int(row["gpus"]), key=P.GPUS_PREFIX + model, step=1)
        st.caption(t("Default {value}: {source}", value=int(row["gpus"]), source=link(row["gpus_source_url"]) or no_source))
    with second:
        price = widgets.bound_number(t("$ per GPU-hour"), 0.0, 1000.0, float(row["usd_per_gpu_hour"]), key=P.GPU_PRICE_PREFIX + model,
                                     step=0.01)
        st.caption(t("Default {value}: {source}", value=md_usd(row["usd_per_gpu_hour"]), source=link(row["gpu_price_source_url"]) or no_source))
    with third:
        tps = widgets.bound_number(t("Sustained output tokens/s"), 1.0, 10_000_000.0, float(row["output_tokens_per_second"]),
                                   key=P.HOSTED_SPEED_PREFIX + model, step=10.0)
        st.caption(t("Default {value}: {source}", value=f"{row['output_tokens_per_second']:g}",
                     source=link(row["throughput_source_url"]) or no_source))
    view = views.self_hosting(choice, load, cost.SelfHosting(gpus=gpus, usd_per_gpu_hour=price, output_tokens_per_second=tps), current())
    hosting = view.hosting
    a, b, c, d = st.columns(4)
    a.metric(md(t("Self-hosted $/M output tokens")), usd(hosting.usd_per_million_output),
             help=md(t(cost.FORMULAS["self-hosted $ per million output tokens"])))
    b.metric(t("GPU cost per day"), usd(hosting.usd_per_day))
    c.metric(t("Capacity, output tokens/day"), f"{hosting.output_tokens_per_day:,.0f}")
    d.metric(t("Your output tokens/day"), f"{view.volume:,.0f}")
    tables.table(
        view.table,
        column_config=tables.source_columns() | {
            "model_name": st.column_config.TextColumn(t("API model")),
            "weights": _weights_column(),
            "option": st.column_config.TextColumn(t("Price used")),
            "api_usd_per_million_output": st.column_config.NumberColumn(t("API $/M output (incl. its input)"), format="$%.3f"),
            "self_hosted_usd_per_million_output": st.column_config.NumberColumn(t("Self-hosted $/M output"), format="$%.3f"),
            "break_even_output_tokens_per_day": st.column_config.NumberColumn(t("Break-even output tokens/day"), format="localized"),
            "verdict": st.column_config.TextColumn(t("At these settings")),
        },
    )
    st.caption(
        f"{md(t(cost.FORMULAS['break-even output tokens/day']))}. "
        + t("Input tokens per output token: {ratio:g} (your request mix), cache share {share:.0%}. GPUs are rented around the clock; "
            "one deployment serves at most its capacity, so a break-even above it means the API is cheaper at any volume. Every "
            "default above is an editable assumption.", ratio=view.input_per_output, share=load.requests.cache_share)
    )


def computed_tab(figures: Costs, choice: PriceChoice, load: Workload) -> None:
    requests, agents = load.requests, load.agents
    st.markdown("\n".join(f"- **{md(t(name))}**: {md(t(formula))}" for name, formula in cost.FORMULAS.items()))
    st.markdown(t(
        "**Your inputs**: {requests:,.0f} requests/day × {days:g} working days; {input:,.0f} input and {output:,.0f} output tokens "
        "per request; {share:.0%} of input from cache; {agents:g} agents × {hours:g} hours/day at {ratio:g} input tokens per "
        "output token.", requests=requests.requests_per_day, days=requests.days_per_month, input=requests.input_tokens,
        output=requests.output_tokens, share=requests.cache_share, agents=agents.agents, hours=agents.hours_per_day,
        ratio=agents.input_per_output,
    ))
    example = views.worked_example(figures, choice.baseline)
    if example is None:
        return
    cached = example["cached_input_usd_per_mtok"]
    cached_text = md_usd(cached) if pd.notna(cached) else t("{price} (no cached price listed)", price=md_usd(example["input_usd_per_mtok"]))
    st.markdown(t(
        "**Worked example, {model}** ({option}, {list}): effective input = {input} × {uncached:.2f} + {cached} × {share:.2f} = "
        "{effective}/M; requests = {requests:,.0f} × {days:g} × ({input_tokens:,.0f} × {effective} + {output_tokens:,.0f} × {output}) "
        "÷ 1,000,000 = **{request_cost}**; agents = {agents:g} × {hours:g} h × {agent_days:g} days × {hourly}/hour = **{agent_cost}**; "
        "total **{total}** per month.",
        model=plain(example["model_name"]), option=plain(example["option"]), list=plain(example["price_list"]),
        input=md_usd(example["input_usd_per_mtok"]), uncached=1 - requests.cache_share, cached=cached_text, share=requests.cache_share,
        effective=md_usd(example["effective_input"]), requests=requests.requests_per_day, days=requests.days_per_month,
        input_tokens=requests.input_tokens, output_tokens=requests.output_tokens, output=md_usd(example["output_usd_per_mtok"]),
        request_cost=md_usd(example["request_cost"]), agents=agents.agents, hours=agents.hours_per_day, agent_days=agents.days_per_month,
        hourly=md_usd(example["usd_per_hour"]), agent_cost=md_usd(example["agent_cost"]), total=md_usd(example["total"]),
    ))
    tables.table(
        figures.table[["model_name", "option", "price_list", "catalogue_key", "source_file", "source_line", "as_of", "reported_by",
                       "source_url", "source_note"]],
        column_config=tables.source_columns() | {
            "model_name": st.column_config.TextColumn(t("Model")),
            "option": st.column_config.TextColumn(t("Price used")),
            "price_list": st.column_config.TextColumn(t("Price list")),
            "catalogue_key": st.column_config.TextColumn(t("Catalogue key")),
            "source_file": st.column_config.TextColumn(t("File")),
            "source_line": st.column_config.NumberColumn(t("Line")),
        },
    )
