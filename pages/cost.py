"""Cost: what a workload costs on each model — per month, per hour of agent work, per resolved task."""
import urllib.parse

import pandas as pd
import streamlit as st

from gapboard import analysis, charts, cost, queries, store, ui, user_data

DEFAULT_MODELS = [
    "minimax-m2.5", "minimax-m2.7", "minimax-m2.1", "claude-opus-4.6", "claude-sonnet-4.5", "gemini-3-pro",
    "gpt-5.2", "gpt-5", "deepseek-v3.2", "kimi-k2.5", "glm-5", "qwen3-coder-480b-a35b",
]
DEFAULT_BASELINE = "claude-opus-4.6"
DEFAULT_BENCHMARK = "swe-bench-verified"
WHEN = {"Latest": cost.PriceWhen.LATEST, "At launch": cost.PriceWhen.LAUNCH}
PREFERENCE = {"Vendor's API": cost.Preference.VENDOR, "Cheapest provider": cost.Preference.CHEAPEST}
AUTO = "Auto"
WEIGHTS_COLUMN = st.column_config.TextColumn("Weights")
VIEWS = ["Monthly cost", "Per hour of agent work", "Per resolved task", "Score vs cost", "Self-hosting", "How this was computed"]
AXES = {"Your workload": "workload", "Published run cost": "published"}
PRICE_COLUMNS = {
    "option": st.column_config.TextColumn("Price used", help="Provider · tier"),
    "choice": st.column_config.TextColumn("Why this price"),
    "price_list": st.column_config.TextColumn("Price list", help="The dated list the figure comes from"),
    "input_usd_per_mtok": st.column_config.NumberColumn("Input $/M", format="$%.3f"),
    "cached_input_usd_per_mtok": st.column_config.NumberColumn("Cached input $/M", format="$%.3f"),
    "output_usd_per_mtok": st.column_config.NumberColumn("Output $/M", format="$%.2f"),
}


def usd(value: float | None) -> str:
    if value is None or pd.isna(value):
        return ui.MISSING
    return f"${value:,.2f}" if abs(value) >= 1 else f"${value:,.4f}"


def md(text: str) -> str:
    """Our own text for st.markdown/captions/help, where two bare `$` would start a formula."""
    return text.replace("$", "\\$")


def md_usd(value: float | None) -> str:
    return md(usd(value))


def md_price(value: float) -> str:
    """A per-million-token price as listed: \\$0.3, \\$2.4."""
    return md(f"${value:g}")


def day(value: object) -> str:
    return str(value)[:10] if value is not None and not pd.isna(value) else ui.MISSING


def link(url: object, text: str = "source") -> str:
    """A markdown link, only for an http(s) URL; brackets, spaces and quotes are percent-encoded so a URL
    cannot close the link and start markup of its own."""
    if not (isinstance(url, str) and url.startswith(("http://", "https://"))):
        return ""
    return f"[{text}]({urllib.parse.quote(url, safe=':/?#@!$&*+,;=%~')})"


ui.start_page(
    "Cost",
    "What your workload costs on each model — per month, per hour of continuous agent work and per resolved task — "
    "from sourced API prices, with the arithmetic shown.",
)

yours = user_data.marked_scores()  # this session's uploaded rows as "(yours)" models, or None
user_data.notice(0 if yours is None else int(yours["cost_usd_per_task"].notna().sum()),
                 "Rows with a cost per task appear under Score vs cost, Published run cost; Gapboard has no price for them.")



@store.cached(max_entries=2)
def unpriced_models() -> dict[str, str]:
    """`cost.unpriced` of the current build (a rebuild clears every cached result)."""
    return cost.unpriced(queries.models(), queries.cost_prices())


@store.cached(max_entries=4)
def price_options(when: cost.PriceWhen) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """`cost.price_options` of the current build under `when`, with each model's option labels."""
    options = cost.price_options(queries.cost_prices(), when)
    return options, cost.option_labels(options)


models = queries.models()
names = dict(zip(models["id"], models["name"]))
weights = dict(zip(models["id"], models["weights"]))
no_usd = unpriced_models()

selected = ui.bound_multiselect("Models to compare", list(names), DEFAULT_MODELS, key="models", format_func=names.get)
priced = [model for model in selected if model not in no_usd]
left, middle, right = st.columns(3)
with left:
    baseline = (
        ui.bound_selectbox(
            "Baseline for ratios", priced, key="base", format_func=names.get,
            index=priced.index(DEFAULT_BASELINE) if DEFAULT_BASELINE in priced else 0,
        )
        if priced else None
    )
with middle:
    when = WHEN[ui.bound_segmented("Prices", list(WHEN), "Latest", key="when")]
with right:
    preference = PREFERENCE[ui.bound_segmented("Auto price choice", list(PREFERENCE), "Vendor's API", key="pref")]
st.caption(cost.WHEN_RULE[when] + " " + cost.PREFERENCE_RULE[preference])

options, option_labels = price_options(when)
overrides: dict[str, str] = {}
with st.expander("Price per model: provider and tier", expanded=False):
    columns = st.columns(3)
    for position, model in enumerate(priced):
        with columns[position % 3]:
            overrides[model] = ui.bound_selectbox(ui.plain(names[model]), [AUTO, *option_labels.get(model, [])], key=f"p_{model}")

unpriced_selected = {names[model]: no_usd[model] for model in selected if model in no_usd}
if unpriced_selected:
    st.markdown(
        "**No USD price — not costed, not ranked:**\n"
        + "\n".join(f"- {ui.plain(name)}: {ui.plain(reason)}" for name, reason in sorted(unpriced_selected.items()))
    )


def monthly_view(table: pd.DataFrame, baseline_name: str) -> None:
    chart_data = table[["model_name", "weights", "total", "option", "vs_baseline"]]
    st.vega_lite_chart(spec=charts.monthly_cost_spec(chart_data, baseline_name), width="stretch")
    ui.table(
        table[[
            "model_name", "weights", "total", "vs_baseline", "request_cost", "agent_cost", "option", "choice", "price_list",
            "input_usd_per_mtok", "cached_input_usd_per_mtok", "output_usd_per_mtok", "effective_input",
            "as_of", "reported_by", "source_url", "source_note",
        ]],
        column_config=PRICE_COLUMNS | ui.source_columns() | {
            "model_name": st.column_config.TextColumn("Model"),
            "weights": WEIGHTS_COLUMN,
            "total": st.column_config.NumberColumn("Total $/month", format="$%.2f"),
            "vs_baseline": st.column_config.TextColumn(f"vs {baseline_name}"),
            "request_cost": st.column_config.NumberColumn("Requests $/month", format="$%.2f"),
            "agent_cost": st.column_config.NumberColumn("Agents $/month", format="$%.2f"),
            "effective_input": st.column_config.NumberColumn("Effective input $/M", format="$%.4f", help=md(cost.FORMULAS["effective input price"])),
        },
    )
    st.caption(
        "Sorted cheapest first. A model with no listed cached-input price is charged its full input price for cached "
        "tokens. " + ui.MISSING_NOTE
    )


def hourly_view(table: pd.DataFrame, agents: cost.AgentWorkload) -> None:
    ui.table(
        table[["model_name", "tokens_per_second_used", "speed_source", "usd_per_hour_output_only", "usd_per_hour", "agent_cost",
               "option", "price_list", "source_url"]],
        column_config=PRICE_COLUMNS | ui.source_columns() | {
            "model_name": st.column_config.TextColumn("Model"),
            "tokens_per_second_used": st.column_config.NumberColumn("Output tokens/s"),
            "speed_source": st.column_config.TextColumn("Speed from"),
            "usd_per_hour_output_only": st.column_config.NumberColumn("$/hour, output only", format="$%.3f"),
            "usd_per_hour": st.column_config.NumberColumn(f"$/hour with {agents.input_per_output:g} input per output token", format="$%.3f"),
            "agent_cost": st.column_config.NumberColumn("Your agents $/month", format="$%.2f"),
        },
    )
    st.caption(cost.FORMULAS["$ per hour of generation"] + ".")
    checks = cost.claim_checks(queries.cost_claims(), options)
    if checks.empty:
        return
    st.subheader("Vendor claims beside the arithmetic")
    for claim in checks.itertuples():
        said = (f"**{ui.plain(claim.model_name)} · {ui.plain(claim.tier)}** — {ui.plain(claim.reported_by)} claim: "
                f"“{ui.plain(claim.claim)}” ({link(claim.source_url)}, {day(claim.as_of)}).")
        if not isinstance(claim.price_list, str):
            st.markdown(said + " No USD price for this tier in the chosen price lists, so nothing to compare.")
            continue
        computed = (
            f" Computed with {ui.plain(claim.price_list)} ({link(claim.price_source_url)}; input {md_price(claim.input_usd_per_mtok)}/M, "
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


def resolved_view(chosen: pd.DataFrame, agents: cost.AgentWorkload) -> None:
    catalogue = queries.task_cost_benchmarks()
    bench_names = dict(zip(catalogue["id"], catalogue["name"]))
    if not bench_names:
        st.info("No source gives tokens or cost per task for any benchmark.")
        return
    ids = list(bench_names)
    bench = ui.bound_selectbox("Benchmark", ids, key="rt", format_func=bench_names.get,
                               index=ids.index(DEFAULT_BENCHMARK) if DEFAULT_BENCHMARK in ids else 0)
    assumed = ui.bound_slider("Tokens per task where no source gives them (millions) — assumption", 0.1, 20.0, 3.5, key="tpt", step=0.1)
    scores = queries.scores_for_benchmarks([bench], ["open", "proprietary"])
    headline = analysis.headline_values(scores)
    metrics = queries.task_metrics(bench)
    tokens = metrics[metrics["kind"] == "tokens_per_task"].sort_values("as_of", ascending=False).groupby("model").head(1)
    published = metrics[metrics["kind"] == "cost_per_task"]
    table = cost.resolved_task_costs(chosen, headline, tokens, published, scores, assumed, agents.input_per_output, agents.cache_share)
    ui.table(
        table.drop(columns=["model", "weights"]),
        column_config={
            "model_name": st.column_config.TextColumn("Model"),
            "option": st.column_config.TextColumn("Price used"),
            "million_tokens_per_task": st.column_config.NumberColumn("Tokens/task (M)", format="%.2f"),
            "tokens_source": st.column_config.LinkColumn("Tokens source", validate=r"^https?://"),
            "tokens_basis": st.column_config.TextColumn("Tokens basis"),
            "success_percent": st.column_config.NumberColumn("Success %", format="%.1f", help=analysis.HEADLINE_RULE),
            "score_source": st.column_config.LinkColumn("Score source", validate=r"^https?://"),
            "computed_cost_per_task": st.column_config.NumberColumn("Computed $/task", format="$%.3f"),
            "computed_per_resolved": st.column_config.NumberColumn("Computed $/resolved task", format="$%.3f"),
            "published_cost_per_task": st.column_config.NumberColumn("Published $/task", format="$%.4f"),
            "published_source": st.column_config.LinkColumn("Published source", validate=r"^https?://"),
            "published_per_resolved": st.column_config.NumberColumn("Published $/resolved task", format="$%.4f"),
            "published_basis": st.column_config.TextColumn("Published run"),
        },
    )
    st.caption(
        f"{cost.FORMULAS['cost per task']}. {cost.FORMULAS['cost per resolved task']}. Input tokens per output token: "
        f"{agents.input_per_output:g} (the agent setting), cache share {agents.cache_share:.0%}. Published cost comes from "
        "the benchmark run's own bill and is divided by the success rate of the same run where the source gives it. "
        "Computed and published figures use different harnesses and runs: compare them as orders of magnitude. "
        + ui.MISSING_NOTE
    )


def scatter_view(table: pd.DataFrame) -> None:
    catalogue = queries.benchmarks()
    catalogue = catalogue[(catalogue["kind"] == "score") & ~catalogue["timeline_only"] & (catalogue["results"] > 0)]
    bench_names = dict(zip(catalogue["id"], catalogue["name"]))
    ids = list(bench_names)
    left, right = st.columns(2)
    with left:
        bench = ui.bound_selectbox("Benchmark", ids, key="sc", format_func=bench_names.get,
                                   index=ids.index(DEFAULT_BENCHMARK) if DEFAULT_BENCHMARK in ids else 0)
    with right:
        axis = AXES[ui.bound_segmented("Cost axis", list(AXES), "Your workload", key="axis")]
    left_out: dict[str, str] = {}
    if axis == "workload":
        headline = analysis.headline_values(queries.scores_for_benchmarks([bench], ["open", "proprietary"]))
        scored = table.merge(headline[["model", "value", "source_url"]].rename(columns={"value": "score", "source_url": "score_source"}),
                             on="model", how="left")
        for row in scored.itertuples():
            if pd.isna(row.score):
                left_out[row.model_name] = f"no {bench_names[bench]} score"
            elif not row.total > 0:
                left_out[row.model_name] = "costs $0 at this workload (set a workload above zero)"
        points = scored[scored["score"].notna() & (scored["total"] > 0)].assign(
            cost=lambda f: f["total"], label=lambda f: f["model_name"], details=lambda f: f["option"]
        )
        x_title = "Your workload, USD per month (log)"
    else:
        runs = queries.published_runs(bench, yours)
        points = runs.assign(
            cost=runs["cost_per_task"],
            label=[name if pd.isna(setting) else f"{name} ({setting})" for name, setting in zip(runs["model_name"], runs["setting"])],
            score_source=runs["source_url"],
            details=runs["source_note"],
        )
        x_title = "Published cost per task, USD (log)"
        if points.empty:
            with_costs = ", ".join(ui.plain(name) for name in queries.task_cost_benchmarks()["name"])
            st.info(f"No source publishes a cost per task together with a {ui.plain(bench_names[bench])} score. "
                    f"Benchmarks with published task costs or tokens: {with_costs}.")
    if not points.empty:
        front = cost.pareto_front(list(zip(points["cost"], points["score"])))
        points = points.assign(frontier=["yes" if on else "no" for on in front])
        ui.chart(charts.score_cost_scatter, points[["label", "weights", "cost", "score", "frontier"]], x_title, bench_names[bench])
        ui.table(
            points[["label", "weights", "score", "cost", "frontier", "details", "score_source"]].sort_values("cost"),
            column_config={
                "label": st.column_config.TextColumn("Model"),
                "weights": WEIGHTS_COLUMN,
                "score": st.column_config.NumberColumn(bench_names[bench], format="%.1f"),
                "cost": st.column_config.NumberColumn(x_title.removesuffix(" (log)"), format="$%.4f"),
                "frontier": st.column_config.TextColumn("On the Pareto frontier", help="No other point is both cheaper and better"),
                "details": st.column_config.TextColumn(
                    "Price used" if axis == "workload" else "Run (harness, edit format, settings)", width="large"
                ),
                "score_source": st.column_config.LinkColumn("Source", validate=r"^https?://"),
            },
        )
    ui.left_out("the chart", left_out)
    if axis == "workload":
        st.caption("Scores are each model's headline value. " + analysis.HEADLINE_RULE + " Scores from different harnesses "
                   "are not strictly comparable; the Harnesses page shows how much the scaffold moves them.")
    else:
        st.caption("Each point is one published run: its score and its cost come from the same source. Aider costs are the "
                   "run's total cost ÷ its test cases; runs with no recorded cost are not drawn. Points named “(yours)” are "
                   "your upload: your score with your cost per task.")


def self_hosting_view(chosen: pd.DataFrame, requests: cost.RequestWorkload, agents: cost.AgentWorkload, assumed_tps: float) -> None:
    open_models = [model for model in selected if weights.get(model) == "open"]
    if not open_models:
        st.info("Pick an open-weight model to compare self-hosting with the APIs.")
        return
    defaults = queries.self_hosting_defaults()
    model = ui.bound_selectbox("Open-weight model to self-host", open_models, key="sh", format_func=names.get)
    own = defaults[defaults["model"] == model]
    row = (own if not own.empty else defaults[defaults["model"].isna()]).iloc[0]
    basis = "its own defaults" if not own.empty else "the generic fallback — no source for this model"
    st.caption(f"Defaults for {ui.plain(names[model])} come from {basis}: {ui.plain(row['note'])}")
    first, second, third = st.columns(3)
    with first:
        gpus = ui.bound_number(f"GPUs ({ui.plain(row['gpu'])})", 1, 4096, int(row["gpus"]), key=f"gpus_{model}", step=1)
        st.caption(f"Default {int(row['gpus'])}: " + (link(row["gpus_source_url"]) or "assumption, no source"))
    with second:
        price = ui.bound_number("$ per GPU-hour", 0.0, 1000.0, float(row["usd_per_gpu_hour"]), key=f"gpuh_{model}", step=0.01)
        st.caption(f"Default {md_usd(row['usd_per_gpu_hour'])}: " + (link(row["gpu_price_source_url"]) or "assumption, no source"))
    with third:
        tps = ui.bound_number("Sustained output tokens/s", 1.0, 10_000_000.0, float(row["output_tokens_per_second"]),
                              key=f"shtps_{model}", step=10.0)
        st.caption(f"Default {row['output_tokens_per_second']:g}: " + (link(row["throughput_source_url"]) or "assumption, no source"))
    hosting = cost.SelfHosting(gpus=gpus, usd_per_gpu_hour=price, output_tokens_per_second=tps)
    ratio = requests.input_per_output if requests.input_per_output is not None else agents.input_per_output
    volume = requests.requests_per_day * requests.output_tokens + agents.agents * agents.hours_per_day * cost.SECONDS_PER_HOUR * assumed_tps
    a, b, c, d = st.columns(4)
    a.metric(md("Self-hosted $/M output tokens"), usd(hosting.usd_per_million_output),
             help=md(cost.FORMULAS["self-hosted $ per million output tokens"]))
    b.metric("GPU cost per day", usd(hosting.usd_per_day))
    c.metric("Capacity, output tokens/day", f"{hosting.output_tokens_per_day:,.0f}")
    d.metric("Your output tokens/day", f"{volume:,.0f}")
    table = cost.self_hosting_table(hosting, chosen, ratio, requests.cache_share, volume)
    ui.table(
        table,
        column_config=ui.source_columns() | {
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
        f"{md(cost.FORMULAS['break-even output tokens/day'])}. Input tokens per output token: {ratio:g} (your request mix), cache "
        f"share {requests.cache_share:.0%}. GPUs are rented around the clock; one deployment serves at most its capacity, so a "
        "break-even above it means the API is cheaper at any volume. Every default above is an editable assumption."
    )


def computed_view(table: pd.DataFrame, requests: cost.RequestWorkload, agents: cost.AgentWorkload) -> None:
    st.markdown("\n".join(f"- **{md(name)}**: {md(formula)}" for name, formula in cost.FORMULAS.items()))
    st.markdown(
        f"**Your inputs**: {requests.requests_per_day:,.0f} requests/day × {requests.days_per_month:g} working days; "
        f"{requests.input_tokens:,.0f} input and {requests.output_tokens:,.0f} output tokens per request; "
        f"{requests.cache_share:.0%} of input from cache; {agents.agents:g} agents × {agents.hours_per_day:g} hours/day at "
        f"{agents.input_per_output:g} input tokens per output token."
    )
    if not table.empty:
        example = table[table["model"] == baseline].iloc[0] if baseline in set(table["model"]) else table.iloc[0]
        cached = example["cached_input_usd_per_mtok"]
        cached_text = md_usd(cached) if pd.notna(cached) else f"{md_usd(example['input_usd_per_mtok'])} (no cached price listed)"
        st.markdown(
            f"**Worked example, {ui.plain(example['model_name'])}** ({ui.plain(example['option'])}, {ui.plain(example['price_list'])}): "
            f"effective input = {md_usd(example['input_usd_per_mtok'])} × {1 - requests.cache_share:.2f} + {cached_text} × "
            f"{requests.cache_share:.2f} = {md_usd(example['effective_input'])}/M; requests = {requests.requests_per_day:,.0f} × "
            f"{requests.days_per_month:g} × ({requests.input_tokens:,.0f} × {md_usd(example['effective_input'])} + "
            f"{requests.output_tokens:,.0f} × {md_usd(example['output_usd_per_mtok'])}) ÷ 1,000,000 = **{md_usd(example['request_cost'])}**; "
            f"agents = {agents.agents:g} × {agents.hours_per_day:g} h × {agents.days_per_month:g} days × "
            f"{md_usd(example['usd_per_hour'])}/hour = **{md_usd(example['agent_cost'])}**; total **{md_usd(example['total'])}** per month."
        )
        ui.table(
            table[["model_name", "option", "price_list", "catalogue_key", "source_file", "source_line", "as_of", "reported_by",
                   "source_url", "source_note"]],
            column_config=ui.source_columns() | {
                "model_name": st.column_config.TextColumn("Model"),
                "option": st.column_config.TextColumn("Price used"),
                "price_list": st.column_config.TextColumn("Price list"),
                "catalogue_key": st.column_config.TextColumn("Catalogue key"),
                "source_file": st.column_config.TextColumn("File"),
                "source_line": st.column_config.NumberColumn("Line"),
            },
        )


@st.fragment
def workload_view() -> None:
    """Sliders and every figure that depends on them: a slider move reruns only this part, never the queries."""
    requests_column, agents_column = st.columns(2)
    with requests_column:
        st.subheader("Requests")
        requests = cost.RequestWorkload(
            requests_per_day=ui.bound_slider("Requests per day", 0, 100_000, 1_000, key="rpd", step=100),
            input_tokens=ui.bound_slider("Input tokens per request", 0, 200_000, 4_000, key="in", step=500),
            output_tokens=ui.bound_slider("Output tokens per request", 0, 32_000, 1_000, key="out", step=100),
            cache_share=ui.bound_slider("Share of input served from cache (%)", 0, 100, 0, key="cache", step=5) / 100,
            days_per_month=ui.bound_slider("Working days per month", 1, 31, 22, key="days"),
        )
    with agents_column:
        st.subheader("Agents running continuously")
        agents = cost.AgentWorkload(
            agents=ui.bound_slider("Agents running", 0, 100, 1, key="agents"),
            hours_per_day=ui.bound_slider("Hours per day", 0, 24, 8, key="hours"),
            days_per_month=requests.days_per_month,
            input_per_output=ui.bound_slider("Input tokens per output token (assumption)", 0.0, 50.0, 3.0, key="ratio", step=0.5),
            cache_share=requests.cache_share,
        )
        assumed_tps = ui.bound_slider("Output tokens/s where no speed is sourced (assumption)", 1, 500, 50, key="tps")
        own_speed = ui.bound_toggle("Use each model's sourced speed where known", True, key="own")
    if not priced:
        st.info("Pick at least one model with a USD price.")
        return
    chosen = cost.choose_prices(options, priced, preference, overrides, requests, agents, assumed_tps, own_speed)
    baseline_name = names[baseline]
    table = cost.monthly_costs(chosen, baseline, baseline_name)
    base_row = table[table["model"] == baseline].iloc[0]
    cheapest = table.iloc[0]
    first, second, third = st.columns(3)
    first.metric(f"Monthly cost · {ui.plain(baseline_name)}", usd(base_row["total"]), border=True)
    second.metric(f"Cheapest · {ui.plain(cheapest['model_name'])}", usd(cheapest["total"]), border=True)
    third.metric("Cheapest vs baseline", cost.ratio_label(cheapest["total"], base_row["total"]) or "no ratio at zero cost", border=True)
    tabs = ui.bound_tabs(VIEWS, key="cost_view")
    views = [
        lambda: monthly_view(table, baseline_name),
        lambda: hourly_view(table, agents),
        lambda: resolved_view(chosen, agents),
        lambda: scatter_view(table),
        lambda: self_hosting_view(chosen, requests, agents, assumed_tps),
        lambda: computed_view(table, requests, agents),
    ]
    for tab, view in zip(tabs, views):
        with tab:
            if tab.open:
                view()


workload_view()
ui.finish_page()
