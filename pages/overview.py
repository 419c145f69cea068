"""Overview: the story in four figures computed from the data, each leading to its page, then the claims check."""
import streamlit as st

from gapboard import claims, story, ui

# The demo view's defaults (any model or benchmark can be chosen; the link keeps the choice).
DEFAULT_OPEN_MODEL = "minimax-m2.5"
DEFAULT_COMPARATOR = "claude-opus-4.6"
DEFAULT_BENCHMARK = "swe-bench-verified"

ui.start_page("Overview", "Is the gap between open-weight and proprietary LLMs really at its smallest? Four figures, all from sourced data.")

choices = story.choices()
names, open_ids, proprietary_ids, benchmark_names = choices.names, choices.open_ids, choices.proprietary_ids, choices.benchmark_names


def index_of(options: list[str], value: str) -> int:
    return options.index(value) if value in options else 0


with st.expander("The models and benchmark this story features", icon=":material/tune:"):
    left, middle, right = st.columns(3)
    with left:
        subject = ui.bound_selectbox("Open-weight model", open_ids, key="featured", index=index_of(open_ids, DEFAULT_OPEN_MODEL), format_func=names.get)
    with middle:
        comparator = ui.bound_selectbox(
            "Compared with", proprietary_ids, key="versus", index=index_of(proprietary_ids, DEFAULT_COMPARATOR), format_func=names.get
        )
    with right:
        options = list(benchmark_names)
        benchmark = ui.bound_selectbox("Benchmark", options, key="benchmark", index=index_of(options, DEFAULT_BENCHMARK), format_func=benchmark_names.get)



view = story.overview(subject, comparator, benchmark)
gap_figure, harness_figure, cost_figure, pace_figure = view.cards
gap_chart, harness_chart, price_chart, pace_chart = view.charts
bench_name = benchmark_names[benchmark]


def missing(what: str) -> None:
    st.info(f"Not enough data for {ui.plain(what)} with this choice.", icon=":material/info:")


top, bottom = st.columns(2, gap="large"), st.columns(2, gap="large")

with top[0].container(border=True):
    st.subheader(story.CARD_TITLES[0])
    card = gap_figure
    if card is None:
        missing("the gap")
    else:
        main = card.main
        low, high = card.spread
        st.metric(ui.plain(f"Best proprietary minus best open, {bench_name}, {main['harness']}"), f"{main['gap']:+.1f} {card.unit}")
        st.markdown(
            f"#### {ui.plain(main['open_models'])} {main['open_value']:g} vs {ui.plain(main['proprietary_models'])} {main['proprietary_value']:g}"
        )
        st.markdown(
            f"**Honest caveat:** the gap depends on the harness: from {low:+.1f} to {high:+.1f} points across "
            f"{len(card.settings)} setups. “harness not stated” values may not be comparable."
        )
        ui.draw_spec(gap_chart, key="gap_dots")
    st.page_link(
        "pages/benchmarks.py", label="How far behind, over time: the two frontiers", icon=":material/arrow_forward:",
        query_params=view.links[0],
    )

with top[1].container(border=True):
    st.subheader(story.CARD_TITLES[1])
    card = harness_figure
    if card is None:
        missing(f"{names[subject]} against {names[comparator]}")
    else:
        st.metric(ui.plain(f"{card.subject_name} ahead of {card.comparator_name}, {bench_name}"), f"{card.ahead} of {len(card.settings)} setups")
        st.markdown(f"#### {ui.plain(card.summary())}")
        st.caption("A setup compares the two under the same harness, or side by side in one published chart.")
        ui.draw_spec(harness_chart, key="harness_dots")
    st.page_link(
        "pages/harnesses.py", label="Every model under every harness", icon=":material/arrow_forward:",
        query_params=view.links[1],
    )

with bottom[0].container(border=True):
    st.subheader(story.CARD_TITLES[2])
    card = cost_figure
    if card is None:
        missing("the cost ratio")
    else:
        st.metric(ui.plain(f"{card.subject['model_name']} output price vs {card.comparator['model_name']}"), f"1/{card.ratio:.0f}")
        st.markdown(
            "#### " + ui.plain(f"${card.subject['output_usd_per_mtok']:.2f} vs ${card.comparator['output_usd_per_mtok']:.2f} per million output tokens")
        )
        st.caption("Each model's cheapest current list price for output tokens; input and caching are on the Cost page.")
        ui.draw_spec(price_chart, key="price_bars")
        ui.left_out("the price chart", {name: "no current output price" for name in card.unpriced})
    st.page_link(
        "pages/cost.py", label="Price your own workload", icon=":material/arrow_forward:",
        query_params=view.links[2],
    )

with bottom[1].container(border=True):
    st.subheader(story.CARD_TITLES[3])
    card = pace_figure
    if card is None or len(card.versions) < 2:
        missing(f"the pace of {names[subject]}'s family")
    else:
        versions = card.versions
        st.metric(ui.plain(" → ".join(versions["name"])), f"{len(versions)} releases in {card.span_months:.1f} months")
        st.markdown("#### " + ui.plain(card.steps()))
        scored = versions["value"].notna()
        if pace_chart is not None:
            ui.draw_spec(pace_chart, key="pace_chart")
        ui.left_out("the pace chart", {n: f"no {card.benchmark_name} result under this harness" for n in versions.loc[~scored, "name"]})
        if card.later:
            st.caption("Released since: " + ui.plain(", ".join(card.later)) + ".")
    st.page_link(
        "pages/timeline.py", label="Every version on the timeline", icon=":material/arrow_forward:",
        query_params=view.links[3],
    )

sources_box = ui.bound_expander("Where the four figures come from: every row behind them, with its source", key="sources", icon=":material/source:")
if sources_box.open:
    with sources_box:
        ui.table(
            view.sources,
            column_config={**ui.source_columns(), "card": "Card", "figure": "Figure", "model_name": "Model", "value": "Value"},
            key="figure_sources",
        )

st.header("The launch claims, checked")
counts, verdicts = story.launch_claims()
for column, verdict in zip(st.columns(len(counts)), counts):
    column.metric(f"{claims.VERDICT_ICONS[verdict]} {verdict.capitalize()}", counts[verdict])
ui.table(
    verdicts,
    column_config={
        "verdict": st.column_config.TextColumn("Verdict", width="small"),
        "claim": st.column_config.TextColumn("Claim", width="large"),
        "claimed": "Claimed",
        "why": st.column_config.TextColumn("Why (computed from the data)", width="large"),
    },
    key="claims_summary",
)
st.page_link(
    "pages/benchmarks.py", label="Every claim with its evidence rows and sources", icon=":material/arrow_forward:",
    query_params={"view": "Claims check"},
)
ui.finish_page()
